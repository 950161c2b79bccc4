#pragma once

#include <QString>

// A quick look at a session for the sessions browser, without loading it:
// STATE.json, a newline count of EVENTS.jsonl and its last line's time.
struct SessionInfo {
    QString dir, id, task, status;
    qint64 createdMs = 0;      // 0 when unknown
    qint64 events = -1;        // complete lines in EVENTS.jsonl; -1 until scanned
    int workers = -1;
    qint64 lastActivityMs = 0;
    int errors = -1, warnings = -1; // from the session doctor, when it has run
    bool scanned = false;
};

namespace SessionScanner {
SessionInfo scan(const QString &sessionDir);
}
