#include "Disagreement.h"

#include <QRegularExpression>

namespace evalreview {

DonorStance donorStance(const QString &comment)
{
    static const QRegularExpression disagrees(
        QStringLiteral("\\b(does not agree|do not agree|don't agree|disagree[sd]?|not convinced|object[s]? to|"
                       "(is|are) concerned|concern(s|ed)? (about|that)|cannot support|not in agreement|"
                       "n'est pas d'accord|pas convaincu|no est(á|a) de acuerdo|en desacuerdo)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression requests(
        QStringLiteral("\\b(would like to (know|see|understand|receive)|should (also )?be|should also|needs? to|"
                       "please|request[s]?|ask[s]? (for|that)|clarif(y|ication)|wants? to know|"
                       "how (will|does|would)|what (other|is|are)|encourage[s]?|expects?|recommends?|"
                       "souhaite(rait)?|devrait|demande|quisiera|debería|solicita)"),
        QRegularExpression::CaseInsensitiveOption);
    if (disagrees.match(comment).hasMatch()) {
        return DonorStance::Disagrees;
    }
    if (requests.match(comment).hasMatch() || comment.contains(QLatin1Char('?'))) {
        return DonorStance::Requests;
    }
    return DonorStance::Agrees;
}

QString donorStanceLabel(DonorStance stance)
{
    switch (stance) {
    case DonorStance::Agrees:
        return QStringLiteral("Agrees");
    case DonorStance::Requests:
        return QStringLiteral("Asks for more");
    case DonorStance::Disagrees:
        return QStringLiteral("Disagrees");
    }
    return {};
}

bool isQualifiedResponse(const QString &responseCategory)
{
    return !responseCategory.isEmpty() && responseCategory != QLatin1String("accepted");
}

} // namespace evalreview
