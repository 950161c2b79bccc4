#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Batch slots: event categories, their dimmed twins, then debug levels.
constexpr int kDimSlot = kEventCategoryCount;
constexpr int kLevelSlot = 2 * kEventCategoryCount;
constexpr int kSlotCount = kLevelSlot + kDebugLevelCount;

const QColor kBodyBackground(0xff, 0xff, 0xff);
const QColor kBodyAlternate(0xf6, 0xf7, 0xf9);
const QColor kSelectedLane(0xea, 0xf1, 0xfd);
const QColor kGrid(0xe3, 0xe6, 0xeb);
const QColor kSeparator(0xd5, 0xd9, 0xdf);
const QColor kSelection(0x1f, 0x6f, 0xeb);
const QColor kStall(0xf0, 0x8c, 0x00);

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

QColor over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + below.redF() * (1 - a)), float(top.greenF() * a + below.greenF() * (1 - a)),
                            float(top.blueF() * a + below.blueF() * (1 - a)));
}

QColor spanColor(const TimelineSpan &s, LaneState state)
{
    switch (s.kind) {
    case SpanKind::Life:
        if (s.failed)
            return withAlpha(QColor(0xd6, 0x28, 0x28), 30);
        if (s.open)
            return withAlpha(state == LaneState::Stalled ? kStall : QColor(0x3d, 0x7b, 0xe0), 30);
        return withAlpha(QColor(0x1a, 0x9e, 0x77), 28);
    case SpanKind::Analysis: return QColor(0x5b, 0x8d, 0xe8);
    case SpanKind::Synthesis: return QColor(0x7b, 0x61, 0xff);
    case SpanKind::Blocker: return QColor(0xd6, 0x28, 0x28);
    case SpanKind::Handoff: return QColor(0xa0, 0x4d, 0xcc);
    }
    return Qt::gray;
}

int spanRowTop(int row)
{
    // Row 1: analysis/synthesis; rows 2-3: blockers and handoffs.
    return row <= 1 ? 4 : 10 + (row - 2) * 5;
}

int markHeight(quint32 count)
{
    // Denser columns stand taller: a density reading without a second chart.
    // floor(log2) from the bit width: no libm call per column.
    int log2 = 0;
    while (count >> (log2 + 1))
        ++log2;
    return std::min(TimelineRenderer::marksHeight(), 8 + 2 * log2);
}

// Adjacent columns of the same colour and height become one rectangle:
// zoomed out, a dense lane costs a handful of fills instead of one per pixel.
struct RunMerger {
    explicit RunMerger(std::vector<std::vector<QRect>> &b) : batches(b) {}
    std::vector<std::vector<QRect>> &batches;
    int slot = -1;
    QRect run;
    void add(int s, const QRect &r)
    {
        if (s == slot && r.top() == run.top() && r.height() == run.height() && r.left() <= run.right() + 1) {
            run.setRight(std::max(run.right(), r.right()));
            return;
        }
        flush();
        slot = s;
        run = r;
    }
    void flush()
    {
        if (slot >= 0)
            batches[size_t(slot)].push_back(run);
        slot = -1;
    }
};

} // namespace

TimelineRenderer::Geometry TimelineRenderer::geometry(QSize size)
{
    Geometry g;
    const int w = std::max(size.width(), kHeaderWidth + 10);
    const int h = std::max(size.height(), kAxisHeight + kOverviewHeight + 10);
    g.corner = QRect(0, 0, kHeaderWidth, kAxisHeight);
    g.axis = QRect(kHeaderWidth, 0, w - kHeaderWidth, kAxisHeight);
    g.headers = QRect(0, kAxisHeight, kHeaderWidth, h - kAxisHeight - kOverviewHeight);
    g.body = QRect(kHeaderWidth, kAxisHeight, w - kHeaderWidth, h - kAxisHeight - kOverviewHeight);
    g.overviewLabel = QRect(0, h - kOverviewHeight, kHeaderWidth, kOverviewHeight);
    g.overview = QRect(kHeaderWidth, h - kOverviewHeight, w - kHeaderWidth, kOverviewHeight);
    return g;
}

TimelineMapping TimelineRenderer::mapping(const Geometry &g, const TimelineView &view)
{
    return TimelineMapping(view.startMs, view.endMs, g.body.left(), g.body.width());
}

int TimelineRenderer::laneAt(const Geometry &g, int y, int scrollY, int laneCount)
{
    if (y < g.body.top() || y > g.body.bottom())
        return -1;
    const int lane = (y - g.body.top() + scrollY) / kLaneHeight;
    return lane >= 0 && lane < laneCount ? lane : -1;
}

TimelineRenderer::LanePart TimelineRenderer::partAt(int yInLane)
{
    if (yInLane >= debugTop() - 1)
        return LanePart::Debug;
    if (yInLane >= marksTop() - 3)
        return LanePart::Marks;
    return LanePart::Spans;
}

QColor TimelineRenderer::categoryColor(EventCategory c)
{
    switch (c) {
    case EventCategory::Progress: return QColor(0x8f, 0xa9, 0xc7);
    case EventCategory::Unknown: return QColor(0x80, 0x80, 0x80);
    case EventCategory::Lifecycle: return QColor(0x2f, 0x6f, 0xd8);
    case EventCategory::Output: return QColor(0x12, 0x9a, 0x6e);
    case EventCategory::Coordination: return QColor(0xa0, 0x4d, 0xcc);
    case EventCategory::Failure: return QColor(0xd6, 0x28, 0x28);
    }
    return Qt::gray;
}

QColor TimelineRenderer::levelColor(DebugLevel l)
{
    switch (l) {
    case DebugLevel::Other: return QColor(0xb8, 0xbc, 0xc2);
    case DebugLevel::Info: return QColor(0xb3, 0xc2, 0xd3);
    case DebugLevel::Success: return QColor(0x7c, 0xc4, 0x8a);
    case DebugLevel::Decision: return QColor(0x8e, 0x99, 0xd9);
    case DebugLevel::Compliance: return QColor(0x7f, 0xc9, 0xc0);
    case DebugLevel::Warning: return QColor(0xf2, 0x9d, 0x00);
    case DebugLevel::Error: return QColor(0xe0, 0x1b, 0x24);
    }
    return Qt::gray;
}

QColor TimelineRenderer::runSpanColor(bool error)
{
    // Dark teal: apart from the analysis blue just below the row and from the
    // lighter output green of the marks; failed calls in the failure red.
    return error ? QColor(0xd6, 0x28, 0x28) : QColor(0x0b, 0x6e, 0x69);
}

QString TimelineRenderer::categoryName(EventCategory c)
{
    switch (c) {
    case EventCategory::Progress: return QCoreApplication::translate("TimelineRenderer", "progress");
    case EventCategory::Unknown: return QCoreApplication::translate("TimelineRenderer", "unknown type");
    case EventCategory::Lifecycle: return QCoreApplication::translate("TimelineRenderer", "lifecycle");
    case EventCategory::Output: return QCoreApplication::translate("TimelineRenderer", "output");
    case EventCategory::Coordination: return QCoreApplication::translate("TimelineRenderer", "coordination");
    case EventCategory::Failure: return QCoreApplication::translate("TimelineRenderer", "failure");
    }
    return QString();
}

void TimelineRenderer::paint(QPainter &p, QSize size, const TimelineScene &scene, const TimelineView &view)
{
    const Geometry g = geometry(size);
    paintBody(p, g, scene, view);
    paintOverlays(p, g, scene, view);
    paintChrome(p, g, scene, view);
}

void TimelineRenderer::paintBody(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view)
{
    m_stats = Stats();
    if (m_batches.size() != size_t(kSlotCount)) {
        m_batches.assign(size_t(kSlotCount), {});
        m_batchColors.resize(size_t(kSlotCount));
        for (int c = 0; c < kEventCategoryCount; ++c) {
            m_batchColors[size_t(c)] = categoryColor(EventCategory(c));
            m_batchColors[size_t(kDimSlot + c)] = withAlpha(categoryColor(EventCategory(c)), 55);
        }
        for (int l = 0; l < kDebugLevelCount; ++l)
            m_batchColors[size_t(kLevelSlot + l)] = levelColor(DebugLevel(l));
    }
    p.save();
    p.setClipRect(g.body);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(g.body, kBodyBackground);
    const TimelineMapping m = mapping(g, view);
    const int lanes = scene.index ? scene.index->laneCount() : 0;
    // Background stripes and lives first, grid over them, lanes' contents on top.
    for (int l = 0; l < lanes; ++l) {
        const int top = laneTop(g, l, view.scrollY);
        if (top + kLaneHeight < g.body.top() || top > g.body.bottom())
            continue;
        paintLaneBackground(p, g, scene, view, m, l, top);
    }
    p.setPen(kGrid);
    for (const TimeAxis::Tick &t : TimeAxis::ticks(m, view.zone))
        p.drawLine(QPointF(std::floor(t.x) + 0.5, g.body.top()), QPointF(std::floor(t.x) + 0.5, g.body.bottom()));
    if (scene.events && scene.debug) {
        for (int l = 0; l < lanes; ++l) {
            const int top = laneTop(g, l, view.scrollY);
            if (top + kLaneHeight < g.body.top() || top > g.body.bottom())
                continue;
            paintLane(p, g, scene, view, m, l, top);
        }
    }
    if (view.live && m.contains(double(view.nowMs))) {
        const int x = int(std::floor(m.toX(double(view.nowMs))));
        p.setPen(QPen(kSelection, 1, Qt::DashLine));
        p.drawLine(x, g.body.top(), x, g.body.bottom());
    }
    m_stats.geometryBytes = m_bins.memoryBytes() + m_debugBins.memoryBytes();
    for (const auto &b : m_batches)
        m_stats.geometryBytes += b.capacity() * sizeof(QRect);
    p.restore();
}

void TimelineRenderer::paintLaneBackground(QPainter &p, const Geometry &g, const TimelineScene &scene,
                                           const TimelineView &view, const TimelineMapping &m, int l, int top)
{
    const bool selected = !view.selectedLane.isEmpty() && scene.index->lanes()[size_t(l)].name == view.selectedLane;
    const QColor background = selected ? kSelectedLane : (l % 2 ? kBodyAlternate : kBodyBackground);
    p.fillRect(QRect(g.body.left(), top, g.body.width(), kLaneHeight), background);
    const LaneLayout *layout = scene.layout ? scene.layout->lane(l) : nullptr;
    if (!layout)
        return;
    for (const TimelineSpan &s : layout->spans) {
        if (double(s.startMs) > m.endMs)
            break;
        const qint64 end = s.open ? std::max(s.endMs, view.nowMs) : s.endMs;
        if (s.kind != SpanKind::Life || double(end) < m.startMs)
            continue;
        const int x0 = int(std::clamp(std::floor(m.toX(double(s.startMs))), double(g.body.left() - 2), double(g.body.right() + 2)));
        const int x1 = std::max(x0 + 1, int(std::clamp(std::floor(m.toX(double(end))), double(g.body.left() - 2), double(g.body.right() + 2))));
        const QColor c = spanColor(s, layout->state);
        // Blended by hand and filled opaque: alpha-blending whole lanes
        // costs more than everything else in the frame.
        p.fillRect(QRect(x0, top + 1, x1 - x0, kLaneHeight - 2), over(c, background));
        if (s.open) // an open life ends in a firmer edge at "now": no end seen yet
            p.fillRect(QRect(x1 - 2, top + 1, 2, kLaneHeight - 2), over(withAlpha(c, 120), background));
        ++m_stats.rects;
    }
}

void TimelineRenderer::paintLane(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view,
                                 const TimelineMapping &m, int l, int top)
{
    const int left = g.body.left();
    const int right = g.body.right();
    auto clipX = [&](double x) { return int(std::clamp(std::floor(x), double(left - 2), double(right + 2))); };
    const LaneLayout *layout = scene.layout ? scene.layout->lane(l) : nullptr;
    if (layout) {
        // Spans: sorted by start, so the walk stops at the right edge. Spans
        // narrower than a pixel are drawn 1 px wide, and one already covered
        // on its row is skipped: thousands of tiny blockers cost one rect.
        int coveredUntil[TimelineLayout::kMaxRows];
        std::fill(std::begin(coveredUntil), std::end(coveredUntil), std::numeric_limits<int>::min());
        for (const TimelineSpan &s : layout->spans) {
            if (double(s.startMs) > m.endMs)
                break;
            if (s.kind == SpanKind::Life)
                continue; // painted under the grid by paintLaneBackground()
            const qint64 end = s.open ? std::max(s.endMs, view.nowMs) : s.endMs;
            if (double(end) < m.startMs)
                continue;
            const int x0 = clipX(m.toX(double(s.startMs)));
            const int x1 = std::max(x0 + 1, clipX(m.toX(double(end))));
            const int row = std::min<int>(s.row, TimelineLayout::kMaxRows - 1);
            if (x1 <= coveredUntil[row])
                continue;
            coveredUntil[row] = x1;
            const QColor c = spanColor(s, layout->state);
            ++m_stats.rects;
            const int y = top + spanRowTop(row);
            const int h = row <= 1 ? 5 : 4;
            p.fillRect(QRect(x0, y, x1 - x0, h), s.open ? withAlpha(c, 130) : c);
        }
        for (const TimelineStall &st : layout->stalls) {
            if (double(st.startMs) > m.endMs || double(st.endMs) < m.startMs)
                continue;
            const int x0 = clipX(m.toX(double(st.startMs)));
            const int x1 = std::max(x0 + 2, clipX(m.toX(double(st.endMs))));
            const QRect r(x0, top + 1, x1 - x0, kLaneHeight - 2);
            p.fillRect(r, withAlpha(kStall, 40));
            p.fillRect(r, QBrush(withAlpha(kStall, 150), Qt::BDiagPattern));
            p.fillRect(QRect(x0, top + 1, 2, kLaneHeight - 2), kStall);
            const QString text = QCoreApplication::translate("TimelineRenderer", "silent %1")
                                     .arg(TimeAxis::formatDuration(st.endMs - st.startMs));
            const QFontMetrics fm(p.font());
            if (fm.horizontalAdvance(text) + 8 < r.width()) {
                p.setPen(QColor(0x8a, 0x4b, 0x00));
                p.drawText(QRect(x0 + 5, top + 2, r.width() - 6, marksTop() - 4), Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    }

    // Tools of the worker's runs. Sessions without runs pay one null test
    // per lane (the benchmark's figures hold).
    if (scene.runSpans && !scene.runSpans->isEmpty()) {
        if (const TimelineRunSpans::Lane *runs = scene.runSpans->lane(scene.index->lanes()[size_t(l)].name))
            paintRunSpans(p, g, *runs, m, top);
    }

    // Event marks: one summary per pixel column. Every column holding an
    // event gets a mark (never dropped); isolated events get 3 px.
    scene.index->binEvents(l, *scene.events, m, scene.filter, view.dimFiltered, m_bins);
    const int columns = int(m_bins.mask.size());
    const int markMid = top + marksTop() + marksHeight() / 2;
    RunMerger marks(m_batches);
    for (int c = 0; c < columns; ++c) {
        const quint8 vis = m_bins.mask[size_t(c)];
        const quint8 dim = m_bins.dimMask[size_t(c)];
        if (!vis && !dim)
            continue;
        const bool isolated = (c == 0 || !(m_bins.mask[size_t(c - 1)] | m_bins.dimMask[size_t(c - 1)]))
                              && (c + 1 >= columns || !(m_bins.mask[size_t(c + 1)] | m_bins.dimMask[size_t(c + 1)]));
        const int h = markHeight(m_bins.count[size_t(c)]);
        const QRect r(left + c - (isolated ? 1 : 0), markMid - h / 2, isolated ? 3 : 1, h);
        const int slot = vis ? highestBit(vis) : kDimSlot + highestBit(dim);
        marks.add(slot, r);
    }
    marks.flush();
    // DEBUG sub-lane: quiet levels short, WARNING and ERROR full height.
    scene.index->binDebug(l, *scene.debug, m, m_debugBins);
    const int dTop = top + debugTop();
    RunMerger debugMarks(m_batches);
    for (int c = 0; c < int(m_debugBins.mask.size()); ++c) {
        const quint8 mask = m_debugBins.mask[size_t(c)];
        if (!mask)
            continue;
        const int level = highestBit(mask);
        const bool loud = level >= int(DebugLevel::Warning);
        const int h = loud ? debugHeight() : debugHeight() / 2;
        debugMarks.add(kLevelSlot + level, QRect(left + c - (loud ? 1 : 0), dTop + debugHeight() - h, loud ? 3 : 1, h));
    }
    debugMarks.flush();
    flushBatches(p);
    p.fillRect(QRect(left, top + kLaneHeight - 1, g.body.width(), 1), kSeparator);
}

void TimelineRenderer::paintRunSpans(QPainter &p, const Geometry &g, const TimelineRunSpans::Lane &lane,
                                     const TimelineMapping &m, int top)
{
    const auto [first, last] = TimelineRunSpans::range(lane, m.startMs, m.endMs);
    if (first >= last)
        return;
    const int left = g.body.left();
    const int right = g.body.right();
    auto clipX = [&](double x) { return int(std::clamp(std::floor(x), double(left - 2), double(right + 2))); };
    const int y = top + runSpansTop();
    // Same level-of-detail rule as the layout's spans and the marks: never
    // dropped (at least 3 px, as isolated marks), and calls that fall on
    // pixels already covered merge into one fill, so a thousand quick calls
    // zoomed out cost a few rectangles. Failed calls
    // get a second pass on top: a merge never hides one.
    for (const bool errors : {false, true}) {
        const QColor colour = runSpanColor(errors);
        int runStart = 0;
        int runEnd = std::numeric_limits<int>::min(); // the pending fill is [runStart, runEnd)
        auto flush = [&] {
            if (runEnd > runStart) {
                p.fillRect(QRect(runStart, y, runEnd - runStart, runSpansHeight()), colour);
                ++m_stats.rects;
            }
        };
        for (int i = first; i < last; ++i) {
            const TimelineRunSpan &s = lane.spans[size_t(i)];
            if ((errors && !s.isError) || double(s.endMs) < m.startMs)
                continue; // the range holds earlier spans that end before the view when others overlap it
            int x0 = clipX(m.toX(double(s.startMs)));
            int x1 = std::max(x0 + 1, clipX(m.toX(double(s.endMs))));
            if (x1 - x0 >= 4) {
                --x1; // wide enough to tell apart: back-to-back calls keep a seam
            } else if (x1 - x0 < 3) {
                // A call of a few ms would be a 1 px speck on a 3 px row:
                // 3 px around its pixel, like an isolated event mark.
                x0 -= 1;
                x1 = x0 + 3;
            }
            if (x0 <= runEnd) {
                runEnd = std::max(runEnd, x1);
                continue;
            }
            flush();
            runStart = x0;
            runEnd = x1;
        }
        flush();
        if (!lane.errors)
            break;
    }
}

void TimelineRenderer::flushBatches(QPainter &p)
{
    p.setPen(Qt::NoPen);
    // Quiet colours first, so that loud ones (failure, ERROR) overdraw them
    // where 3 px marks overlap.
    static const int order[] = {
        kDimSlot + 0, kDimSlot + 1, kDimSlot + 2, kDimSlot + 3, kDimSlot + 4, kDimSlot + 5,
        0, 1, 2, 3, 4, 5,
        kLevelSlot + 0, kLevelSlot + 1, kLevelSlot + 2, kLevelSlot + 3, kLevelSlot + 4, kLevelSlot + 5, kLevelSlot + 6,
    };
    for (int slot : order) {
        std::vector<QRect> &rects = m_batches[size_t(slot)];
        if (rects.empty())
            continue;
        p.setBrush(m_batchColors[size_t(slot)]);
        p.drawRects(rects.data(), int(rects.size()));
        m_stats.rects += int(rects.size());
        rects.clear();
    }
}
