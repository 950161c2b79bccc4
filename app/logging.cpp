#include "logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {
QString g_logFile;

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug(text); break;
    case QtInfoMsg: spdlog::info(text); break;
    case QtWarningMsg: spdlog::warn(text); break;
    case QtCriticalMsg: spdlog::error(text); break;
    case QtFatalMsg: spdlog::critical(text); spdlog::shutdown(); std::abort();
    }
}
}

namespace Logging {

QString logFilePath() { return g_logFile; }

QString install(bool verboseStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(verboseStderr ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(err);

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        g_logFile = dir + QStringLiteral("/session-inspector.log");
        try {
            // 5 files of 2 MB: enough history for a bug report, bounded on disk.
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(), 2 * 1024 * 1024, 5);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            g_logFile.clear(); // read-only home: keep stderr logging only
        }
    }
    auto logger = std::make_shared<spdlog::logger>("si", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
    return g_logFile;
}

}
