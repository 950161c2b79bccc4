#pragma once

#include "eventlogrules.h"
#include "protocolprofile.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <vector>

class EventStore;

// Per worker, what its events show of its generation's lifecycle
// (2025-08-30: worker_spawned -> worker_configured -> analysis_started ->
// notes_created -> json_created -> worker_completed | worker_failed;
// 2025-09-13: worker_spawned -> setup_completed -> outputs_completed).
struct WorkerLifecycle {
    QString worker;
    int firstEvent = -1;   // event indices, -1 when absent
    int spawned = -1, configured = -1, analysisStarted = -1, notesCreated = -1, jsonCreated = -1;
    int setupCompleted = -1; // 2025-09-13: phase 1 done
    int completed = -1, failed = -1; // the generation's finish / failure event
    std::vector<int> stepAt; // per step of ProtocolProfile::lifecycleOrder
    int eventCount = 0;
    bool finished() const { return completed >= 0 || failed >= 0; }
};

namespace LifecycleRules {
// Agents that are workers: the generation's analysis workers (a "-worker"
// name, never scribe or the queen), or listed in STATE.json.
QSet<QString> workersOf(const EventStore &events, const QStringList &stateWorkers, const ProtocolProfile &profile);

// Checks every worker's events (lifecycle.*). `sessionFinished`: whether
// the session as a whole looks over (a worker that never finished is then a
// warning; otherwise it may simply still be running: a note).
// `heartbeats`: a worker's last heartbeat (ms) from STATE.json, a sign of
// life the event log does not show: a gap it falls into is split there.
QMap<QString, WorkerLifecycle> check(const EventStore &events, const QString &file, const QSet<QString> &workers,
                                     bool sessionFinished, const ProtocolProfile &profile, DiagnosticSink &sink,
                                     const QHash<QString, qint64> &heartbeats = QHash<QString, qint64>());

constexpr qint64 kUnhealthyGapMs = 5 * 60 * 1000;
}
