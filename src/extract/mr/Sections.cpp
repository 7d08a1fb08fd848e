#include "Sections.h"

#include "TextFold.h"

#include <QMap>
#include <QRegularExpression>

namespace evalreview::extract::mr {

QString sectionFromCaption(const QString &caption)
{
    const QString c = caption.simplified();
    static const QRegularExpression notSection(
        QStringLiteral("\\b(table|tableau|cuadro|recom+[ae]nda\\w*|respons\\w*|reponse|respuesta|annex\\w*|"
                       "matrix|matrice|matriz)\\b|^\\d+$"));
    if (c.isEmpty() || c.size() > 60 || notSection.match(fold(c)).hasMatch()) {
        return {};
    }
    return c;
}

QString sectionFromRow(const TableRow &row)
{
    for (const TableCell &cell : row.cells) {
        const QString t = cell.text().simplified();
        if (!t.isEmpty()) {
            return t;
        }
    }
    return {};
}

void nameUnlabelledSection(QList<Recommendation> &recs, const QString &documentText)
{
    QStringList unlabelled;
    bool anyLabelled = false;
    for (const Recommendation &r : recs) {
        if (r.section.isEmpty() && !r.id.isEmpty()) {
            unlabelled.append(r.id);
        }
        anyLabelled |= !r.section.isEmpty();
    }
    if (unlabelled.isEmpty() || !anyLabelled) {
        return;
    }
    // "<adjective> recommendation Nr. <code>" where <code> is an unlabelled recommendation.
    static const QRegularExpression named(
        QStringLiteral("\\b(\\p{L}{3,})\\s+recom+[ae]nda\\w*\\s+(?:(?:nr|no|n°|nº|number)\\.?\\s*)?"
                       "([A-Z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList notNames{QStringLiteral("the"),   QStringLiteral("this"),     QStringLiteral("that"),
                                      QStringLiteral("see"),   QStringLiteral("with"),     QStringLiteral("under"),
                                      QStringLiteral("above"), QStringLiteral("below"),    QStringLiteral("and"),
                                      QStringLiteral("same"),  QStringLiteral("previous"), QStringLiteral("also"),
                                      QStringLiteral("each"),  QStringLiteral("its"),      QStringLiteral("our"),
                                      QStringLiteral("la"),    QStringLiteral("les"),      QStringLiteral("una")};
    // Collect rows of each recommendation's section to ignore adjectives naming known sections.
    QMap<QString, int> votes;
    auto it = named.globalMatch(documentText);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString word = m.captured(1);
        if (!unlabelled.contains(m.captured(2)) || notNames.contains(word.toLower())) {
            continue;
        }
        ++votes[word.toLower()];
    }
    QString best;
    int most = 0;
    for (auto v = votes.begin(); v != votes.end(); ++v) {
        if (v.value() > most) {
            most = v.value();
            best = v.key();
        }
    }
    if (most < 2) {
        return;
    }
    best[0] = best.at(0).toUpper();
    for (Recommendation &r : recs) {
        if (r.section.isEmpty()) {
            r.section = best;
        }
    }
}

} // namespace evalreview::extract::mr
