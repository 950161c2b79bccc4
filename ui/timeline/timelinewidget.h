#pragma once

#include "jobtracker.h"
#include "navigationstate.h"
#include "timelineindex.h"
#include "timelinelayout.h"
#include "timelinerenderer.h"
#include "timelinerunspans.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class LiveSession;
class QPushButton;
class QScrollBar;

// The event-log timeline: one lane per agent with spans, event marks and a
// DEBUG sub-lane, a time axis and an overview strip. Painting goes through
// TimelineRenderer (the same code as the exports); the lanes' body is cached
// as an image for (range, size, data), so hover and selection repaint only
// the overlays.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // Follows a session's stores and signals; nullptr clears.
    void setSession(LiveSession *session);
    // The stores to show (borrowed, must outlive the widget or be replaced).
    // Big stores are indexed in the background; indexReady() tells when done.
    void setStores(const EventStore *events, const EventStore *debug);
    bool isIndexReady() const { return m_ready; }
    // The tool calls of the session's runs, drawn in their workers' lanes
    // (loaded by TimelineFeature in the background). An empty set clears.
    void setRunSpans(TimelineRunSpans spans);
    const TimelineRunSpans &runSpans() const { return m_runSpans; }

    // Per-event visibility from the table's filter (borrowed; null or empty:
    // all visible). Call again after the mask changed.
    void setFilterMask(const std::vector<bool> *mask);
    void setDimFiltered(bool dim);   // false: hide non-matching events
    bool dimFiltered() const { return m_view.dimFiltered; }
    void setZone(TimeAxis::Zone zone);
    TimeAxis::Zone zone() const { return m_view.zone; }
    // Treat the session as being written now: open spans run to the clock.
    void setLive(bool live);
    bool isLive() const { return m_view.live; }

    NavigationState *navigation() const { return m_nav; }
    const TimelineIndex &index() const { return m_index; }
    const TimelineLayout &layout() const { return m_layout; }
    const EventStore *events() const { return m_events; }
    const EventStore *debugStore() const { return m_debug; }
    TimelineMapping mapping() const;
    TimelineRenderer::Geometry geometry() const;
    TimelineScene scene() const;
    TimelineView viewState() const;  // what paint uses now (for exports)
    QSize plotSize() const;          // the area the renderer paints (without the scroll bar)

    // Screen point of an event's mark centre (widget coordinates); (-1,-1) when unknown.
    QPoint eventPoint(int eventIndex) const;
    // Event whose mark is within the click tolerance of pos, or -1.
    int eventAt(QPoint pos) const;
    int debugAt(QPoint pos) const;
    // The run span under pos (in its lane's run row, within the click
    // tolerance), or null.
    const TimelineRunSpan *runSpanAt(QPoint pos) const;
    // Screen point of a run span's middle, (-1,-1) when its lane is not shown.
    QPoint runSpanPoint(const TimelineRunSpan &span) const;
    // What the hover tooltip shows at pos (rich text; empty: none).
    QString toolTipAt(QPoint pos) const;
    int newEventCount() const { return m_newEvents; }
    bool isFollowingLive() const { return m_follow; }

public Q_SLOTS:
    // From the table: select, centre horizontally, scroll to the lane.
    void revealEvent(int eventIndex);
    void fitSession();
    void jumpToStall(const TimelineStall &stall);
    void jumpToNow();
    void eventsAppended(int first, int last);
    void debugAppended(int first, int last);
    void storesReset();

Q_SIGNALS:
    void eventClicked(int eventIndex); // a user pick on the timeline, for the table to follow
    void indexReady();
    void stallsChanged();
    void contentChanged();             // new data painted (for tests and exports)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct BuildResult;
    void rebuild();
    void rebuildWhenLoaded();
    void adoptIndex(TimelineIndex &&index);
    void recomputeLayout();
    void updateBounds();
    void updateScrollBar();
    void invalidateBody();
    qint64 nowMs() const;
    void stepSelection(int direction);
    void selectFromTimeline(int eventIndex);
    void zoomBy(double factor, double anchorX, NavigationState::History mode);
    QString runSpanToolTip(const TimelineRunSpan &span, QPoint pos) const;
    void setHover(int eventIndex, int debugIndex);
    void positionNewEventsButton();

    NavigationState *m_nav;
    const EventStore *m_events = nullptr;
    const EventStore *m_debug = nullptr;
    QPointer<LiveSession> m_session;
    bool m_rebuildAfterLoad = false;
    TimelineIndex m_index;
    TimelineLayout m_layout;
    bool m_ready = false;
    int m_job = 0;             // bumped per rebuild: part of the paint cache key
    JobTracker m_indexJobs{this};
    const std::vector<bool> *m_filter = nullptr;
    TimelineRunSpans m_runSpans;
    quint64 m_filterGeneration = 0;

    TimelineRenderer m_renderer;
    TimelineView m_view;
    QImage m_bodyCache;
    struct CacheKey {
        double start = 0, end = 0;
        int scrollY = -1, events = -1, debug = -1, laneGeneration = -1;
        QSize size;
        quint64 filter = 0, data = 0;
        bool dim = false, live = false;
        QString lane;
        bool operator==(const CacheKey &o) const;
    } m_cacheKey;
    quint64 m_dataGeneration = 0;

    enum class Drag { None, Pending, Pan, Slice, Overview };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    NavigationState::Range m_pressRange;
    int m_pressScrollY = 0;

    QScrollBar *m_vbar;
    QPushButton *m_newButton;
    int m_newEvents = 0;
    bool m_follow = true;
    bool m_sawAppend = false;
    bool m_selectingHere = false; // a click on the timeline is being forwarded to the table
    bool m_userNavigated = false; // until then the view keeps fitting the growing session
    QTimer m_clock;           // advances "now" while live
    QTimer m_layoutTimer;     // coalesces layout work after bursts of appends
};
