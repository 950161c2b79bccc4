#pragma once

#include "timeaxis.h"
#include "timelineindex.h"
#include "timelinelayout.h"
#include "timelinemapping.h"
#include "timelinerunspans.h"

#include <QColor>
#include <QRect>
#include <QSize>
#include <QString>

#include <vector>

class QPainter;

// What the timeline shows: the stores and what was derived from them. All
// pointers are borrowed; null stores paint an empty timeline.
struct TimelineScene {
    const EventStore *events = nullptr;
    const EventStore *debug = nullptr;
    const TimelineIndex *index = nullptr;
    const TimelineLayout *layout = nullptr;
    const std::vector<bool> *filter = nullptr; // per event; empty or null = all pass
    const TimelineRunSpans *runSpans = nullptr; // tool calls of the workers' runs; may be null
};

// How it is shown: everything a screenshot depends on, so an export made from
// the same view state paints the same picture as the screen.
struct TimelineView {
    double startMs = 0;
    double endMs = 1;
    int scrollY = 0;
    int selectedEvent = -1;
    int hoveredEvent = -1;
    int hoveredDebug = -1;
    QString selectedLane;
    bool dimFiltered = true;   // false: filtered-out events are hidden
    TimeAxis::Zone zone = TimeAxis::Zone::Utc;
    qint64 nowMs = 0;
    bool live = false;
    bool sliceActive = false;  // a modifier-drag in progress
    double sliceStartMs = 0;
    double sliceEndMs = 0;
    double overviewStartMs = 0; // the whole session, for the overview strip
    double overviewEndMs = 1;
    QString message;           // shown centred over the lanes (e.g. while indexing)
};

// Paints the timeline into any QPainter (widget, QImage, QSvgGenerator).
// Holds only scratch buffers whose size is bounded by the width in pixels.
class TimelineRenderer
{
public:
    static constexpr int kAxisHeight = 26;
    static constexpr int kOverviewHeight = 34;
    static constexpr int kHeaderWidth = 190;
    static constexpr int kLaneHeight = 46;
    static constexpr int kClickTolerancePx = 3;

    struct Geometry {
        QRect axis;      // time axis, above the lanes
        QRect corner;    // left of the axis: caption
        QRect headers;   // lane names and badges
        QRect body;      // the lanes' plot area
        QRect overviewLabel;
        QRect overview;  // density strip of the whole session
    };
    enum class LanePart { Spans, Marks, Debug };

    static Geometry geometry(QSize size);
    static TimelineMapping mapping(const Geometry &g, const TimelineView &view);
    static int laneTop(const Geometry &g, int lane, int scrollY) { return g.body.top() + lane * kLaneHeight - scrollY; }
    static int laneAt(const Geometry &g, int y, int scrollY, int laneCount);
    static LanePart partAt(int yInLane);
    static int contentHeight(int laneCount) { return laneCount * kLaneHeight; }
    // Vertical band of event marks within a lane (relative to its top).
    static int marksTop() { return 20; }
    static int marksHeight() { return 14; }
    static int debugTop() { return 37; }
    static int debugHeight() { return 6; }
    // Run spans (tool calls of the worker's Claude Code runs): a thin row of
    // their own at the top of the lane, a pixel clear of the analysis span
    // below (touching, the two read as one bar), and the band a pointer may
    // be in to hit one (a bit taller than the row).
    static int runSpansTop() { return 0; }
    static int runSpansHeight() { return 3; }
    static bool inRunSpansBand(int yInLane) { return yInLane >= 0 && yInLane < 10; }
    static QColor runSpanColor(bool error);

    static QColor categoryColor(EventCategory c);
    static QColor levelColor(DebugLevel l);
    static QString categoryName(EventCategory c);

    // The whole picture: body, overlays and chrome.
    void paint(QPainter &p, QSize size, const TimelineScene &scene, const TimelineView &view);
    // The parts, so that a widget can cache the body and repaint only overlays.
    void paintBody(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view);
    void paintOverlays(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view);
    void paintChrome(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view);

    struct Stats {
        int rects = 0;                 // filled rectangles in the last body paint
        size_t geometryBytes = 0;      // scratch bins and rectangle batches
    };
    Stats lastStats() const { return m_stats; }

private:
    void paintLaneBackground(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view,
                             const TimelineMapping &m, int lane, int top);
    void paintLane(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view,
                   const TimelineMapping &m, int lane, int top);
    void paintRunSpans(QPainter &p, const Geometry &g, const TimelineRunSpans::Lane &lane, const TimelineMapping &m, int top);
    void paintOverview(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view);
    void flushBatches(QPainter &p);

    ColumnBins m_bins;
    ColumnBins m_debugBins;
    // One batch of rectangles per colour: fills are grouped, not interleaved.
    std::vector<std::vector<QRect>> m_batches;
    std::vector<QColor> m_batchColors;
    // Overview: summed over lanes, cached for (data size, width).
    std::vector<quint32> m_overviewCount;
    std::vector<quint8> m_overviewMask;
    struct OverviewKey {
        const TimelineIndex *index = nullptr;
        int events = -1, debug = -1, width = -1, lanes = -1;
        double start = 0, end = 0;
        bool operator==(const OverviewKey &o) const
        {
            return index == o.index && events == o.events && debug == o.debug && width == o.width && lanes == o.lanes
                   && start == o.start && end == o.end;
        }
    } m_overviewKey;
    Stats m_stats;
};
