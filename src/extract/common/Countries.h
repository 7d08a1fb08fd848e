#pragma once

#include <QString>
#include <QStringList>

namespace evalreview::extract {

/// Country and territory names as evaluation documents print them ("Viet Nam", "Republic of Korea").
namespace countries {

/// The canonical name when `name` is a country ("the Philippines" -> "Philippines", "Vietnam" ->
/// "Viet Nam"); empty otherwise.
QString canonical(const QString &name);

/// Every country named in `text`, longest names first at each place ("Republic of Korea" rather
/// than "Korea"), as printed, in order of appearance.
QStringList findAll(const QString &text);

} // namespace countries
} // namespace evalreview::extract
