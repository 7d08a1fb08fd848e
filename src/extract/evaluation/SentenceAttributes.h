#pragma once

#include <QString>

namespace evalreview::extract::evaluation {

/// What a recommendation's own sentence says of whom it addresses and by when, where no label or
/// parenthesis does: "Executive heads … should, by the end of 2027, review …" gives "Executive heads
/// …" and "by the end of 2027". English, French and Spanish.
struct SentenceAttributes
{
    QString addressee; ///< the subject before "should" / "devrait" / "debería", as printed
    QString deadline;  ///< "by the end of 2027", "At its eighty-first session", "d'ici à 2026", as printed
};

SentenceAttributes sentenceAttributes(const QString &text);

} // namespace evalreview::extract::evaluation
