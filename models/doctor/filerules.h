#pragma once

#include "eventlogrules.h"
#include "protocolprofile.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Where a worker output file sits, by docs/FORMAT.md's naming rules and
// variants; `standard` when it is where the session's generation puts it.
struct OutputFile {
    enum Kind { Notes, Response };
    Kind kind = Notes;
    QString path;        // relative to the session folder
    QString shortName;   // "devops"
    bool standard = false;
};

namespace FileRules {
// Classifies a notes or response path found in the session; empty
// shortName when it is not one.
OutputFile classify(const QString &relativePath, OutputFile::Kind kind, const ProtocolProfile &profile);

// state.missing / state.invalid-json: reads STATE.json itself (guarded) to
// place a parse error at its line and column. Returns the parsed state
// (null when unusable).
nlohmann::json checkState(const QString &sessionDir, DiagnosticSink &sink);

// Worker types named in STATE.json (worker_states, or the older "workers").
QStringList stateWorkers(const nlohmann::json &state);
QString stateStatus(const nlohmann::json &state, const QString &worker);
// worker_states[w].last_heartbeat (2025-08-30), empty when absent.
QString stateHeartbeat(const nlohmann::json &state, const QString &worker);

constexpr qint64 kMaxStateBytes = 16 * 1024 * 1024;
}
