#pragma once

#include "eventlogrules.h"

#include <QMap>
#include <QSet>
#include <QString>

class EventStore;

// Per worker, what its events show of the protocol's lifecycle
// (worker_spawned -> worker_configured -> analysis_started -> notes_created
// -> json_created -> worker_completed | worker_failed).
struct WorkerLifecycle {
    QString worker;
    int firstEvent = -1;   // event indices, -1 when absent
    int spawned = -1, configured = -1, analysisStarted = -1, notesCreated = -1, jsonCreated = -1;
    int completed = -1, failed = -1;
    int eventCount = 0;
    bool finished() const { return completed >= 0 || failed >= 0; }
};

namespace LifecycleRules {
// Agents that are workers: a "-worker" name, or listed in STATE.json.
QSet<QString> workersOf(const EventStore &events, const QStringList &stateWorkers);

// Checks every worker's events (lifecycle.*). `sessionFinished`: whether
// the session as a whole looks over (a worker that never finished is then a
// warning; otherwise it may simply still be running: a note).
QMap<QString, WorkerLifecycle> check(const EventStore &events, const QString &file, const QSet<QString> &workers,
                                     bool sessionFinished, DiagnosticSink &sink);

constexpr qint64 kUnhealthyGapMs = 5 * 60 * 1000;
}
