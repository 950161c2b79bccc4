#include "timelineindex.h"

#include <QLatin1StringView>

#include <algorithm>
#include <cmath>

namespace {

bool endsWithType(QStringView type, QLatin1StringView known)
{
    // "devops_analysis_started" breaks the protocol but still means
    // analysis_started: categorise it by its known suffix.
    return type == known || (type.size() > known.size() && type.endsWith(known)
                             && type.at(type.size() - known.size() - 1) == u'_');
}

bool isAnyOf(QStringView type, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (endsWithType(type, QLatin1StringView(name)))
            return true;
    }
    return false;
}

template<typename TimeOf>
int lowerBoundTime(const std::vector<quint32> &idx, int from, int to, double t, TimeOf timeOf)
{
    auto it = std::lower_bound(idx.begin() + from, idx.begin() + to, t,
                               [&](quint32 i, double value) { return double(timeOf(i)) < value; });
    return int(it - idx.begin());
}

template<typename TimeOf>
int upperBoundTime(const std::vector<quint32> &idx, int from, int to, double t, TimeOf timeOf)
{
    auto it = std::upper_bound(idx.begin() + from, idx.begin() + to, t,
                               [&](double value, quint32 i) { return value < double(timeOf(i)); });
    return int(it - idx.begin());
}

// First position in [p + 1, end) whose time is >= limit, found by galloping
// from p: cost O(log distance), so dense columns are skipped, not walked.
template<typename TimeOf>
int gallop(const std::vector<quint32> &idx, int p, int end, double limit, TimeOf timeOf)
{
    int bound = 1;
    while (p + bound < end && double(timeOf(idx[size_t(p + bound)])) < limit)
        bound *= 2;
    const int lo = bound == 1 ? p + 1 : p + bound / 2 + 1;
    const int hi = std::min(p + bound, end);
    return lowerBoundTime(idx, std::min(lo, hi), hi, limit, timeOf);
}

constexpr int kBlock = TimelineLane::kBlock;
constexpr int kBlockShift = TimelineLane::kBlockShift;

// Category mask of positions [from, to): entries at the ragged ends, whole
// blocks in between.
quint8 orRange(const std::vector<quint8> &cats, const std::vector<quint8> &blocks, int from, int to)
{
    quint8 m = 0;
    const quint8 *p = cats.data();
    int k = from;
    for (; k < to && (k & (kBlock - 1)); ++k)
        m |= quint8(1u << p[k]);
    for (; k + kBlock <= to; k += kBlock)
        m |= blocks[size_t(k >> kBlockShift)];
    for (; k < to; ++k)
        m |= quint8(1u << p[k]);
    return m;
}

// Recomputes the block masks from the block holding position `from` on.
void rebuildBlocks(const std::vector<quint8> &cats, std::vector<quint8> &blocks, size_t from)
{
    const size_t n = (cats.size() + kBlock - 1) >> kBlockShift;
    blocks.resize(n);
    for (size_t b = from >> kBlockShift; b < n; ++b) {
        quint8 m = 0;
        const size_t end = std::min(cats.size(), (b + 1) << kBlockShift);
        for (size_t k = b << kBlockShift; k < end; ++k)
            m |= quint8(1u << cats[k]);
        blocks[b] = m;
    }
}

template<typename TimeOf>
void sortLane(std::vector<quint32> &idx, TimeOf timeOf)
{
    // Files are nearly in time order: check before paying for a sort.
    bool sorted = true;
    for (size_t k = 1; k < idx.size() && sorted; ++k)
        sorted = timeOf(idx[k - 1]) <= timeOf(idx[k]);
    if (sorted)
        return;
    std::vector<std::pair<qint64, quint32>> keyed;
    keyed.reserve(idx.size());
    for (quint32 i : idx)
        keyed.emplace_back(timeOf(i), i);
    // Stable: entries of one millisecond keep their file order.
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t k = 0; k < idx.size(); ++k)
        idx[k] = keyed[k].second;
}

} // namespace

EventCategory categorizeEventType(QStringView type)
{
    if (isAnyOf(type, {"worker_failed"}) || type.contains(u"fail", Qt::CaseInsensitive)
        || type.contains(u"error", Qt::CaseInsensitive))
        return EventCategory::Failure;
    if (isAnyOf(type, {"handoff_requested", "handoff_accepted", "blocker_reported", "blocker_resolved",
                       "escalation_required"}))
        return EventCategory::Coordination;
    if (isAnyOf(type, {"notes_created", "json_created", "worker_notes_created", "worker_json_provided", "outputs_completed"}))
        return EventCategory::Output;
    if (isAnyOf(type, {"worker_progress", "worker_heartbeat"}))
        return EventCategory::Progress;
    if (isAnyOf(type, {"worker_spawned", "worker_configured", "analysis_started", "worker_completed",
                       "session_validated", "queen_spawned", "session_created", "workers_planned",
                       "tasks_assigned", "workers_deployed", "synthesis_started", "synthesis_completed",
                       "setup_completed", "prompt_file_read", "worker_prompts_created"}))
        return EventCategory::Lifecycle;
    return EventCategory::Unknown;
}

DebugLevel debugLevelOf(QStringView level)
{
    const QString upper = level.trimmed().toString().toUpper();
    if (upper == u"ERROR" || upper == u"CRITICAL" || upper == u"FATAL")
        return DebugLevel::Error;
    if (upper == u"WARNING" || upper == u"WARN")
        return DebugLevel::Warning;
    if (upper == u"INFO")
        return DebugLevel::Info;
    if (upper == u"SUCCESS")
        return DebugLevel::Success;
    if (upper == u"DECISION")
        return DebugLevel::Decision;
    if (upper == u"COMPLIANCE")
        return DebugLevel::Compliance;
    return DebugLevel::Other;
}

int highestBit(quint8 mask)
{
    int bit = 7;
    while (bit > 0 && !(mask & (1u << bit)))
        --bit;
    return bit;
}

void ColumnBins::reset(int columns)
{
    const size_t n = size_t(std::max(0, columns));
    mask.assign(n, 0);
    dimMask.assign(n, 0);
    count.assign(n, 0);
}

TimelineIndex TimelineIndex::build(const EventStore &events, const EventStore &debug)
{
    TimelineIndex index;
    const int n = events.size();
    for (int i = 0; i < n; ++i) {
        const int l = index.laneForEventAgent(events, events.agentId(i));
        TimelineLane &lane = index.m_lanes[size_t(l)];
        lane.events.push_back(quint32(i));
        index.noteEntry(lane, events.timeMs(i), index.spawnRole(events, events.kindId(i)));
    }
    const int nd = debug.size();
    for (int i = 0; i < nd; ++i) {
        const int l = index.laneForDebugAgent(debug, debug.agentId(i));
        TimelineLane &lane = index.m_lanes[size_t(l)];
        lane.debug.push_back(quint32(i));
        index.noteEntry(lane, debug.timeMs(i), 0);
    }
    auto eventTime = [&](quint32 i) { return events.timeMs(int(i)); };
    auto debugTime = [&](quint32 i) { return debug.timeMs(int(i)); };
    for (TimelineLane &lane : index.m_lanes) {
        sortLane(lane.events, eventTime);
        sortLane(lane.debug, debugTime);
        lane.eventCats.resize(lane.events.size());
        for (size_t k = 0; k < lane.events.size(); ++k)
            lane.eventCats[k] = index.categoryForKind(events, events.kindId(int(lane.events[k])));
        lane.debugLevels.resize(lane.debug.size());
        for (size_t k = 0; k < lane.debug.size(); ++k)
            lane.debugLevels[k] = index.levelForKind(debug, debug.kindId(int(lane.debug[k])));
        rebuildBlocks(lane.eventCats, lane.eventBlocks, 0);
        rebuildBlocks(lane.debugLevels, lane.debugBlocks, 0);
    }
    index.m_eventsIndexed = n;
    index.m_debugIndexed = nd;
    index.reorderLanes();
    return index;
}

void TimelineIndex::appendEvents(const EventStore &events, int /*first*/, int last)
{
    // Always continue from what is indexed, so a missed or repeated signal
    // can neither leave a gap nor index an event twice.
    const int end = std::min(last + 1, events.size());
    for (int i = m_eventsIndexed; i < end; ++i) {
        const int l = laneForEventAgent(events, events.agentId(i));
        TimelineLane &lane = m_lanes[size_t(l)];
        const qint64 t = events.timeMs(i);
        const quint8 cat = categoryForKind(events, events.kindId(i));
        if (lane.events.empty() || events.timeMs(int(lane.events.back())) <= t) {
            lane.events.push_back(quint32(i));
            lane.eventCats.push_back(cat);
            const size_t b = (lane.events.size() - 1) >> kBlockShift;
            if (b >= lane.eventBlocks.size())
                lane.eventBlocks.push_back(0);
            lane.eventBlocks[b] |= quint8(1u << cat);
        } else {
            const int pos = upperBoundTime(lane.events, 0, int(lane.events.size()), double(t),
                                           [&](quint32 k) { return events.timeMs(int(k)); });
            lane.events.insert(lane.events.begin() + pos, quint32(i));
            lane.eventCats.insert(lane.eventCats.begin() + pos, cat);
            rebuildBlocks(lane.eventCats, lane.eventBlocks, size_t(pos));
        }
        noteEntry(lane, t, spawnRole(events, events.kindId(i)));
    }
    m_eventsIndexed = std::max(m_eventsIndexed, end);
    if (m_orderDirty)
        reorderLanes();
}

void TimelineIndex::appendDebug(const EventStore &debug, int /*first*/, int last)
{
    const int end = std::min(last + 1, debug.size());
    for (int i = m_debugIndexed; i < end; ++i) {
        const int l = laneForDebugAgent(debug, debug.agentId(i));
        TimelineLane &lane = m_lanes[size_t(l)];
        const qint64 t = debug.timeMs(i);
        const quint8 level = levelForKind(debug, debug.kindId(i));
        if (lane.debug.empty() || debug.timeMs(int(lane.debug.back())) <= t) {
            lane.debug.push_back(quint32(i));
            lane.debugLevels.push_back(level);
            const size_t b = (lane.debug.size() - 1) >> kBlockShift;
            if (b >= lane.debugBlocks.size())
                lane.debugBlocks.push_back(0);
            lane.debugBlocks[b] |= quint8(1u << level);
        } else {
            const int pos = upperBoundTime(lane.debug, 0, int(lane.debug.size()), double(t),
                                           [&](quint32 k) { return debug.timeMs(int(k)); });
            lane.debug.insert(lane.debug.begin() + pos, quint32(i));
            lane.debugLevels.insert(lane.debugLevels.begin() + pos, level);
            rebuildBlocks(lane.debugLevels, lane.debugBlocks, size_t(pos));
        }
        noteEntry(lane, t, 0);
    }
    m_debugIndexed = std::max(m_debugIndexed, end);
    if (m_orderDirty)
        reorderLanes();
}

int TimelineIndex::spawnRole(const EventStore &events, quint32 kindId)
{
    if (kindId >= m_spawnByKind.size())
        m_spawnByKind.resize(size_t(kindId) + 1, -1);
    if (m_spawnByKind[kindId] < 0) {
        const QString &kind = events.strings().at(kindId);
        m_spawnByKind[kindId] = endsWithType(kind, QLatin1StringView("queen_spawned")) ? 2
                                : endsWithType(kind, QLatin1StringView("worker_spawned")) ? 1 : 0;
    }
    return m_spawnByKind[kindId];
}

void TimelineIndex::noteEntry(TimelineLane &lane, qint64 t, int kindRole)
{
    noteTime(t);
    if (!lane.haveFirst || t < lane.firstMs) {
        lane.firstMs = t;
        lane.haveFirst = true;
        if (!lane.spawned)
            m_orderDirty = true;
    }
    if (kindRole == 0)
        return;
    if (kindRole == 2 && !lane.queen) {
        lane.queen = true;
        m_orderDirty = true;
    }
    if (!lane.spawned || t < lane.spawnMs) {
        lane.spawned = true;
        lane.spawnMs = t;
        m_orderDirty = true;
    }
}

void TimelineIndex::noteTime(qint64 t)
{
    if (!m_haveTime) {
        m_minTime = m_maxTime = t;
        m_haveTime = true;
        return;
    }
    m_minTime = std::min(m_minTime, t);
    m_maxTime = std::max(m_maxTime, t);
}

int TimelineIndex::laneForName(const QString &name)
{
    if (const auto it = m_laneByName.constFind(name); it != m_laneByName.constEnd())
        return it.value();
    m_laneByName.insert(name, int(m_lanes.size()));
    TimelineLane lane;
    lane.name = name;
    lane.queen = name.contains(u"queen", Qt::CaseInsensitive);
    lane.created = int(m_lanes.size());
    m_lanes.push_back(std::move(lane));
    m_orderDirty = true;
    return int(m_lanes.size()) - 1;
}

int TimelineIndex::laneForEventAgent(const EventStore &events, quint32 agentId)
{
    if (agentId < m_laneByEventAgent.size() && m_laneByEventAgent[agentId] >= 0)
        return m_laneByEventAgent[agentId];
    const int l = laneForName(events.strings().at(agentId));
    if (agentId >= m_laneByEventAgent.size())
        m_laneByEventAgent.resize(size_t(agentId) + 1, -1);
    m_laneByEventAgent[agentId] = l;
    m_lanes[size_t(l)].eventAgent = agentId;
    return l;
}

int TimelineIndex::laneForDebugAgent(const EventStore &debug, quint32 agentId)
{
    if (agentId < m_laneByDebugAgent.size() && m_laneByDebugAgent[agentId] >= 0)
        return m_laneByDebugAgent[agentId];
    const int l = laneForName(debug.strings().at(agentId));
    if (agentId >= m_laneByDebugAgent.size())
        m_laneByDebugAgent.resize(size_t(agentId) + 1, -1);
    m_laneByDebugAgent[agentId] = l;
    m_lanes[size_t(l)].debugAgent = agentId;
    return l;
}

quint8 TimelineIndex::categoryForKind(const EventStore &events, quint32 kindId)
{
    if (kindId >= m_catByKind.size())
        m_catByKind.resize(size_t(kindId) + 1, -1);
    if (m_catByKind[kindId] < 0)
        m_catByKind[kindId] = qint16(categorizeEventType(events.strings().at(kindId)));
    return quint8(m_catByKind[kindId]);
}

quint8 TimelineIndex::levelForKind(const EventStore &debug, quint32 kindId)
{
    if (kindId >= m_levelByKind.size())
        m_levelByKind.resize(size_t(kindId) + 1, -1);
    if (m_levelByKind[kindId] < 0)
        m_levelByKind[kindId] = qint16(debugLevelOf(debug.strings().at(kindId)));
    return quint8(m_levelByKind[kindId]);
}

void TimelineIndex::reorderLanes()
{
    m_orderDirty = false;
    auto key = [](const TimelineLane &l) { return l.spawned ? l.spawnMs : l.firstMs; };
    std::vector<TimelineLane> sorted = std::move(m_lanes);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const TimelineLane &a, const TimelineLane &b) {
        if (a.queen != b.queen)
            return a.queen;
        // Lanes with only debug entries and no name (agent missing) go last.
        if (a.name.isEmpty() != b.name.isEmpty())
            return !a.name.isEmpty();
        if (key(a) != key(b))
            return key(a) < key(b);
        return a.created < b.created;
    });
    m_lanes = std::move(sorted);
    std::fill(m_laneByEventAgent.begin(), m_laneByEventAgent.end(), -1);
    std::fill(m_laneByDebugAgent.begin(), m_laneByDebugAgent.end(), -1);
    m_laneByName.clear();
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        m_laneByName.insert(m_lanes[l].name, int(l));
        if (m_lanes[l].eventAgent >= 0)
            m_laneByEventAgent[size_t(m_lanes[l].eventAgent)] = int(l);
        if (m_lanes[l].debugAgent >= 0)
            m_laneByDebugAgent[size_t(m_lanes[l].debugAgent)] = int(l);
    }
    ++m_laneGeneration;
}

int TimelineIndex::laneOfEvent(const EventStore &events, int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= events.size())
        return -1;
    const quint32 a = events.agentId(eventIndex);
    return a < m_laneByEventAgent.size() ? m_laneByEventAgent[a] : -1;
}

int TimelineIndex::laneOfDebug(const EventStore &debug, int debugIndex) const
{
    if (debugIndex < 0 || debugIndex >= debug.size())
        return -1;
    const quint32 a = debug.agentId(debugIndex);
    return a < m_laneByDebugAgent.size() ? m_laneByDebugAgent[a] : -1;
}

int TimelineIndex::laneNamed(const QString &agent) const
{
    return m_laneByName.value(agent, -1);
}

std::pair<int, int> TimelineIndex::eventRange(const TimelineLane &lane, const EventStore &events, double t0, double t1)
{
    auto timeOf = [&](quint32 i) { return events.timeMs(int(i)); };
    const int n = int(lane.events.size());
    const int a = lowerBoundTime(lane.events, 0, n, t0, timeOf);
    const int b = upperBoundTime(lane.events, a, n, t1, timeOf);
    return {a, b};
}

std::pair<int, int> TimelineIndex::debugRange(const TimelineLane &lane, const EventStore &debug, double t0, double t1)
{
    auto timeOf = [&](quint32 i) { return debug.timeMs(int(i)); };
    const int n = int(lane.debug.size());
    const int a = lowerBoundTime(lane.debug, 0, n, t0, timeOf);
    const int b = upperBoundTime(lane.debug, a, n, t1, timeOf);
    return {a, b};
}

int TimelineIndex::positionInLane(int laneIndex, const EventStore &events, int eventIndex) const
{
    if (laneIndex < 0 || laneIndex >= laneCount() || eventIndex < 0 || eventIndex >= events.size())
        return -1;
    const TimelineLane &lane = m_lanes[size_t(laneIndex)];
    const double t = double(events.timeMs(eventIndex));
    auto [a, b] = eventRange(lane, events, t, t);
    for (int p = a; p < b; ++p) {
        if (int(lane.events[size_t(p)]) == eventIndex)
            return p;
    }
    return -1;
}

void TimelineIndex::binEvents(int laneIndex, const EventStore &events, const TimelineMapping &mapping,
                              const std::vector<bool> *filter, bool dimFiltered, ColumnBins &out) const
{
    const int columns = int(std::ceil(mapping.width));
    out.reset(columns);
    if (laneIndex < 0 || laneIndex >= laneCount() || columns <= 0)
        return;
    const TimelineLane &lane = m_lanes[size_t(laneIndex)];
    auto timeOf = [&](quint32 i) { return events.timeMs(int(i)); };
    auto [p, end] = eventRange(lane, events, mapping.startMs, mapping.endMs);
    const bool filtering = filter && !filter->empty();
    while (p < end) {
        const int c = std::clamp(mapping.column(double(timeOf(lane.events[size_t(p)]))), 0, columns - 1);
        const int q = std::max(p + 1, gallop(lane.events, p, end, mapping.columnStart(c + 1), timeOf));
        out.count[size_t(c)] += quint32(q - p);
        if (!filtering) {
            out.mask[size_t(c)] |= orRange(lane.eventCats, lane.eventBlocks, p, q);
        } else {
            for (int k = p; k < q; ++k) {
                const quint32 i = lane.events[size_t(k)];
                const quint8 bit = quint8(1u << lane.eventCats[size_t(k)]);
                if (i >= filter->size() || (*filter)[i])
                    out.mask[size_t(c)] |= bit;
                else if (dimFiltered)
                    out.dimMask[size_t(c)] |= bit;
            }
        }
        p = q;
    }
}

void TimelineIndex::binDebug(int laneIndex, const EventStore &debug, const TimelineMapping &mapping, ColumnBins &out) const
{
    const int columns = int(std::ceil(mapping.width));
    out.reset(columns);
    if (laneIndex < 0 || laneIndex >= laneCount() || columns <= 0)
        return;
    const TimelineLane &lane = m_lanes[size_t(laneIndex)];
    auto timeOf = [&](quint32 i) { return debug.timeMs(int(i)); };
    auto [p, end] = debugRange(lane, debug, mapping.startMs, mapping.endMs);
    while (p < end) {
        const int c = std::clamp(mapping.column(double(timeOf(lane.debug[size_t(p)]))), 0, columns - 1);
        const int q = std::max(p + 1, gallop(lane.debug, p, end, mapping.columnStart(c + 1), timeOf));
        out.count[size_t(c)] += quint32(q - p);
        out.mask[size_t(c)] |= orRange(lane.debugLevels, lane.debugBlocks, p, q);
        p = q;
    }
}

namespace {
template<typename TimeOf, typename Passes>
int nearestIn(const std::vector<quint32> &idx, double t, double maxDist, TimeOf timeOf, Passes passes)
{
    const int n = int(idx.size());
    const int k = lowerBoundTime(idx, 0, n, t, timeOf);
    // Walk outwards over entries that fail the filter, but never far: an
    // all-hidden dense pixel must not turn a hover into a linear scan.
    constexpr int kMaxWalk = 4096;
    int best = -1;
    double bestDist = maxDist;
    for (int r = k, steps = 0; r < n && steps < kMaxWalk; ++r, ++steps) {
        const double d = double(timeOf(idx[size_t(r)])) - t;
        if (d > bestDist)
            break;
        if (passes(idx[size_t(r)])) {
            best = int(idx[size_t(r)]);
            bestDist = d;
            break;
        }
    }
    for (int l = k - 1, steps = 0; l >= 0 && steps < kMaxWalk; --l, ++steps) {
        const double d = t - double(timeOf(idx[size_t(l)]));
        if (d > bestDist)
            break;
        if (passes(idx[size_t(l)])) {
            // Ties go to the earlier entry.
            if (d <= bestDist) {
                // Among equal times prefer the first in file order.
                int m = l;
                while (m > 0 && timeOf(idx[size_t(m - 1)]) == timeOf(idx[size_t(l)]) && passes(idx[size_t(m - 1)]))
                    --m;
                best = int(idx[size_t(m)]);
            }
            break;
        }
    }
    return best;
}
}

int TimelineIndex::nearestEvent(int laneIndex, const EventStore &events, double timeMs, double maxDistanceMs,
                                const std::vector<bool> *filter) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return -1;
    const bool filtering = filter && !filter->empty();
    return nearestIn(m_lanes[size_t(laneIndex)].events, timeMs, maxDistanceMs,
                     [&](quint32 i) { return events.timeMs(int(i)); },
                     [&](quint32 i) { return !filtering || i >= filter->size() || (*filter)[i]; });
}

int TimelineIndex::nearestDebug(int laneIndex, const EventStore &debug, double timeMs, double maxDistanceMs) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return -1;
    return nearestIn(m_lanes[size_t(laneIndex)].debug, timeMs, maxDistanceMs,
                     [&](quint32 i) { return debug.timeMs(int(i)); }, [](quint32) { return true; });
}

EventCategory TimelineIndex::categoryOf(const EventStore &events, int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= events.size())
        return EventCategory::Unknown;
    const quint32 kind = events.kindId(eventIndex);
    if (kind < m_catByKind.size() && m_catByKind[kind] >= 0)
        return EventCategory(m_catByKind[kind]);
    return categorizeEventType(events.kindName(eventIndex));
}

size_t TimelineIndex::memoryBytes() const
{
    size_t bytes = (m_laneByEventAgent.capacity() + m_laneByDebugAgent.capacity()) * sizeof(int)
                   + (m_catByKind.capacity() + m_levelByKind.capacity()) * sizeof(qint16);
    for (const TimelineLane &l : m_lanes) {
        bytes += sizeof(TimelineLane) + (l.events.capacity() + l.debug.capacity()) * sizeof(quint32)
                 + l.eventCats.capacity() + l.debugLevels.capacity() + l.eventBlocks.capacity() + l.debugBlocks.capacity();
    }
    return bytes;
}
