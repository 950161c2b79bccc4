#pragma once

#include "historyrecord.h"

#include <atomic>

// Reads one session folder into a SessionRecord: the summary (status, times,
// events, bad lines, workers), the session doctor's findings counted by
// worker and rule, and the texts to search. A session that can be read only
// in part is still a record, with `problem` saying what was missing. Pure
// function of the folder: safe on any thread.
namespace HistoryExtractor {
struct Limits {
    int maxTexts = 200000;       // per session; the rest is left out and said in `problem`
    int maxBodyBytes = 2048;     // per text; longer ones are cut (the file keeps the whole)
    qint64 maxFileBytes = 16 << 20; // notes and responses larger than this are not read
};
SessionRecord extract(const QString &sessionDir, const Limits &limits, const std::atomic<bool> *cancel = nullptr);
inline SessionRecord extract(const QString &sessionDir) { return extract(sessionDir, Limits()); }

// The words of a JSON value worth searching: its strings and numbers, keys
// left out (they are the format's, not the session's). Exposed for tests.
QString searchableText(const QByteArray &jsonLine, int maxBytes);
}
