#pragma once

#include "RecommendationTypes.h"

namespace evalreview::detail_html {

// The panes of the detail view as rich text. Each field that has a source region is a link
// "src:<field>" ("src:text", "src:response_text", "src:action:<index>", "src:comment:<index>").

QString recommendation(const RecommendationDetail &d);
QString response(const RecommendationDetail &d);
/// A table with one column per donor present.
QString donorComments(const RecommendationDetail &d);

/// The regions a "src:" link points to (empty for unknown links).
QList<Anchor> anchorsForLink(const RecommendationDetail &d, const QString &link);

} // namespace evalreview::detail_html
