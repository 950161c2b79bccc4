#pragma once

#include "sessiondata.h"

#include <atomic>

namespace SessionLoader {
// Loads one session folder completely, blocking the calling thread (headless
// commands, worker threads, tests). Returns false with `error` set when the
// folder can't be read; bad lines and a bad STATE.json are not errors (they
// are recorded in the data).
bool loadSync(const QString &dir, SessionData &out, QString *error = nullptr, int threads = 2,
              const std::atomic<bool> *cancel = nullptr);
// Reads one log file into a store (same rules as loadSync).
bool loadLog(const QString &path, EventStore &store, QString *error = nullptr, int threads = 2);
}

// Convenience for callers that only need the data.
SessionData loadSessionSync(const QString &dir, QString *error = nullptr, int threads = 2);
