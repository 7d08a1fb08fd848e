#pragma once

#include <QString>

namespace evalreview::extract::mr {

/// Lower case without accents ("Réponse" -> "reponse"), same length as the input for the
/// Latin scripts the documents use, so offsets stay valid.
QString fold(const QString &text);

} // namespace evalreview::extract::mr
