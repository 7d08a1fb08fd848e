#pragma once

// A small library whose follow-up indicators are known by hand, for the tests of the indicator
// table, its exports and the window's indicator view. As of 2026-06-01:
//
//   document                        organisation  year  recommendations (follow-up)
//   "UNDP management response"      UNDP          2025  b1 due 2025-12-31, owner Ana, completed 2026-01-15
//                                                       b2 not accepted, no due date, open
//   "WFP management response"       WFP           2024  a1 due 2025-03-31, completed 2025-03-20, actionable
//                                                       a2 due 2025-09-30, owner Ana, open (overdue)
//                                                       a3 due 2026-03-31, completed 2026-04-10
//   "Evaluation of WFP school meals" WFP          2023  c1 no response, no follow-up; a1 answers it
//
// Every response but a1's has an action with neither a responsible unit nor a time frame (not
// actionable); every recommendation but c1 has a donor comment asking for something. The
// response is dated 131 days after the evaluation (2023-12-31 to 2024-05-10).
#include "FollowUpStore.h"
#include "Model.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace evalreview::testing {

inline ImportPayload indicatorPayload(const QString &title, const QString &kind, const QStringList &codes, char sha)
{
    ImportPayload p;
    p.fileName = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf");
    p.sourcePath = QStringLiteral("/nonexistent/") + p.fileName;
    p.sha256 = QString(64, QLatin1Char(sha));
    p.sourceFormat = QStringLiteral("pdf");
    p.kind = kind;
    p.title = title;
    p.pages = {{1, 842, 595, title}};
    const QJsonArray source{
        QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("bbox"), QJsonArray{0.1, 0.2, 0.5, 0.4}}}};
    QJsonArray recs;
    for (const QString &code : codes) {
        recs.append(QJsonObject{
            {QStringLiteral("id"), code},
            {QStringLiteral("text"), QStringLiteral("Recommendation %1 of %2 on school meals").arg(code, title)},
            {QStringLiteral("response_category"), QStringLiteral("accepted")},
            {QStringLiteral("response_text"), QStringLiteral("Accepted")},
            {QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                               {QStringLiteral("text"), QStringLiteral("Act")},
                                                               {QStringLiteral("source"), source}}}},
            {QStringLiteral("donor_comments"),
             QJsonArray{QJsonObject{{QStringLiteral("donor"), QStringLiteral("SECO")},
                                    {QStringLiteral("text"), QStringLiteral("SECO would like to know more")},
                                    {QStringLiteral("source"), source}}}},
            {QStringLiteral("source"), source}});
    }
    p.extraction = QJsonObject{
        {QStringLiteral("kind"), kind}, {QStringLiteral("title"), title}, {QStringLiteral("recommendations"), recs}};
    return p;
}

/// Builds the library above in `store` (a library file or a team library); false when an import fails.
inline bool buildIndicatorLibrary(LibraryStore &store)
{
    ImportPayload wfp =
        indicatorPayload(QStringLiteral("WFP management response"), QStringLiteral("management_response"),
                         {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}, 'a');
    wfp.extraction.insert(QStringLiteral("date"), QStringLiteral("2024-05-10"));
    ImportPayload undp =
        indicatorPayload(QStringLiteral("UNDP management response"), QStringLiteral("management_response"),
                         {QStringLiteral("b1"), QStringLiteral("b2")}, 'b');
    undp.extraction.insert(QStringLiteral("date"), QStringLiteral("2025-02-01"));
    ImportPayload evaluation = indicatorPayload(QStringLiteral("Evaluation of WFP school meals"),
                                                QStringLiteral("evaluation_report"), {QStringLiteral("c1")}, 'c');
    evaluation.extraction.insert(QStringLiteral("period"),
                                 QJsonObject{{QStringLiteral("end"), QStringLiteral("2023-12")}});
    for (const ImportPayload &p : {wfp, undp, evaluation}) {
        if (store.importDocument(p).status != ImportOutcome::Status::Imported) {
            return false;
        }
    }
    sql::Database &db = store.database();
    const auto id = [&db](const char *code) {
        sql::Statement st = db.prepare(QStringLiteral("SELECT id FROM recommendations WHERE code = ?"));
        st.bind(1, QString::fromLatin1(code));
        return st.next() ? st.integer(0) : qint64(0);
    };
    const auto completedOn = [&db](qint64 recommendation, const char *day) {
        sql::Statement st = db.prepare(QStringLiteral(
            "UPDATE followup_history SET changed_at = ? WHERE field = 'status' AND new_value = 'completed'"
            " AND followup_id = (SELECT id FROM followups WHERE recommendation_id = ?)"));
        st.bind(1, QStringLiteral("%1T10:00:00Z").arg(QLatin1String(day))).bind(2, recommendation);
        st.run();
    };
    db.exec(QStringLiteral("DELETE FROM links"));
    db.exec(QStringLiteral("UPDATE actions SET responsible = 'Country office', time_frame = 'Q1 2025'"
                           " WHERE recommendation_id = %1")
                .arg(id("a1")));
    db.exec(
        QStringLiteral("UPDATE responses SET category = 'not_accepted' WHERE recommendation_id = %1").arg(id("b2")));
    db.exec(QStringLiteral("DELETE FROM responses WHERE recommendation_id = %1").arg(id("c1")));
    db.exec(QStringLiteral("UPDATE donor_comments SET deleted = TRUE WHERE recommendation_id = %1").arg(id("c1")));
    db.exec(QStringLiteral("INSERT INTO links(from_type, from_id, to_type, to_id, relation, created_at)"
                           " VALUES ('recommendation', %1, 'recommendation', %2, 'answers', '2024-05-10')")
                .arg(id("a1"))
                .arg(id("c1")));
    FollowUpStore followUps(db);
    const QString who = QStringLiteral("test");
    followUps.set(id("a1"), FollowUpField::DueDate, QStringLiteral("2025-03-31"), who);
    followUps.set(id("a1"), FollowUpField::Status, QStringLiteral("completed"), who);
    completedOn(id("a1"), "2025-03-20");
    followUps.set(id("a2"), FollowUpField::DueDate, QStringLiteral("2025-09-30"), who);
    followUps.set(id("a2"), FollowUpField::Owner, QStringLiteral("Ana"), who);
    followUps.set(id("a3"), FollowUpField::DueDate, QStringLiteral("2026-03-31"), who);
    followUps.set(id("a3"), FollowUpField::Status, QStringLiteral("completed"), who);
    completedOn(id("a3"), "2026-04-10");
    followUps.set(id("b1"), FollowUpField::DueDate, QStringLiteral("2025-12-31"), who);
    followUps.set(id("b1"), FollowUpField::Owner, QStringLiteral("Ana"), who);
    followUps.set(id("b1"), FollowUpField::Status, QStringLiteral("completed"), who);
    completedOn(id("b1"), "2026-01-15");
    return true;
}

/// Builds the library above at `path`; false when an import fails.
inline bool buildIndicatorLibrary(const QString &path)
{
    auto store = SqliteLibraryStore::open(path);
    return buildIndicatorLibrary(*store);
}

} // namespace evalreview::testing
