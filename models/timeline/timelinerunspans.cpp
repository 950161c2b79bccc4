#include "timelinerunspans.h"

#include "claudetranscript.h"
#include "runprovenance.h"

#include <algorithm>
#include <limits>

namespace {
const QString kWorkerSuffix = QStringLiteral("-worker");
}

TimelineRunSpans::TimelineRunSpans(std::vector<TimelineRunSpan> spans)
{
    for (TimelineRunSpan &s : spans) {
        if (s.lane.isEmpty())
            continue;
        if (s.endMs < s.startMs)
            s.endMs = s.startMs;
        m_min = m_count ? std::min(m_min, s.startMs) : s.startMs;
        m_max = m_count ? std::max(m_max, s.endMs) : s.endMs;
        ++m_count;
        Lane &l = m_lanes[s.lane];
        l.errors += s.isError ? 1 : 0;
        if (s.costUsd >= 0) {
            l.costUsd += s.costUsd;
            l.costKnown = true;
        }
        l.spans.push_back(std::move(s));
    }
    for (Lane &l : m_lanes) {
        std::stable_sort(l.spans.begin(), l.spans.end(),
                         [](const TimelineRunSpan &a, const TimelineRunSpan &b) { return a.startMs < b.startMs; });
        l.maxEnd.resize(l.spans.size());
        qint64 m = std::numeric_limits<qint64>::min();
        for (size_t i = 0; i < l.spans.size(); ++i)
            l.maxEnd[i] = m = std::max(m, l.spans[i].endMs);
    }
}

std::vector<TimelineRunSpan> TimelineRunSpans::spansOf(const RunRecord &run, const ClaudeTranscriptData &transcript)
{
    std::vector<TimelineRunSpan> out;
    if (run.worker.isEmpty())
        return out;
    // A call without a result ends where the transcript does: that is the
    // last moment it is known to have been running.
    const qint64 transcriptEnd = transcript.last.isValid() ? transcript.last.toMSecsSinceEpoch() : 0;
    out.reserve(size_t(transcript.toolCalls.size()));
    for (const ClaudeToolCall &c : transcript.toolCalls) {
        if (!c.start.isValid())
            continue;
        TimelineRunSpan s;
        s.lane = run.worker;
        s.runId = run.runId;
        s.agent = c.agent;
        s.toolName = c.toolName;
        s.startMs = c.start.toMSecsSinceEpoch();
        s.open = !c.end.isValid();
        s.endMs = std::max(s.startMs, s.open ? transcriptEnd : c.end.toMSecsSinceEpoch());
        s.isError = c.isError;
        s.inputTokens = c.inputTokens;
        s.outputTokens = c.outputTokens;
        s.cacheTokens = c.cacheTokens;
        s.costUsd = c.costUsd;
        out.push_back(std::move(s));
    }
    return out;
}

TimelineRunSpans TimelineRunSpans::load(const QString &sessionDir)
{
    std::vector<TimelineRunSpan> all;
    for (const RunRecord &run : RunProvenance::loadAll(sessionDir)) {
        if (run.claudeTranscriptPath.isEmpty() || run.worker.isEmpty())
            continue; // not a Claude Code run, or it never said which session it was
        const ClaudeTranscriptData data = ClaudeTranscript::load(run.claudeTranscriptPath, run.totals.costUsd);
        std::vector<TimelineRunSpan> spans = spansOf(run, data);
        all.insert(all.end(), std::make_move_iterator(spans.begin()), std::make_move_iterator(spans.end()));
    }
    return TimelineRunSpans(std::move(all));
}

const TimelineRunSpans::Lane *TimelineRunSpans::lane(const QString &laneName) const
{
    if (m_lanes.isEmpty() || laneName.isEmpty())
        return nullptr;
    auto it = m_lanes.constFind(laneName);
    if (it != m_lanes.cend())
        return &*it;
    const QString other = laneName.endsWith(kWorkerSuffix) ? laneName.chopped(kWorkerSuffix.size()) : laneName + kWorkerSuffix;
    it = m_lanes.constFind(other);
    return it != m_lanes.cend() ? &*it : nullptr;
}

std::pair<int, int> TimelineRunSpans::range(const Lane &lane, double t0, double t1)
{
    const auto first = std::lower_bound(lane.maxEnd.begin(), lane.maxEnd.end(), t0,
                                        [](qint64 end, double t) { return double(end) < t; });
    const auto last = std::upper_bound(lane.spans.begin(), lane.spans.end(), t1,
                                       [](double t, const TimelineRunSpan &s) { return t < double(s.startMs); });
    const int a = int(first - lane.maxEnd.begin());
    const int b = int(last - lane.spans.begin());
    return {a, std::max(a, b)};
}

int TimelineRunSpans::spanAt(const Lane &lane, double timeMs, double maxDistanceMs)
{
    const auto [a, b] = range(lane, timeMs - maxDistanceMs, timeMs + maxDistanceMs);
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = a; i < b; ++i) {
        const TimelineRunSpan &s = lane.spans[size_t(i)];
        const double d = timeMs < double(s.startMs) ? double(s.startMs) - timeMs
                         : timeMs > double(s.endMs) ? timeMs - double(s.endMs)
                                                    : 0.0;
        if (d <= maxDistanceMs && d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}
