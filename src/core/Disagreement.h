#pragma once

#include <QString>

namespace evalreview {

/// What a donor comment does, read from its wording.
enum class DonorStance
{
    Agrees,    ///< "Agree with ILO response and action."
    Requests,  ///< asks for something: "would like to know", "should also be consulted", "needs to specify"
    Disagrees, ///< "does not agree", "disagree", "not convinced", "concerned"
};

DonorStance donorStance(const QString &comment);
QString donorStanceLabel(DonorStance stance);

/// True when a response category is not a plain acceptance (reservations, partial, rejection, deferral,
/// no position) — one of the signals of the disagreement view.
bool isQualifiedResponse(const QString &responseCategory);

} // namespace evalreview
