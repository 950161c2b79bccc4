#include "testpaths.h"
#include "sessionloader.h"
#include "timelineindex.h"
#include "timelinelayout.h"

#include <QTest>

#include <random>
#include <string>

namespace {

const QString kFixture = TestPaths::data(u"/timeline/2025-08-30-14-00-timeline-fixture");

// A synthetic log chunk: agents and types interned, times as given (in any
// order), so that properties can be checked on thousands of entries.
struct ChunkBuilder {
    LogChunk chunk;
    void add(qint64 t, const char *agent, const char *kind)
    {
        chunk.time.push_back(t);
        chunk.agent.push_back(chunk.strings.intern(agent));
        chunk.kind.push_back(chunk.strings.intern(kind));
        chunk.status.push_back(0);
        chunk.action.push_back(0);
        chunk.offset.push_back(0);
        chunk.length.push_back(0);
        chunk.line.push_back(quint32(chunk.time.size()));
        chunk.flags.push_back(0);
        chunk.linesConsumed = quint32(chunk.time.size());
    }
    EventStore store(LogKind kind = LogKind::Events)
    {
        EventStore s(kind);
        s.append(std::move(chunk));
        chunk = LogChunk();
        return s;
    }
};

const char *kAgents[] = {"queen-coordinator", "devops-worker", "backend-worker", "test-worker", "odd agent ✨"};
const char *kTypes[] = {"worker_progress", "worker_heartbeat", "analysis_started", "notes_created", "blocker_reported",
                        "worker_failed", "custom_thing", "devops_analysis_started"};

EventStore randomStore(int n, std::uint32_t seed, qint64 spanMs)
{
    std::mt19937 rng(seed);
    ChunkBuilder b;
    const qint64 t0 = 1756563382000;
    for (int i = 0; i < n; ++i) {
        // Clumps of equal times, and times out of file order.
        const qint64 t = t0 + qint64(rng() % quint64(spanMs)) / (rng() % 4 == 0 ? 1000 : 1) * (rng() % 4 == 0 ? 1000 : 1);
        b.add(t, kAgents[rng() % 5], kTypes[rng() % 8]);
    }
    return b.store();
}

}

class TimelineIndexTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventTypesFallIntoCategories_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("category");
        auto row = [](const char *t, EventCategory c) { QTest::newRow(t) << QString::fromUtf8(t) << int(c); };
        row("worker_spawned", EventCategory::Lifecycle);
        row("queen_spawned", EventCategory::Lifecycle);
        row("synthesis_completed", EventCategory::Lifecycle);
        row("worker_progress", EventCategory::Progress);
        row("worker_heartbeat", EventCategory::Progress);
        row("notes_created", EventCategory::Output);
        row("worker_json_provided", EventCategory::Output);
        row("handoff_requested", EventCategory::Coordination);
        row("blocker_reported", EventCategory::Coordination);
        row("escalation_required", EventCategory::Coordination);
        row("worker_failed", EventCategory::Failure);
        row("deploy_error", EventCategory::Failure);
        row("devops_analysis_started", EventCategory::Lifecycle);
        row("custom_metric_emitted", EventCategory::Unknown);
        row("", EventCategory::Unknown);
    }
    void eventTypesFallIntoCategories()
    {
        QFETCH(QString, type);
        QFETCH(int, category);
        QCOMPARE(int(categorizeEventType(type)), category);
    }

    void lanesPutTheQueenFirstThenWorkersInSpawnOrder()
    {
        SessionData data;
        QString error;
        QVERIFY2(SessionLoader::loadSync(kFixture, data, &error), qPrintable(error));
        const TimelineIndex index = TimelineIndex::build(data.events, data.debug);
        QStringList names;
        for (const TimelineLane &l : index.lanes())
            names << l.name;
        QCOMPARE(names, (QStringList{QStringLiteral("queen-coordinator"), QStringLiteral("devops-worker"),
                                     QStringLiteral("backend-worker"), QStringLiteral("test-worker")}));
        QVERIFY(index.lanes()[0].queen);
        // Every event and every debug entry is in exactly one lane.
        size_t events = 0, debug = 0;
        for (const TimelineLane &l : index.lanes()) {
            events += l.events.size();
            debug += l.debug.size();
        }
        QCOMPARE(int(events), data.events.size());
        QCOMPARE(int(debug), data.debug.size());
    }

    void laneArraysAreSortedByTimeWithFileOrderBreakingTies()
    {
        const EventStore events = randomStore(20000, 7, 3600000);
        const EventStore debug(LogKind::Debug);
        const TimelineIndex index = TimelineIndex::build(events, debug);
        for (const TimelineLane &l : index.lanes()) {
            for (size_t k = 1; k < l.events.size(); ++k) {
                const qint64 a = events.timeMs(int(l.events[k - 1])), b = events.timeMs(int(l.events[k]));
                QVERIFY(a < b || (a == b && l.events[k - 1] < l.events[k]));
            }
        }
    }

    void appendingMatchesBuildingAtOnce()
    {
        const EventStore all = randomStore(5000, 11, 600000);
        const EventStore none(LogKind::Debug);
        const TimelineIndex built = TimelineIndex::build(all, none);
        // Index the first 1000, then append the rest in uneven batches (out-of-order times included).
        TimelineIndex grown = TimelineIndex::build(all, none);
        grown = TimelineIndex();
        int done = 0;
        for (int batch : {1000, 1, 499, 3000, 500}) {
            grown.appendEvents(all, done, done + batch - 1);
            done += batch;
        }
        QCOMPARE(grown.eventsIndexed(), all.size());
        QCOMPARE(grown.laneCount(), built.laneCount());
        for (int l = 0; l < built.laneCount(); ++l) {
            QCOMPARE(grown.lanes()[size_t(l)].name, built.lanes()[size_t(l)].name);
            QCOMPARE(grown.lanes()[size_t(l)].events, built.lanes()[size_t(l)].events);
            QCOMPARE(grown.lanes()[size_t(l)].eventCats, built.lanes()[size_t(l)].eventCats);
            QCOMPARE(grown.lanes()[size_t(l)].eventBlocks, built.lanes()[size_t(l)].eventBlocks);
        }
    }

    void noEventDisappearsAtAnyZoomLevel_data()
    {
        QTest::addColumn<double>("spanMs");
        QTest::addColumn<int>("width");
        QTest::newRow("an hour on 1600 px") << 3600000.0 << 1600;
        QTest::newRow("a second on 1000 px") << 1000.0 << 1000;
        QTest::newRow("three weeks on 300 px") << 21.0 * 86400000 << 300;
    }
    void noEventDisappearsAtAnyZoomLevel()
    {
        QFETCH(double, spanMs);
        QFETCH(int, width);
        const EventStore events = randomStore(30000, 3, qint64(spanMs));
        const TimelineIndex index = TimelineIndex::build(events, EventStore(LogKind::Debug));
        const TimelineMapping fitted = TimelineMapping::fit(index.minTime(), index.maxTime(), 0, width);
        std::vector<bool> filter(size_t(events.size()));
        for (size_t i = 0; i < filter.size(); ++i)
            filter[i] = i % 3 != 0;
        ColumnBins bins;
        int checkedViews = 0;
        // From fully zoomed out down to 1 ms, at three positions per level.
        for (double span = fitted.spanMs(); span >= TimelineMapping::kMinSpanMs; span /= 2.5) {
            for (double pos : {0.1, 0.5, 0.93}) {
                const double centre = fitted.startMs + pos * fitted.spanMs();
                const TimelineMapping m(centre - span / 2, centre + span / 2, 0, width);
                for (int l = 0; l < index.laneCount(); ++l) {
                    const TimelineLane &lane = index.lanes()[size_t(l)];
                    for (int mode = 0; mode < 3; ++mode) {
                        // 0: no filter, 1: dim filtered, 2: hide filtered
                        index.binEvents(l, events, m, mode ? &filter : nullptr, mode == 1, bins);
                        std::vector<quint8> expectVisible(size_t(width), 0), expectDim(size_t(width), 0);
                        for (size_t k = 0; k < lane.events.size(); ++k) {
                            const double t = double(events.timeMs(int(lane.events[k])));
                            if (!m.contains(t))
                                continue;
                            const int c = std::clamp(m.column(t), 0, width - 1);
                            const bool passes = !mode || filter[lane.events[k]];
                            (passes ? expectVisible : expectDim)[size_t(c)] |= quint8(1u << lane.eventCats[k]);
                        }
                        for (int c = 0; c < width; ++c) {
                            // Every column holding a shown event has a mark, in the loudest category present.
                            QCOMPARE(bins.mask[size_t(c)], expectVisible[size_t(c)]);
                            QCOMPARE(bins.dimMask[size_t(c)], mode == 1 ? expectDim[size_t(c)] : quint8(0));
                        }
                    }
                }
                ++checkedViews;
            }
        }
        QVERIFY(checkedViews >= 15);
        QCOMPARE(bins.mask.size(), size_t(width)); // bounded by the width, not the event count
    }

    void hitTestingFindsTheNearestEventWithinTheTolerance()
    {
        ChunkBuilder b;
        b.add(1000, "a", "worker_progress");   // 0
        b.add(1010, "a", "worker_progress");   // 1
        b.add(1010, "a", "worker_failed");     // 2 (same ms as 1, later in the file)
        b.add(2000, "b", "worker_progress");   // 3
        const EventStore events = b.store();
        const TimelineIndex index = TimelineIndex::build(events, EventStore(LogKind::Debug));
        const int a = index.laneNamed(QStringLiteral("a"));
        QCOMPARE(index.nearestEvent(a, events, 1003, 5), 0);
        QCOMPARE(index.nearestEvent(a, events, 1008, 5), 1); // ties in time go to file order
        QCOMPARE(index.nearestEvent(a, events, 1500, 5), -1);
        std::vector<bool> filter{true, false, true, true};
        QCOMPARE(index.nearestEvent(a, events, 1008, 5, &filter), 2);
        QCOMPARE(index.positionInLane(a, events, 2), 2);
        QCOMPARE(index.laneOfEvent(events, 3), index.laneNamed(QStringLiteral("b")));
    }

    void spansStatesAndStallsFollowTheLog()
    {
        SessionData data;
        QVERIFY(SessionLoader::loadSync(kFixture, data));
        const TimelineIndex index = TimelineIndex::build(data.events, data.debug);
        TimelineLayout layout;
        layout.compute(index, data.events, index.maxTime());
        auto laneOf = [&](const char *name) { return layout.lane(index.laneNamed(QString::fromUtf8(name))); };
        QCOMPARE(laneOf("devops-worker")->state, LaneState::Completed);
        QCOMPARE(laneOf("backend-worker")->state, LaneState::Completed);
        QCOMPARE(laneOf("test-worker")->state, LaneState::Failed);
        QCOMPARE(laneOf("queen-coordinator")->state, LaneState::Completed);
        auto count = [](const LaneLayout *l, SpanKind k) {
            return std::count_if(l->spans.begin(), l->spans.end(), [&](const TimelineSpan &s) { return s.kind == k; });
        };
        QCOMPARE(count(laneOf("devops-worker"), SpanKind::Life), 1);
        QCOMPARE(count(laneOf("devops-worker"), SpanKind::Analysis), 1);
        QCOMPARE(count(laneOf("queen-coordinator"), SpanKind::Synthesis), 1);
        QCOMPARE(count(laneOf("backend-worker"), SpanKind::Blocker), 1);
        // The handoff is requested by backend and accepted by devops: the bar is the requester's.
        QCOMPARE(count(laneOf("backend-worker"), SpanKind::Handoff), 1);
        // test-worker was silent from 14:02:00 to 14:10:30 while active.
        const std::vector<TimelineStall> stalls = layout.allStalls();
        QCOMPARE(int(stalls.size()), 1);
        QCOMPARE(stalls[0].agent, QStringLiteral("test-worker"));
        QCOMPARE(stalls[0].endMs - stalls[0].startMs, qint64(8 * 60000 + 30000));
    }

    void aSilentRunningWorkerStallsUntilNow()
    {
        ChunkBuilder b;
        b.add(0, "w", "worker_spawned");
        b.add(1000, "w", "analysis_started");
        b.add(2000, "w", "blocker_reported");
        const EventStore events = b.store();
        const TimelineIndex index = TimelineIndex::build(events, EventStore(LogKind::Debug));
        TimelineLayout layout;
        layout.compute(index, events, 2000 + TimelineLayout::kStallMs - 1);
        QCOMPARE(layout.lane(0)->state, LaneState::Running);
        layout.compute(index, events, 2000 + TimelineLayout::kStallMs + 1);
        QCOMPARE(layout.lane(0)->state, LaneState::Stalled);
        QCOMPARE(int(layout.allStalls().size()), 1);
        QVERIFY(layout.allStalls()[0].open);
        // Life, analysis and blocker are open-ended: they run to now.
        for (const TimelineSpan &s : layout.lane(0)->spans) {
            QVERIFY(s.open);
            QCOMPARE(s.endMs, 2000 + TimelineLayout::kStallMs + 1);
        }
    }

    void thousandsOfAgentsEachGetALane()
    {
        // A log where every line names another agent (a broken writer) must
        // stay linear: lanes are found by name through a hash.
        ChunkBuilder b;
        const int n = 30000;
        std::vector<std::string> names;
        for (int i = 0; i < n; ++i)
            names.push_back("agent-" + std::to_string(i));
        for (int i = 0; i < n; ++i)
            b.add(1000 + i, names[size_t(i)].c_str(), "worker_progress");
        const EventStore events = b.store();
        const TimelineIndex index = TimelineIndex::build(events, EventStore(LogKind::Debug));
        QCOMPARE(index.laneCount(), n);
        QCOMPARE(index.laneOfEvent(events, 12345), index.laneNamed(QStringLiteral("agent-12345")));
        TimelineLayout layout;
        layout.compute(index, events, index.maxTime());
        QCOMPARE(int(layout.lanes().size()), n);
    }

    void debugLevelsAreBinnedWithErrorsOnTop()
    {
        ChunkBuilder b;
        b.add(100, "w", "INFO");
        b.add(100, "w", "ERROR");
        b.add(100, "w", "WARNING");
        b.add(5000, "w", "success");
        const EventStore debug = b.store(LogKind::Debug);
        const TimelineIndex index = TimelineIndex::build(EventStore(), debug);
        ColumnBins bins;
        index.binDebug(0, debug, TimelineMapping(0, 10000, 0, 100), bins);
        QCOMPARE(highestBit(bins.mask[1]), int(DebugLevel::Error));
        QCOMPARE(bins.count[1], 3u);
        QCOMPARE(highestBit(bins.mask[50]), int(DebugLevel::Success));
    }
};

QTEST_GUILESS_MAIN(TimelineIndexTest)
#include "tst_timelineindex.moc"
