#include "livesession.h"

#include "backgroundpool.h"
#include "jobtracker.h"
#include "logfilereader.h"
#include "statefile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <atomic>
#include <map>
#include <memory>

namespace {
// Inotify tells us promptly; this poll only catches file systems that don't
// notify (NFS, some FUSE mounts) and costs a few stat() calls.
constexpr int kFallbackPollMs = 2000;
// Coalesces bursts of notifications (a writer appending line by line).
constexpr int kDebounceMs = 25;

struct FileStamp {
    qint64 size = -1;
    qint64 mtimeNs = 0;
    bool operator!=(const FileStamp &o) const { return size != o.size || mtimeNs != o.mtimeNs; }
};

FileStamp stampOf(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {};
    return {fi.size(), fi.lastModified().toMSecsSinceEpoch() * 1000000};
}
}

class LiveSession::Private
{
public:
    struct Track {
        EventStore *store = nullptr;
        QString name;
        FileIdentity identity;
        quint64 generation = 0;
        bool busy = false;  // a load or a tail read is running: at most one
        bool dirty = false; // the file changed meanwhile: read the tail again
        std::unique_ptr<JobTracker> jobs; // a load makes the one before stale
        quint32 anchorLength = 0; // the bytes before bytesConsumed, as last read
        quint64 anchorHash = 0;
    };

    LiveSession *q;
    QFileSystemWatcher watcher;
    QTimer debounce, fallback;
    Track events, debug;
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    std::map<QString, FileStamp> stamps; // every non-log session file
    JobTracker stateJobs{q};
    bool stateBusy = false, stateDirty = false, stateInitial = false;
    int pendingInitial = 0;
    bool cancelled = false;
    QElapsedTimer loadTimer;
    qint64 bytesDone[2] = {0, 0}, bytesTotal[2] = {0, 0};

    explicit Private(LiveSession *owner)
        : q(owner)
    {
        events.jobs = std::make_unique<JobTracker>(q);
        debug.jobs = std::make_unique<JobTracker>(q);
        events.store = &q->m_data.events;
        events.name = QStringLiteral("EVENTS.jsonl");
        debug.store = &q->m_data.debug;
        debug.name = QStringLiteral("DEBUG.jsonl");
        debounce.setSingleShot(true);
        debounce.setInterval(kDebounceMs);
        fallback.setInterval(kFallbackPollMs);
        QObject::connect(&debounce, &QTimer::timeout, q, [this] { q->poll(); });
        QObject::connect(&fallback, &QTimer::timeout, q, [this] { q->poll(); });
        // Coalesce, never postpone: a writer appending without pause must not
        // keep pushing the look away (it used to wait for the 2 s poll).
        QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, q, [this] {
            if (!debounce.isActive())
                debounce.start();
        });
        QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, q, [this] {
            if (!debounce.isActive())
                debounce.start();
        });
    }

    QString path(const QString &rel) const { return q->m_data.dir + QLatin1Char('/') + rel; }

    void rewatch()
    {
        QStringList want{q->m_data.dir};
        for (const char *sub : {"notes", "workers", "workers/json", "workers/prompts", "workers/notes", "workers/runs"}) {
            const QString p = path(QString::fromLatin1(sub));
            if (QFileInfo(p).isDir())
                want << p;
        }
        for (const QString &rel : q->m_data.files.all())
            want << path(rel);
        const QStringList have = watcher.files() + watcher.directories();
        QStringList add;
        for (const QString &p : want) {
            if (!have.contains(p))
                add << p;
        }
        if (!add.isEmpty())
            watcher.addPaths(add);
    }

    void emitAppended(Track &t, int first)
    {
        const int last = t.store->size() - 1;
        if (last < first)
            return;
        if (&t == &events)
            Q_EMIT q->eventsAppended(first, last);
        else
            Q_EMIT q->debugAppended(first, last);
    }

    // Applies a chunk on the GUI thread (stores are only touched here).
    void applyChunk(Track &t, quint64 generation, LogChunk &&chunk)
    {
        if (generation != t.generation)
            return; // from a load that a reload has since replaced
        const bool hadBad = !chunk.bad.empty();
        const int first = t.store->append(std::move(chunk));
        emitAppended(t, first);
        if (hadBad)
            Q_EMIT q->badLinesChanged();
    }

    void loadWhole(Track &t, bool initial)
    {
        ++t.generation;
        t.busy = true;
        t.dirty = false;
        const bool hadRows = !t.store->isEmpty();
        t.store->clear();
        t.store->setFilePath(path(t.name));
        // Columns allocated once for the whole file (see SessionLoader::loadLog):
        // regrowth copies would land on the GUI thread.
        quint64 bytes = 0;
        LogFileReader::identityOf(path(t.name), &bytes);
        t.store->reserve(size_t(std::min<quint64>(bytes / 150 + 16, 50'000'000)));
        if (hadRows || !initial) {
            if (&t == &events)
                Q_EMIT q->eventsReset();
            else
                Q_EMIT q->debugReset();
        }
        const quint64 generation = t.generation;
        const QString file = path(t.name);
        const LogKind kind = t.store->logKind();
        const int slot = &t == &events ? 0 : 1;
        auto cancelFlag = cancel;
        Track *track = &t;
        t.jobs->setNice(true);
        // Chunks are posted as they are parsed (first rows show at once);
        // the tracker drops those of a load that a reload replaced.
        t.jobs->start([=](const JobTracker::Context &ctx) {
            return LogFileReader::readAll(file, kind, 2,
                [&](LogChunk &&chunk, quint64 done, quint64 total) {
                    auto shared = std::make_shared<LogChunk>(std::move(chunk));
                    ctx.post([=] {
                        bytesDone[slot] = qint64(done);
                        bytesTotal[slot] = qint64(total);
                        applyChunk(*track, generation, std::move(*shared));
                        if (initial)
                            Q_EMIT q->loadProgress(bytesDone[0] + bytesDone[1], bytesTotal[0] + bytesTotal[1]);
                    });
                },
                cancelFlag.get());
        }, [=](const LogReadResult &r) { finishLoad(*track, generation, r, initial); });
    }

    void finishLoad(Track &t, quint64 generation, const LogReadResult &r, bool initial)
    {
        if (generation != t.generation)
            return;
        t.busy = false;
        t.identity = r.identity;
        t.anchorLength = r.anchorLength;
        t.anchorHash = r.anchorHash;
        if (r.status == LogReadResult::ChangedWhileReading) {
            spdlog::warn("{} changed while being read; reading it again", t.name.toStdString());
            loadWhole(t, false);
            return;
        }
        if (r.status == LogReadResult::Unreadable)
            spdlog::warn("{}: {}", t.name.toStdString(), r.error.toStdString());
        if (r.status == LogReadResult::Cancelled)
            cancelled = true;
        if (initial)
            initialPartDone();
        if (t.dirty)
            followTail(t);
    }

    // The first load is done when both logs and STATE.json have been read,
    // so that loadFinished hands over one consistent picture.
    void initialPartDone()
    {
        if (--pendingInitial != 0)
            return;
        q->m_loading = false;
        q->m_data.loadMs = loadTimer.elapsed();
        Q_EMIT q->loadFinished(q->m_data.loadMs, cancelled);
        fallback.start();
        rewatch();
    }

    void followTail(Track &t)
    {
        if (t.busy) {
            t.dirty = true; // picked up when the running job ends: never two readers
            return;
        }
        quint64 size = 0;
        const FileIdentity id = LogFileReader::identityOf(path(t.name), &size);
        // Same size is no proof of the same content (rewritten in place to
        // the same length): readAppended checks the head and the anchor; it
        // is a few hundred bytes of reading.
        if (id != t.identity || size < t.store->bytesConsumed()) {
            loadWhole(t, false); // shrunk or replaced: reload
            return;
        }
        t.busy = true;
        t.dirty = false;
        const quint64 generation = t.generation;
        const QString file = path(t.name);
        const LogKind kind = t.store->logKind();
        const FileIdentity expected = t.identity;
        const quint32 anchorLength = t.anchorLength;
        const quint64 anchorHash = t.anchorHash;
        const quint64 from = t.store->bytesConsumed();
        const quint32 nextLine = t.store->linesConsumed() + 1;
        Track *track = &t;
        struct Tail
        {
            LogReadResult result;
            std::shared_ptr<std::vector<LogChunk>> chunks;
        };
        t.jobs->start([=] {
            auto chunks = std::make_shared<std::vector<LogChunk>>();
            LogReadResult r = LogFileReader::readAppended(file, kind, expected, from, nextLine,
                [&](LogChunk &&chunk, quint64, quint64) { chunks->push_back(std::move(chunk)); }, anchorLength, anchorHash);
            return Tail{std::move(r), chunks};
        }, [=](const Tail &tail) {
                if (generation != track->generation)
                    return;
                const LogReadResult &r = tail.result;
                const auto &chunks = tail.chunks;
                track->busy = false;
                if (r.status == LogReadResult::Replaced) {
                    loadWhole(*track, false);
                    return;
                }
                track->anchorLength = r.anchorLength;
                track->anchorHash = r.anchorHash;
                for (LogChunk &c : *chunks)
                    applyChunk(*track, generation, std::move(c));
                if (track->dirty)
                    followTail(*track);
        });
    }

    void readState()
    {
        if (stateBusy) {
            stateDirty = true;
            return;
        }
        stateBusy = true;
        stateDirty = false;
        const QString file = path(QStringLiteral("STATE.json"));
        stateJobs.start([file] { return std::make_shared<StateFile::Result>(StateFile::read(file)); },
                        [this](const std::shared_ptr<StateFile::Result> &result) {
                stateBusy = false;
                SessionData &data = q->m_data;
                const QString before = data.stateMessage;
                const bool changed = StateFile::apply(*result, data.state, data.stateOk, data.stateMessage);
                if (!result->ok && !result->missing) {
                    // Half-written: a writer is mid read-merge-write; look again shortly.
                    QTimer::singleShot(200, q, [this] { readState(); });
                }
                if (changed || before != data.stateMessage)
                    Q_EMIT q->stateChanged();
                if (stateInitial) {
                    stateInitial = false;
                    initialPartDone();
                }
                if (stateDirty)
                    readState();
        });
    }

    void checkFiles()
    {
        SessionFiles now = SessionFiles::scan(q->m_data.dir);
        const bool listChanged = now.all() != q->m_data.files.all();
        q->m_data.files = std::move(now);
        std::map<QString, FileStamp> fresh;
        for (const QString &rel : q->m_data.files.all()) {
            if (rel == events.name || rel == debug.name)
                continue;
            fresh[rel] = stampOf(path(rel));
            auto it = stamps.find(rel);
            if (it != stamps.end() && it->second != fresh[rel]) {
                if (rel == QStringLiteral("STATE.json"))
                    readState();
                Q_EMIT q->fileChanged(rel);
            }
        }
        if (!fresh.count(QStringLiteral("STATE.json")) && stamps.count(QStringLiteral("STATE.json")))
            readState(); // deleted: keep the last good copy, say so
        stamps = std::move(fresh);
        if (listChanged) {
            rewatch();
            Q_EMIT q->filesChanged();
        }
    }
};

LiveSession::LiveSession(const QString &dir, QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    const QFileInfo fi(dir);
    m_data.dir = QDir::cleanPath(fi.absoluteFilePath());
    m_data.id = fi.fileName();
}

LiveSession::~LiveSession()
{
    d->cancel->store(true);
    delete d;
}

void LiveSession::start()
{
    m_loading = true;
    d->loadTimer.start();
    m_data.files = SessionFiles::scan(m_data.dir);
    for (const QString &rel : m_data.files.all())
        d->stamps[rel] = stampOf(d->path(rel));
    d->pendingInitial = 3; // events, debug, state
    d->stateInitial = true;
    d->readState();
    d->loadWhole(d->events, true);
    d->loadWhole(d->debug, true);
}

void LiveSession::cancelLoad()
{
    d->cancel->store(true);
    // Later reads (live following) must not see the cancelled flag.
    d->cancel = std::make_shared<std::atomic<bool>>(false);
}

void LiveSession::poll()
{
    if (m_loading)
        return;
    d->followTail(d->events);
    d->followTail(d->debug);
    d->checkFiles();
    d->rewatch();
}
