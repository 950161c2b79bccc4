#include "lifecyclerules.h"

#include "eventstore.h"

#include <QCoreApplication>

#include <vector>

namespace LifecycleRules {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("LifecycleRules", s);
}

enum Step { Spawned, Configured, Analysis, Notes, Json, Done, StepCount };

const char *const kStepNames[StepCount] = {"worker_spawned", "worker_configured", "analysis_started", "notes_created",
                                            "json_created", "worker_completed"};

Diagnostic at(const EventStore &events, int i, const char *rule, const QString &file, const QString &message,
              Diagnostic::Severity sev = Diagnostic::Warning)
{
    Diagnostic d;
    d.severity = sev;
    d.rule = QString::fromLatin1(rule);
    d.file = file;
    d.line = int(events.lineNumber(i));
    d.column = 1;
    d.message = message;
    d.agent = events.agent(i);
    d.eventIndex = i;
    return d;
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QCoreApplication::translate("LifecycleRules", "%1 min %2 s").arg(s / 60).arg(s % 60);
}

}

QSet<QString> workersOf(const EventStore &events, const QStringList &stateWorkers)
{
    QSet<QString> out(stateWorkers.cbegin(), stateWorkers.cend());
    for (quint32 id : events.agentsInOrder()) {
        const QString &a = events.strings().at(id);
        if (a.endsWith(QLatin1String("-worker")))
            out.insert(a);
    }
    return out;
}

QMap<QString, WorkerLifecycle> check(const EventStore &events, const QString &file, const QSet<QString> &workers,
                                     bool sessionFinished, DiagnosticSink &sink)
{
    const StringTable &strings = events.strings();
    // Step (or -1) per interned type; both writer spellings map to one step.
    std::vector<int> stepOf(strings.size(), -1);
    auto mapName = [&](const char *name, int step) {
        const quint32 id = strings.find(name);
        if (id)
            stepOf[id] = step;
    };
    for (int s = 0; s < StepCount; ++s)
        mapName(kStepNames[s], s);
    mapName("worker_failed", Done);
    mapName("worker_notes_created", Notes);
    mapName("worker_json_provided", Json);
    const quint32 failedId = strings.find("worker_failed");

    // One pass to split the log per worker agent id.
    std::vector<std::vector<int>> perAgent(strings.size());
    std::vector<char> isWorker(strings.size(), 0);
    for (quint32 id = 1; id < strings.size(); ++id)
        isWorker[id] = workers.contains(strings.at(id));
    const int n = events.size();
    for (int i = 0; i < n; ++i) {
        const quint32 a = events.agentId(i);
        if (a < isWorker.size() && isWorker[a])
            perAgent[a].push_back(i);
    }

    QMap<QString, WorkerLifecycle> out;
    for (quint32 id = 1; id < strings.size(); ++id) {
        const std::vector<int> &idx = perAgent[id];
        if (idx.empty())
            continue;
        WorkerLifecycle lc;
        lc.worker = strings.at(id);
        lc.eventCount = int(idx.size());
        lc.firstEvent = idx.front();
        std::vector<int> steps(idx.size(), -1);
        for (size_t k = 0; k < idx.size(); ++k) {
            const int i = idx[k];
            const quint32 kind = events.kindId(i);
            const int step = kind < stepOf.size() ? stepOf[kind] : -1;
            steps[k] = step;
            int *slot = nullptr;
            switch (step) {
            case Spawned: slot = &lc.spawned; break;
            case Configured: slot = &lc.configured; break;
            case Analysis: slot = &lc.analysisStarted; break;
            case Notes: slot = &lc.notesCreated; break;
            case Json: slot = &lc.jsonCreated; break;
            case Done: slot = kind == failedId ? &lc.failed : &lc.completed; break;
            default: break;
            }
            if (slot && *slot < 0)
                *slot = i;
        }

        // lifecycle.spawn-not-first / missing-event
        if (lc.spawned >= 0 && lc.spawned != lc.firstEvent)
            sink.add(at(events, lc.firstEvent, "lifecycle.spawn-not-first", file,
                        tr("%1's first event is \"%2\", not worker_spawned (line %3)")
                            .arg(lc.worker, events.kindName(lc.firstEvent))
                            .arg(events.lineNumber(lc.spawned))));
        // A step is missing when a later step happened (or the worker is done);
        // notes and JSON are not expected from a worker that failed.
        const int stepAt[StepCount] = {lc.spawned, lc.configured, lc.analysisStarted, lc.notesCreated, lc.jsonCreated,
                                      lc.finished() ? 0 : -1};
        int lastReached = -1;
        for (int s = 0; s < StepCount; ++s) {
            if (stepAt[s] >= 0)
                lastReached = s;
        }
        for (int s = 0; s < lastReached; ++s) {
            if (stepAt[s] >= 0)
                continue;
            if ((s == Notes || s == Json) && lc.failed >= 0 && lc.completed < 0)
                continue;
            const int anchor = s == Spawned ? lc.firstEvent : idx.back();
            Diagnostic d = at(events, anchor, "lifecycle.missing-event", file,
                              tr("%1 never logged %2").arg(lc.worker, QString::fromLatin1(kStepNames[s])));
            if (s != Spawned) {
                d.line = 0; // about the whole life, not a line
                d.column = 0;
            }
            sink.add(std::move(d));
        }

        // lifecycle.out-of-order: the first event that has a lower step after it.
        {
            int suffixMin = StepCount;
            int suffixMinAt = -1;
            int culprit = -1, laterAt = -1;
            for (size_t k = idx.size(); k-- > 0;) {
                const int s = steps[k];
                if (s < 0)
                    continue;
                if (s > suffixMin) {
                    culprit = int(k);
                    laterAt = suffixMinAt;
                }
                if (s < suffixMin) {
                    suffixMin = s;
                    suffixMinAt = int(k);
                }
            }
            if (culprit >= 0) {
                const int i = idx[size_t(culprit)];
                const int j = idx[size_t(laterAt)];
                sink.add(at(events, i, "lifecycle.out-of-order", file,
                            tr("%1 comes before %2 (line %3)").arg(events.kindName(i), events.kindName(j))
                                .arg(events.lineNumber(j))));
            }
        }

        // lifecycle.event-after-completion
        const int end = lc.completed >= 0 ? lc.completed : lc.failed;
        if (end >= 0) {
            for (int i : idx) {
                if (i > end) {
                    sink.add(at(events, i, "lifecycle.event-after-completion", file,
                                tr("%1 logged \"%2\" after %3 (line %4)")
                                    .arg(lc.worker, events.kindName(i), events.kindName(end))
                                    .arg(events.lineNumber(end))));
                    break;
                }
            }
        }

        // lifecycle.never-finished
        if (!lc.finished()) {
            Diagnostic d = at(events, idx.back(), "lifecycle.never-finished", file,
                              tr("%1 never logged worker_completed or worker_failed").arg(lc.worker),
                              sessionFinished ? Diagnostic::Warning : Diagnostic::Info);
            sink.add(std::move(d));
        }

        // lifecycle.unhealthy-gap: silence over 5 minutes while active.
        {
            qint64 prev = -1;
            for (int i : idx) {
                if (end >= 0 && i > end)
                    break;
                if (events.flags(i) & EntryFlag::TimeEstimated)
                    continue;
                const qint64 t = events.timeMs(i);
                if (prev >= 0 && t - prev > kUnhealthyGapMs) {
                    sink.add(at(events, i, "lifecycle.unhealthy-gap", file,
                                tr("%1 was silent for %2 before this event (limit 5 min)")
                                    .arg(lc.worker, duration(t - prev))));
                }
                prev = std::max(prev, t);
            }
        }
        out.insert(lc.worker, lc);
    }
    return out;
}

}
