#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One readable item of a Claude Code run's transcript.
struct TranscriptEntry {
    enum Kind { Init, AssistantText, ToolUse, ToolResult, Result, Other };
    Kind kind = Other;
    QString text;         // assistant text, tool result text, final result text, init summary
    QString toolName;     // ToolUse
    QString toolId;       // ToolUse id / ToolResult tool_use_id
    QString inputJson;    // ToolUse input, pretty-printed
    bool isError = false; // ToolResult / Result
    bool inSubagent = false; // parent_tool_use_id was set
};

// Totals from the final `result` line (docs/RUNNERS.md): the authority on how
// a Claude Code run ended.
struct RunResultTotals {
    bool present = false;
    QString subtype;
    bool isError = false;
    int numTurns = -1;
    qint64 durationMs = -1;
    qint64 inputTokens = 0, outputTokens = 0, cacheCreationTokens = 0, cacheReadTokens = 0;
    double costUsd = -1;  // -1 when not reported
    QString resultText;
    QString sessionId;
    QStringList errors;
    int permissionDenials = 0;
};

// Parses stream-json lines one at a time. Lines that are not JSON objects,
// unknown types and unknown subtypes are ignored without failing; invalid
// UTF-8, NUL bytes and absurd nesting are rejected per line.
class StreamJsonParser
{
public:
    // Returns the transcript entries of one stdout line (often none).
    QList<TranscriptEntry> feed(const QByteArray &line);

    const RunResultTotals &result() const { return m_result; }
    bool sawInit() const { return m_sawInit; }
    QString model() const { return m_model; }
    QStringList tools() const { return m_tools; }
    QStringList agents() const { return m_agents; }
    QString sessionId() const { return m_sessionId; } // Claude Code's own session (init line)
    QString cwd() const { return m_cwd; }             // its working directory (init line)
    int linesParsed() const { return m_parsed; }
    int linesIgnored() const { return m_ignored; }

private:
    RunResultTotals m_result;
    bool m_sawInit = false;
    QString m_model;
    QStringList m_tools, m_agents;
    QString m_sessionId, m_cwd;
    int m_parsed = 0, m_ignored = 0;
};
