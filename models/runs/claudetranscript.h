#pragma once

#include <QDateTime>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One tool call of a Claude Code run, read from Claude Code's own transcript
// (~/.claude/projects/<munged cwd>/<session_id>.jsonl, tests/support/CLAUDE_STUB.md).
struct ClaudeToolCall {
    QString agent;            // "main", or the subagent transcript's file stem
    QString toolName, toolId;
    QDateTime start;          // the assistant line that asked for it
    QDateTime end;            // its tool_result line; invalid when none came
    bool isError = false;
    QString messageId;
    // The asking message's tokens (input + cache + output), shared evenly
    // among the calls that message made.
    qint64 tokens = 0;
    // The same share by kind, for readers that name them apart (the
    // timeline's tooltip): input, output, cache writes + reads.
    qint64 inputTokens = 0, outputTokens = 0, cacheTokens = 0;
    double costUsd = -1;      // share of the run's total cost; -1 unknown
};

struct ClaudeTranscriptData {
    QString sessionId, cwd, version, model;
    QDateTime first, last;
    int lines = 0, badLines = 0, assistantMessages = 0;
    qint64 inputTokens = 0, outputTokens = 0, cacheCreationTokens = 0, cacheReadTokens = 0;
    QList<ClaudeToolCall> toolCalls;
    QStringList files;        // the main transcript and its subagents' transcripts read
};

namespace ClaudeTranscript {
// Claude Code's project folder name for a working directory: every UTF-16
// code unit that is not [A-Za-z0-9] becomes '-'; past 200 characters the name
// is cut and "-<base36 of |Java String.hashCode(cwd)|>" appended.
QString projectDirName(const QString &cwd);
// $CLAUDE_CONFIG_DIR, else $HOME/.claude of the environment the run had.
QString configDir(const QProcessEnvironment &env);
QString transcriptPath(const QString &configDir, const QString &cwd, const QString &sessionId);
// <dir>/<session_id>/subagents/*.jsonl next to a transcript.
QStringList subagentTranscripts(const QString &transcriptPath);

// Parses transcript lines; `agent` names whose calls they are. Each
// message's usage is counted once (it repeats on every content block).
ClaudeTranscriptData parse(const QByteArray &jsonl, const QString &agent = QStringLiteral("main"));
// Reads a transcript and its subagents' (blocking file I/O: call from a job)
// and, when totalCostUsd >= 0, shares that cost out to the tool calls.
ClaudeTranscriptData load(const QString &transcriptPath, double totalCostUsd = -1);
// Shares a run's total cost (from the stream-json result) among the calls by
// their tokens: the transcript has tokens per message but no cost. Prices
// differ per token kind, so a call's cost is an estimate; the sum is exact.
void shareCost(ClaudeTranscriptData &data, double totalCostUsd);
}
