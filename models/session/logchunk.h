#pragma once

#include "stringtable.h"

#include <QString>

#include <vector>

// Which JSONL file a store holds: EVENTS.jsonl (kind column = "type") or
// DEBUG.jsonl (kind column = "level", payload = "message").
enum class LogKind : quint8 { Events, Debug };

// A line that could not be read as a log entry at all. Every other line is kept.
struct BadLine {
    enum Reason : quint8 { InvalidJson, InvalidUtf8, NotObject, Empty, NulByte, TooDeep, TooLong };
    quint32 line = 0;     // 1-based line number in the file
    quint64 offset = 0;   // byte offset of the line's first byte
    quint32 length = 0;   // bytes, without the line terminator
    Reason reason = InvalidJson;
    QString message;      // human-readable, e.g. "invalid JSON at column 17: ..."

    static const char *reasonKey(Reason r); // "invalid-json", "invalid-utf8", ...
};

// Per-entry facts found while parsing, for diagnostics (issue 4 rules) and
// for placing entries whose fields are missing or unreadable.
namespace EntryFlag {
enum : quint16 {
    MissingTimestamp = 1 << 0,
    BadTimestamp = 1 << 1,        // present but not an ISO-8601 timestamp
    NonStrictTimestamp = 1 << 2,  // readable, but not exactly YYYY-MM-DDTHH:MM:SSZ
    MissingAgent = 1 << 3,
    MissingKind = 1 << 4,         // no string "type" (events) / "level" (debug)
    MissingPayload = 1 << 5,      // no "details" (events) / "message" (debug)
    HasSessionId = 1 << 6,        // a "session_id" key inside the entry
    DetailsString = 1 << 7,
    DetailsObject = 1 << 8,
    DetailsArray = 1 << 9,
    MessageTooLong = 1 << 10,     // debug "message" over 1000 characters
    TimeEstimated = 1 << 11,      // time column holds a neighbour's time (see timeMs)
};
}

// Columnar result of parsing a run of complete lines, handed by value from a
// parser thread to the owner of an EventStore. String ids are local to
// `strings` until EventStore::append remaps them.
struct LogChunk {
    StringTable strings;
    std::vector<qint64> time;      // UTC ms since epoch
    std::vector<quint32> agent;
    std::vector<quint32> kind;     // type or level
    std::vector<quint32> status;   // events: "status"; 0 when absent
    std::vector<quint32> action;   // events: details.action when details is an object
    std::vector<quint64> offset;
    std::vector<quint32> length;
    std::vector<quint32> line;
    std::vector<quint16> flags;
    std::vector<BadLine> bad;

    quint32 linesConsumed = 0;     // complete lines seen, good or bad
    quint64 bytesConsumed = 0;     // up to and including the last newline parsed
    quint32 unterminatedLine = 0;  // a finished file's last line, parsed without its newline

    size_t size() const { return time.size(); }
    void reserve(size_t n);
};
