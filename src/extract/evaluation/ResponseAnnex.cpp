// The management-response annex of an evaluation report: management's answer to each of the
// report's recommendations, read with the management-response extractor from the annex heading
// onwards and joined to the report's recommendations by number.
#include "EvaluationParts.h"
#include "Extractors.h"
#include "TextTools.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::evaluation {

namespace {

/// A heading naming a management response ("Annex 2: Management response", "Réponse de la
/// direction", "Respuesta de la administración") after the recommendations.
qsizetype findAnnexHeading(const DocLines &lines, qsizetype after)
{
    static const QRegularExpression re(
        QStringLiteral("management response|reponse de la direction|respuesta de la (?:administracion|gerencia|"
                       "direccion)"));
    for (qsizetype i = std::max<qsizetype>(0, after + 1); i < lines.size(); ++i) {
        const QString f = text::fold(lines.at(i).text);
        if (lines.isHeading(i) && f.split(QLatin1Char(' ')).size() <= 8 && re.match(f).hasMatch()) {
            return i;
        }
    }
    return -1;
}

/// The document from a point on: earlier pages dropped, and on the heading's page only what
/// starts at or below the heading (a DOCX is one long page, so this is all it needs).
DocumentContent contentFrom(const DocumentContent &content, int page, double top)
{
    constexpr double kSlack = 0.002;
    DocumentContent out;
    out.format = content.format;
    out.title = content.title;
    for (const Page &p : content.pages) {
        if (p.number < page) {
            continue;
        }
        Page copy = p;
        if (p.number == page) {
            copy.words.removeIf([&](const Word &w) { return w.box.y0 < top - kSlack; });
            copy.blocks.removeIf([&](const TextBlock &b) { return b.box.y0 < top - kSlack; });
        }
        out.pages.append(copy);
    }
    for (const Table &t : content.tables) {
        const bool below =
            !t.rows.isEmpty() && !t.rows.first().cells.isEmpty() && t.rows.first().cells.first().box.y0 >= top - kSlack;
        if (t.firstPage > page || (t.firstPage == page && below)) {
            out.tables.append(t);
        }
    }
    return out;
}

const QStringList kResponseFields = {QStringLiteral("response_category"), QStringLiteral("response_text"),
                                     QStringLiteral("actions"), QStringLiteral("donor_comments")};

} // namespace

void attachResponseAnnex(const DocumentContent &content, const DocLines &lines, qsizetype recommendationsStart,
                         QJsonArray &recommendations)
{
    const qsizetype at = findAnnexHeading(lines, recommendationsStart);
    if (at < 0) {
        return;
    }
    const DocLine &heading = lines.at(at);
    const QJsonArray answers = extractManagementResponse(contentFrom(content, heading.page, heading.box.y0))
                                   .value(QStringLiteral("recommendations"))
                                   .toArray();
    for (const QJsonValue &answer : answers) {
        const QJsonObject a = answer.toObject();
        const QString id = a.value(QStringLiteral("id")).toString();
        qsizetype match = -1;
        for (qsizetype i = 0; i < recommendations.size() && !id.isEmpty(); ++i) {
            if (recommendations.at(i).toObject().value(QStringLiteral("id")).toString() == id) {
                match = i;
            }
        }
        if (match < 0) {
            recommendations.append(a); // answered in the annex only: the annex gives its text
            continue;
        }
        QJsonObject r = recommendations.at(match).toObject();
        for (const QString &field : kResponseFields) {
            r.insert(field, a.value(field));
        }
        QJsonObject sources = r.value(QStringLiteral("sources")).toObject();
        const QJsonObject annexSources = a.value(QStringLiteral("sources")).toObject();
        for (const QString &field : kResponseFields) {
            if (annexSources.contains(field)) {
                sources.insert(field, annexSources.value(field));
            }
        }
        r.insert(QStringLiteral("sources"), sources);
        recommendations.replace(match, r);
    }
}

} // namespace evalreview::extract::evaluation
