#pragma once

#include "FollowUpViews.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "Model.h"
#include "RecommendationsPanel.h"
#include "SelectionController.h"
#include "SqliteLibraryStore.h"
#include "UserMessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace evalreview::guitest {

inline QString corpusFile(const char *name)
{
    return QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/") + QLatin1String(name);
}

inline QJsonArray region(int page, double x0, double y0, double x1, double y1)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("bbox"), QJsonArray{x0, y0, x1, y1}}}};
}

/// A management response over the real corpus PDF (so pages render): G1..G3 in Ghana, V1 in Viet Nam,
/// with SECO and NORAD comments on some, different response categories and anchored fields.
inline ImportPayload workbenchPayload()
{
    ImportPayload p;
    p.fileName = QStringLiteral("response.pdf");
    p.sourcePath = corpusFile("ilo-pe4dw-management-response.pdf");
    p.sha256 = QString(64, QLatin1Char('e'));
    p.sourceFormat = QStringLiteral("pdf");
    p.kind = kinds::ManagementResponse;
    p.title = QStringLiteral("Workbench response");
    p.pages = {
        {1, 841.92, 594.96, QStringLiteral("Following a competitive bidding process, led by an Evaluation Manager")},
        {2, 841.92, 594.96, QStringLiteral("Second page text")}};
    struct Rec
    {
        const char *code, *section, *category, *text, *response, *action, *timeFrame;
        bool seco, norad;
        int page;
    };
    const Rec recs[] = {
        {"G1", "Ghana", "deferred", "Increase the focus on people with disabilities",
         "To be consulted with Project Advisory Committee", "Consult the PAC on feasibility", "Q3 2024", true, true, 1},
        {"G2", "Ghana", "accepted", "Strengthen tripartite dialogue", "Accepted", "Hold quarterly meetings", "2025",
         true, false, 2},
        {"G3", "Ghana", "partially_accepted", "Extend the pilot to more districts", "Partially accepted",
         "Assess two more districts", "2025", false, true, 2},
        {"V1", "Viet Nam", "accepted", "Improve monitoring of cooperatives", "Accepted", "Train monitoring staff",
         "2024", true, false, 2},
    };
    QJsonArray list;
    for (const Rec &r : recs) {
        QJsonArray comments;
        if (r.seco) {
            comments.append(
                QJsonObject{{QStringLiteral("donor"), QStringLiteral("SECO")},
                            {QStringLiteral("text"), QStringLiteral("SECO would like to know the timeline")},
                            {QStringLiteral("source"), region(r.page, 0.72, 0.30, 0.95, 0.40)}});
        }
        if (r.norad) {
            comments.append(QJsonObject{{QStringLiteral("donor"), QStringLiteral("NORAD")},
                                        {QStringLiteral("text"), QStringLiteral("NORAD agrees with the response")},
                                        {QStringLiteral("source"), region(r.page, 0.72, 0.42, 0.95, 0.50)}});
        }
        list.append(
            QJsonObject{{QStringLiteral("id"), QString::fromLatin1(r.code)},
                        {QStringLiteral("section"), QString::fromLatin1(r.section)},
                        {QStringLiteral("text"), QString::fromLatin1(r.text)},
                        {QStringLiteral("addressed_to"), QJsonArray{QStringLiteral("ILO Country Office Accra")}},
                        {QStringLiteral("priority"), QStringLiteral("High")},
                        {QStringLiteral("resource_implications"), QStringLiteral("Low")},
                        {QStringLiteral("timing"), QStringLiteral("Short-term")},
                        {QStringLiteral("response_category"), QString::fromLatin1(r.category)},
                        {QStringLiteral("response_text"), QString::fromLatin1(r.response)},
                        {QStringLiteral("actions"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                {QStringLiteral("text"), QString::fromLatin1(r.action)},
                                                {QStringLiteral("time_frame"), QString::fromLatin1(r.timeFrame)},
                                                {QStringLiteral("responsible"), QStringLiteral("Project team")},
                                                {QStringLiteral("source"), region(r.page, 0.45, 0.30, 0.70, 0.45)}}}},
                        {QStringLiteral("donor_comments"), comments},
                        {QStringLiteral("source"), region(r.page, 0.05, 0.30, 0.25, 0.45)},
                        {QStringLiteral("sources"),
                         QJsonObject{{QStringLiteral("response_text"), region(r.page, 0.26, 0.30, 0.44, 0.36)}}}});
    }
    p.extraction = QJsonObject{{QStringLiteral("kind"), p.kind},
                               {QStringLiteral("title"), p.title},
                               {QStringLiteral("recommendations"), list}};
    return p;
}

/// The window reads the library in the background: how long a test waits for an answer.
constexpr int kReadTimeoutMs = 15000;

/// Waits until the table's rows, the selection and its detail have arrived, and what a correction
/// command reads first.
inline bool waitForReads(MainWindow &window)
{
    return QTest::qWaitFor(
        [&window] {
            return !window.selection()->isBusy() &&
                   !window.session()->isReading(LibrarySession::ReadChannel::Correction);
        },
        kReadTimeoutMs);
}

/// Opens a library in the window and waits until its first rows are listed (again after the due
/// dates derived on opening are stored).
inline bool openLibrary(MainWindow &window, const QString &path)
{
    return window.openLibrary(path) &&
           QTest::qWaitFor([&window] { return !window.followUpViews()->isDerivingDueDates(); }, kReadTimeoutMs) &&
           waitForReads(window);
}

/// Stores the queued writes and waits until the views have read what they changed.
inline bool settle(MainWindow &window)
{
    if (!waitForReads(window)) {
        return false;
    }
    window.session()->waitForWrites();
    return waitForReads(window);
}

/// Selects the recommendation with `code` and waits until its detail is shown; false when none has it.
inline bool selectCode(MainWindow &window, const QString &code)
{
    QSignalSpy done(window.selection(), &SelectionController::codeSelected);
    if (!window.selectCode(code) || !done.wait(kReadTimeoutMs)) {
        return false;
    }
    return done.last().at(1).toBool() && waitForReads(window);
}

/// Selects a recommendation in the table and waits until its detail is shown; false when not listed.
inline bool select(MainWindow &window, qint64 recommendationId)
{
    QSignalSpy done(window.recommendations(), &RecommendationsPanel::selectFinished);
    window.recommendations()->select(recommendationId);
    if (done.isEmpty() && !done.wait(kReadTimeoutMs)) {
        return false;
    }
    return done.last().at(1).toBool() && waitForReads(window);
}

/// Collects the messages the app would have shown in message boxes.
struct MessageLog
{
    QStringList texts;
    MessageLog()
    {
        messages::setSink([this](messages::Kind, const QString &title, const QString &text, const QString &) {
            texts << title + QStringLiteral(": ") + text;
        });
    }
    ~MessageLog() { messages::setSink(nullptr); }
};

} // namespace evalreview::guitest
