#pragma once

#include "DocLines.h"

#include <QJsonArray>

namespace evalreview::extract::progress {

/// Follow-up reports written as prose (a triennial review, an oversight office's follow-up): each
/// recommendation under its label ("Recommendation 1", with its title and quoted text), then the
/// assessment of what was done, which states its status of "this recommendation" ("OIOS
/// considers this recommendation implemented", "cette recommandation est mise en œuvre",
/// "esta recomendación fue aplicada"). One follow-up item per recommendation: `id`, `section`,
/// `title`, `item` (the recommendation's text), `status` and `progress` (the assessment).
QJsonArray readAssessedRecommendations(const DocumentContent &content, const DocLines &lines);

/// The status a text states of "this recommendation"; empty when it states none.
QString statedStatus(const QString &text);

} // namespace evalreview::extract::progress
