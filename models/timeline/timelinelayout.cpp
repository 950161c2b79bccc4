#include "timelinelayout.h"

#include "protocolprofile.h"

#include <QCoreApplication>
#include <QLatin1StringView>

#include <algorithm>
#include <deque>
#include <limits>

namespace {

bool is(const QString &type, const char *name)
{
    // Same tolerance as the categories: "devops_worker_spawned" counts.
    const QLatin1StringView known(name);
    return type == known || (type.size() > known.size() && type.endsWith(known)
                             && type.at(type.size() - known.size() - 1) == u'_');
}

// Greedy row assignment for spans that may overlap: each goes to the first
// row whose previous span has ended; overflow shares the last row.
void assignRows(std::vector<TimelineSpan> &spans, int firstRow, int lastRow, int &rowsUsed)
{
    std::vector<qint64> rowEnd(size_t(lastRow - firstRow + 1), std::numeric_limits<qint64>::min());
    for (TimelineSpan &s : spans) {
        int r = 0;
        while (r < int(rowEnd.size()) - 1 && rowEnd[size_t(r)] > s.startMs)
            ++r;
        rowEnd[size_t(r)] = std::max(rowEnd[size_t(r)], s.endMs);
        s.row = quint8(firstRow + r);
        rowsUsed = std::max(rowsUsed, firstRow + r + 1);
    }
}

// Agents the framework generations name as not being workers (besides the
// queen, whose lane knows it): they run once and exit.
bool isHelperAgent(const QString &name)
{
    static const QStringList helpers = [] {
        QStringList out;
        for (const ProtocolProfile &p : ProtocolProfile::all()) {
            for (const QString &a : p.nonWorkerAgents) {
                if (!out.contains(a) && !a.startsWith(QLatin1String("queen")))
                    out << a;
            }
        }
        return out;
    }();
    return helpers.contains(name);
}

enum Role : quint8 {
    RoleNone, RoleSpawn, RoleSessionCreated, RoleStartLike, RoleAnalysis, RoleWorkPhase, RoleJson, RoleSynthStart, RoleSynthDone,
    RoleBlocker, RoleBlockerResolved, RoleCompleted, RoleFailed, RoleHandoffRequest, RoleHandoffAccept,
};

Role roleOf(const QString &type)
{
    if (is(type, "worker_spawned") || is(type, "queen_spawned"))
        return RoleSpawn;
    if (is(type, "session_created"))
        return RoleSessionCreated;
    if (is(type, "worker_configured"))
        return RoleStartLike;
    if (is(type, "analysis_started"))
        return RoleAnalysis;
    if (is(type, "json_created") || is(type, "worker_json_provided"))
        return RoleJson;
    if (is(type, "synthesis_started"))
        return RoleSynthStart;
    if (is(type, "synthesis_completed"))
        return RoleSynthDone;
    if (is(type, "blocker_reported"))
        return RoleBlocker;
    if (is(type, "blocker_resolved"))
        return RoleBlockerResolved;
    // The 2025-09-13 framework's three phases (docs/FORMAT.md): setup, then
    // Claude Code working on the files (silent by design), then --output.
    if (is(type, "setup_completed"))
        return RoleWorkPhase;
    if (is(type, "worker_completed") || is(type, "outputs_completed"))
        return RoleCompleted;
    if (is(type, "worker_failed"))
        return RoleFailed;
    if (is(type, "handoff_requested"))
        return RoleHandoffRequest;
    if (is(type, "handoff_accepted"))
        return RoleHandoffAccept;
    return RoleNone;
}

} // namespace

void TimelineLayout::compute(const TimelineIndex &index, const EventStore &events, qint64 nowMs)
{
    m_now = nowMs;
    // Roles per type id: string comparisons once per distinct type, not per event.
    m_roles.resize(events.strings().size());
    for (quint32 k = 0; k < events.strings().size(); ++k)
        m_roles[k] = roleOf(events.strings().at(k));
    m_lanes.assign(size_t(index.laneCount()), LaneLayout());
    for (int l = 0; l < index.laneCount(); ++l)
        computeLane(index.lanes()[size_t(l)], events, m_lanes[size_t(l)]);
    pairHandoffs(index, events);
    for (LaneLayout &lane : m_lanes) {
        std::vector<TimelineSpan> coordination, other;
        for (const TimelineSpan &s : lane.spans)
            (s.kind == SpanKind::Blocker || s.kind == SpanKind::Handoff ? coordination : other).push_back(s);
        std::sort(coordination.begin(), coordination.end(),
                  [](const TimelineSpan &a, const TimelineSpan &b) { return a.startMs < b.startMs; });
        assignRows(coordination, 2, kMaxRows - 1, lane.rows);
        other.insert(other.end(), coordination.begin(), coordination.end());
        std::sort(other.begin(), other.end(),
                  [](const TimelineSpan &a, const TimelineSpan &b) { return a.startMs < b.startMs; });
        lane.spans = std::move(other);
    }
}

void TimelineLayout::computeLane(const TimelineLane &lane, const EventStore &events, LaneLayout &out) const
{
    bool alive = false, everAlive = false, ended = false, failed = false;
    qint64 lastSign = 0;
    bool haveSign = false;
    TimelineSpan life{0, 0, SpanKind::Life, false, false, 0, -1, -1};
    TimelineSpan analysis{0, 0, SpanKind::Analysis, false, false, 1, -1, -1};
    TimelineSpan synthesis{0, 0, SpanKind::Synthesis, false, false, 1, -1, -1};
    bool inAnalysis = false, inSynthesis = false;
    bool silentPhase = false; // phase 2 of the 3-phase framework: no sign of life is expected
    std::deque<TimelineSpan> blockers;

    auto closeOpen = [&](TimelineSpan &s, bool &flag, qint64 t, int i) {
        if (!flag)
            return;
        s.endMs = t;
        s.endEvent = i;
        out.spans.push_back(s);
        flag = false;
    };
    // The queen waits while her workers run: her silence is not a stall.
    // Helpers that are not workers (the 2025-09-13 scribe creates the session
    // and exits) owe no heartbeat either.
    const bool helper = !lane.queen && isHelperAgent(lane.name);
    const bool watched = !lane.queen && !helper;
    auto noteSign = [&](qint64 t, int i) {
        // A gap of silence while the worker is alive is a stall.
        if (watched && alive && !silentPhase && haveSign && t - lastSign > kStallMs)
            out.stalls.push_back({lane.name, lastSign, t, false, i});
        lastSign = t;
        haveSign = true;
    };

    for (quint32 u : lane.events) {
        const int i = int(u);
        const qint64 t = events.timeMs(i);
        const quint32 kind = events.kindId(i);
        const Role role = kind < m_roles.size() ? Role(m_roles[kind]) : RoleNone;
        noteSign(t, i);
        if (role == RoleSpawn || (!everAlive && role == RoleSessionCreated)) {
            if (!alive) {
                life = {t, t, SpanKind::Life, false, false, 0, i, -1};
                alive = everAlive = true;
                ended = failed = false;
            }
            silentPhase = false; // a setup run again starts over
        } else if (!everAlive && !ended && !lane.queen && (role == RoleStartLike || role == RoleAnalysis)) {
            // A worker whose spawn line is missing still lived from its first lifecycle event.
            life = {t, t, SpanKind::Life, false, false, 0, i, -1};
            alive = everAlive = true;
        }
        if (role == RoleWorkPhase) {
            // The work between setup and output is this framework's analysis.
            closeOpen(analysis, inAnalysis, t, i);
            analysis = {t, t, SpanKind::Analysis, false, false, 1, i, -1};
            inAnalysis = true;
            silentPhase = true;
        } else if (role == RoleAnalysis) {
            closeOpen(analysis, inAnalysis, t, i);
            analysis = {t, t, SpanKind::Analysis, false, false, 1, i, -1};
            inAnalysis = true;
        } else if (role == RoleJson) {
            closeOpen(analysis, inAnalysis, t, i);
        } else if (role == RoleSynthStart) {
            closeOpen(synthesis, inSynthesis, t, i);
            synthesis = {t, t, SpanKind::Synthesis, false, false, 1, i, -1};
            inSynthesis = true;
        } else if (role == RoleSynthDone) {
            closeOpen(synthesis, inSynthesis, t, i);
            if (lane.queen && alive) {
                life.endMs = t;
                life.endEvent = i;
                out.spans.push_back(life);
                alive = false;
                ended = true;
            }
        } else if (role == RoleBlocker) {
            blockers.push_back({t, t, SpanKind::Blocker, false, false, 2, i, -1});
        } else if (role == RoleBlockerResolved) {
            if (!blockers.empty()) {
                TimelineSpan b = blockers.front();
                blockers.pop_front();
                b.endMs = t;
                b.endEvent = i;
                out.spans.push_back(b);
            }
        } else if (role == RoleCompleted || role == RoleFailed) {
            const bool fail = role == RoleFailed;
            closeOpen(analysis, inAnalysis, t, i);
            if (!alive) // completion without a spawn: the life we can see is the lane's
                life = {lane.events.empty() ? t : events.timeMs(int(lane.events.front())), t, SpanKind::Life,
                        false, false, 0, int(lane.events.front()), -1};
            life.endMs = t;
            life.endEvent = i;
            life.failed = fail;
            out.spans.push_back(life);
            alive = false;
            everAlive = ended = true;
            failed = fail;
        }
    }

    const qint64 now = std::max(m_now, haveSign ? lastSign : m_now);
    auto openTillNow = [&](TimelineSpan s) {
        s.endMs = now;
        s.open = true;
        out.spans.push_back(s);
    };
    if (inAnalysis)
        openTillNow(analysis);
    if (inSynthesis)
        openTillNow(synthesis);
    for (const TimelineSpan &b : blockers)
        openTillNow(b);
    if (alive && helper) {
        // Nothing says a helper is still running: its life is what it logged.
        life.endMs = lastSign;
        out.spans.push_back(life);
        alive = false;
    }
    if (alive) {
        openTillNow(life);
        if (watched && !silentPhase && haveSign && now - lastSign > kStallMs)
            out.stalls.push_back({lane.name, lastSign, now, true, -1});
    }

    out.lastSignMs = lastSign;
    if (alive)
        out.state = (watched && !silentPhase && haveSign && now - lastSign > kStallMs) ? LaneState::Stalled : LaneState::Running;
    else if (ended)
        out.state = failed ? LaneState::Failed : LaneState::Completed;
    else
        out.state = LaneState::None;
}

void TimelineLayout::pairHandoffs(const TimelineIndex &index, const EventStore &events)
{
    // The receiver usually logs handoff_accepted, so requests and acceptances
    // are paired across lanes, first come first served. The bar belongs to
    // the requester's lane.
    struct Item { qint64 t; int event; int lane; bool request; };
    std::vector<Item> items;
    for (int l = 0; l < index.laneCount(); ++l) {
        const TimelineLane &lane = index.lanes()[size_t(l)];
        for (size_t k = 0; k < lane.events.size(); ++k) {
            if (lane.eventCats[k] != quint8(EventCategory::Coordination))
                continue;
            const int i = int(lane.events[k]);
            const quint32 kind = events.kindId(i);
            const Role role = kind < m_roles.size() ? Role(m_roles[kind]) : RoleNone;
            if (role == RoleHandoffRequest)
                items.push_back({events.timeMs(i), i, l, true});
            else if (role == RoleHandoffAccept)
                items.push_back({events.timeMs(i), i, l, false});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.t < b.t; });
    std::deque<Item> open;
    for (const Item &it : items) {
        if (it.request) {
            open.push_back(it);
            continue;
        }
        if (open.empty())
            continue;
        // Prefer a request from another lane (the usual pattern), else any.
        auto match = std::find_if(open.begin(), open.end(), [&](const Item &o) { return o.lane != it.lane; });
        if (match == open.end())
            match = open.begin();
        m_lanes[size_t(match->lane)].spans.push_back({match->t, it.t, SpanKind::Handoff, false, false, 2, match->event, it.event});
        open.erase(match);
    }
    for (const Item &o : open) {
        const qint64 end = std::max(m_now, o.t);
        m_lanes[size_t(o.lane)].spans.push_back({o.t, end, SpanKind::Handoff, true, false, 2, o.event, -1});
    }
}

std::vector<TimelineStall> TimelineLayout::allStalls() const
{
    std::vector<TimelineStall> out;
    for (const LaneLayout &l : m_lanes)
        out.insert(out.end(), l.stalls.begin(), l.stalls.end());
    std::stable_sort(out.begin(), out.end(), [](const TimelineStall &a, const TimelineStall &b) { return a.startMs < b.startMs; });
    return out;
}

QString TimelineLayout::stateName(LaneState state)
{
    switch (state) {
    case LaneState::Running: return QCoreApplication::translate("TimelineLayout", "running");
    case LaneState::Completed: return QCoreApplication::translate("TimelineLayout", "completed");
    case LaneState::Failed: return QCoreApplication::translate("TimelineLayout", "failed");
    case LaneState::Stalled: return QCoreApplication::translate("TimelineLayout", "stalled");
    case LaneState::None: break;
    }
    return QString();
}
