#pragma once

#include "jobtracker.h"
#include "timelinewidget.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class FeatureHost;
class LiveSession;
class TimelineStallsPanel;
class QAction;
class QDockWidget;

// Plugs the timeline into the main window: the widget above the event table,
// the "Stalls" dock, File → Export Timeline, View toggles, and the two-way
// selection and filter sync with the table, and the tool calls of the
// session's Claude Code runs in their workers' lanes. Listed in
// app/featurelist.cpp.
class TimelineFeature : public QObject
{
    Q_OBJECT
public:
    explicit TimelineFeature(FeatureHost *host);

    TimelineWidget *widget() const { return m_widget; }
    TimelineStallsPanel *stallsPanel() const { return m_stalls; }
    // Writes the current view (as on screen) to a .png or .svg file.
    bool exportTo(const QString &fileName, QString *error = nullptr) const;

    // Reads the session's runs and their transcripts again (in the background).
    void reloadRunSpans();

private:
    void exportInteractively();
    void sessionOpened(LiveSession *session);

    FeatureHost *m_host;
    QPointer<TimelineWidget> m_widget;
    TimelineStallsPanel *m_stalls;
    QDockWidget *m_dock;
    QPointer<LiveSession> m_session;
    QTimer m_runsChanged;    // coalesces the writes of a run's provenance
    JobTracker m_runJobs{this};
};
