#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class HistoryDatabase;

struct IndexProgress {
    int done = 0;
    int total = 0;      // sessions found under the roots
    QString current;    // the session folder just finished
};

struct IndexReport {
    int sessions = 0;   // found under the roots
    int indexed = 0;    // read (new or changed)
    int unchanged = 0;  // fingerprint equal: not read again
    int removed = 0;    // in the index, no longer on disk
    int partial = 0;    // indexed with a problem recorded
    QStringList problems; // "<session>: <sentence>" per session read in part, per unreadable root
    QString error;      // the index could not be written: a sentence
    bool cancelled = false;
    qint64 elapsedMs = 0;
    bool ok() const { return error.isEmpty(); }
};

// Brings the index up to date with the session folders under `roots`
// (sessions folders, project roots or single sessions): new and changed
// sessions are read (on `threads` threads, the database written from the
// calling thread), unchanged ones skipped by fingerprint, vanished ones
// removed. Blocking: run it in a job. `progress` is called on the calling
// thread after each session; `cancel` stops between sessions, keeping what
// was written.
namespace HistoryIndexer {
IndexReport run(HistoryDatabase &db, const QStringList &roots, const std::function<void(const IndexProgress &)> &progress = {},
                const std::atomic<bool> *cancel = nullptr, int threads = 2);
}
