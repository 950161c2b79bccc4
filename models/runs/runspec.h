#pragma once

#include "protocolprofile.h"
#include "runprofile.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Durations the runner waits for. The defaults are the product's; tests
// shorten them so that a whole cancel sequence takes a fraction of a second.
struct RunTimings {
    int signalGraceMs = 5000;            // SIGINT → SIGTERM → SIGKILL steps
    int silenceWarningMs = 10 * 60 * 1000; // no output and no session event
    int resultExitMs = 30 * 1000;        // `result` printed but the process lingers
    int watchdogTickMs = 1000;           // how often silence is checked
};

// What to run: a value that the dialog, the headless command and re-run all
// build, and that a Runner executes.
struct RunSpec {
    RunProfile profile;
    QString projectRoot;      // working directory of the child
    QString sessionDir;       // absolute session folder (exists before launch)
    QString sessionId;        // its folder name
    QString workerType;       // e.g. "devops-worker"
    QString task;
    QStringList focusAreas;
    QStringList successCriteria;
    int timeoutSec = 0;       // 0 = none
    QString model;
    QString permissionMode;
    bool passAgent = false;   // Claude Code: add --agent {worker}
    // The framework generation of the session; detected by the Runner when
    // left invalid (docs/PROTOCOLS.md "Detection").
    ProtocolProfile protocol;
    // The queen's prompt as read from promptPath() before the launch; quoted
    // in the run's own prompt. Filled by the Runner (and the dialog's preview).
    QString queenPromptText;

    static QStringList knownWorkerTypes();   // the framework's eight workers
    // Worker types defined in <project>/.claude/agents/*.md plus the known ones, sorted.
    static QStringList availableWorkerTypes(const QString &projectRoot);
    static QString shortWorker(const QString &workerType); // "devops-worker" → "devops"

    // A session id must be one safe path component (docs/FORMAT.md).
    static bool isSafeSessionId(const QString &id);
    static bool isSafeWorkerType(const QString &type);

    // The queen's prompt file, workers/prompts/<worker-type>.prompt: read and
    // shown, created only when absent, never overwritten (a run's own prompt
    // is workers/runs/<run-id>.prompt, RunProvenance::promptPath).
    QString promptRelativePath() const;
    QString promptPath() const;
    // The protocol, detected from the session and project when not set.
    ProtocolProfile effectiveProtocol() const;
    // <project>/.claude/agents/pydantic_ai (cwd of the framework's cli.py).
    QString frameworkCliDir() const;
};

// A spec resolved to the exact process to start.
struct ResolvedCommand {
    QString program;          // absolute path found
    QStringList args;
    QString workingDir;
    QProcessEnvironment env;
    QStringList envEdits;     // human-readable, e.g. "-CLAUDECODE", "PYTHONUNBUFFERED=1"
    QString error;            // non-empty: cannot start

    bool ok() const { return error.isEmpty(); }
    QString displayCommandLine() const; // quoted for reading (never executed by a shell)
};

// One process of a run. Most profiles have one step; the framework's
// 3-phase profile has three (docs/PROTOCOLS.md "phases").
struct RunStepCommand {
    enum Kind { Single, Setup, Work, Output };
    Kind kind = Single;
    QString name;             // shown in the runs panel
    ResolvedCommand cmd;
};

namespace RunResolver {
// Checks the spec: safe ids, worker type, session folder, task, template.
// Returns every problem found, as messages for the user (empty = fine).
QStringList validate(const RunSpec &spec);
QStringList validateSession(const RunSpec &spec); // the session part only
QStringList validateLaunch(const RunSpec &spec);  // everything but the session
// The launch prompt handed to the runner ({prompt}); names the session.
QString launchPrompt(const RunSpec &spec);
// Program lookup (PATH or path), argument expansion and environment.
// `runPromptFile` is what {prompt_file} expands to (the run's own prompt).
ResolvedCommand resolve(const RunSpec &spec,
                        const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
                        const QString &runPromptFile = QString());
// Every step of the run, in order; a step's cmd.error tells why it cannot start.
QList<RunStepCommand> steps(const RunSpec &spec,
                            const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
                            const QString &runPromptFile = QString());
// "setup", "claude", "output", "run": stable names written to provenance.
QString stepKindName(RunStepCommand::Kind kind);
// Quotes one argument for display the way a POSIX shell would read it back.
QString shellQuote(const QString &arg);
}
