#pragma once

#include "eventstore.h"
#include "timelinemapping.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

// Event categories, valued by how much they should stand out: when several
// events share one pixel column the highest category present gives the
// colour, so a failure is never hidden behind a thousand progress events.
enum class EventCategory : quint8 { Progress = 0, Unknown, Lifecycle, Output, Coordination, Failure };
constexpr int kEventCategoryCount = 6;

// DEBUG.jsonl levels, same rule: ERROR over WARNING over the quiet ones.
enum class DebugLevel : quint8 { Other = 0, Info, Success, Decision, Compliance, Warning, Error };
constexpr int kDebugLevelCount = 7;

EventCategory categorizeEventType(QStringView type);
DebugLevel debugLevelOf(QStringView level);
// The highest set bit of a category/level mask (mask must not be 0).
int highestBit(quint8 mask);

// One lane per agent: indexes into the two stores, sorted by time (file order
// breaks ties), with a parallel byte of category/level so that pixel-column
// summaries never touch the stores' other columns. 5 bytes per entry.
struct TimelineLane {
    QString name;
    bool queen = false;
    int created = 0;             // creation order, the last tie-breaker of lane order
    qint64 eventAgent = -1;      // agent id in the events store's strings, -1 when none
    qint64 debugAgent = -1;      // agent id in the debug store's strings
    qint64 spawnMs = 0;          // worker_spawned / queen_spawned time
    bool spawned = false;
    qint64 firstMs = 0;
    bool haveFirst = false;
    std::vector<quint32> events; // indexes into the events store
    std::vector<quint8> eventCats;
    std::vector<quint32> debug;  // indexes into the debug store
    std::vector<quint8> debugLevels;
    // OR of (1 << category) over each run of kBlock sorted positions: a dense
    // pixel column is summarised by its blocks, not by every entry in it.
    static constexpr int kBlockShift = 6;
    static constexpr int kBlock = 1 << kBlockShift;
    std::vector<quint8> eventBlocks;
    std::vector<quint8> debugBlocks;
};

// Summary of one lane at one zoom: per pixel column, which categories are
// present (visible and dimmed) and how many entries. Size is the width in
// pixels, whatever the number of events: the geometry memory stays bounded.
struct ColumnBins {
    std::vector<quint8> mask;      // categories (or levels) shown at full strength
    std::vector<quint8> dimMask;   // present but filtered out, in dim mode
    std::vector<quint32> count;    // entries in the column (both kinds)
    void reset(int columns);
    size_t memoryBytes() const { return mask.capacity() + dimMask.capacity() + count.capacity() * sizeof(quint32); }
};

// Per-agent, time-sorted index over an events store and a debug store, built
// once (in the background for big sessions) and extended on appends.
class TimelineIndex
{
public:
    static TimelineIndex build(const EventStore &events, const EventStore &debug);

    void appendEvents(const EventStore &events, int first, int last);
    void appendDebug(const EventStore &debug, int first, int last);
    int eventsIndexed() const { return m_eventsIndexed; }
    int debugIndexed() const { return m_debugIndexed; }
    bool isEmpty() const { return m_lanes.empty(); }

    // Lanes in display order: queens first, then workers in spawn order.
    const std::vector<TimelineLane> &lanes() const { return m_lanes; }
    int laneCount() const { return int(m_lanes.size()); }
    int laneOfEvent(const EventStore &events, int eventIndex) const;
    int laneOfDebug(const EventStore &debug, int debugIndex) const;
    int laneNamed(const QString &agent) const;
    // Bumped when lanes are added or reordered.
    int laneGeneration() const { return m_laneGeneration; }

    bool hasTime() const { return m_haveTime; }
    qint64 minTime() const { return m_minTime; }
    qint64 maxTime() const { return m_maxTime; }

    // Positions [first, last) in lane.events whose time lies in [t0, t1]. O(log n).
    static std::pair<int, int> eventRange(const TimelineLane &lane, const EventStore &events, double t0, double t1);
    static std::pair<int, int> debugRange(const TimelineLane &lane, const EventStore &debug, double t0, double t1);
    // Position of an event in its lane's sorted array, -1 when not indexed. O(log n).
    int positionInLane(int lane, const EventStore &events, int eventIndex) const;

    // Column summaries for mapping.width columns. `filter` (may be null or
    // empty: everything passes) hides events; with dimFiltered they go to
    // dimMask instead. Cost O(width * log(n / width)) lookups plus a byte scan.
    void binEvents(int lane, const EventStore &events, const TimelineMapping &mapping,
                   const std::vector<bool> *filter, bool dimFiltered, ColumnBins &out) const;
    void binDebug(int lane, const EventStore &debug, const TimelineMapping &mapping, ColumnBins &out) const;

    // The event of `lane` nearest to timeMs within maxDistanceMs that passes
    // the filter (when given), or -1. O(log n) plus the entries at that pixel.
    int nearestEvent(int lane, const EventStore &events, double timeMs, double maxDistanceMs,
                     const std::vector<bool> *filter = nullptr) const;
    int nearestDebug(int lane, const EventStore &debug, double timeMs, double maxDistanceMs) const;

    EventCategory categoryOf(const EventStore &events, int eventIndex) const;

    size_t memoryBytes() const;

private:
    int laneForEventAgent(const EventStore &events, quint32 agentId);
    int laneForDebugAgent(const EventStore &debug, quint32 agentId);
    int laneForName(const QString &name);
    quint8 categoryForKind(const EventStore &events, quint32 kindId);
    quint8 levelForKind(const EventStore &debug, quint32 kindId);
    // kindRole: 0 other, 1 worker_spawned, 2 queen_spawned (see spawnRole()).
    void noteEntry(TimelineLane &lane, qint64 t, int kindRole);
    int spawnRole(const EventStore &events, quint32 kindId);
    void reorderLanes();
    void noteTime(qint64 t);

    std::vector<TimelineLane> m_lanes;
    QHash<QString, int> m_laneByName;   // a log with thousands of agents must not go quadratic
    std::vector<int> m_laneByEventAgent; // events agent id -> lane (-1: none yet)
    std::vector<int> m_laneByDebugAgent;
    std::vector<qint16> m_catByKind;     // events kind id -> category (-1: not computed)
    std::vector<qint16> m_levelByKind;
    std::vector<qint8> m_spawnByKind;    // events kind id -> spawnRole (-1: not computed)
    int m_eventsIndexed = 0;
    int m_debugIndexed = 0;
    int m_laneGeneration = 0;
    qint64 m_minTime = 0, m_maxTime = 0;
    bool m_haveTime = false;
    bool m_orderDirty = false;
};
