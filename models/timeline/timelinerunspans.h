#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

struct RunRecord;
struct ClaudeTranscriptData;

// One tool call of a worker's Claude Code run (issue 9, item 5), as the
// timeline draws it in that worker's lane. A plain value: built on a worker
// thread from the run's provenance and Claude Code's own transcript, handed
// to the GUI thread whole.
struct TimelineRunSpan {
    QString lane;            // the run's worker type, e.g. "devops-worker"
    QString runId;
    QString agent;           // "main", or the subagent transcript's name
    QString toolName;
    qint64 startMs = 0;      // the assistant message that asked for the call
    qint64 endMs = 0;        // its tool_result; the transcript's end when none came
    bool open = false;       // no tool_result was written (interrupted, or still running)
    bool isError = false;
    qint64 inputTokens = 0, outputTokens = 0, cacheTokens = 0; // the call's share of its message
    double costUsd = -1;     // estimated share of the run's cost; -1 unknown
};

// Every run span of a session, grouped by lane and sorted by start, so that
// painting and hit-testing one lane cost a binary search, not a scan.
class TimelineRunSpans
{
public:
    struct Lane {
        std::vector<TimelineRunSpan> spans; // by start
        // maxEnd[i]: the latest end among spans[0..i]. Spans may overlap
        // (subagents run side by side), so "ends after t" is not sorted by
        // itself; its running maximum is, and finds the first candidate.
        std::vector<qint64> maxEnd;
        int errors = 0;
        double costUsd = 0;   // sum of the known costs
        bool costKnown = false;
    };

    TimelineRunSpans() = default;
    explicit TimelineRunSpans(std::vector<TimelineRunSpan> spans);

    // The tool calls of one run, read from its transcript. A run without a
    // worker type gives none: there is no lane to show them in.
    static std::vector<TimelineRunSpan> spansOf(const RunRecord &run, const ClaudeTranscriptData &transcript);
    // Reads <session>/workers/runs/*.json and each run's Claude Code
    // transcript. Blocking file I/O: call it from a job.
    static TimelineRunSpans load(const QString &sessionDir);

    bool isEmpty() const { return m_count == 0; }
    int size() const { return m_count; }
    QStringList laneNames() const { return m_lanes.keys(); }
    // The spans to show in the lane named `laneName`, or null. A run's worker
    // type ("devops-worker") also finds a lane named by its short form
    // ("devops") and the other way round: sessions name agents either way.
    const Lane *lane(const QString &laneName) const;
    bool hasTime() const { return m_count > 0; }
    qint64 minTime() const { return m_min; }
    qint64 maxTime() const { return m_max; }

    // Positions [first, last) of the spans of `lane` that reach into [t0, t1]. O(log n).
    static std::pair<int, int> range(const Lane &lane, double t0, double t1);
    // The span of `lane` under timeMs, else the nearest one within
    // maxDistanceMs, or -1. Ties go to the later span (drawn on top).
    static int spanAt(const Lane &lane, double timeMs, double maxDistanceMs);

private:
    QHash<QString, Lane> m_lanes;
    int m_count = 0;
    qint64 m_min = 0, m_max = 0;
};
