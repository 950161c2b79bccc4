#pragma once

#include "logchunk.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

// Compact, columnar store of one JSONL log (EVENTS.jsonl or DEBUG.jsonl).
// Index = file order = the order of record. Per entry it keeps the time,
// interned agent/kind/status/action ids, flags and the byte range of the
// line (about 40 bytes); details are read from the file on demand, never
// kept as a DOM. A value type: copy it to hand a snapshot to another thread.
class EventStore
{
public:
    explicit EventStore(LogKind kind = LogKind::Events);

    LogKind logKind() const { return m_kind; }
    QString filePath() const { return m_path; }
    void setFilePath(const QString &path); // also (re)opens the read handle for rawLine()

    int size() const { return int(m_time.size()); }
    bool isEmpty() const { return m_time.empty(); }

    // Time in UTC ms. An entry without a readable timestamp takes the time of
    // the previous readable one (or the next, at the start) and has
    // EntryFlag::TimeEstimated: it is placed by file order.
    qint64 timeMs(int i) const { return m_time[size_t(i)]; }
    quint32 agentId(int i) const { return m_agent[size_t(i)]; }
    quint32 kindId(int i) const { return m_kindCol[size_t(i)]; }
    quint32 statusId(int i) const { return m_status[size_t(i)]; }
    quint32 actionId(int i) const { return m_action[size_t(i)]; }
    quint16 flags(int i) const { return m_flags[size_t(i)]; }
    quint32 lineNumber(int i) const { return m_line[size_t(i)]; }
    quint64 lineOffset(int i) const { return m_offset[size_t(i)]; }
    quint32 lineLength(int i) const { return m_length[size_t(i)]; }

    const QString &agent(int i) const { return m_strings.at(agentId(i)); }
    const QString &kindName(int i) const { return m_strings.at(kindId(i)); } // type or level
    const QString &status(int i) const { return m_strings.at(statusId(i)); }
    const StringTable &strings() const { return m_strings; }

    // Distinct agent ids in order of first appearance (file order).
    const std::vector<quint32> &agentsInOrder() const { return m_agentOrder; }

    const std::vector<BadLine> &badLines() const { return m_bad; }
    quint32 linesConsumed() const { return m_linesConsumed; }
    quint64 bytesConsumed() const { return m_bytesConsumed; }
    // The line of a finished file that had no newline (parsed, counted); 0 if none.
    quint32 unterminatedLine() const { return m_unterminatedLine; }

    bool hasTime() const { return m_haveGoodTime; } // any entry with a readable timestamp
    qint64 minTime() const { return m_minTime; }
    qint64 maxTime() const { return m_maxTime; }

    // The line's bytes (without terminator), read from the file now.
    // Empty when the file is gone or was replaced since it was loaded.
    QByteArray rawLine(int i) const;
    QByteArray readRange(quint64 offset, quint32 length) const;

    // Appends a parsed chunk that continues this store; returns the index of
    // its first entry. Chunks must arrive in file order.
    int append(LogChunk &&chunk);
    void clear();
    // Room for n entries, so that a whole-file load grows no column twice.
    void reserve(size_t n);

    // Heap bytes held per the columns and tables (for the benchmark).
    size_t memoryBytes() const;

private:
    struct ReadHandle;
    LogKind m_kind;
    QString m_path;
    std::shared_ptr<ReadHandle> m_file;
    StringTable m_strings;
    std::vector<qint64> m_time;
    std::vector<quint32> m_agent, m_kindCol, m_status, m_action, m_length, m_line;
    std::vector<quint64> m_offset;
    std::vector<quint16> m_flags;
    std::vector<BadLine> m_bad;
    std::vector<quint32> m_agentOrder;
    std::vector<bool> m_agentSeen;
    quint32 m_linesConsumed = 0;
    quint64 m_bytesConsumed = 0;
    quint32 m_unterminatedLine = 0;
    qint64 m_minTime = 0, m_maxTime = 0;
    qint64 m_lastGoodTime = 0;
    bool m_haveGoodTime = false;
    size_t m_pendingLeading = 0; // entries before the first readable time
};
