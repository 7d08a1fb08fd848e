#pragma once

#include <QString>
#include <QStringList>

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

/// The addressees of a "Responsibility:" / "Destinataires :" / "Dirigida a:" value, as printed:
/// parts separated by ";" and by commas and "and" / "et" / "y" of a list ("A, B and C"). A part
/// that names its field with a preposition keeps what it coordinates ("thematic experts on RBA,
/// gender and disability", "Ministerio de Trabajo y Previsión Social"); a part after a comma that
/// is capitalised or has a field of its own names another addressee ("Ministry of Labour,
/// Ministry of Health", "Bureau de pays, ministère du Travail").
QStringList splitAddressees(const QString &value);

} // namespace evalreview::extract::evaluation
