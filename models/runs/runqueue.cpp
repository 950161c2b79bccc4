#include "runqueue.h"

#include "runner.h"

RunQueue::RunQueue(QObject *parent) : QObject(parent) {}

RunQueue::~RunQueue() = default; // children: each Runner kills what it still owns

void RunQueue::setMaxConcurrent(int n)
{
    m_max = n < 1 ? 1 : n;
    startNext();
}

Runner *RunQueue::enqueue(const RunSpec &spec)
{
    auto *run = new Runner(spec, m_timings, this);
    m_runs.append(run);
    connect(run, &Runner::recordChanged, this, [this, run] { Q_EMIT runChanged(run); });
    connect(run, &Runner::finished, this, [this, run] {
        Q_EMIT runFinished(run);
        startNext();
        if (activeCount() == 0)
            Q_EMIT allIdle();
    });
    Q_EMIT runAdded(run);
    startNext();
    return run;
}

Runner *RunQueue::rerun(const Runner *previous)
{
    return previous ? enqueue(previous->spec()) : nullptr;
}

Runner *RunQueue::find(const QString &runId) const
{
    for (Runner *r : m_runs)
        if (r->id() == runId)
            return r;
    return nullptr;
}

int RunQueue::runningCount() const
{
    int n = 0;
    for (const Runner *r : m_runs)
        n += r->state() == RunState::Running || r->state() == RunState::Stopping;
    return n;
}

int RunQueue::queuedCount() const
{
    int n = 0;
    for (const Runner *r : m_runs)
        n += r->state() == RunState::Queued;
    return n;
}

void RunQueue::startNext()
{
    if (m_starting)
        return; // start() can finish a run synchronously; that re-enters here
    m_starting = true;
    for (Runner *r : std::as_const(m_runs)) {
        if (runningCount() >= m_max)
            break;
        if (r->state() == RunState::Queued) {
            r->start();
            // A run that failed to start frees its slot at once.
        }
    }
    m_maxObserved = qMax(m_maxObserved, runningCount());
    m_starting = false;
}

void RunQueue::cancelAll()
{
    // Queued first, so that a slot freed by a cancel is not refilled.
    for (Runner *r : std::as_const(m_runs))
        if (r->state() == RunState::Queued)
            r->cancel();
    for (Runner *r : std::as_const(m_runs))
        r->cancel();
}

void RunQueue::detachAll()
{
    for (Runner *r : std::as_const(m_runs))
        if (r->state() == RunState::Queued)
            r->cancel();
    for (Runner *r : std::as_const(m_runs))
        r->detach();
}

void RunQueue::remove(Runner *run)
{
    if (!run || !run->isFinished() || !m_runs.removeOne(run))
        return;
    Q_EMIT runRemoved(run);
    run->deleteLater();
}
