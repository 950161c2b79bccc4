#pragma once

#include "timelinelayout.h"

#include <QWidget>

#include <vector>

class QTreeWidget;
class QLabel;

// The "stalls" side panel: every gap where an active worker stayed silent
// for more than five minutes. Activating a row jumps the timeline there.
class TimelineStallsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineStallsPanel(QWidget *parent = nullptr);

    void setStalls(const std::vector<TimelineStall> &stalls);
    int count() const { return int(m_stalls.size()); }

Q_SIGNALS:
    void stallActivated(const TimelineStall &stall);

private:
    QTreeWidget *m_tree;
    QLabel *m_empty;
    std::vector<TimelineStall> m_stalls;
};
