#include "navigationstate.h"

#include "timelinemapping.h"

#include <algorithm>
#include <cmath>

namespace {
// Enough for a long investigation, small enough to never matter in memory.
constexpr size_t kMaxHistory = 100;
}

NavigationState::NavigationState(QObject *parent)
    : QObject(parent)
{
}

void NavigationState::setBounds(double minMs, double maxMs)
{
    if (maxMs < minMs)
        std::swap(minMs, maxMs);
    const bool first = !m_haveBounds;
    m_bounds = {minMs, maxMs};
    m_haveBounds = true;
    if (first) {
        const TimelineMapping fitted = TimelineMapping::fit(qint64(std::floor(minMs)), qint64(std::ceil(maxMs)), 0, 1000);
        apply({fitted.startMs, fitted.endMs}, History::None);
    }
}

NavigationState::Range NavigationState::clamped(Range r) const
{
    TimelineMapping::normalize(r.start, r.end);
    if (!m_haveBounds)
        return r;
    // Never wider than a generous frame around the session, and never so far
    // off that the session leaves the screen entirely.
    const double boundsSpan = std::max(m_bounds.span(), TimelineMapping::kMinSpanMs);
    const double maxSpan = std::min(TimelineMapping::kMaxSpanMs, boundsSpan * 4.0);
    if (r.span() > maxSpan) {
        const double c = r.centre();
        r = {c - maxSpan / 2, c + maxSpan / 2};
    }
    const double slack = r.span() * 0.9;
    if (r.end < m_bounds.start + r.span() - slack) {
        const double shift = m_bounds.start + r.span() - slack - r.end;
        r.start += shift;
        r.end += shift;
    }
    if (r.start > m_bounds.end - r.span() + slack) {
        const double shift = r.start - (m_bounds.end - r.span() + slack);
        r.start -= shift;
        r.end -= shift;
    }
    return r;
}

void NavigationState::apply(Range r, History mode)
{
    r = clamped(r);
    const bool push = mode == History::Push || (mode == History::Coalesce && !m_lastWasCoalesced);
    m_lastWasCoalesced = mode == History::Coalesce;
    if (r == m_range)
        return;
    if (push) {
        m_back.push_back(m_range);
        if (m_back.size() > kMaxHistory)
            m_back.erase(m_back.begin());
        m_forward.clear();
        Q_EMIT historyChanged();
    }
    m_range = r;
    Q_EMIT visibleRangeChanged();
}

void NavigationState::setVisibleRange(Range range, History mode)
{
    apply(range, mode);
}

void NavigationState::zoomAround(double anchorMs, double factor, History mode)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    Range r = m_range;
    r.start = anchorMs - (anchorMs - r.start) * factor;
    r.end = anchorMs + (r.end - anchorMs) * factor;
    // At the span limits normalize() would move the anchor: keep the old range instead.
    if (r.span() < TimelineMapping::kMinSpanMs) {
        const double ratio = (anchorMs - m_range.start) / m_range.span();
        r.start = anchorMs - ratio * TimelineMapping::kMinSpanMs;
        r.end = r.start + TimelineMapping::kMinSpanMs;
    }
    apply(r, mode);
}

void NavigationState::panBy(double deltaMs, History mode)
{
    apply({m_range.start + deltaMs, m_range.end + deltaMs}, mode);
}

void NavigationState::centreOn(double timeMs, History mode)
{
    const double half = m_range.span() / 2;
    apply({timeMs - half, timeMs + half}, mode);
}

void NavigationState::fit(History mode)
{
    if (!m_haveBounds)
        return;
    const TimelineMapping fitted = TimelineMapping::fit(qint64(std::floor(m_bounds.start)), qint64(std::ceil(m_bounds.end)), 0, 1000);
    apply({fitted.startMs, fitted.endMs}, mode);
}

void NavigationState::reset()
{
    m_haveBounds = false;
    m_bounds = {};
    m_back.clear();
    m_forward.clear();
    m_lastWasCoalesced = false;
    m_range = {0, 1};
    Q_EMIT historyChanged();
    Q_EMIT visibleRangeChanged();
    setSelectedEvent(-1);
    setSelectedLane(QString());
}

void NavigationState::back()
{
    if (m_back.empty())
        return;
    m_forward.push_back(m_range);
    m_range = clamped(m_back.back());
    m_back.pop_back();
    m_lastWasCoalesced = false;
    Q_EMIT historyChanged();
    Q_EMIT visibleRangeChanged();
}

void NavigationState::forward()
{
    if (m_forward.empty())
        return;
    m_back.push_back(m_range);
    m_range = clamped(m_forward.back());
    m_forward.pop_back();
    m_lastWasCoalesced = false;
    Q_EMIT historyChanged();
    Q_EMIT visibleRangeChanged();
}

void NavigationState::setSelectedEvent(int eventIndex)
{
    if (eventIndex < 0)
        eventIndex = -1;
    if (eventIndex == m_selectedEvent)
        return;
    m_selectedEvent = eventIndex;
    Q_EMIT selectionChanged(eventIndex);
}

void NavigationState::setSelectedLane(const QString &agent)
{
    if (agent == m_selectedLane)
        return;
    m_selectedLane = agent;
    Q_EMIT selectedLaneChanged(agent);
}
