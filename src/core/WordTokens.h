#pragma once

#include <QString>
#include <QStringList>

namespace evalreview {

/// The words of `text`, case and accents folded ("Sécurité" -> "securite"): runs of letters and
/// digits, everything else (spaces, hyphens, apostrophes, "&") separating them.
QStringList foldedWords(const QString &text);

} // namespace evalreview
