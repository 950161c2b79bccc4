#pragma once

#include <QString>
#include <QStringList>

// One generation of the worker framework (claude-hive-mind), as data: where
// a worker's outputs go, where their templates come from, which events
// start and finish a worker, which files a session must hold. The doctor,
// the runs and the GUI read these instead of assuming one layout.
// docs/FORMAT.md ("Framework generations") and docs/PROTOCOLS.md describe
// each profile and where in the framework's code every value comes from.
struct ProtocolProfile {
    enum class TemplateSource {
        AgentDefinition, // fenced blocks in .claude/agents/<worker-type>.md
        TemplateFiles,   // .claude/agents/pydantic_ai/<w>/templates/<w>_{notes_template.md,output_template.json}
    };

    QString id;               // "hive-mind-2025-08-30", "hive-mind-2025-09-13"
    QString displayName;      // shown in the GUI
    bool hasStateFile = true; // STATE.json (worker_states, heartbeats)
    bool eventsCarryLevel = false;
    QStringList requiredFiles; // relative to the session folder
    QStringList requiredDirs;
    // Output paths with %1 = the worker's file stem ("devops" for devops-worker).
    QString notesPattern;
    QString responsePattern;
    TemplateSource templateSource = TemplateSource::AgentDefinition;
    // Relative to the project root, %1 = stem (TemplateFiles only).
    QString notesTemplatePattern;
    QString responseTemplatePattern;
    QStringList startEvents;   // the worker's first event
    QStringList finishEvents;  // a worker that logged one of these has finished
    QStringList failureEvents;
    QStringList phaseEvents;   // events that mark a phase done (setup_completed)
    QStringList lifecycleOrder; // the full expected order (empty: no order rule beyond start/finish)
    QStringList outputEvents;  // events announcing an output file (notes_created, json_created, ...)
    // Agents that are workers with outputs; empty: every "*-worker" agent.
    QStringList analysisWorkers;
    QStringList nonWorkerAgents; // never checked for outputs (scribe, queen-orchestrator)
    QStringList debugLevels;
    QString sessionIdPattern;   // empty: any single path component
    bool heartbeatInState = false;
    // DEBUG.jsonl timestamps exactly YYYY-MM-DDTHH:MM:SSZ (a 2025-08-30 rule).
    bool strictDebugTimestamps = true;
    // The setup phase writes both outputs as template copies (2025-09-13):
    // their presence says nothing, their content is unfinished until the
    // finish event.
    bool outputsCreatedAtSetup = false;
    bool liveWorkersMustShowLife = true; // 60 s / 5 min silence rules apply

    QString notesPath(const QString &workerType) const { return notesPattern.arg(stemOf(workerType)); }
    QString responsePath(const QString &workerType) const { return responsePattern.arg(stemOf(workerType)); }
    bool isAnalysisWorker(const QString &agent) const;
    bool isFinishEvent(const QString &type) const { return finishEvents.contains(type); }
    bool isValid() const { return !id.isEmpty(); }

    // "devops-worker" -> "devops" (the file stem, the CLI name, the template folder).
    static QString stemOf(const QString &workerType);

    static const ProtocolProfile &generation20250830();
    static const ProtocolProfile &generation20250913();
    static QList<ProtocolProfile> all();
    static ProtocolProfile byId(const QString &id); // invalid profile when unknown

    // Chooses the generation from what a session folder (and its project)
    // holds; `why` says what decided it. Cheap: a few stat() calls and the
    // first lines of EVENTS.jsonl. `projectRoot` may be empty.
    static ProtocolProfile detect(const QString &sessionDir, const QString &projectRoot, QString *why = nullptr);
    // The same for a project without a session yet (new sessions, runs).
    static ProtocolProfile detectForProject(const QString &projectRoot, QString *why = nullptr);
    // The override a user chose (Preferences, --protocol): "auto" or empty
    // means detect.
    static ProtocolProfile resolve(const QString &choice, const QString &sessionDir, const QString &projectRoot,
                                   QString *why = nullptr);
    // The GUI's choice (Preferences): "auto" or a profile id. The headless
    // commands take --protocol instead, so that scripts do not depend on a
    // user's settings.
    static QString savedChoice();
    static void saveChoice(const QString &choice);
};
