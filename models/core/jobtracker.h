#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThreadPool;

// Every piece of background work in the application goes through a
// JobTracker (after KDAB Hotspot's JobTracker): the job runs on the
// application's BackgroundPool, never on the GUI thread, and its result is
// handed to `deliver` on the context object's thread, unless a newer job of
// the same tracker started, cancel() was called or the context died since.
// Stale results are dropped, never applied.
//
// A job is callable as `R job()` or `R job(const JobTracker::Context &)`;
// the Context tells whether the job went stale (to stop early) and posts
// intermediate results (progress, staged chunks) with the same guard.
//
// Modes: Latest (the default) drops every earlier job's result when a new
// one starts. Coalesce is for re-checks of something that keeps changing (a
// live session): while a job runs, start() only remembers the newest
// request, which starts when the running one has delivered; the running
// job's result is still delivered, it is the freshest there is. All keeps
// every job's result (independent jobs, e.g. one per file) until cancel().
class JobTracker
{
public:
    class Context
    {
    public:
        bool isCancelled() const { return !m_context || m_id < m_epoch->load(); }
        const std::atomic<bool> *cancelFlag() const { return m_cancelFlag.get(); }
        // Runs `fn` on the context's thread if the job is still current then.
        template<typename Fn>
        void post(Fn &&fn) const
        {
            if (!m_context)
                return;
            auto self = *this;
            QMetaObject::invokeMethod(m_context.data(), [self, fn = std::forward<Fn>(fn)]() mutable {
                if (!self.isCancelled())
                    fn();
            }, Qt::QueuedConnection);
        }

    private:
        friend class JobTracker;
        QPointer<QObject> m_context;
        std::shared_ptr<std::atomic<quint64>> m_epoch; // jobs below it are stale
        std::shared_ptr<std::atomic<bool>> m_cancelFlag;
        quint64 m_id = 0;
    };

    explicit JobTracker(QObject *context);
    ~JobTracker();
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    enum class Mode { Latest, Coalesce, All };
    void setMode(Mode mode) { m_mode = mode; }
    // Lowers the worker thread's priority while the job runs (loads and
    // parses that would otherwise take the CPU from the GUI thread).
    void setNice(bool on) { m_nice = on; }

    template<typename Job, typename Deliver>
    void start(Job &&job, Deliver &&deliver)
    {
        auto task = [job = std::forward<Job>(job), deliver = std::forward<Deliver>(deliver)](const Context &ctx) mutable {
            if constexpr (std::is_invocable_v<Job &, const Context &>)
                runAndDeliver(ctx, [&] { return job(ctx); }, std::move(deliver));
            else
                runAndDeliver(ctx, [&] { return job(); }, std::move(deliver));
        };
        enqueue(std::function<void(const Context &)>(std::move(task)));
    }

    void cancel();                        // drops every result still to come
    bool isRunning() const { return m_running > 0; }
    bool hasPending() const { return bool(m_pending); }
    quint64 lastJob() const { return m_nextId; }

private:
    template<typename Run, typename Deliver>
    static void runAndDeliver(const Context &ctx, Run &&run, Deliver &&deliver)
    {
        using R = decltype(run());
        if constexpr (std::is_void_v<R>) {
            run();
            ctx.post([deliver = std::move(deliver)]() mutable { deliver(); });
        } else {
            auto result = std::make_shared<R>(run());
            ctx.post([deliver = std::move(deliver), result]() mutable { deliver(std::move(*result)); });
        }
    }

    void enqueue(std::function<void(const Context &)> task);
    void launch(std::function<void(const Context &)> task);
    void finished();

    QPointer<QObject> m_context;
    std::shared_ptr<std::atomic<quint64>> m_epoch = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_nextId = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    std::function<void(const Context &)> m_pending;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    int m_running = 0;
    Mode m_mode = Mode::Latest;
    bool m_nice = false;
};

// Fire-and-forget work that must happen in the order it was asked for (the
// editors' crash-recovery journal: a removal after a save must win over a
// write queued before it), on the same BackgroundPool as every job. There
// are no results to drop; waitForIdle() is for shutdown.
class SerialJobQueue
{
public:
    SerialJobQueue();
    ~SerialJobQueue();
    SerialJobQueue(const SerialJobQueue &) = delete;
    SerialJobQueue &operator=(const SerialJobQueue &) = delete;

    void post(std::function<void()> work);
    void waitForIdle();

private:
    struct State;
    std::shared_ptr<State> m_state;
};
