#pragma once

#include <QString>

#include <functional>

#include <nlohmann/json.hpp>

// Read-merge-write of a session's STATE.json, the way its other writers do
// it: read the current file, change only the keys we own, write a temporary
// file and rename it over the original, so that a reader never sees a
// half-written file from us. A file caught half-written by another writer is
// re-read a few times before giving up (it is not overwritten with a guess).
namespace StateJsonUpdater {
using Merge = std::function<void(nlohmann::json &state)>;

// Returns false with *error when the file exists but never parsed, or the
// write failed. A missing file starts from an empty object.
bool update(const QString &statePath, const Merge &merge, QString *error, int readAttempts = 5);

// Merges one worker's entry: worker_states[<worker>] keys status, task,
// last_update (and spawned_at when spawning), keeps coordination_status lists
// consistent, and bumps timestamps.updated_at.
bool markWorker(const QString &statePath, const QString &workerType, const QString &status, const QString &task,
                QString *error);

// Current UTC time as docs/FORMAT.md writes it: 2025-08-30T14:16:22Z.
QString nowIso();
}
