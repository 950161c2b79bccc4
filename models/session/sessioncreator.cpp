#include "sessioncreator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace SessionCreator {

namespace {

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.commit())
        return true;
    *error = QCoreApplication::translate("SessionCreator", "Cannot write %1: %2").arg(path, f.errorString());
    return false;
}

std::string iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
}

}

QString slugFor(const QString &task)
{
    QString slug;
    bool dash = false;
    for (const QChar c : task.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
        if (slug.size() >= 40)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("session") : slug;
}

QString newSessionId(const QString &sessionsDir, const QString &task, const QDateTime &now)
{
    const QString base = now.toUTC().toString(QStringLiteral("yyyy-MM-dd-HH-mm-")) + slugFor(task);
    QString id = base;
    for (int n = 2; QFileInfo::exists(sessionsDir + u'/' + id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString sessionsDirFor(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (clean.endsWith(QLatin1String("/Docs/hive-mind/sessions")) || clean.endsWith(QLatin1String("/sessions")))
        return clean;
    return clean + QLatin1String("/Docs/hive-mind/sessions");
}

QString create(const QString &sessionsDir, const QString &task, QString *error, const QDateTime &now)
{
    if (!QDir().mkpath(sessionsDir)) {
        *error = QCoreApplication::translate("SessionCreator", "Cannot create %1").arg(sessionsDir);
        return {};
    }
    const QString id = newSessionId(sessionsDir, task, now);
    const QString dir = sessionsDir + u'/' + id;
    // mkdir (not mkpath) fails when the folder appeared meanwhile: never
    // write into someone else's session.
    if (!QDir(sessionsDir).mkdir(id)) {
        *error = QCoreApplication::translate("SessionCreator", "Cannot create %1").arg(dir);
        return {};
    }
    for (const char *sub : {"notes", "workers/json", "workers/prompts"})
        QDir(dir).mkpath(QLatin1String(sub));

    const std::string ts = iso(now);
    nlohmann::json state = {
        {"version", "2.0"},
        {"session_id", id.toStdString()},
        {"task", task.toStdString()},
        {"status", "created"},
        {"timestamps", {{"created_at", ts}, {"updated_at", ts}, {"last_heartbeat", ts},
                        {"phase_transitions", nlohmann::json::object()}}},
        {"coordination_status", {{"phase", "planning"},
                                 {"workers_planned", nlohmann::json::array()},
                                 {"workers_spawned", nlohmann::json::array()},
                                 {"workers_active", nlohmann::json::array()},
                                 {"workers_completed", nlohmann::json::array()},
                                 {"workers_failed", nlohmann::json::array()},
                                 {"synthesis_ready", false},
                                 {"blocking_issues", nlohmann::json::array()}}},
        {"worker_states", nlohmann::json::object()},
        {"session_metadata", {{"created_by", "session-inspector"}}},
    };
    const std::string stateText = state.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    const QByteArray md = "# Session " + id.toUtf8() + "\n\n## Task\n\n" + task.toUtf8() + "\n";
    if (!writeFile(dir + QLatin1String("/STATE.json"), QByteArray::fromStdString(stateText), error)
        || !writeFile(dir + QLatin1String("/EVENTS.jsonl"), {}, error)
        || !writeFile(dir + QLatin1String("/DEBUG.jsonl"), {}, error)
        || !writeFile(dir + QLatin1String("/BACKLOG.jsonl"), {}, error)
        || !writeFile(dir + QLatin1String("/SESSION.md"), md, error))
        return {};
    return dir;
}

}
