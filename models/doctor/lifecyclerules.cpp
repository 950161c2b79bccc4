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

QSet<QString> workersOf(const EventStore &events, const QStringList &stateWorkers, const ProtocolProfile &profile)
{
    QSet<QString> out(stateWorkers.cbegin(), stateWorkers.cend());
    for (quint32 id : events.agentsInOrder()) {
        const QString &a = events.strings().at(id);
        if (profile.isAnalysisWorker(a))
            out.insert(a);
    }
    return out;
}

QMap<QString, WorkerLifecycle> check(const EventStore &events, const QString &file, const QSet<QString> &workers,
                                     bool sessionFinished, const ProtocolProfile &profile, DiagnosticSink &sink,
                                     const QHash<QString, qint64> &heartbeats)
{
    const StringTable &strings = events.strings();
    // The generation's steps in their order; the last one is "done", which
    // failure events reach too. Both writer spellings map to one step.
    const QStringList &stepNames = profile.lifecycleOrder;
    const int stepCount = int(stepNames.size());
    const int doneStep = stepCount - 1;
    const int notesStep = int(stepNames.indexOf(QStringLiteral("notes_created")));
    const int jsonStep = int(stepNames.indexOf(QStringLiteral("json_created")));
    std::vector<int> stepOf(strings.size(), -1);
    std::vector<char> isFailure(strings.size(), 0);
    auto mapName = [&](const QString &name, int step) {
        const quint32 id = strings.find(name.toUtf8().constData());
        if (id)
            stepOf[id] = step;
        return id;
    };
    for (int s = 0; s < stepCount; ++s)
        mapName(stepNames.at(s), s);
    for (const QString &finish : profile.finishEvents)
        mapName(finish, doneStep);
    for (const QString &failure : profile.failureEvents) {
        if (const quint32 id = mapName(failure, doneStep))
            isFailure[id] = 1;
    }
    if (notesStep >= 0)
        mapName(QStringLiteral("worker_notes_created"), notesStep);
    if (jsonStep >= 0)
        mapName(QStringLiteral("worker_json_provided"), jsonStep);
    const QString finishName = stepCount > 0 ? stepNames.at(doneStep) : QString();
    const QString neverFinished = profile.failureEvents.isEmpty()
        ? tr("%1 never logged %2").arg(QStringLiteral("%1"), finishName)
        : tr("%1 never logged %2 or %3").arg(QStringLiteral("%1"), finishName, profile.failureEvents.join(QStringLiteral(", ")));

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
        lc.stepAt.assign(size_t(stepCount), -1);
        std::vector<int> steps(idx.size(), -1);
        for (size_t k = 0; k < idx.size(); ++k) {
            const int i = idx[k];
            const quint32 kind = events.kindId(i);
            const int step = kind < stepOf.size() ? stepOf[kind] : -1;
            steps[k] = step;
            if (step < 0)
                continue;
            if (step == doneStep) {
                int &slot = isFailure[kind] ? lc.failed : lc.completed;
                if (slot < 0)
                    slot = i;
            }
            if (lc.stepAt[size_t(step)] < 0)
                lc.stepAt[size_t(step)] = i;
        }
        auto stepIndex = [&](const char *name) {
            const int s = int(stepNames.indexOf(QLatin1String(name)));
            return s >= 0 ? lc.stepAt[size_t(s)] : -1;
        };
        lc.spawned = stepIndex("worker_spawned");
        lc.configured = stepIndex("worker_configured");
        lc.analysisStarted = stepIndex("analysis_started");
        lc.notesCreated = stepIndex("notes_created");
        lc.jsonCreated = stepIndex("json_created");
        lc.setupCompleted = stepIndex("setup_completed");

        // lifecycle.spawn-not-first / missing-event
        if (lc.spawned >= 0 && lc.spawned != lc.firstEvent)
            sink.add(at(events, lc.firstEvent, "lifecycle.spawn-not-first", file,
                        tr("%1's first event is \"%2\", not worker_spawned (line %3)")
                            .arg(lc.worker, events.kindName(lc.firstEvent))
                            .arg(events.lineNumber(lc.spawned))));
        // A step is missing when a later step happened (or the worker is done);
        // notes and JSON are not expected from a worker that failed.
        std::vector<int> stepAt = lc.stepAt;
        if (stepCount > 0)
            stepAt[size_t(doneStep)] = lc.finished() ? 0 : -1;
        int lastReached = -1;
        for (int s = 0; s < stepCount; ++s) {
            if (stepAt[s] >= 0)
                lastReached = s;
        }
        for (int s = 0; s < lastReached; ++s) {
            if (stepAt[size_t(s)] >= 0)
                continue;
            if ((s == notesStep || s == jsonStep) && lc.failed >= 0 && lc.completed < 0)
                continue;
            const int anchor = s == 0 ? lc.firstEvent : idx.back();
            Diagnostic d = at(events, anchor, "lifecycle.missing-event", file,
                              tr("%1 never logged %2").arg(lc.worker, stepNames.at(s)));
            d.kind = QStringLiteral("missing");
            d.data = {{"event", stepNames.at(s).toStdString()}};
            if (s != 0) {
                d.line = 0; // about the whole life, not a line
                d.column = 0;
            }
            sink.add(std::move(d));
        }

        // lifecycle.out-of-order: the first event that has a lower step after it.
        {
            int suffixMin = stepCount;
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
            Diagnostic d = at(events, idx.back(), "lifecycle.never-finished", file, neverFinished.arg(lc.worker),
                              sessionFinished ? Diagnostic::Warning : Diagnostic::Info);
            sink.add(std::move(d));
        }

        // lifecycle.unhealthy-gap: silence over 5 minutes while active, where
        // the generation expects signs of life (not in a silent work phase).
        if (profile.liveWorkersMustShowLife) {
            qint64 prev = -1;
            for (int i : idx) {
                if (end >= 0 && i > end)
                    break;
                if (events.flags(i) & EntryFlag::TimeEstimated)
                    continue;
                const qint64 t = events.timeMs(i);
                // A heartbeat STATE.json recorded inside the gap was a sign of life.
                const qint64 beat = heartbeats.value(lc.worker, -1);
                const qint64 gap = prev >= 0 && beat > prev && beat < t ? std::max(beat - prev, t - beat) : t - prev;
                if (prev >= 0 && gap > kUnhealthyGapMs) {
                    Diagnostic d = at(events, i, "lifecycle.unhealthy-gap", file,
                                      tr("%1 was silent for %2 before this event (limit 5 min)").arg(lc.worker, duration(gap)));
                    d.kind = QStringLiteral("gap");
                    d.data = {{"ms", gap}};
                    sink.add(std::move(d));
                }
                prev = std::max(prev, t);
            }
        }
        out.insert(lc.worker, lc);
    }
    return out;
}

}
