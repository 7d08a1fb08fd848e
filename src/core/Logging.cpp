#include "Logging.h"

#include <QDir>
#include <QtGlobal>

#include <cstdlib>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace evalreview::logging {

namespace {

void qtMessageToLog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}

} // namespace

void initialize(const QString &dir, const QString &name)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (QDir().mkpath(dir)) {
        try {
            const QString file = dir + QLatin1Char('/') + name + QStringLiteral(".log");
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex &) {
            // A read-only data folder must not stop the program; logging simply goes nowhere.
        }
    }
    if (std::getenv("EVALREVIEW_LOG_CONSOLE")) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>(name.toStdString(), sinks.begin(), sinks.end());
    const char *level = std::getenv("EVALREVIEW_LOG_LEVEL");
    logger->set_level(level ? spdlog::level::from_str(level) : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    // Qt's own warnings go to the log file too, not to the user's terminal.
    qInstallMessageHandler(&qtMessageToLog);
}

} // namespace evalreview::logging
