#include "runprompt.h"

#include "runspec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace {

// A JSON string is a valid YAML double-quoted scalar: one escaping rule for
// every user text that lands in the front matter.
QByteArray yamlQuoted(const QString &s)
{
    return QByteArray::fromStdString(nlohmann::json(s.toStdString()).dump(-1, ' ', false,
                                                                        nlohmann::json::error_handler_t::replace));
}

}

namespace RunPrompt {

QString body(const RunSpec &spec)
{
    const QString shortName = RunSpec::shortWorker(spec.workerType);
    QString md;
    md += QLatin1String("# Task for ") + spec.workerType + QLatin1String("\n\n");
    md += QLatin1String("Session ID: ") + spec.sessionId + QLatin1String("\n\n");
    md += QLatin1String("## Task\n\n") + spec.task + QLatin1String("\n\n");
    if (!spec.focusAreas.isEmpty()) {
        md += QLatin1String("## Focus Areas\n\n");
        for (const QString &f : spec.focusAreas)
            md += QLatin1String("- ") + f + u'\n';
        md += u'\n';
    }
    if (!spec.successCriteria.isEmpty()) {
        md += QLatin1String("## Success Criteria\n\n");
        for (const QString &c : spec.successCriteria)
            md += QLatin1String("- ") + c + u'\n';
        md += u'\n';
    }
    if (spec.timeoutSec > 0)
        md += QLatin1String("## Timeout\n\n") + QString::number(spec.timeoutSec) + QLatin1String(" seconds\n\n");
    md += QLatin1String("## Output Requirements\n\n");
    md += QLatin1String("- Log worker_spawned, worker_configured, analysis_started, worker_progress, "
                        "notes_created, json_created and worker_completed (or worker_failed) to EVENTS.jsonl\n");
    md += QLatin1String("- Write notes/") + shortName + QLatin1String("_notes.md first, then workers/json/")
          + shortName + QLatin1String("_response.json\n");
    return md;
}

QByteArray render(const RunSpec &spec, const QDateTime &now)
{
    QByteArray out = "---\n";
    out += "worker: " + yamlQuoted(spec.workerType) + '\n';
    out += "session_id: " + yamlQuoted(spec.sessionId) + '\n';
    out += "created_at: " + now.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
    if (spec.timeoutSec > 0)
        out += "timeout: " + QByteArray::number(spec.timeoutSec) + '\n';
    if (!spec.focusAreas.isEmpty()) {
        out += "focus_areas:\n";
        for (const QString &f : spec.focusAreas)
            out += "  - " + yamlQuoted(f) + '\n';
    }
    if (!spec.successCriteria.isEmpty()) {
        out += "success_criteria:\n";
        for (const QString &c : spec.successCriteria)
            out += "  - " + yamlQuoted(c) + '\n';
    }
    out += "---\n";
    out += body(spec).toUtf8();
    return out;
}

QString write(const RunSpec &spec, const QByteArray &content, QString *error)
{
    const QString path = spec.promptPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("RunPrompt", "Cannot create %1").arg(QFileInfo(path).absolutePath());
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
        *error = QCoreApplication::translate("RunPrompt", "Cannot write %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

}
