#pragma once

#include "timelinewidget.h"

#include <QObject>
#include <QPointer>

class FeatureHost;
class TimelineStallsPanel;
class QAction;
class QDockWidget;

// Plugs the timeline into the main window: the widget above the event table,
// the "Stalls" dock, File → Export Timeline, View toggles, and the two-way
// selection and filter sync with the table. Listed in app/featurelist.cpp.
class TimelineFeature : public QObject
{
    Q_OBJECT
public:
    explicit TimelineFeature(FeatureHost *host);

    TimelineWidget *widget() const { return m_widget; }
    TimelineStallsPanel *stallsPanel() const { return m_stalls; }
    // Writes the current view (as on screen) to a .png or .svg file.
    bool exportTo(const QString &fileName, QString *error = nullptr) const;

private:
    void exportInteractively();

    FeatureHost *m_host;
    QPointer<TimelineWidget> m_widget;
    TimelineStallsPanel *m_stalls;
    QDockWidget *m_dock;
};
