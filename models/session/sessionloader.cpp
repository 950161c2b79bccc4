#include "sessionloader.h"

#include "logfilereader.h"
#include "statefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <thread>

namespace SessionLoader {

bool loadLog(const QString &path, EventStore &store, QString *error, int threads)
{
    store.clear();
    store.setFilePath(path);
    // Lines run 150-300 bytes in practice: reserve for the short end, so the
    // columns are allocated once (regrowth copied them 3-4 times).
    quint64 bytes = 0;
    LogFileReader::identityOf(path, &bytes);
    store.reserve(size_t(std::min<quint64>(bytes / 150 + 16, 50'000'000)));
    // A file truncated while read is read again (at most a few times).
    for (int attempt = 0; attempt < 3; ++attempt) {
        // A synchronous load reads the file as it is now: a last line
        // without its newline is the last line (counted and reported).
        const LogReadResult r = LogFileReader::readAll(path, store.logKind(), threads,
            [&](LogChunk &&chunk, quint64, quint64) { store.append(std::move(chunk)); }, nullptr, 32u << 20, true);
        if (r.status == LogReadResult::Ok || r.status == LogReadResult::Missing)
            return true;
        if (r.status != LogReadResult::ChangedWhileReading) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, r.error);
            return false;
        }
        store.clear();
        store.setFilePath(path);
    }
    if (error)
        *error = QStringLiteral("%1: keeps changing while being read").arg(path);
    return false;
}

bool loadSync(const QString &dir, SessionData &out, QString *error, int threads, const std::atomic<bool> *)
{
    QElapsedTimer timer;
    timer.start();
    const QFileInfo fi(dir);
    if (!fi.isDir() || !fi.isReadable() || !fi.isExecutable()) {
        if (error)
            *error = QStringLiteral("%1: can't read this folder").arg(dir);
        return false;
    }
    out = SessionData();
    out.dir = QDir::cleanPath(fi.absoluteFilePath());
    out.id = fi.fileName();
    out.files = SessionFiles::scan(out.dir);
    const QDir d(out.dir);
    StateFile::apply(StateFile::read(d.filePath(QStringLiteral("STATE.json"))), out.state, out.stateOk, out.stateMessage);
    // The debug log is read beside the event log: it fills the gaps that the
    // event log's serial steps (block merges) leave on the cores.
    QString debugError;
    bool debugOk = true;
    std::thread debugReader([&] { debugOk = loadLog(d.filePath(QStringLiteral("DEBUG.jsonl")), out.debug, &debugError, 1); });
    const bool eventsOk = loadLog(d.filePath(QStringLiteral("EVENTS.jsonl")), out.events, error, threads);
    debugReader.join();
    if (!eventsOk)
        return false;
    if (!debugOk) {
        // The events stand on their own: keep them, say what is missing.
        out.debug.clear();
        out.debugError = debugError;
    }
    out.loadMs = timer.elapsed();
    return true;
}

}

SessionData loadSessionSync(const QString &dir, QString *error, int threads)
{
    SessionData data;
    SessionLoader::loadSync(dir, data, error, threads);
    return data;
}
