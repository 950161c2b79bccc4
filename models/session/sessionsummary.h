#pragma once

#include "sessiondata.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdio>

// "What happened in this session" in numbers: per-agent counts and spans,
// type counts, bad lines. Backs `session-inspector summary` and the GUI.
struct AgentSummary {
    QString name;     // "(no agent)" for entries without one
    qint64 events = 0;
    qint64 first = 0, last = 0;
    QString status;   // from STATE.json when it knows the worker, else from the log
};

struct SessionSummary {
    QString sessionId, path, status, task;
    QString protocol;   // the framework generation (ProtocolProfile::id)
    qint64 events = 0, debugEntries = 0;
    qint64 first = 0, last = 0;
    bool timed = false;  // some event has a readable timestamp (else first/last are null)
    std::vector<AgentSummary> agents;               // in order of first appearance
    std::vector<std::pair<QString, qint64>> types;  // in order of first appearance
    struct Bad { QString file; quint32 line; QString reason; QString message; };
    std::vector<Bad> badLines;

    static SessionSummary compute(const SessionData &data);
    nlohmann::ordered_json toJson() const;
    // The same JSON as toJson().dump(2), written to `out` piece by piece:
    // the bad lines are never one document in memory (a million of them took
    // 1.7 GB that way). `depth` is the nesting level the object starts at
    // (1 inside the array of a sessions folder); no trailing newline.
    // Returns false when writing failed (a closed pipe, a full disk).
    bool writeJson(std::FILE *out, int depth = 0) const;
    QString toText() const;

private:
    nlohmann::ordered_json toJson(bool withBadLines) const;
};

// Status of an agent as its own log tells it (worker_completed → completed, ...).
QString statusFromLog(const EventStore &events, quint32 agentId);
// The status an agent's last event gives it.
QString statusOfLastEvent(const QString &type);
