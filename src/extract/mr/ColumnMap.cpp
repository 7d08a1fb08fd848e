#include "ColumnMap.h"

#include "ResponsePatterns.h"
#include "TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

bool has(const QString &folded, const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern)).match(folded).hasMatch();
}

} // namespace

ColumnMap mapColumns(const QStringList &headers)
{
    ColumnMap map;
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
        if (has(h, "^(no|nr|n°|nº|#|ref|code|id|num|number|numero|item)\\.?$|^(rec(ommendation)?\\.?\\s*(no|nr|#|n°)\\."
                   "?)$")) {
            take(map.code);
        } else if (has(h, "responsib|\\bunit|responsable|entite|entidad")) {
            take(map.responsible);
        } else if (has(h, "respons|reponse|respuesta|position|accept")) {
            take(map.response);
        } else if (has(h, "recom+[ae]nda")) {
            take(map.recommendation);
        } else if (has(h, "time ?frame|deadline|timing|timeline|calendrier|echeance|delai|plazo|calendario|fecha")) {
            take(map.timeFrame);
        } else if (has(h, "action|mesure|accion|follow-?up|suivi|seguimiento|measure")) {
            take(map.action);
        } else if (has(h, "status|statut|estado|etat")) {
            take(map.status);
        } else if (const QString donor = donorFromHeader(headers[i].simplified()); !donor.isEmpty()) {
            map.donors.append({i, donor});
        } else if (has(h, "comm?ent|remark|observa")) {
            take(map.comments);
        }
    }
    return map;
}

} // namespace evalreview::extract::mr
