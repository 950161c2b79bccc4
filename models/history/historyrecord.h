#pragma once

#include <QString>

#include <vector>

// What the history index keeps of one session: plain values, built off the
// GUI thread by HistoryExtractor and written by HistoryDatabase.

struct WorkerRecord {
    QString name;
    QString status;
    qint64 events = 0;
    qint64 firstMs = 0, lastMs = 0; // 0 when no event had a readable time
    int errors = 0, warnings = 0, infos = 0;
    // Tokens and cost of the worker's Claude Code runs where a transcript or
    // run record is linked; -1 when none is (not the same as 0 tokens).
    qint64 inputTokens = -1, outputTokens = -1, cacheWriteTokens = -1, cacheReadTokens = -1;
    double costUsd = -1;
    QString model;
};

struct RuleCount {
    QString worker;   // empty: not about one worker
    QString rule;
    QString severity; // "error", "warning", "note"
    int count = 0;
};

// One searchable piece of text and where it came from, so that a hit opens
// the session at that event, notes line or JSON path.
struct TextRecord {
    enum Kind { Event, Debug, Notes, Response, Diagnostic, Task };
    Kind kind = Event;
    QString worker;
    QString file;     // relative to the session folder
    int line = 0;     // 1-based line in `file` (events, notes, diagnostics); 0 when none
    QString pointer;  // JSON pointer into a response
    qint64 timeMs = 0;
    QString body;

    static QString kindName(Kind k);           // "event", "debug", "notes", "response", "diagnostic", "task"
    static bool kindFromName(const QString &name, Kind *out);
};

struct SessionRecord {
    QString path;        // absolute session folder (the key)
    QString sessionId;
    QString project;     // the project root's folder name, empty when none
    QString projectRoot;
    QString protocol;
    QString task;
    QString status;
    qint64 firstMs = 0, lastMs = 0;
    qint64 events = 0;
    qint64 badLines = 0;
    int errors = 0, warnings = 0;
    QString problem;     // why it could be read only in part (or not at all); empty when fine
    QString fingerprint; // HistoryFingerprint::of() when it was read
    std::vector<WorkerRecord> workers;
    std::vector<RuleCount> rules;
    std::vector<TextRecord> texts;

    double durationS() const { return lastMs > firstMs ? double(lastMs - firstMs) / 1000.0 : 0.0; }
};
