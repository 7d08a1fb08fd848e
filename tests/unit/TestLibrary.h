#pragma once

#include "Model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace evalreview::testing {

/// A small extraction in the contract's shape: `n` recommendations with one action and a donor comment each.
inline ImportPayload samplePayload(const QString &sha, int n = 3)
{
    ImportPayload p;
    p.fileName = QStringLiteral("sample.pdf");
    p.sourcePath = QStringLiteral("/tmp/sample.pdf");
    p.sha256 = sha;
    p.sourceFormat = QStringLiteral("pdf");
    p.kind = QStringLiteral("management_response");
    p.title = QStringLiteral("Sample management response");
    p.pages = {{1, 842, 595, QStringLiteral("Sécurité sociale and gender inclusion in Ghana")},
               {2, 842, 595, QStringLiteral("Productivity ecosystems for decent work")}};
    QJsonArray recs;
    for (int i = 1; i <= n; ++i) {
        const QJsonArray source{
            QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("bbox"), QJsonArray{0.1, 0.2, 0.5, 0.4}}}};
        recs.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("G%1").arg(i)},
            {QStringLiteral("section"), QStringLiteral("Ghana")},
            {QStringLiteral("text"), QStringLiteral("Strengthen tripartite dialogue number %1").arg(i)},
            {QStringLiteral("response_category"), QStringLiteral("accepted")},
            {QStringLiteral("response_text"), QStringLiteral("Accepted")},
            {QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                               {QStringLiteral("text"), QStringLiteral("Hire")},
                                                               {QStringLiteral("source"), source}}}},
            {QStringLiteral("donor_comments"),
             QJsonArray{QJsonObject{{QStringLiteral("donor"), QStringLiteral("SECO")},
                                    {QStringLiteral("text"), QStringLiteral("SECO would like to know more")},
                                    {QStringLiteral("source"), source}}}},
            {QStringLiteral("source"), source}});
    }
    p.extraction = QJsonObject{
        {QStringLiteral("kind"), p.kind},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("recommendations"), recs},
        {QStringLiteral("cross_references"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("G2")},
                                                                    {QStringLiteral("to"), QStringLiteral("G1")}}}}};
    return p;
}

inline QString shaOf(char c)
{
    return QString(64, QLatin1Char(c));
}

} // namespace evalreview::testing
