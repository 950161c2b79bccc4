// TimelineWidget, second half: mouse, wheel, keyboard, tooltips and the
// context menu. Split only to keep each file readable.
#include "timelinewidget.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr double kWheelZoomStep = 1.25;  // per wheel notch
constexpr double kKeyZoomStep = 1.5;     // per + / - press
constexpr double kWheelPanFraction = 0.1;

QString timeText(qint64 ms, TimeAxis::Zone zone)
{
    const QDateTime dt = zone == TimeAxis::Zone::Utc ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                                     : QDateTime::fromMSecsSinceEpoch(ms);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + (zone == TimeAxis::Zone::Utc ? QStringLiteral(" UTC") : QString());
}

// A short, readable summary of an entry's payload for the tooltip.
QString payloadSummary(const QByteArray &line, const char *key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return QString();
    const QJsonValue v = doc.object().value(QLatin1String(key));
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (text.size() > 240)
        text = text.left(240) + QChar(0x2026);
    return text.toHtmlEscaped();
}
}

void TimelineWidget::zoomBy(double factor, double anchorX, NavigationState::History mode)
{
    m_userNavigated = true;
    const TimelineRenderer::Geometry g = geometry();
    const TimelineMapping m = mapping();
    const double anchor = (anchorX >= g.body.left() && anchorX <= g.body.right()) ? m.toTime(anchorX)
                                                                                  : (m.startMs + m.endMs) / 2;
    m_nav->zoomAround(anchor, factor, mode);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const double pos = event->position().x();
    // Some platforms turn Shift+wheel into a horizontal wheel: accept both.
    const int vertical = angle.y();
    const int horizontal = angle.x();
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = double(vertical != 0 ? vertical : horizontal) / 120.0;
        zoomBy(std::pow(kWheelZoomStep, -notches), pos, NavigationState::History::Coalesce);
    } else if ((event->modifiers() & Qt::ShiftModifier) || (horizontal != 0 && vertical == 0)) {
        m_userNavigated = true;
        const double notches = double(vertical != 0 ? vertical : horizontal) / 120.0;
        m_nav->panBy(-notches * kWheelPanFraction * m_nav->visibleRange().span());
    } else {
        m_vbar->setValue(m_vbar->value() - int(std::round(double(vertical) / 120.0 * TimelineRenderer::kLaneHeight)));
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::BackButton) {
        m_nav->back();
        return;
    }
    if (event->button() == Qt::ForwardButton) {
        m_nav->forward();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const TimelineRenderer::Geometry g = geometry();
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressRange = m_nav->visibleRange();
    m_pressScrollY = m_vbar->value();
    if (g.overview.contains(pos)) {
        m_userNavigated = true;
        m_drag = Drag::Overview;
        const TimelineMapping whole(m_view.overviewStartMs, m_view.overviewEndMs, g.overview.left(), g.overview.width());
        m_nav->centreOn(whole.toTime(pos.x()), NavigationState::History::Push);
        return;
    }
    if (g.headers.contains(pos)) {
        const int lane = TimelineRenderer::laneAt(g, pos.y(), m_vbar->value(), m_index.laneCount());
        if (lane >= 0)
            m_nav->setSelectedLane(m_index.lanes()[size_t(lane)].name);
        return;
    }
    // A modifier (Shift or Ctrl) or the axis: select a time slice to zoom into.
    if (g.axis.contains(pos) || (g.body.contains(pos) && (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)))) {
        m_drag = Drag::Slice;
        m_view.sliceActive = true;
        m_view.sliceStartMs = m_view.sliceEndMs = mapping().toTime(pos.x());
        update();
        return;
    }
    if (g.body.contains(pos))
        m_drag = Drag::Pending;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        if (runSpanAt(pos)) // its tooltip is the run span's, not the nearby event's
            setHover(-1, -1);
        else
            setHover(eventAt(pos), debugAt(pos));
        return;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() <= TimelineRenderer::kClickTolerancePx)
            return;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Drag::Pan: {
        m_userNavigated = true;
        const double msPerPx = m_pressRange.span() / std::max(1, geometry().body.width());
        const double shift = -(pos.x() - m_pressPos.x()) * msPerPx;
        m_nav->setVisibleRange({m_pressRange.start + shift, m_pressRange.end + shift}, NavigationState::History::None);
        m_vbar->setValue(m_pressScrollY - (pos.y() - m_pressPos.y()));
        return;
    }
    case Drag::Slice:
        m_view.sliceEndMs = mapping().toTime(std::clamp(pos.x(), geometry().body.left(), geometry().body.right()));
        update();
        return;
    case Drag::Overview: {
        const TimelineRenderer::Geometry g = geometry();
        const TimelineMapping whole(m_view.overviewStartMs, m_view.overviewEndMs, g.overview.left(), g.overview.width());
        m_nav->centreOn(whole.toTime(pos.x()), NavigationState::History::None);
        return;
    }
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pending) {
        const int hit = eventAt(pos);
        if (hit >= 0) {
            selectFromTimeline(hit);
        } else {
            const TimelineRenderer::Geometry g = geometry();
            const int lane = TimelineRenderer::laneAt(g, pos.y(), m_vbar->value(), m_index.laneCount());
            if (lane >= 0)
                m_nav->setSelectedLane(m_index.lanes()[size_t(lane)].name);
        }
    } else if (drag == Drag::Slice) {
        m_view.sliceActive = false;
        const TimelineMapping m = mapping();
        if (std::abs(m.toX(m_view.sliceEndMs) - m.toX(m_view.sliceStartMs)) >= 4) {
            m_userNavigated = true;
            m_nav->setVisibleRange({std::min(m_view.sliceStartMs, m_view.sliceEndMs), std::max(m_view.sliceStartMs, m_view.sliceEndMs)},
                                   NavigationState::History::Push);
        }
        update();
    }
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Double-click on empty body zooms in around the point.
    if (event->button() == Qt::LeftButton && geometry().body.contains(event->position().toPoint())
        && eventAt(event->position().toPoint()) < 0)
        zoomBy(1.0 / 2.0, event->position().x(), NavigationState::History::Push);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const QPoint cursorPos = mapFromGlobal(QCursor::pos());
    const double anchorX = rect().contains(cursorPos) ? cursorPos.x() : -1;
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.0 / kKeyZoomStep, anchorX, NavigationState::History::Push);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(kKeyZoomStep, anchorX, NavigationState::History::Push);
        break;
    case Qt::Key_F:
        m_userNavigated = true;
        fitSession();
        break;
    case Qt::Key_Left:
        if (alt)
            m_nav->back();
        else
            stepSelection(-1);
        break;
    case Qt::Key_Right:
        if (alt)
            m_nav->forward();
        else
            stepSelection(+1);
        break;
    case Qt::Key_Back:
    case Qt::Key_Backspace:
        m_nav->back();
        break;
    case Qt::Key_Forward:
        m_nav->forward();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        int lane = m_index.laneNamed(m_nav->selectedLane());
        lane = std::clamp(lane + (event->key() == Qt::Key_Up ? -1 : 1), 0, std::max(0, m_index.laneCount() - 1));
        if (lane < m_index.laneCount()) {
            m_nav->setSelectedLane(m_index.lanes()[size_t(lane)].name);
            const int top = lane * TimelineRenderer::kLaneHeight;
            const int bodyH = geometry().body.height();
            if (top < m_vbar->value())
                m_vbar->setValue(top);
            else if (top + TimelineRenderer::kLaneHeight > m_vbar->value() + bodyH)
                m_vbar->setValue(top + TimelineRenderer::kLaneHeight - bodyH);
        }
        break;
    }
    case Qt::Key_End:
        m_userNavigated = true;
        jumpToNow();
        break;
    case Qt::Key_Escape:
        m_view.sliceActive = false;
        m_drag = Drag::None;
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::stepSelection(int direction)
{
    if (!m_ready || !m_events)
        return;
    int lane = m_index.laneOfEvent(*m_events, m_nav->selectedEvent());
    if (lane < 0)
        lane = m_index.laneNamed(m_nav->selectedLane());
    if (lane < 0)
        lane = m_index.laneCount() > 0 ? 0 : -1;
    if (lane < 0)
        return;
    const TimelineLane &l = m_index.lanes()[size_t(lane)];
    if (l.events.empty())
        return;
    int pos = m_index.positionInLane(lane, *m_events, m_nav->selectedEvent());
    if (pos < 0) {
        // Nothing selected in this lane: start from the view's edge.
        const NavigationState::Range r = m_nav->visibleRange();
        auto [a, b] = TimelineIndex::eventRange(l, *m_events, r.start, r.end);
        pos = direction > 0 ? a - 1 : b;
    }
    const bool hide = !m_view.dimFiltered && m_filter && !m_filter->empty();
    for (int p = pos + direction; p >= 0 && p < int(l.events.size()); p += direction) {
        const quint32 e = l.events[size_t(p)];
        if (hide && e < m_filter->size() && !(*m_filter)[e])
            continue;
        selectFromTimeline(int(e));
        const double t = double(m_events->timeMs(int(e)));
        const NavigationState::Range r = m_nav->visibleRange();
        if (t < r.start + 0.05 * r.span() || t > r.end - 0.05 * r.span()) {
            m_userNavigated = true;
            m_nav->centreOn(t);
        }
        return;
    }
}

void TimelineWidget::selectFromTimeline(int eventIndex)
{
    m_selectingHere = true;
    m_nav->setSelectedEvent(eventIndex);
    const int lane = m_index.laneOfEvent(*m_events, eventIndex);
    if (lane >= 0)
        m_nav->setSelectedLane(m_index.lanes()[size_t(lane)].name);
    Q_EMIT eventClicked(eventIndex);
    m_selectingHere = false;
}

void TimelineWidget::setHover(int eventIndex, int debugIndex)
{
    if (eventIndex == m_view.hoveredEvent && debugIndex == m_view.hoveredDebug)
        return;
    m_view.hoveredEvent = eventIndex;
    m_view.hoveredDebug = debugIndex;
    update(); // the body comes from the cache: only overlays are painted
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    setHover(-1, -1);
    QWidget::leaveEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString TimelineWidget::toolTipAt(QPoint pos) const
{
    // A run span first: its row sits above the marks, and the tool call that
    // wrote an event lies at that event's time.
    if (const TimelineRunSpan *span = runSpanAt(pos))
        return runSpanToolTip(*span, pos);
    const int e = eventAt(pos);
    if (e >= 0) {
        const int lane = m_index.laneOfEvent(*m_events, e);
        QString text = QStringLiteral("<b>%1</b> · %2<br/>%3<br/>%4")
                           .arg(m_events->kindName(e).toHtmlEscaped(),
                                TimelineRenderer::categoryName(m_index.categoryOf(*m_events, e)),
                                m_events->agent(e).toHtmlEscaped(), timeText(m_events->timeMs(e), m_view.zone));
        if (m_events->flags(e) & EntryFlag::TimeEstimated)
            text += tr(" (time estimated)");
        if (!m_events->status(e).isEmpty())
            text += QStringLiteral("<br/>") + tr("status: %1").arg(m_events->status(e).toHtmlEscaped());
        const QString details = payloadSummary(m_events->rawLine(e), "details");
        if (!details.isEmpty())
            text += QStringLiteral("<br/><i>") + details + QStringLiteral("</i>");
        if (lane >= 0) {
            const TimelineMapping m = mapping();
            const double t = double(m_events->timeMs(e));
            auto [a, b] = TimelineIndex::eventRange(m_index.lanes()[size_t(lane)], *m_events, t - m.msPerPixel() / 2,
                                                    t + m.msPerPixel() / 2);
            if (b - a > 1)
                text += QStringLiteral("<br/>") + tr("%n more in this pixel", nullptr, b - a - 1);
        }
        return text;
    }
    const int d = debugAt(pos);
    if (d >= 0) {
        QString text = QStringLiteral("<b>%1</b> · DEBUG<br/>%2<br/>%3")
                           .arg(m_debug->kindName(d).toHtmlEscaped(), m_debug->agent(d).toHtmlEscaped(),
                                timeText(m_debug->timeMs(d), m_view.zone));
        const QString message = payloadSummary(m_debug->rawLine(d), "message");
        if (!message.isEmpty())
            text += QStringLiteral("<br/><i>") + message + QStringLiteral("</i>");
        return text;
    }
    // A stall under the cursor?
    const TimelineRenderer::Geometry g = geometry();
    const int lane = TimelineRenderer::laneAt(g, pos.y(), m_vbar->value(), m_index.laneCount());
    // A lane header: the totals of the worker's runs, which the header
    // itself has room for only in part.
    if (g.headers.contains(pos) && lane >= 0) {
        const TimelineRunSpans::Lane *runs = m_runSpans.lane(m_index.lanes()[size_t(lane)].name);
        if (!runs)
            return QString();
        qint64 in = 0, out = 0, cache = 0;
        QStringList runIds;
        for (const TimelineRunSpan &s : runs->spans) {
            in += s.inputTokens;
            out += s.outputTokens;
            cache += s.cacheTokens;
            if (!runIds.contains(s.runId))
                runIds << s.runId;
        }
        const QLocale locale;
        QString text = QStringLiteral("<nobr><b>%1</b><br/>").arg(m_index.lanes()[size_t(lane)].name.toHtmlEscaped())
                       + tr("Claude Code tool calls: %1 · runs: %2").arg(runs->spans.size()).arg(runIds.size());
        if (runs->errors)
            text += QStringLiteral(" · ") + tr("failed: %1").arg(runs->errors);
        text += QStringLiteral("<br/>")
                + tr("tokens: %1 input · %2 output · %3 cache").arg(locale.toString(in), locale.toString(out), locale.toString(cache));
        if (runs->costKnown)
            text += QStringLiteral("<br/>") + tr("cost of the calls: ≈ $%1").arg(runs->costUsd, 0, 'f', 4);
        return text + QStringLiteral("</nobr>");
    }
    if (const LaneLayout *ll = m_layout.lane(lane)) {
        const double t = mapping().toTime(pos.x());
        for (const TimelineStall &s : ll->stalls) {
            if (t >= double(s.startMs) && t <= double(s.endMs))
                return tr("<b>%1</b> silent for %2<br/>%3 – %4%5")
                    .arg(s.agent.toHtmlEscaped(), TimeAxis::formatDuration(s.endMs - s.startMs),
                         timeText(s.startMs, m_view.zone), timeText(s.endMs, m_view.zone),
                         s.open ? tr(" (still silent)") : QString());
        }
    }
    return QString();
}

QString TimelineWidget::runSpanToolTip(const TimelineRunSpan &span, QPoint pos) const
{
    const QLocale locale;
    // <nobr>: the run id and the token line are long, and a wrapped one reads as two.
    QString text = QStringLiteral("<nobr><b>%1</b> · ").arg(span.toolName.toHtmlEscaped()) + tr("Claude Code tool call");
    if (span.isError)
        text += QStringLiteral(" <span style='color:#d62828'>") + tr("(failed)") + QStringLiteral("</span>");
    text += QStringLiteral("<br/>") + span.lane.toHtmlEscaped();
    if (span.agent != QLatin1String("main"))
        text += QStringLiteral(" · ") + tr("subagent %1").arg(span.agent.toHtmlEscaped());
    text += QStringLiteral("<br/>") + timeText(span.startMs, m_view.zone) + QStringLiteral(", ")
            + (span.open ? tr("no result (%1 until the transcript ends)").arg(TimeAxis::formatDuration(span.endMs - span.startMs))
                         : TimeAxis::formatDuration(span.endMs - span.startMs));
    text += QStringLiteral("<br/>")
            + tr("tokens: %1 input · %2 output · %3 cache")
                  .arg(locale.toString(span.inputTokens), locale.toString(span.outputTokens), locale.toString(span.cacheTokens));
    text += QStringLiteral("<br/>")
            + (span.costUsd >= 0 ? tr("cost: ≈ $%1 (its share of the run's cost)").arg(span.costUsd, 0, 'f', 4)
                                 : tr("cost: unknown"));
    // <nobr> keeps spaces from breaking, not hyphens: the id's are made non-breaking too.
    text += QStringLiteral("<br/>") + tr("run %1").arg(span.runId.toHtmlEscaped().replace(u'-', QChar(0x2011)));
    // Calls drawn into the same pixels as this one (merged when sub-pixel).
    const int lane = TimelineRenderer::laneAt(geometry(), pos.y(), m_vbar->value(), m_index.laneCount());
    if (const TimelineRunSpans::Lane *runs = lane >= 0 ? m_runSpans.lane(m_index.lanes()[size_t(lane)].name) : nullptr) {
        const TimelineMapping m = mapping();
        const double t = m.toTime(pos.x() + 0.5);
        auto [a, b] = TimelineRunSpans::range(*runs, t - m.msPerPixel() / 2, t + m.msPerPixel() / 2);
        int others = 0;
        for (int i = a; i < b; ++i) {
            const TimelineRunSpan &s = runs->spans[size_t(i)];
            others += &s != &span && double(s.endMs) >= t - m.msPerPixel() / 2 ? 1 : 0;
        }
        if (others > 0)
            text += QStringLiteral("<br/>") + tr("%n more in this pixel", nullptr, others);
    }
    return text + QStringLiteral("</nobr>");
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Fit Session"), this, [this] { m_userNavigated = true; fitSession(); })->setShortcut(QKeySequence(Qt::Key_F));
    QAction *back = menu.addAction(tr("Back"), m_nav, &NavigationState::back);
    back->setEnabled(m_nav->canGoBack());
    QAction *forward = menu.addAction(tr("Forward"), m_nav, &NavigationState::forward);
    forward->setEnabled(m_nav->canGoForward());
    menu.addSeparator();
    QAction *dim = menu.addAction(tr("Dim Filtered-Out Events (Otherwise Hide)"));
    dim->setCheckable(true);
    dim->setChecked(m_view.dimFiltered);
    connect(dim, &QAction::toggled, this, &TimelineWidget::setDimFiltered);
    QAction *utc = menu.addAction(tr("Times in UTC"));
    utc->setCheckable(true);
    utc->setChecked(m_view.zone == TimeAxis::Zone::Utc);
    connect(utc, &QAction::toggled, this, [this](bool on) { setZone(on ? TimeAxis::Zone::Utc : TimeAxis::Zone::Local); });
    menu.exec(event->globalPos());
}
