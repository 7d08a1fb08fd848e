#include "ColumnMap.h"

#include "ResponsePatterns.h"
#include "TextFold.h"

#include <QRegularExpression>

#include <optional>

namespace evalreview::extract::mr {

namespace {

enum class Role
{
    Responsible,
    Response,
    Recommendation,
    TimeFrame,
    Action,
    Status,
    Comments
};

struct RoleWords
{
    Role role;
    QRegularExpression words;
};

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern));
}

/// The header words of each column role in English, French and Spanish, matched on folded text
/// (lower case, no accents). The list order breaks ties between roles named at the same place
/// ("Responsible unit" is no response, "Action by" names who acts).
const QList<RoleWords> &roleWords()
{
    static const QList<RoleWords> all{
        {Role::Responsible, words("responsib|responsable|\\bunit|\\bunidad|\\bentite|\\bentidad|\\blead\\b|"
                                  "\\baction by|\\bowners?\\b|focal point|\\bwho\\b|\\bqui\\b|\\bquien")},
        {Role::Response, words("respons|reponse|respuesta|position|\\baccept|\\bagree|d.accord|\\bacept")},
        {Role::Recommendation, words("recom+[ae]nda")},
        {Role::TimeFrame, words("time ?frame|deadline|timing|timeline|calendrier|echeance|delai|plazo|calendario|"
                                "fecha|\\bdates?\\b|\\bdue\\b|completion|\\bby when|\\bwhen\\b|\\bquand|\\bcuando")},
        {Role::Action, words("action|mesure|accion|follow-?up|suivi|seguimiento|measure|\\bmedidas?\\b|"
                             "\\bplan\\b|activit")},
        {Role::Status, words("status|statut|estado|\\betat\\b|tracking|progress|avancement|\\bavance")},
        {Role::Comments, words("comm?ent|remark|observa|\\bnotes?\\b")},
    };
    return all;
}

/// The role a header names by its leading role word ("Management response (accepted, partially
/// accepted or rejected)" is a response, "Management plan: actions ... responsible unit" an action).
std::optional<Role> leadingRole(const QString &folded)
{
    std::optional<Role> best;
    qsizetype bestAt = folded.size();
    for (const RoleWords &r : roleWords()) {
        const auto m = r.words.match(folded);
        if (m.hasMatch() && m.capturedStart() < bestAt) {
            best = r.role;
            bestAt = m.capturedStart();
        }
    }
    return best;
}

/// A header that asks for the position alone ("Accepted? (Yes / No / Partially)", "¿Aceptada?",
/// "Agree / disagree"): a position word, no word of a response or comment.
bool asksPosition(const QString &folded)
{
    static const QRegularExpression position(QStringLiteral("\\b(accept|agree|acept|d.accord|de acuerdo)"));
    static const QRegularExpression answer(QStringLiteral("respons|reponse|respuesta|comm?ent|remark|observa"));
    return position.match(folded).hasMatch() && !answer.match(folded).hasMatch();
}

bool isCodeHeader(QString folded)
{
    // a narrow column breaks its header letter by letter ("N" over "o")
    const QStringList tokens = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() > 1 &&
        std::all_of(tokens.begin(), tokens.end(), [](const QString &t) { return t.size() <= 2; })) {
        folded = tokens.join(QString());
    }
    static const QRegularExpression code(QStringLiteral("^(no|nr|n°|nº|#|ref|code|id|num|number|numero|item)\\.?$|"
                                                        "^(rec(ommendation)?\\.?\\s*(no|nr|#|n°)\\.?)$"));
    return code.match(folded).hasMatch();
}

/// "Evaluator comments", "Management remarks": comments of the evaluation or of management, not
/// of a donor.
bool isOwnVoice(const QString &name)
{
    static const QRegularExpression own(
        QStringLiteral("^(evaluat\\w*|evaluation team|team|management|manager|mgmt|staff|office|implementation|"
                       "general|additional|other|further|reviewer|internal|direction|gerencia|equipe|equipo|"
                       "autres?|otros?)$"));
    return own.match(fold(name)).hasMatch();
}

} // namespace

ColumnMap mapColumns(const QStringList &headers)
{
    ColumnMap map;
    static const QRegularExpression namesRecommendation(QStringLiteral("recom+[ae]nda"));
    int commentOnRecommendation = -1;
    for (int i = 0; i < headers.size(); ++i) {
        const QString h = fold(headers[i].simplified());
        if (h.isEmpty()) {
            continue;
        }
        auto take = [&](int &slot) {
            if (slot < 0) {
                slot = i;
            }
        };
        if (isCodeHeader(h)) {
            take(map.code);
            continue;
        }
        const std::optional<Role> role = leadingRole(h);
        if (!role) {
            continue;
        }
        switch (*role) {
        case Role::Responsible:
            take(map.responsible);
            break;
        case Role::Response:
            if (asksPosition(h)) {
                take(map.acceptance);
            } else {
                take(map.response);
            }
            break;
        case Role::Recommendation:
            take(map.recommendation);
            break;
        case Role::TimeFrame:
            take(map.timeFrame);
            break;
        case Role::Action:
            take(map.action);
            break;
        case Role::Status:
            take(map.status);
            break;
        case Role::Comments:
            if (const QString donor = donorFromHeader(headers[i].simplified());
                !donor.isEmpty() && !isOwnVoice(donor)) {
                map.donors.append({i, donor});
            } else if (namesRecommendation.match(h).hasMatch()) {
                take(commentOnRecommendation); // "Comment on the recommendation": management's answer
            } else {
                take(map.comments);
            }
            break;
        }
    }
    // Management's comment on the recommendation beside its position ("Management response
    // (accepted, partially accepted or rejected) | Comment on the recommendation"): the comment
    // is the response, the position column gives the category.
    if (commentOnRecommendation >= 0) {
        if (map.response >= 0 && map.acceptance < 0) {
            map.acceptance = map.response;
            map.response = commentOnRecommendation;
        } else if (map.response < 0) {
            map.response = commentOnRecommendation;
        } else if (map.comments < 0) {
            map.comments = commentOnRecommendation; // beside a position and a response column
        }
    }
    // A position column without a response beside it is the response.
    if (map.response < 0 && map.acceptance >= 0) {
        std::swap(map.response, map.acceptance);
    }
    // Two columns, recommendation and remarks: the remarks are management's answer.
    if (map.recommendation >= 0 && map.response < 0 && map.action < 0 && map.comments >= 0) {
        map.response = map.comments;
        map.comments = -1;
    }
    return map;
}

} // namespace evalreview::extract::mr
