#include "jobtracker.h"

#include "backgroundpool.h"

#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>

JobTracker::JobTracker(QObject *context)
    : m_context(context)
{
}

JobTracker::~JobTracker()
{
    cancel();
}

void JobTracker::cancel()
{
    m_epoch->store(++m_nextId);
    m_cancelFlag->store(true);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_pending = nullptr;
}

void JobTracker::enqueue(std::function<void(const Context &)> task)
{
    if (m_mode == Mode::Coalesce && m_running > 0) {
        m_pending = std::move(task); // the newest request wins
        return;
    }
    if (m_mode == Mode::Latest) {
        // A new job makes every earlier one stale.
        m_cancelFlag->store(true);
        m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    }
    launch(std::move(task));
}

void JobTracker::launch(std::function<void(const Context &)> task)
{
    Context ctx;
    ctx.m_context = m_context;
    ctx.m_epoch = m_epoch;
    ctx.m_cancelFlag = m_cancelFlag;
    ctx.m_id = ++m_nextId;
    if (m_mode == Mode::Latest)
        m_epoch->store(ctx.m_id); // every earlier job is stale now
    ++m_running;
    // The end of the job is signalled whether or not its result was stale,
    // so that the running count and the coalesced request stay right. The
    // weak pointer: the tracker may be gone by then.
    std::weak_ptr<int> alive = m_alive;
    QPointer<QObject> context = m_context;
    auto done = [this, alive] {
        if (!alive.expired())
            finished();
    };
    const bool nice = m_nice;
    BackgroundPool::instance()->start([task = std::move(task), ctx, context, done, nice]() mutable {
        {
            std::unique_ptr<BackgroundPool::NiceScope> scope;
            if (nice)
                scope = std::make_unique<BackgroundPool::NiceScope>();
            task(ctx);
        }
        if (context)
            QMetaObject::invokeMethod(context.data(), done, Qt::QueuedConnection);
    });
}

void JobTracker::finished()
{
    --m_running;
    if (m_running == 0 && m_pending) {
        auto next = std::move(m_pending);
        m_pending = nullptr;
        launch(std::move(next));
    }
}

struct SerialJobQueue::State
{
    std::mutex mutex;
    std::condition_variable idle;
    std::deque<std::function<void()>> queue;
    bool draining = false;
};

SerialJobQueue::SerialJobQueue()
    : m_state(std::make_shared<State>())
{
}

SerialJobQueue::~SerialJobQueue()
{
    waitForIdle();
}

void SerialJobQueue::post(std::function<void()> work)
{
    std::lock_guard lock(m_state->mutex);
    m_state->queue.push_back(std::move(work));
    if (m_state->draining)
        return; // the running drainer picks it up, in order
    m_state->draining = true;
    // One drainer at a time keeps the order; it holds the state, so the
    // queue object may go away first.
    BackgroundPool::instance()->start([state = m_state] {
        for (;;) {
            std::function<void()> next;
            {
                std::lock_guard lock(state->mutex);
                if (state->queue.empty()) {
                    state->draining = false;
                    state->idle.notify_all();
                    return;
                }
                next = std::move(state->queue.front());
                state->queue.pop_front();
            }
            next();
        }
    });
}

void SerialJobQueue::waitForIdle()
{
    std::unique_lock lock(m_state->mutex);
    m_state->idle.wait(lock, [this] { return !m_state->draining; });
}
