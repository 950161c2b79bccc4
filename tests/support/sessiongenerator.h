#pragma once

#include <QString>

#include <cstdint>

// Writes a synthetic session in the docs/FORMAT.md style for tests and benchmarks:
// a queen and workers going through their lifecycle, both JSON writer styles
// (compact and spaced), details as strings, objects and Python-repr strings
// (cut at 500 characters like the reference logger), `Z`, `+00:00` and
// fractional timestamps, DEBUG lines of every level, STATE.json, SESSION.md,
// BACKLOG.jsonl, notes and responses.
struct GeneratorOptions {
    qint64 events = 1000;
    int workers = 4;
    int debugEvery = 5;           // one DEBUG line per this many events (0: none)
    qint64 startMs = 1756563382000; // 2025-08-30T14:16:22Z
    int meanStepMs = 900;
    std::uint32_t seed = 1;
    bool outputs = true;          // notes and responses
};

namespace SessionGenerator {
bool write(const QString &sessionDir, const GeneratorOptions &options, QString *error = nullptr);
}
