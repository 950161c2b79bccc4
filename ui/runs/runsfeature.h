#pragma once

#include <QObject>
#include <QPointer>

class LiveSession;
class FeatureHost;
class QAction;
class QDockWidget;
class RunQueue;
class RunsPanel;

// Plugs worker runs into the main window: the "Runs" dock, toolbar and Tools
// menu "Run worker…" (Ctrl+R), Tools → Runner Preferences…, live session
// events feeding the runs' silence watchdog, and the question on quit while
// runs go (a close listener). Listed in app/featurelist.cpp.
class RunsFeature : public QObject
{
    Q_OBJECT
public:
    explicit RunsFeature(FeatureHost *host);

    RunQueue *queue() const { return m_queue; }
    RunsPanel *panel() const { return m_panel; }
    QAction *runAction() const { return m_runAction; }

public Q_SLOTS:
    // Opens the run dialog on a session folder (empty: the open session).
    // The sessions browser's context menu can connect here.
    void openRunDialog(const QString &sessionDir = QString());
    void openPreferences();

private:
    void sessionOpened(LiveSession *session);
    bool mayClose(); // the question on quit while runs go
    void launch(const struct RunSpec &spec, bool newSession);

    FeatureHost *m_host;
    RunQueue *m_queue;
    RunsPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_runAction;
    QPointer<LiveSession> m_session;
    bool m_closeAfterCancel = false;
};
