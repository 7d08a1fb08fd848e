#pragma once

#include "DocLines.h"

#include <QJsonArray>

namespace evalreview::extract::progress {

/// Follow-up reports that give each recommendation as a short form (the usual shape of reports on
/// the implementation of audit and evaluation recommendations): the recommendation's paragraph,
/// then label lines with their values beside them ("Business unit responsible", "Status",
/// "Priority", "Target date"; "Unité responsable", "État", "Priorité", "Date prévue"; "Unidad
/// responsable", "Estado", "Prioridad", "Fecha límite"), then management's comment. A form needs
/// at least two of these labels, one of them a status or a date. One follow-up item per form:
/// `id` from "In paragraph 119, …" (the recommendation's place in the report it follows up) or a
/// "Recommendation N" label, `section` from the enumerated heading above ("C. Supply
/// management"), `item`, `status`, `responsible`, `priority`, `target_date`, `progress`.
QJsonArray readFollowUpForms(const DocLines &lines);

} // namespace evalreview::extract::progress
