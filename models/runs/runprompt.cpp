#include "runprompt.h"

#include "runspec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    const ProtocolProfile proto = spec.effectiveProtocol();
    const bool phased = proto.id == ProtocolProfile::generation20250913().id;
    QString md;
    md += QLatin1String("# Task for ") + spec.workerType + QLatin1String("\n\n");
    md += QLatin1String("Session ID: ") + spec.sessionId + QLatin1String("\n\n");
    md += QLatin1String("## Task\n\n") + spec.task + QLatin1String("\n\n");
    if (!spec.queenPromptText.trimmed().isEmpty()) {
        md += QLatin1String("## Queen's prompt (") + spec.promptRelativePath() + QLatin1String(")\n\n");
        md += spec.queenPromptText.trimmed() + QLatin1String("\n\n");
    }
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
    const QString sessionRel = QLatin1String("Docs/hive-mind/sessions/") + spec.sessionId + u'/';
    if (phased) {
        // Phase 2 of the framework's lifecycle: the files exist (copied from
        // the templates by --setup) and the CLI logs every event itself.
        md += QLatin1String("- This is phase 2 of the framework's 3-phase workflow: `cli.py --setup` has run, "
                            "`cli.py --output` runs after you. Do not run cli.py and do not write EVENTS.jsonl.\n");
        md += QLatin1String("- Fill ") + sessionRel + proto.notesPath(spec.workerType) + QLatin1String(" and ")
              + sessionRel + proto.responsePath(spec.workerType)
              + QLatin1String(" in place: replace every *REQUIRED:* line, {{...}} placeholder, -TEMPLATE id and "
                              "\"Template - remove if\" entry; remove what has no content.\n");
    } else {
        md += QLatin1String("- Log worker_spawned, worker_configured, analysis_started, worker_progress, "
                            "notes_created, json_created and worker_completed (or worker_failed) to EVENTS.jsonl\n");
        md += QLatin1String("- Write ") + proto.notesPath(spec.workerType) + QLatin1String(" first, then ")
              + proto.responsePath(spec.workerType) + u'\n';
    }
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

QByteArray queenFileContent(const RunSpec &spec, const QDateTime &now)
{
    if (spec.effectiveProtocol().id != ProtocolProfile::generation20250913().id) {
        RunSpec own = spec;
        own.queenPromptText.clear();
        return render(own, now);
    }
    // WorkerManager.create_worker_prompts() writes plain text from
    // shared/protocols/worker_templates/<worker-type>.txt.
    QByteArray out = "TASK: " + spec.task.toUtf8() + '\n';
    if (!spec.focusAreas.isEmpty())
        out += "SCOPE: " + spec.focusAreas.join(QLatin1String(", ")).toUtf8() + '\n';
    if (!spec.successCriteria.isEmpty())
        out += "EXPECTED DELIVERABLES: " + spec.successCriteria.join(QLatin1String("; ")).toUtf8() + '\n';
    return out;
}

bool read(const QString &path, QByteArray *content)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    *content = f.read(1024 * 1024);
    return true;
}

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString write(const QString &path, const QByteArray &content, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("RunPrompt", "Cannot create %1").arg(QFileInfo(path).absolutePath());
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
        *error = QCoreApplication::translate("RunPrompt", "Cannot write %1: %2").arg(path, f.errorString());
        return {};
    }
    return sha256(content);
}

bool createIfAbsent(const QString &path, const QByteArray &content, bool *existed, QString *error)
{
    *existed = QFileInfo::exists(path);
    if (*existed)
        return false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("RunPrompt", "Cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QFile f(path);
    // NewOnly is O_EXCL: a queen writing the file at the same moment wins.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *existed = QFileInfo::exists(path);
        if (!*existed)
            *error = QCoreApplication::translate("RunPrompt", "Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.write(content) != content.size()) {
        *error = QCoreApplication::translate("RunPrompt", "Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

}
