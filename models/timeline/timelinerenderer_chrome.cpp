// TimelineRenderer, second half: what is painted around and over the lanes'
// body (overlays, axis, lane headers, overview strip). Split only to keep
// each file readable.
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
const QColor kChrome(0xee, 0xf0, 0xf3);
const QColor kChromeText(0x33, 0x3a, 0x44);
const QColor kMutedText(0x6b, 0x72, 0x7d);
const QColor kSeparator(0xd5, 0xd9, 0xdf);
const QColor kSelection(0x1f, 0x6f, 0xeb);

QColor badgeColor(LaneState s)
{
    switch (s) {
    case LaneState::Running: return QColor(0x3d, 0x7b, 0xe0);
    case LaneState::Completed: return QColor(0x1a, 0x9e, 0x77);
    case LaneState::Failed: return QColor(0xd6, 0x28, 0x28);
    case LaneState::Stalled: return QColor(0xf0, 0x8c, 0x00);
    case LaneState::None: break;
    }
    return QColor(0x9a, 0xa0, 0xa8);
}
}

void TimelineRenderer::paintOverlays(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view)
{
    const TimelineMapping m = mapping(g, view);
    p.save();
    p.setClipRect(g.body);
    p.setRenderHint(QPainter::Antialiasing, false);
    auto markRect = [&](int lane, double t) {
        const int x = int(std::floor(m.toX(t)));
        const int top = laneTop(g, lane, view.scrollY);
        return QRect(x - 3, top + marksTop() - 2, 7, marksHeight() + 4);
    };
    if (scene.index && scene.events) {
        if (view.hoveredEvent >= 0 && view.hoveredEvent < scene.events->size()) {
            const int lane = scene.index->laneOfEvent(*scene.events, view.hoveredEvent);
            if (lane >= 0) {
                p.setPen(QPen(kChromeText, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(markRect(lane, double(scene.events->timeMs(view.hoveredEvent))));
            }
        }
        if (view.hoveredDebug >= 0 && scene.debug && view.hoveredDebug < scene.debug->size()) {
            const int lane = scene.index->laneOfDebug(*scene.debug, view.hoveredDebug);
            if (lane >= 0) {
                const int x = int(std::floor(m.toX(double(scene.debug->timeMs(view.hoveredDebug)))));
                p.setPen(QPen(kChromeText, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRect(x - 2, laneTop(g, lane, view.scrollY) + debugTop() - 2, 5, debugHeight() + 3));
            }
        }
        if (view.selectedEvent >= 0 && view.selectedEvent < scene.events->size()) {
            const int lane = scene.index->laneOfEvent(*scene.events, view.selectedEvent);
            const double t = double(scene.events->timeMs(view.selectedEvent));
            if (lane >= 0 && m.contains(t)) {
                const int x = int(std::floor(m.toX(t)));
                p.fillRect(QRect(x, g.body.top(), 1, g.body.height()), QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 110));
                const QRect r = markRect(lane, t);
                p.fillRect(r, categoryColor(scene.index->categoryOf(*scene.events, view.selectedEvent)));
                p.setPen(QPen(kSelection, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-1, -1, 1, 1));
            }
        }
    }
    if (view.sliceActive) {
        const double a = std::min(view.sliceStartMs, view.sliceEndMs);
        const double b = std::max(view.sliceStartMs, view.sliceEndMs);
        const int x0 = int(std::floor(m.toX(a)));
        const int x1 = int(std::ceil(m.toX(b)));
        const QRect r(x0, g.body.top(), std::max(1, x1 - x0), g.body.height());
        p.fillRect(r, QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 40));
        p.setPen(QPen(kSelection, 1));
        p.drawLine(r.topLeft(), r.bottomLeft());
        p.drawLine(r.topRight(), r.bottomRight());
        p.setPen(kChromeText);
        p.drawText(r.adjusted(4, 4, -4, 0), Qt::AlignTop | Qt::AlignHCenter, TimeAxis::formatDuration(qint64(b - a)));
    }
    if (!view.message.isEmpty()) {
        p.setPen(kMutedText);
        p.drawText(g.body, Qt::AlignCenter | Qt::TextWordWrap, view.message);
    }
    p.restore();
}

void TimelineRenderer::paintChrome(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view)
{
    const TimelineMapping m = mapping(g, view);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm(p.font());

    // Axis: ticks with labels where they fit.
    p.fillRect(g.axis, kChrome);
    p.fillRect(g.corner, kChrome);
    p.setClipRect(g.axis);
    for (const TimeAxis::Tick &t : TimeAxis::ticks(m, view.zone)) {
        const int x = int(std::floor(t.x));
        p.setPen(t.major ? kChromeText : kMutedText);
        p.drawLine(x, g.axis.bottom() - (t.major ? 8 : 5), x, g.axis.bottom());
        // A label cut by the right edge reads as a different time: leave it out.
        if (x + 3 + fm.horizontalAdvance(t.label) <= g.axis.right())
            p.drawText(QRect(x + 3, g.axis.top(), 200, g.axis.height() - 4), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    p.setClipping(false);
    p.setPen(kSeparator);
    p.drawLine(g.axis.left(), g.axis.bottom(), g.axis.right(), g.axis.bottom());
    p.drawLine(g.corner.left(), g.corner.bottom(), g.corner.right(), g.corner.bottom());
    p.setPen(kChromeText);
    p.drawText(g.corner.adjusted(8, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(TimeAxis::caption(m, view.zone), Qt::ElideRight, g.corner.width() - 12));

    // Lane headers: name and state badge.
    p.fillRect(g.headers, kChrome);
    p.setClipRect(g.headers);
    const int lanes = scene.index ? scene.index->laneCount() : 0;
    const QFont base = p.font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = p.font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    const QFontMetrics smallFm(small);
    for (int l = 0; l < lanes; ++l) {
        const int top = laneTop(g, l, view.scrollY);
        if (top + kLaneHeight < g.headers.top() || top > g.headers.bottom())
            continue;
        const TimelineLane &lane = scene.index->lanes()[size_t(l)];
        const LaneLayout *ll = scene.layout ? scene.layout->lane(l) : nullptr;
        const bool selected = !view.selectedLane.isEmpty() && lane.name == view.selectedLane;
        if (selected)
            p.fillRect(QRect(0, top, g.headers.width(), kLaneHeight), QColor(0xdc, 0xe8, 0xfb));
        p.fillRect(QRect(0, top + kLaneHeight - 1, g.headers.width(), 1), kSeparator);
        const QString name = lane.name.isEmpty() ? QCoreApplication::translate("TimelineRenderer", "(no agent)") : lane.name;
        // The worker's Claude Code tool calls and their cost, right of the
        // name: the line below belongs to the badge and the counts.
        // Each lane starts from the base font: the previous one ended on `small`.
        p.setFont(lane.queen ? bold : base);
        p.setPen(kChromeText);
        const QFontMetrics nameFm(p.font());
        // The name has the first claim on the line: the summary drops its
        // cost, then itself, before the name is elided.
        QString runs;
        if (const TimelineRunSpans::Lane *r = scene.runSpans ? scene.runSpans->lane(lane.name) : nullptr) {
            const int n = int(r->spans.size());
            const QString tools = n == 1 ? QCoreApplication::translate("TimelineRenderer", "1 tool")
                                         : QCoreApplication::translate("TimelineRenderer", "%1 tools").arg(n);
            const QString cost = r->costKnown ? QStringLiteral(" $") + QString::number(r->costUsd, 'f', r->costUsd < 1 ? 3 : 2)
                                              : QString();
            const int room = g.headers.width() - 14 - nameFm.horizontalAdvance(name) - 8;
            for (const QString &candidate : {QString(tools + cost), tools}) {
                if (smallFm.horizontalAdvance(candidate) <= room) {
                    runs = candidate;
                    break;
                }
            }
        }
        const int runsWidth = runs.isEmpty() ? 0 : smallFm.horizontalAdvance(runs) + 6;
        p.drawText(QRect(8, top + 4, g.headers.width() - 14 - runsWidth, nameFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   nameFm.elidedText(name, Qt::ElideMiddle, g.headers.width() - 14 - runsWidth));
        if (!runs.isEmpty()) {
            const QFont nameFont = p.font();
            p.setFont(small);
            p.setPen(runSpanColor(false));
            p.drawText(QRect(g.headers.width() - 6 - runsWidth, top + 4, runsWidth, nameFm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, smallFm.elidedText(runs, Qt::ElideRight, runsWidth));
            p.setFont(nameFont);
        }
        p.setFont(small);
        int x = 8;
        const int by = top + 8 + nameFm.height();
        if (ll && ll->state != LaneState::None) {
            const QString badge = TimelineLayout::stateName(ll->state);
            const int bw = smallFm.horizontalAdvance(badge) + 10;
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(badgeColor(ll->state));
            p.drawRoundedRect(QRectF(x, by, bw, smallFm.height() + 2), 4, 4);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(Qt::white);
            p.drawText(QRect(x, by, bw, smallFm.height() + 2), Qt::AlignCenter, badge);
            x += bw + 6;
        }
        p.setPen(kMutedText);
        const QString counts = QCoreApplication::translate("TimelineRenderer", "%1 ev · %2 dbg")
                                   .arg(QLocale().toString(qulonglong(lane.events.size())),
                                        QLocale().toString(qulonglong(lane.debug.size())));
        p.drawText(QRect(x, by, g.headers.width() - x - 4, smallFm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
                   smallFm.elidedText(counts, Qt::ElideRight, g.headers.width() - x - 4));
    }
    p.setClipping(false);
    p.setPen(kSeparator);
    p.drawLine(g.headers.right(), g.headers.top(), g.headers.right(), g.headers.bottom());

    paintOverview(p, g, scene, view);
    p.restore();
}

void TimelineRenderer::paintOverview(QPainter &p, const Geometry &g, const TimelineScene &scene, const TimelineView &view)
{
    p.fillRect(g.overviewLabel, kChrome);
    p.fillRect(g.overview, QColor(0xfa, 0xfb, 0xfc));
    p.setPen(kSeparator);
    p.drawLine(g.overviewLabel.left(), g.overviewLabel.top(), g.overview.right(), g.overview.top());
    p.setPen(kMutedText);
    p.drawText(g.overviewLabel.adjusted(8, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("TimelineRenderer", "Whole session"));
    const TimelineMapping whole(view.overviewStartMs, view.overviewEndMs, g.overview.left(), g.overview.width());
    if (scene.index && scene.events && scene.debug) {
        const OverviewKey key{scene.index, scene.index->eventsIndexed(), scene.index->debugIndexed(), g.overview.width(),
                              scene.index->laneGeneration(), whole.startMs, whole.endMs};
        if (!(key == m_overviewKey)) {
            // The whole session binned once per data change and width, from
            // the same per-lane summaries as the lanes: a few ms at 1M events.
            m_overviewKey = key;
            const size_t w = size_t(g.overview.width());
            m_overviewCount.assign(w, 0);
            m_overviewMask.assign(w, 0);
            for (int l = 0; l < scene.index->laneCount(); ++l) {
                scene.index->binEvents(l, *scene.events, whole, nullptr, false, m_bins);
                for (size_t c = 0; c < w && c < m_bins.count.size(); ++c) {
                    m_overviewCount[c] += m_bins.count[c];
                    m_overviewMask[c] |= m_bins.mask[c];
                }
            }
        }
        quint32 maxCount = 1;
        for (quint32 c : m_overviewCount)
            maxCount = std::max(maxCount, c);
        const double logMax = std::log1p(double(maxCount));
        const int h = g.overview.height() - 6;
        std::vector<QRect> quiet, loud;
        for (size_t c = 0; c < m_overviewCount.size(); ++c) {
            if (!m_overviewCount[c])
                continue;
            const int bh = std::max(2, int(std::round(h * std::log1p(double(m_overviewCount[c])) / logMax)));
            const QRect r(g.overview.left() + int(c), g.overview.bottom() - 2 - bh, 1, bh);
            (m_overviewMask[c] & (1u << int(EventCategory::Failure)) ? loud : quiet).push_back(r);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x8f, 0xa9, 0xc7));
        p.drawRects(quiet.data(), int(quiet.size()));
        p.setBrush(categoryColor(EventCategory::Failure));
        p.drawRects(loud.data(), int(loud.size()));
    }
    // The visible window; outside it dimmed.
    const int x0 = std::clamp(int(std::floor(whole.toX(view.startMs))), g.overview.left(), g.overview.right());
    const int x1 = std::clamp(int(std::ceil(whole.toX(view.endMs))), g.overview.left(), g.overview.right());
    const QColor shade(0x30, 0x38, 0x44, 40);
    p.fillRect(QRect(g.overview.left(), g.overview.top() + 1, x0 - g.overview.left(), g.overview.height() - 1), shade);
    p.fillRect(QRect(x1, g.overview.top() + 1, g.overview.right() - x1 + 1, g.overview.height() - 1), shade);
    p.setPen(QPen(kSelection, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRect(x0, g.overview.top() + 1, std::max(2, x1 - x0), g.overview.height() - 3));
}
