#include "AppPaths.h"
#include "DocumentParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>
#include <spdlog/spdlog.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#ifndef EVALREVIEW_PARSER_BUILD_PATH
#define EVALREVIEW_PARSER_BUILD_PATH ""
#endif

namespace evalreview {

IsolatedParser::IsolatedParser() = default;

QString IsolatedParser::workerPath()
{
    const QString fromEnv = qEnvironmentVariable("EVALREVIEW_PARSER");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    // Installed: libexec/evalreview beside bin; the build tree's reader only when running from there.
    const QString installed = paths::installedReader();
    if (QFileInfo(installed).isExecutable()) {
        return installed;
    }
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/evalreview-parse");
    if (QFileInfo(beside).isExecutable() || !paths::buildTreeFallbacks()) {
        return beside;
    }
    return QString::fromUtf8(EVALREVIEW_PARSER_BUILD_PATH);
}

ParseOutcome IsolatedParser::parse(const QString &path, const ParseHooks &hooks) const
{
    const ReaderAnswer answered = answer(path, ReadRequest{}, hooks);
    if (!answered.ok()) {
        return answered.failure();
    }
    return ParsedDocument::fromJson(answered.value());
}

ReaderAnswer IsolatedParser::answer(const QString &path, const ReadRequest &request, const ParseHooks &hooks) const
{
    QString message; // the reader's own sentence, when it gave one
    const QString unreadable = QStringLiteral("EvalReview could not read this file (%1); nothing was imported.");
    QProcess worker;
    const Limits limits = m_limits;
    worker.setChildProcessModifier([limits] {
    // Runs in the child between fork and exec: only async-signal-safe calls.
#ifndef EVALREVIEW_SANITIZED
        const rlimit memory{rlim_t(limits.memoryBytes), rlim_t(limits.memoryBytes)};
        setrlimit(RLIMIT_AS, &memory);
#endif
        const rlimit cpu{rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds)};
        setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0};
        setrlimit(RLIMIT_CORE, &core);
        prctl(PR_SET_PDEATHSIG, SIGKILL); // the reader never outlives the program that asked for it
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Text recognition runs one page per reader thread; Tesseract's own OpenMP threads would only
    // compete with them (and multiply the reader's memory).
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    worker.setProcessEnvironment(env);
    worker.start(workerPath(), request.toArguments(path));
    if (!worker.waitForStarted(10000)) {
        spdlog::error("parser worker {} did not start: {}", workerPath().toStdString(),
                      worker.errorString().toStdString());
        return Failure{ParseError::Crashed, unreadable.arg(QStringLiteral("its reader could not be started"))};
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray progressBuffer;
    while (worker.state() != QProcess::NotRunning) {
        worker.waitForFinished(50);
        progressBuffer += worker.readAllStandardError();
        // Progress arrives on stderr as lines "progress DONE TOTAL".
        qsizetype nl;
        while ((nl = progressBuffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = progressBuffer.left(nl).split(' ');
            progressBuffer.remove(0, nl + 1);
            if (parts.size() == 3 && parts.at(0) == "progress" && hooks.pageProgress) {
                hooks.pageProgress(parts.at(1).toInt(), parts.at(2).toInt());
            } else if (parts.size() > 1 && parts.at(0) == "error:") {
                message = QString::fromUtf8(parts.mid(1).join(' '));
            }
        }
        if (hooks.isCancelled && hooks.isCancelled()) {
            worker.kill();
            worker.waitForFinished();
            return Failure{ParseError::Cancelled, QStringLiteral("The import was cancelled.")};
        }
        if (clock.elapsed() > limits.timeoutMs) {
            worker.kill();
            worker.waitForFinished();
            return Failure{ParseError::TimedOut, unreadable.arg(QStringLiteral("reading it took too long"))};
        }
    }
    const QByteArray out = worker.readAllStandardOutput();
    progressBuffer += worker.readAllStandardError();
    if (message.isEmpty()) {
        const qsizetype at = progressBuffer.lastIndexOf("error: ");
        if (at >= 0) {
            message = QString::fromUtf8(progressBuffer.mid(at + 7)).trimmed();
        }
    }
    if (worker.exitStatus() == QProcess::CrashExit) {
        spdlog::error("parser worker crashed on {}", path.toStdString());
        return Failure{ParseError::Crashed, unreadable.arg(QStringLiteral("its reader stopped unexpectedly"))};
    }
    if (worker.exitCode() == ReaderExit::PagesNotInDocument) {
        return Failure{ParseError::BadRequest, message};
    }
    if (worker.exitCode() != ReaderExit::Ok) {
        return Failure{ParseError::BadInput,
                       message.isEmpty() ? unreadable.arg(QStringLiteral("its reader failed")) : message};
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return Failure{ParseError::Crashed, unreadable.arg(QStringLiteral("its reader gave no usable answer"))};
    }
    return json.object();
}

} // namespace evalreview
