#include "timelinewidget.h"

#include "livesession.h"

#include <QDateTime>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace {
// Below this many entries indexing takes a few ms: do it at once, so small
// sessions (and tests) never see an "indexing" state.
constexpr int kSyncIndexLimit = 100000;
// A session whose newest entry is this recent while appends arrive is "live".
constexpr qint64 kLiveRecentMs = 30 * 60 * 1000;
}

bool TimelineWidget::CacheKey::operator==(const CacheKey &o) const
{
    return start == o.start && end == o.end && scrollY == o.scrollY && events == o.events && debug == o.debug
           && laneGeneration == o.laneGeneration && size == o.size && filter == o.filter && data == o.data
           && dim == o.dim && live == o.live && lane == o.lane;
}

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_nav(new NavigationState(this))
    , m_vbar(new QScrollBar(Qt::Vertical, this))
    , m_newButton(new QPushButton(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(TimelineRenderer::kAxisHeight + TimelineRenderer::kOverviewHeight + 2 * TimelineRenderer::kLaneHeight);
    setAccessibleName(tr("Event timeline"));
    m_view.message = tr("No session");

    m_newButton->hide();
    m_newButton->setCursor(Qt::PointingHandCursor);
    connect(m_newButton, &QPushButton::clicked, this, &TimelineWidget::jumpToNow);
    connect(m_vbar, &QScrollBar::valueChanged, this, [this] { update(); });
    connect(m_nav, &NavigationState::visibleRangeChanged, this, [this] {
        const NavigationState::Range r = m_nav->visibleRange();
        if (m_ready && m_index.hasTime() && r.end >= m_nav->bounds().end) {
            m_follow = true;
            m_newEvents = 0;
            m_newButton->hide();
        } else if (m_ready) {
            m_follow = false;
        }
        update();
    });
    connect(m_nav, &NavigationState::selectionChanged, this, [this] { update(); });
    connect(m_nav, &NavigationState::selectedLaneChanged, this, [this] { update(); });

    m_clock.setInterval(2000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_ready)
            return;
        recomputeLayout();
        const bool follow = m_nav->visibleRange().end >= m_nav->bounds().end;
        updateBounds();
        if (!m_userNavigated)
            m_nav->fit(NavigationState::History::None);
        else if (follow)
            jumpToNow();
    });
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(150);
    connect(&m_layoutTimer, &QTimer::timeout, this, &TimelineWidget::recomputeLayout);
    updateScrollBar();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setSession(LiveSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    setLive(false);
    m_sawAppend = false;
    m_nav->reset();
    if (!session) {
        setStores(nullptr, nullptr);
        return;
    }
    connect(session, &LiveSession::eventsAppended, this, &TimelineWidget::eventsAppended);
    connect(session, &LiveSession::debugAppended, this, &TimelineWidget::debugAppended);
    connect(session, &LiveSession::eventsReset, this, &TimelineWidget::storesReset);
    connect(session, &LiveSession::debugReset, this, &TimelineWidget::storesReset);
    connect(session, &LiveSession::loadFinished, this, [this] {
        m_sawAppend = true;
        if (m_rebuildAfterLoad) {
            m_rebuildAfterLoad = false;
            rebuild();
        }
    });
    setStores(&session->events(), &session->debug());
}

void TimelineWidget::setStores(const EventStore *events, const EventStore *debug)
{
    m_events = events;
    m_debug = debug;
    m_userNavigated = false;
    m_nav->setSelectedEvent(-1);
    rebuild();
}

void TimelineWidget::rebuildWhenLoaded()
{
    if (m_session && m_session->isLoading())
        m_rebuildAfterLoad = true; // loadFinished rebuilds once
    else
        rebuild();
}

void TimelineWidget::rebuild()
{
    ++m_job;
    m_indexJobs.cancel(); // the stores were replaced: an index in flight is stale
    m_ready = false;
    m_index = TimelineIndex();
    m_layout = TimelineLayout();
    m_newEvents = 0;
    m_newButton->hide();
    invalidateBody();
    if (!m_events || !m_debug) {
        m_view.message = tr("No session");
        updateScrollBar();
        update();
        return;
    }
    if (m_events->size() + m_debug->size() <= kSyncIndexLimit) {
        adoptIndex(TimelineIndex::build(*m_events, *m_debug));
        return;
    }
    m_view.message = tr("Indexing %1 events…").arg(QLocale().toString(m_events->size() + m_debug->size()));
    update();
    // The worker gets snapshots: the live stores keep growing on this
    // thread meanwhile, and adoptIndex() catches up with what arrived.
    auto events = std::make_shared<const EventStore>(*m_events);
    auto debug = std::make_shared<const EventStore>(*m_debug);
    m_indexJobs.start([events, debug] { return TimelineIndex::build(*events, *debug); },
                      [this](TimelineIndex index) { adoptIndex(std::move(index)); });
}

void TimelineWidget::adoptIndex(TimelineIndex &&index)
{
    m_index = std::move(index);
    if (m_events->size() > 0)
        m_index.appendEvents(*m_events, m_index.eventsIndexed(), m_events->size() - 1);
    if (m_debug->size() > 0)
        m_index.appendDebug(*m_debug, m_index.debugIndexed(), m_debug->size() - 1);
    m_ready = true;
    m_view.message = m_index.isEmpty() ? tr("No events yet") : QString();
    recomputeLayout();
    const bool hadBounds = m_nav->hasBounds();
    updateBounds();
    if (hadBounds && !m_userNavigated)
        m_nav->fit(NavigationState::History::None);
    updateScrollBar();
    invalidateBody();
    update();
    Q_EMIT indexReady();
    Q_EMIT contentChanged();
}

qint64 TimelineWidget::nowMs() const
{
    const qint64 last = m_index.hasTime() ? m_index.maxTime() : 0;
    if (!m_view.live)
        return last;
    return std::max(last, QDateTime::currentMSecsSinceEpoch());
}

void TimelineWidget::recomputeLayout()
{
    if (!m_ready || !m_events)
        return;
    m_view.nowMs = nowMs();
    m_layout.compute(m_index, *m_events, m_view.nowMs);
    ++m_dataGeneration;
    update();
    Q_EMIT stallsChanged();
}

void TimelineWidget::updateBounds()
{
    if (!m_index.hasTime())
        return;
    m_view.nowMs = nowMs();
    qint64 start = m_index.minTime();
    qint64 end = std::max(m_index.maxTime(), m_view.nowMs);
    if (m_runSpans.hasTime()) { // a run's last tool calls may come after the worker's last event
        start = std::min(start, m_runSpans.minTime());
        end = std::max(end, m_runSpans.maxTime());
    }
    m_nav->setBounds(double(start), double(end));
    const TimelineMapping whole = TimelineMapping::fit(start, end, 0, 1000, 0.01);
    m_view.overviewStartMs = whole.startMs;
    m_view.overviewEndMs = whole.endMs;
}

void TimelineWidget::setLive(bool live)
{
    if (live == m_view.live)
        return;
    m_view.live = live;
    if (live)
        m_clock.start();
    else
        m_clock.stop();
    if (m_ready) {
        recomputeLayout();
        updateBounds();
    }
    invalidateBody();
    update();
}

void TimelineWidget::eventsAppended(int first, int last)
{
    if (!m_ready || !m_events)
        return; // adoptIndex() will catch up
    if (last - first + 1 > kSyncIndexLimit) {
        // A big batch (the initial load arriving in stages): index it off
        // the GUI thread like a fresh load, once the load is complete;
        // a rebuild per stage copied the growing stores each time.
        rebuildWhenLoaded();
        return;
    }
    const NavigationState::Range before = m_nav->visibleRange();
    const bool atEnd = before.end >= m_nav->bounds().end;
    m_index.appendEvents(*m_events, first, last);
    if (m_sawAppend && !m_view.live && m_index.hasTime()
        && QDateTime::currentMSecsSinceEpoch() - m_index.maxTime() < kLiveRecentMs)
        setLive(true);
    m_view.message.clear();
    updateBounds();
    if (!m_userNavigated) {
        // Still loading, or nobody moved yet: keep the whole session in view.
        m_nav->fit(NavigationState::History::None);
    } else if (atEnd) {
        jumpToNow();
    } else {
        m_newEvents += std::max(0, last - first + 1);
        m_newButton->setText(tr("%n new event(s) →", nullptr, m_newEvents));
        m_newButton->adjustSize();
        positionNewEventsButton();
        m_newButton->show();
        m_newButton->raise();
    }
    updateScrollBar();
    m_layoutTimer.start();
    invalidateBody();
    update();
    Q_EMIT contentChanged();
}

void TimelineWidget::debugAppended(int first, int last)
{
    if (!m_ready || !m_debug)
        return;
    if (last - first + 1 > kSyncIndexLimit) {
        rebuildWhenLoaded();
        return;
    }
    m_index.appendDebug(*m_debug, first, last);
    updateBounds();
    updateScrollBar();
    invalidateBody();
    update();
    Q_EMIT contentChanged();
}

void TimelineWidget::storesReset()
{
    // Indexes into the old stores mean nothing now.
    m_nav->setSelectedEvent(-1);
    rebuild();
}

void TimelineWidget::setRunSpans(TimelineRunSpans spans)
{
    if (spans.isEmpty() && m_runSpans.isEmpty())
        return;
    m_runSpans = std::move(spans);
    ++m_dataGeneration; // part of the body cache's key
    if (m_ready) {
        updateBounds();
        if (!m_userNavigated)
            m_nav->fit(NavigationState::History::None);
    }
    update();
    Q_EMIT contentChanged();
}

void TimelineWidget::setFilterMask(const std::vector<bool> *mask)
{
    m_filter = mask;
    ++m_filterGeneration;
    update();
}

void TimelineWidget::setDimFiltered(bool dim)
{
    m_view.dimFiltered = dim;
    update();
}

void TimelineWidget::setZone(TimeAxis::Zone zone)
{
    m_view.zone = zone;
    invalidateBody();
    update();
}

TimelineRenderer::Geometry TimelineWidget::geometry() const
{
    return TimelineRenderer::geometry(plotSize());
}

QSize TimelineWidget::plotSize() const
{
    return QSize(width() - (m_vbar->isVisible() ? m_vbar->width() : 0), height());
}

TimelineMapping TimelineWidget::mapping() const
{
    return TimelineRenderer::mapping(geometry(), viewState());
}

TimelineScene TimelineWidget::scene() const
{
    TimelineScene s;
    if (!m_ready)
        return s;
    s.events = m_events;
    s.debug = m_debug;
    s.index = &m_index;
    s.layout = &m_layout;
    s.filter = m_filter;
    s.runSpans = m_runSpans.isEmpty() ? nullptr : &m_runSpans;
    return s;
}

TimelineView TimelineWidget::viewState() const
{
    TimelineView v = m_view;
    const NavigationState::Range r = m_nav->visibleRange();
    v.startMs = r.start;
    v.endMs = r.end;
    v.scrollY = m_vbar->value();
    v.selectedEvent = m_nav->selectedEvent();
    v.selectedLane = m_nav->selectedLane();
    return v;
}

void TimelineWidget::invalidateBody()
{
    m_cacheKey = CacheKey();
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setFont(font());
    const QSize size = plotSize();
    const TimelineRenderer::Geometry g = TimelineRenderer::geometry(size);
    const TimelineView view = viewState();
    const TimelineScene sc = scene();
    CacheKey key;
    key.start = view.startMs;
    key.end = view.endMs;
    key.scrollY = view.scrollY;
    key.events = m_index.eventsIndexed();
    key.debug = m_index.debugIndexed();
    key.laneGeneration = m_index.laneGeneration();
    key.size = size;
    key.filter = m_filter ? m_filterGeneration : 0;
    key.data = m_dataGeneration + quint64(m_job) * 1000003u;
    key.dim = view.dimFiltered;
    key.live = view.live;
    key.lane = view.selectedLane;
    const qreal dpr = devicePixelRatioF();
    if (!(key == m_cacheKey) || m_bodyCache.size() != g.body.size() * dpr) {
        m_bodyCache = QImage(g.body.size() * dpr, QImage::Format_RGB32);
        m_bodyCache.setDevicePixelRatio(dpr);
        QPainter cp(&m_bodyCache);
        cp.setFont(font());
        cp.translate(-g.body.topLeft());
        m_renderer.paintBody(cp, g, sc, view);
        m_cacheKey = key;
    }
    p.drawImage(g.body.topLeft(), m_bodyCache);
    m_renderer.paintOverlays(p, g, sc, view);
    m_renderer.paintChrome(p, g, sc, view);
    if (m_vbar->isVisible()) // the strip under/over the scroll bar
        p.fillRect(QRect(size.width(), 0, width() - size.width(), height()), palette().window());
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
    positionNewEventsButton();
}

void TimelineWidget::updateScrollBar()
{
    const TimelineRenderer::Geometry g = TimelineRenderer::geometry(QSize(width() - m_vbar->sizeHint().width(), height()));
    const int content = TimelineRenderer::contentHeight(m_ready ? m_index.laneCount() : 0);
    const int overflow = std::max(0, content - g.body.height());
    m_vbar->setRange(0, overflow);
    m_vbar->setPageStep(std::max(1, g.body.height()));
    m_vbar->setSingleStep(TimelineRenderer::kLaneHeight);
    m_vbar->setVisible(overflow > 0);
    const int w = m_vbar->sizeHint().width();
    m_vbar->setGeometry(width() - w, g.body.top(), w, g.body.height());
}

void TimelineWidget::positionNewEventsButton()
{
    const TimelineRenderer::Geometry g = geometry();
    m_newButton->move(g.body.right() - m_newButton->width() - 8, g.body.top() + 6);
}

void TimelineWidget::fitSession()
{
    m_nav->fit();
}

void TimelineWidget::jumpToNow()
{
    const NavigationState::Range r = m_nav->visibleRange();
    const double end = m_nav->bounds().end + r.span() * 0.02;
    m_nav->setVisibleRange({end - r.span(), end}, NavigationState::History::None);
    m_follow = true;
    m_newEvents = 0;
    m_newButton->hide();
}

void TimelineWidget::jumpToStall(const TimelineStall &stall)
{
    m_userNavigated = true;
    const double d = std::max<double>(double(stall.endMs - stall.startMs), 60000.0);
    m_nav->setVisibleRange({double(stall.startMs) - 0.15 * d, double(stall.endMs) + 0.15 * d}, NavigationState::History::Push);
    m_nav->setSelectedLane(stall.agent);
    const int lane = m_index.laneNamed(stall.agent);
    if (lane >= 0) {
        const int top = lane * TimelineRenderer::kLaneHeight;
        const int bodyH = geometry().body.height();
        if (top < m_vbar->value() || top + TimelineRenderer::kLaneHeight > m_vbar->value() + bodyH)
            m_vbar->setValue(top - bodyH / 3);
    }
}

void TimelineWidget::revealEvent(int eventIndex)
{
    if (!m_events || eventIndex < 0 || eventIndex >= m_events->size()) {
        m_nav->setSelectedEvent(-1);
        return;
    }
    m_nav->setSelectedEvent(eventIndex);
    const int lane = m_index.laneOfEvent(*m_events, eventIndex);
    if (lane >= 0)
        m_nav->setSelectedLane(m_index.lanes()[size_t(lane)].name);
    if (m_selectingHere)
        return; // our own click coming back from the table: it is on screen already
    m_userNavigated = true;
    m_nav->centreOn(double(m_events->timeMs(eventIndex)));
    if (lane >= 0) {
        const int top = lane * TimelineRenderer::kLaneHeight;
        const int bodyH = geometry().body.height();
        if (top < m_vbar->value() || top + TimelineRenderer::kLaneHeight > m_vbar->value() + bodyH)
            m_vbar->setValue(top - std::max(0, bodyH / 2 - TimelineRenderer::kLaneHeight / 2));
    }
}

QPoint TimelineWidget::eventPoint(int eventIndex) const
{
    if (!m_ready || !m_events || eventIndex < 0 || eventIndex >= m_events->size())
        return QPoint(-1, -1);
    const int lane = m_index.laneOfEvent(*m_events, eventIndex);
    if (lane < 0)
        return QPoint(-1, -1);
    const TimelineRenderer::Geometry g = geometry();
    const TimelineMapping m = TimelineRenderer::mapping(g, viewState());
    const int x = int(std::floor(m.toX(double(m_events->timeMs(eventIndex)))));
    const int y = TimelineRenderer::laneTop(g, lane, m_vbar->value()) + TimelineRenderer::marksTop()
                  + TimelineRenderer::marksHeight() / 2;
    return QPoint(x, y);
}

int TimelineWidget::eventAt(QPoint pos) const
{
    if (!m_ready || !m_events)
        return -1;
    const TimelineRenderer::Geometry g = geometry();
    if (!g.body.contains(pos))
        return -1;
    const int lane = TimelineRenderer::laneAt(g, pos.y(), m_vbar->value(), m_index.laneCount());
    if (lane < 0)
        return -1;
    const int inLane = pos.y() - TimelineRenderer::laneTop(g, lane, m_vbar->value());
    if (TimelineRenderer::partAt(inLane) == TimelineRenderer::LanePart::Debug)
        return -1;
    const TimelineMapping m = TimelineRenderer::mapping(g, viewState());
    // Marks are drawn at floor(x); measure from the pixel's centre.
    const double t = m.toTime(pos.x() + 0.5);
    const double tolerance = (TimelineRenderer::kClickTolerancePx + 0.5) * m.msPerPixel();
    return m_index.nearestEvent(lane, *m_events, t, tolerance, m_view.dimFiltered ? nullptr : m_filter);
}

const TimelineRunSpan *TimelineWidget::runSpanAt(QPoint pos) const
{
    if (!m_ready || m_runSpans.isEmpty())
        return nullptr;
    const TimelineRenderer::Geometry g = geometry();
    if (!g.body.contains(pos))
        return nullptr;
    const int lane = TimelineRenderer::laneAt(g, pos.y(), m_vbar->value(), m_index.laneCount());
    if (lane < 0 || !TimelineRenderer::inRunSpansBand(pos.y() - TimelineRenderer::laneTop(g, lane, m_vbar->value())))
        return nullptr;
    const TimelineRunSpans::Lane *runs = m_runSpans.lane(m_index.lanes()[size_t(lane)].name);
    if (!runs)
        return nullptr;
    const TimelineMapping m = TimelineRenderer::mapping(g, viewState());
    const double tolerance = (TimelineRenderer::kClickTolerancePx + 0.5) * m.msPerPixel();
    const int i = TimelineRunSpans::spanAt(*runs, m.toTime(pos.x() + 0.5), tolerance);
    return i >= 0 ? &runs->spans[size_t(i)] : nullptr;
}

QPoint TimelineWidget::runSpanPoint(const TimelineRunSpan &span) const
{
    if (!m_ready)
        return QPoint(-1, -1);
    int lane = m_index.laneNamed(span.lane);
    if (lane < 0) { // the short form, as TimelineRunSpans::lane() finds it
        const QString suffix = QStringLiteral("-worker");
        lane = m_index.laneNamed(span.lane.endsWith(suffix) ? span.lane.chopped(suffix.size()) : span.lane + suffix);
    }
    if (lane < 0)
        return QPoint(-1, -1);
    const TimelineRenderer::Geometry g = geometry();
    const TimelineMapping m = TimelineRenderer::mapping(g, viewState());
    const int x = int(std::floor(m.toX((double(span.startMs) + double(span.endMs)) / 2)));
    const int y = TimelineRenderer::laneTop(g, lane, m_vbar->value()) + TimelineRenderer::runSpansTop()
                  + TimelineRenderer::runSpansHeight() / 2;
    return QPoint(x, y);
}

int TimelineWidget::debugAt(QPoint pos) const
{
    if (!m_ready || !m_debug)
        return -1;
    const TimelineRenderer::Geometry g = geometry();
    if (!g.body.contains(pos))
        return -1;
    const int lane = TimelineRenderer::laneAt(g, pos.y(), m_vbar->value(), m_index.laneCount());
    if (lane < 0)
        return -1;
    const int inLane = pos.y() - TimelineRenderer::laneTop(g, lane, m_vbar->value());
    if (TimelineRenderer::partAt(inLane) != TimelineRenderer::LanePart::Debug)
        return -1;
    const TimelineMapping m = TimelineRenderer::mapping(g, viewState());
    const double tolerance = (TimelineRenderer::kClickTolerancePx + 0.5) * m.msPerPixel();
    return m_index.nearestDebug(lane, *m_debug, m.toTime(pos.x() + 0.5), tolerance);
}
