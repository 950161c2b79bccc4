#pragma once

#include "timelineindex.h"

#include <QString>

#include <vector>

// Spans of docs/FORMAT.md ("Spans worth drawing").
enum class SpanKind : quint8 { Life, Analysis, Synthesis, Blocker, Handoff };

struct TimelineSpan {
    qint64 startMs = 0;
    qint64 endMs = 0;       // for open spans: "now" at the time of computing
    SpanKind kind = SpanKind::Life;
    bool open = false;      // no closing event yet: drawn to now while live
    bool failed = false;    // life span ended by worker_failed
    quint8 row = 0;         // 0: life, 1: analysis/synthesis, 2..: blockers and handoffs
    int startEvent = -1;    // events-store indexes
    int endEvent = -1;
};

enum class LaneState : quint8 { None, Running, Completed, Failed, Stalled };

// An active worker silent for more than five minutes (docs/FORMAT.md "Health").
struct TimelineStall {
    QString agent;
    qint64 startMs = 0;     // the last sign of life before the gap
    qint64 endMs = 0;       // the next one, or now
    bool open = false;      // still silent
    int lastEvent = -1;
};

struct LaneLayout {
    std::vector<TimelineSpan> spans; // sorted by start
    std::vector<TimelineStall> stalls;
    LaneState state = LaneState::None;
    qint64 lastSignMs = 0;
    int rows = 2;                    // span rows in use (life + analysis at least)
};

// Spans, lane states and stalls of every lane, computed from a TimelineIndex.
// Cheap next to the index (one pass over each lane), so it is recomputed for
// the lanes that changed.
class TimelineLayout
{
public:
    static constexpr qint64 kStallMs = 5 * 60 * 1000;
    static constexpr int kMaxRows = 4;

    // nowMs closes open spans; for a session that is no longer written, pass
    // its last time so a crashed worker does not stall forever.
    void compute(const TimelineIndex &index, const EventStore &events, qint64 nowMs);

    const std::vector<LaneLayout> &lanes() const { return m_lanes; }
    const LaneLayout *lane(int l) const { return l >= 0 && l < int(m_lanes.size()) ? &m_lanes[size_t(l)] : nullptr; }
    // Every stall of every lane, by start time.
    std::vector<TimelineStall> allStalls() const;
    qint64 nowMs() const { return m_now; }

    static QString stateName(LaneState state);

private:
    void computeLane(const TimelineLane &lane, const EventStore &events, LaneLayout &out) const;
    void pairHandoffs(const TimelineIndex &index, const EventStore &events);

    std::vector<LaneLayout> m_lanes;
    std::vector<quint8> m_roles; // per events type id, see roleOf()
    qint64 m_now = 0;
};
