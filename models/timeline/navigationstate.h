#pragma once

#include <QObject>

#include <vector>

// The timeline's navigation state in one place (docs/ARCHITECTURE.md convention 5): the
// visible time range, the session bounds it is clamped to, the selected
// event and lane, and the zoom history (back/forward). Views read it and ask
// it to change; they never keep their own copy of the range.
class NavigationState : public QObject
{
    Q_OBJECT
public:
    struct Range {
        double start = 0;
        double end = 1;
        double span() const { return end - start; }
        double centre() const { return (start + end) / 2.0; }
        bool operator==(const Range &o) const { return start == o.start && end == o.end; }
        bool operator!=(const Range &o) const { return !(*this == o); }
    };
    // Push: a deliberate jump (fit, slice zoom, key zoom) that back() undoes.
    // Coalesce: one step of a continuous gesture (wheel zoom): only the first
    //   step of a run of Coalesce changes pushes.
    // None: not recorded (pans, live follow).
    enum class History { Push, Coalesce, None };

    explicit NavigationState(QObject *parent = nullptr);

    Range visibleRange() const { return m_range; }
    Range bounds() const { return m_bounds; }
    bool hasBounds() const { return m_haveBounds; }

    // The session extent; the first call also fits the view to it.
    void setBounds(double minMs, double maxMs);
    void setVisibleRange(Range range, History mode = History::Push);
    // factor < 1 zooms in; the time at anchorMs stays where it is on screen.
    void zoomAround(double anchorMs, double factor, History mode = History::Coalesce);
    void panBy(double deltaMs, History mode = History::None);
    void centreOn(double timeMs, History mode = History::None);
    void fit(History mode = History::Push);
    void reset(); // forget bounds, range, selection and history (new session)

    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    void back();
    void forward();

    int selectedEvent() const { return m_selectedEvent; }
    void setSelectedEvent(int eventIndex);
    QString selectedLane() const { return m_selectedLane; } // agent name, empty when none
    void setSelectedLane(const QString &agent);

Q_SIGNALS:
    void visibleRangeChanged();
    void selectionChanged(int eventIndex);
    void selectedLaneChanged(const QString &agent);
    void historyChanged();

private:
    Range clamped(Range r) const;
    void apply(Range r, History mode);

    Range m_range;
    Range m_bounds;
    bool m_haveBounds = false;
    bool m_lastWasCoalesced = false;
    std::vector<Range> m_back, m_forward;
    int m_selectedEvent = -1;
    QString m_selectedLane;
};
