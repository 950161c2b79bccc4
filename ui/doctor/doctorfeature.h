#pragma once

#include "jobtracker.h"
#include "sessiondoctor.h"

#include <QObject>
#include <QPointer>

class DiagnosticsPanel;
class LiveSession;
class FeatureHost;
class ProtocolChecklist;
class QDockWidget;
class QLabel;
class QTimer;
class TemplatesView;

// Plugs the session doctor into the main window: the Diagnostics, Protocol
// and Templates docks. Each run checks a snapshot of the open session on a
// worker thread (job id; stale results dropped) and runs again, debounced,
// whenever the LiveSession reports a change. Listed in app/featurelist.cpp.
class DoctorFeature : public QObject
{
    Q_OBJECT
public:
    explicit DoctorFeature(FeatureHost *host);

    DiagnosticsPanel *diagnosticsPanel() const { return m_panel; }
    ProtocolChecklist *checklist() const { return m_checklist; }
    TemplatesView *templatesView() const { return m_templates; }
    const DoctorReport &lastReport() const { return m_report; }
    void setOptions(const DoctorOptions &options); // user template folder / agents override
    void revalidate();                             // debounced
    void setDebounceMs(int ms);

Q_SIGNALS:
    void reportReady(const DoctorReport &report);

private:
    void attach(LiveSession *session);
    void start();

    FeatureHost *m_host;
    DiagnosticsPanel *m_panel;
    ProtocolChecklist *m_checklist;
    TemplatesView *m_templates;
    QLabel *m_protocolLabel;
    QPointer<LiveSession> m_session;
    QTimer *m_debounce;
    DoctorOptions m_options;
    DoctorReport m_report;
    JobTracker m_jobs;
};
