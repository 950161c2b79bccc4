#pragma once

#include "runspec.h"

#include <QList>
#include <QObject>
#include <QPointer>

class Runner;

// Runs wait here and start in order, at most maxConcurrent at a time. The
// queue owns its Runner objects (finished ones stay, for the panel).
class RunQueue : public QObject
{
    Q_OBJECT
public:
    explicit RunQueue(QObject *parent = nullptr);
    ~RunQueue() override;

    void setMaxConcurrent(int n);
    int maxConcurrent() const { return m_max; }
    void setTimings(const RunTimings &t) { m_timings = t; }
    const RunTimings &timings() const { return m_timings; }

    Runner *enqueue(const RunSpec &spec);
    Runner *rerun(const Runner *previous);   // the same spec again, as a new run
    const QList<Runner *> &runs() const { return m_runs; }
    Runner *find(const QString &runId) const;
    int runningCount() const;
    int queuedCount() const;
    int activeCount() const { return runningCount() + queuedCount(); }
    int maxObservedConcurrent() const { return m_maxObserved; }

    void cancelAll();   // queued ones never start
    void detachAll();   // leaves running ones running; queued ones are dropped
    void remove(Runner *finishedRun);

Q_SIGNALS:
    void runAdded(Runner *run);
    void runRemoved(Runner *run);
    void runChanged(Runner *run);
    void runFinished(Runner *run);
    void allIdle();

private:
    void startNext();

    QList<Runner *> m_runs;
    RunTimings m_timings;
    int m_max = 2;
    int m_maxObserved = 0;
    bool m_starting = false;
};
