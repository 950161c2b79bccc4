#include "protocolprofile.h"

#include "safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <nlohmann/json.hpp>

namespace {

ProtocolProfile make20250830()
{
    ProtocolProfile p;
    p.id = QStringLiteral("hive-mind-2025-08-30");
    p.displayName = QStringLiteral("claude-hive-mind 2025-08-30 (STATE.json)");
    p.hasStateFile = true;
    p.eventsCarryLevel = false;
    p.requiredFiles = {QStringLiteral("STATE.json"), QStringLiteral("EVENTS.jsonl"), QStringLiteral("DEBUG.jsonl"),
                       QStringLiteral("BACKLOG.jsonl"), QStringLiteral("SESSION.md")};
    p.requiredDirs = {};
    p.notesPattern = QStringLiteral("notes/%1_notes.md");
    p.responsePattern = QStringLiteral("workers/json/%1_response.json");
    p.templateSource = ProtocolProfile::TemplateSource::AgentDefinition;
    p.startEvents = {QStringLiteral("worker_spawned")};
    p.finishEvents = {QStringLiteral("worker_completed")};
    p.failureEvents = {QStringLiteral("worker_failed")};
    p.lifecycleOrder = {QStringLiteral("worker_spawned"), QStringLiteral("worker_configured"), QStringLiteral("analysis_started"),
                        QStringLiteral("notes_created"), QStringLiteral("json_created"), QStringLiteral("worker_completed")};
    p.outputEvents = {QStringLiteral("notes_created"), QStringLiteral("json_created"), QStringLiteral("worker_notes_created"),
                      QStringLiteral("worker_json_provided")};
    p.nonWorkerAgents = {QStringLiteral("queen-orchestrator"), QStringLiteral("queen")};
    p.debugLevels = {QStringLiteral("INFO"), QStringLiteral("SUCCESS"), QStringLiteral("WARNING"), QStringLiteral("ERROR"),
                     QStringLiteral("DECISION"), QStringLiteral("COMPLIANCE")};
    p.heartbeatInState = true;
    p.liveWorkersMustShowLife = true;
    return p;
}

ProtocolProfile make20250913()
{
    // shared/protocols/session_management.py ensure_session_exists(),
    // shared/base_worker.py create_worker_specific_files(), cli.py.
    ProtocolProfile p;
    p.id = QStringLiteral("hive-mind-2025-09-13");
    p.displayName = QStringLiteral("claude-hive-mind 2025-09-13 (3-phase)");
    p.hasStateFile = false;
    p.eventsCarryLevel = true;
    p.requiredFiles = {QStringLiteral("EVENTS.jsonl"), QStringLiteral("DEBUG.jsonl"), QStringLiteral("BACKLOG.jsonl"),
                       QStringLiteral("SESSION.md")};
    p.requiredDirs = {QStringLiteral("workers"), QStringLiteral("workers/json"), QStringLiteral("workers/prompts"),
                      QStringLiteral("workers/notes")};
    p.notesPattern = QStringLiteral("workers/notes/%1_notes.md");
    p.responsePattern = QStringLiteral("workers/json/%1_output.json");
    p.templateSource = ProtocolProfile::TemplateSource::TemplateFiles;
    p.notesTemplatePattern = QStringLiteral(".claude/agents/pydantic_ai/%1/templates/%1_notes_template.md");
    p.responseTemplatePattern = QStringLiteral(".claude/agents/pydantic_ai/%1/templates/%1_output_template.json");
    p.startEvents = {QStringLiteral("worker_spawned")};
    p.finishEvents = {QStringLiteral("outputs_completed")};
    p.failureEvents = {}; // a failed phase shows only as the CLI's exit code
    p.phaseEvents = {QStringLiteral("setup_completed"), QStringLiteral("outputs_completed")};
    p.lifecycleOrder = {QStringLiteral("worker_spawned"), QStringLiteral("setup_completed"), QStringLiteral("outputs_completed")};
    p.outputEvents = {QStringLiteral("outputs_completed")};
    for (const char *w : {"analyzer", "architect", "backend", "designer", "devops", "frontend", "researcher", "test"})
        p.analysisWorkers << QString::fromLatin1(w) + QStringLiteral("-worker");
    p.nonWorkerAgents = {QStringLiteral("scribe"), QStringLiteral("scribe-worker"), QStringLiteral("queen-orchestrator"),
                         QStringLiteral("queen")};
    p.debugLevels = {QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARNING"), QStringLiteral("ERROR")};
    p.sessionIdPattern = QStringLiteral("^[a-zA-Z0-9\\-_]+$");
    p.heartbeatInState = false;
    p.strictDebugTimestamps = false;
    p.outputsCreatedAtSetup = true;
    // Phase 2 (Claude Code editing the files) logs nothing by design: a
    // silent worker between setup and output is working, not stalled.
    p.liveWorkersMustShowLife = false;
    return p;
}

// The first events of the log (bounded, never blocking on a FIFO).
QList<nlohmann::json> firstEvents(const QString &path, int maxLines)
{
    QList<nlohmann::json> out;
    // The head only (a TooLarge result still carries it); never blocks.
    const SafeFile::Result read = SafeFile::read(path, 64 * 1024);
    if (!read.ok() && read.status != SafeFile::Status::TooLarge)
        return out;
    const QByteArray &head = read.bytes;
    for (const QByteArray &line : head.split('\n')) {
        if (out.size() >= maxLines)
            break;
        const nlohmann::json j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (j.is_object())
            out << j;
    }
    return out;
}

bool hasTemplateFiles(const QString &projectRoot)
{
    if (projectRoot.isEmpty())
        return false;
    const QDir base(QDir(projectRoot).filePath(QStringLiteral(".claude/agents/pydantic_ai")));
    if (!base.exists())
        return false;
    for (const QString &w : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFileInfo(base.filePath(w + QStringLiteral("/templates/") + w + QStringLiteral("_notes_template.md"))).isFile())
            return true;
    }
    return false;
}

}

const ProtocolProfile &ProtocolProfile::generation20250830()
{
    static const ProtocolProfile p = make20250830();
    return p;
}

const ProtocolProfile &ProtocolProfile::generation20250913()
{
    static const ProtocolProfile p = make20250913();
    return p;
}

QList<ProtocolProfile> ProtocolProfile::all()
{
    return {generation20250830(), generation20250913()};
}

ProtocolProfile ProtocolProfile::byId(const QString &id)
{
    for (const ProtocolProfile &p : all()) {
        if (p.id == id)
            return p;
    }
    return ProtocolProfile();
}

QString ProtocolProfile::stemOf(const QString &workerType)
{
    QString s = workerType;
    if (s.endsWith(QLatin1String("-worker")))
        s.chop(7);
    return s;
}

bool ProtocolProfile::isAnalysisWorker(const QString &agent) const
{
    if (nonWorkerAgents.contains(agent))
        return false;
    if (!analysisWorkers.isEmpty() && analysisWorkers.contains(agent))
        return true;
    // Workers the framework adds later follow the same naming.
    return agent.endsWith(QLatin1String("-worker"));
}

ProtocolProfile ProtocolProfile::detect(const QString &sessionDir, const QString &projectRoot, QString *why)
{
    auto decide = [why](const ProtocolProfile &p, const QString &reason) {
        if (why)
            *why = reason;
        return p;
    };
    const QDir d(sessionDir);
    if (QFileInfo(d.filePath(QStringLiteral("STATE.json"))).exists())
        return decide(generation20250830(), QStringLiteral("the session has STATE.json"));
    if (QFileInfo(d.filePath(QStringLiteral("workers/notes"))).isDir())
        return decide(generation20250913(), QStringLiteral("the session has workers/notes/"));
    const QDir json(d.filePath(QStringLiteral("workers/json")));
    if (!json.entryList({QStringLiteral("*_output.json")}, QDir::Files).isEmpty() && !QFileInfo(d.filePath(QStringLiteral("notes"))).isDir())
        return decide(generation20250913(), QStringLiteral("the session has workers/json/*_output.json"));
    for (const nlohmann::json &e : firstEvents(d.filePath(QStringLiteral("EVENTS.jsonl")), 50)) {
        const std::string type = e.value("type", std::string());
        const bool phaseSetup = type == "worker_spawned" && e.contains("details") && e["details"].is_object()
            && e["details"].value("phase", std::string()) == "setup";
        if ((e.contains("level") && (type == "setup_completed" || type == "outputs_completed" || type == "prompt_file_read"))
            || phaseSetup)
            return decide(generation20250913(), QStringLiteral("EVENTS.jsonl has 3-phase events"));
    }
    if (QFileInfo(d.filePath(QStringLiteral("notes"))).isDir())
        return decide(generation20250830(), QStringLiteral("the session has notes/"));
    if (hasTemplateFiles(projectRoot))
        return decide(generation20250913(), QStringLiteral("the project has .claude/agents/pydantic_ai/*/templates/"));
    return decide(generation20250830(), QStringLiteral("nothing in the session names a generation; the 2025-08-30 layout is assumed"));
}

ProtocolProfile ProtocolProfile::detectForProject(const QString &projectRoot, QString *why)
{
    if (hasTemplateFiles(projectRoot)) {
        if (why)
            *why = QStringLiteral("the project has .claude/agents/pydantic_ai/*/templates/");
        return generation20250913();
    }
    if (why)
        *why = QStringLiteral("the project has no framework templates; the 2025-08-30 layout is assumed");
    return generation20250830();
}

QString ProtocolProfile::savedChoice()
{
    return QSettings().value(QStringLiteral("protocol/choice"), QStringLiteral("auto")).toString();
}

void ProtocolProfile::saveChoice(const QString &choice)
{
    QSettings().setValue(QStringLiteral("protocol/choice"), choice);
}

ProtocolProfile ProtocolProfile::resolve(const QString &choice, const QString &sessionDir, const QString &projectRoot, QString *why)
{
    if (!choice.isEmpty() && choice != QLatin1String("auto")) {
        const ProtocolProfile p = byId(choice);
        if (p.isValid()) {
            if (why)
                *why = QStringLiteral("chosen by the user");
            return p;
        }
    }
    return sessionDir.isEmpty() ? detectForProject(projectRoot, why) : detect(sessionDir, projectRoot, why);
}
