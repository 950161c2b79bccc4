#include "historyindexer.h"

#include "historydatabase.h"
#include "historyextractor.h"
#include "historyfingerprint.h"
#include "sessionlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace {

// Extractors fill it, the writer drains it; bounded so that a slow disk
// write never piles up a thousand records in memory.
class RecordQueue
{
public:
    explicit RecordQueue(size_t capacity) : m_capacity(capacity) {}
    void push(SessionRecord &&r)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        m_items.push_back(std::move(r));
        m_notEmpty.notify_one();
    }
    std::optional<SessionRecord> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_producers == 0; });
        if (m_items.empty())
            return std::nullopt;
        SessionRecord r = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return r;
    }
    void setProducers(int n)
    {
        std::lock_guard lock(m_mutex);
        m_producers = n;
    }
    void producerDone()
    {
        std::lock_guard lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }
    void close() // the writer gave up: let producers finish without waiting
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<SessionRecord> m_items;
    size_t m_capacity;
    int m_producers = 0;
    bool m_closed = false;
};

} // namespace

IndexReport HistoryIndexer::run(HistoryDatabase &db, const QStringList &roots, const std::function<void(const IndexProgress &)> &progress,
                                const std::atomic<bool> *cancel, int threads)
{
    QElapsedTimer timer;
    timer.start();
    IndexReport report;
    auto cancelled = [&] { return cancel && cancel->load(); };

    // What is on disk now, and what the index knows of it.
    struct Todo {
        QString dir, fingerprint;
    };
    std::vector<Todo> todo;
    QSet<QString> seen;
    QHash<QString, QString> known;
    for (const QString &root : roots) {
        const SessionLocation loc = SessionLocator::locate(root);
        if (loc.kind == SessionLocation::Invalid) {
            report.problems << QCoreApplication::translate("HistoryIndexer", "%1: %2").arg(root, loc.error);
            continue;
        }
        const QHash<QString, QString> under = db.fingerprints(loc.path);
        for (auto it = under.begin(); it != under.end(); ++it)
            known.insert(it.key(), it.value());
        for (const QString &dir : loc.sessions) {
            const QString clean = QDir::cleanPath(dir);
            if (seen.contains(clean))
                continue;
            seen.insert(clean);
            ++report.sessions;
            const HistoryFingerprint::Result fp = HistoryFingerprint::of(clean);
            if (!fp.value.isEmpty() && known.value(clean) == fp.value)
                ++report.unchanged;
            else
                todo.push_back({clean, fp.value});
        }
    }
    // Sessions of a readable root that are gone. A root that cannot be read
    // right now (an unmounted disk) keeps its sessions: absence is not proof.
    for (auto it = known.begin(); it != known.end() && !cancelled(); ++it) {
        if (seen.contains(it.key()))
            continue;
        QString error;
        if (!db.removeSession(it.key(), &error)) {
            report.error = error;
            report.elapsedMs = timer.elapsed();
            return report;
        }
        ++report.removed;
    }

    IndexProgress p;
    p.total = report.sessions;
    p.done = report.unchanged;
    if (progress)
        progress(p);

    const int workers = std::max(1, std::min<int>(threads, int(todo.size())));
    RecordQueue queue(size_t(workers) * 2);
    queue.setProducers(workers);
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> pool;
    for (int i = 0; i < workers && !todo.empty(); ++i) {
        pool.emplace_back([&] {
            for (;;) {
                const size_t k = next.fetch_add(1);
                if (k >= todo.size() || stop.load() || cancelled())
                    break;
                SessionRecord r = HistoryExtractor::extract(todo[k].dir, HistoryExtractor::Limits(), &stop);
                // Taken before the read: a change while reading shows next time.
                r.fingerprint = todo[k].fingerprint;
                queue.push(std::move(r));
            }
            queue.producerDone();
        });
    }
    if (pool.empty())
        queue.setProducers(0);
    while (std::optional<SessionRecord> r = queue.pop()) {
        if (cancelled()) {
            report.cancelled = true;
            stop = true;
            queue.close();
            break;
        }
        QString error;
        if (!db.writeSession(*r, &error)) {
            report.error = QCoreApplication::translate("HistoryIndexer", "The index could not be written: %1").arg(error);
            stop = true;
            queue.close();
            break;
        }
        ++report.indexed;
        if (!r->problem.isEmpty()) {
            ++report.partial;
            report.problems << r->path + QStringLiteral(": ") + r->problem;
        }
        ++p.done;
        p.current = r->path;
        if (progress)
            progress(p);
    }
    for (std::thread &t : pool)
        t.join();
    if (cancelled())
        report.cancelled = true;
    report.elapsedMs = timer.elapsed();
    return report;
}
