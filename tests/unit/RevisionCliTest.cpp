// evalreview-cli import --replace on a revised corpus document: every note and status is kept.
#include "RevisedDocx.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

QJsonObject cli(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(EVALREVIEW_CLI), args + QStringList{QStringLiteral("--json")});
    if (!p.waitForFinished(120000)) {
        return {};
    }
    if (exitCode) {
        *exitCode = p.exitCode();
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

TEST(RevisionCli, ReplaceKeepsEveryNoteAndStatus)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib.evalreview"));
    const QString original = QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.docx");
    const QString revised = dir.filePath(QStringLiteral("response-revised.docx"));
    ASSERT_TRUE(test::writeRevisedDocx(original, revised, test::corpusResponseRevision()));
    const QString lib = QStringLiteral("--library");

    const QJsonObject first = cli({QStringLiteral("import"), lib, library, original});
    const qint64 firstId = first[QStringLiteral("results")][0][QStringLiteral("document_id")].toInteger();
    ASSERT_GT(firstId, 0);
    const QJsonArray records = cli({QStringLiteral("list"), lib, library})[QStringLiteral("recommendations")].toArray();
    ASSERT_GE(records.size(), 20);

    // A status and a note on every recommendation.
    const QStringList statuses{QStringLiteral("in_progress"), QStringLiteral("completed"),
                               QStringLiteral("partially_completed"), QStringLiteral("no_longer_relevant")};
    QHash<QString, std::pair<QString, QString>> expected; // code -> status, note
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString code = records.at(i)[QStringLiteral("code")].toString();
        const QString status = statuses.at(i % statuses.size());
        const QString note = QStringLiteral("Reviewer note %1 on %2").arg(i).arg(code);
        int exit = -1;
        cli({QStringLiteral("followup"), lib, library, QStringLiteral("--document"), QString::number(firstId),
             QStringLiteral("--code"), code, QStringLiteral("--status"), status, QStringLiteral("--note"), note,
             QStringLiteral("--author"), QStringLiteral("Ana")},
            &exit);
        ASSERT_EQ(exit, 0) << code.toStdString();
        expected.insert(code, {status, note});
    }
    ASSERT_EQ(expected.size(), records.size()); // codes are unique in this document
    // A reviewer's correction of G5 (whose text the revision replaces) and of G1 (which stays).
    for (const QString &code : {QStringLiteral("G5"), QStringLiteral("G1")}) {
        int edited = -1;
        cli({QStringLiteral("record"), QStringLiteral("edit"), lib, library, QStringLiteral("--document"),
             QString::number(firstId), QStringLiteral("--code"), code, QStringLiteral("--field"),
             QStringLiteral("title"), QStringLiteral("--value"), QStringLiteral("Reviewer's title of %1").arg(code)},
            &edited);
        ASSERT_EQ(edited, 0) << code.toStdString();
    }

    int exit = -1;
    const QJsonObject second =
        cli({QStringLiteral("import"), QStringLiteral("--replace"), lib, library, revised}, &exit);
    ASSERT_EQ(exit, 0);
    const QJsonObject result = second[QStringLiteral("results")][0].toObject();
    EXPECT_EQ(result[QStringLiteral("replaced_document_id")].toInteger(), firstId);
    const qint64 secondId = result[QStringLiteral("document_id")].toInteger();
    // G5's text was replaced: its follow-up matches nothing and is listed, note and status included.
    const QJsonArray kept = result[QStringLiteral("kept_reviewer_data")].toArray();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.at(0)[QStringLiteral("code")].toString(), QStringLiteral("G5"));
    EXPECT_EQ(kept.at(0)[QStringLiteral("note")].toString(), expected.value(QStringLiteral("G5")).second);
    EXPECT_EQ(kept.at(0)[QStringLiteral("status")].toString(), expected.value(QStringLiteral("G5")).first);
    // and so is its correction, kept too; G1's went to the new G1
    const QJsonArray corrections = result[QStringLiteral("kept_corrections")].toArray();
    ASSERT_EQ(corrections.size(), 1);
    EXPECT_EQ(corrections.at(0)[QStringLiteral("code")].toString(), QStringLiteral("G5"));
    EXPECT_EQ(corrections.at(0)[QStringLiteral("field")].toString(), QStringLiteral("title"));
    EXPECT_EQ(corrections.at(0)[QStringLiteral("value")].toString(), QStringLiteral("Reviewer's title of G5"));

    // Every other note and status is on its record in the new version (G6 is now G7).
    int checked = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString code = test::revisedCode(it.key());
        if (code.isEmpty()) {
            continue;
        }
        const QJsonObject state = cli({QStringLiteral("followup"), lib, library, QStringLiteral("--document"),
                                       QString::number(secondId), QStringLiteral("--code"), code});
        EXPECT_EQ(state[QStringLiteral("status")].toString(), it.value().first) << code.toStdString();
        EXPECT_EQ(state[QStringLiteral("note")].toString(), it.value().second) << code.toStdString();
        EXPECT_EQ(state[QStringLiteral("changes")].toInt(), 2) << code.toStdString(); // the history came along
        ++checked;
    }
    EXPECT_EQ(checked, expected.size() - 1);
    // The new G5 is another recommendation: it starts without follow-up.
    const QJsonObject g5 = cli({QStringLiteral("followup"), lib, library, QStringLiteral("--document"),
                                QString::number(secondId), QStringLiteral("--code"), QStringLiteral("G5")});
    EXPECT_EQ(g5[QStringLiteral("note")].toString(), QString());
    EXPECT_EQ(cli({QStringLiteral("stats"), lib, library})[QStringLiteral("documents")].toInt(), 1);
}
