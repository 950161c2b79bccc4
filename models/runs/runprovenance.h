#pragma once

#include "streamjsonparser.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

enum class RunState { Queued, Running, Stopping, Succeeded, Failed, Cancelled, TimedOut };

namespace RunStates {
QString name(RunState s);            // "queued", "running", ... (stable, written to files)
QString displayName(RunState s);     // translated
RunState fromName(const QString &name, bool *ok = nullptr);
bool isFinal(RunState s);
}

// One process of a run (the framework's 3-phase profile has three).
struct RunStepRecord {
    QString kind;                 // "setup", "work", "output", "run"
    QString name;                 // shown in the runs panel
    RunState state = RunState::Queued;
    QString programPath;
    QStringList args;
    QString workingDir;
    QDateTime startedAt, endedAt;
    qint64 pid = 0;
    int exitCode = -1;
    QString endReason;
};

// Everything recorded about one run: what ran, how, and how it ended. Kept
// up to date by the Runner and written to workers/runs/<run-id>.json.
struct RunRecord {
    QString runId;
    RunState state = RunState::Queued;
    QString worker, sessionId, sessionDir, task;
    int timeoutSec = 0;
    QString profileName, profileKind, templateSource; // the argument template as configured
    QString program;                                  // as the profile names it
    QString programPath;                              // as resolved
    QString programVersion;                           // first line of `--version`, when it answers
    QStringList args;
    QString workingDir;
    QStringList envEdits;
    QString promptFile;                               // the run's own prompt, relative to the session
    QString promptSha256;
    QString queenPromptFile;                          // workers/prompts/<worker-type>.prompt, never overwritten
    QString queenPromptSha256;                        // as read before the launch (empty: there was none)
    bool queenPromptCreated = false;                  // the run created it because it was absent
    QString protocolId;                               // framework generation of the session
    QList<RunStepRecord> steps;
    int currentStep = -1;
    QString claudeSessionId;                          // from Claude Code's init line
    QString claudeTranscriptPath;                     // ~/.claude/projects/<munged cwd>/<session_id>.jsonl
    QDateTime queuedAt, startedAt, endedAt;
    qint64 pid = 0, pgid = 0;
    int exitCode = -1;
    QString exitStatus;                               // "normal", "crashed", "" when it never ran
    QString endReason;                                // why it ended, in words
    QStringList warnings;
    QList<qint64> leftoverPids;                       // group members still alive at the end (should stay empty)
    RunResultTotals totals;
    QString workerOutputJson;                         // Python CLI's WORKER_OUTPUT_JSON block
    bool detached = false;

    qint64 durationMs() const;                        // to now while running
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &bytes, RunRecord *out);
};

namespace RunProvenance {
QString runsDir(const QString &sessionDir);               // <session>/workers/runs
QString jsonPath(const QString &sessionDir, const QString &runId);
QString logPath(const QString &sessionDir, const QString &runId);
QString promptPath(const QString &sessionDir, const QString &runId);  // workers/runs/<run-id>.prompt
bool write(const RunRecord &record, QString *error);      // atomic
// Past runs of a session, newest first; unreadable files are skipped.
QList<RunRecord> loadAll(const QString &sessionDir);
QString newRunId(const QString &workerType, const QDateTime &now = QDateTime::currentDateTimeUtc());
}
