#include "doctorfeature.h"

#include "backgroundpool.h"
#include "diagnosticspanel.h"
#include "livesession.h"
#include "mainwindow.h"
#include "protocolchecklist.h"
#include "sessiondata.h"
#include "templatesview.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

DoctorFeature::DoctorFeature(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(new DiagnosticsPanel)
    , m_checklist(new ProtocolChecklist)
    , m_templates(new TemplatesView)
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<DoctorReport>("DoctorReport");
    auto dock = [window](QWidget *w, const QString &title, const char *name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, window);
        d->setObjectName(QLatin1String(name));
        d->setWidget(w);
        window->addPanel(d, area);
        return d;
    };
    dock(m_panel, tr("Diagnostics"), "doctorDiagnosticsDock", Qt::BottomDockWidgetArea);
    dock(m_checklist, tr("Protocol"), "doctorProtocolDock", Qt::RightDockWidgetArea);
    QDockWidget *templatesDock = dock(m_templates, tr("Templates"), "doctorTemplatesDock", Qt::RightDockWidgetArea);
    templatesDock->hide(); // reference material: opened from the View menu

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &DoctorFeature::start);
    connect(window, &MainWindow::sessionOpened, this, &DoctorFeature::attach);
    connect(m_panel, &DiagnosticsPanel::eventRequested, window, &MainWindow::selectEvent);
    connect(m_panel, &DiagnosticsPanel::fileRequested, window,
            [window](const QString &file, int line) { window->openSessionFile(file, line); });
    if (window->session())
        attach(window->session());
}

void DoctorFeature::setOptions(const DoctorOptions &options)
{
    m_options = options;
    revalidate();
}

void DoctorFeature::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void DoctorFeature::attach(LiveSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++m_job; // whatever is in flight belongs to the previous session
    m_report = DoctorReport();
    m_panel->setDiagnostics(Diagnostics());
    m_checklist->setChecklists({});
    if (!session) {
        m_templates->setRegistry(SessionDoctor::registryFor(QString(), m_options));
        return;
    }
    m_templates->setRegistry(SessionDoctor::registryFor(session->dir(), m_options));
    for (auto signal : {&LiveSession::eventsReset, &LiveSession::debugReset, &LiveSession::stateChanged,
                        &LiveSession::filesChanged, &LiveSession::badLinesChanged})
        connect(session, signal, this, &DoctorFeature::revalidate);
    connect(session, &LiveSession::eventsAppended, this, &DoctorFeature::revalidate);
    connect(session, &LiveSession::debugAppended, this, &DoctorFeature::revalidate);
    connect(session, &LiveSession::fileChanged, this, &DoctorFeature::revalidate);
    connect(session, &LiveSession::loadFinished, this, &DoctorFeature::revalidate);
    if (!session->isLoading())
        revalidate();
}

void DoctorFeature::revalidate()
{
    // Coalesce, never postpone: a session that changes continuously (a live
    // run) still gets a fresh check every interval.
    if (m_session && !m_debounce->isActive())
        m_debounce->start();
}

void DoctorFeature::start()
{
    if (!m_session || m_session->isLoading())
        return; // loadFinished triggers the first run
    if (m_inFlight) {
        m_pending = true; // one more run when the current one ends
        return;
    }
    m_inFlight = true;
    m_panel->setBusy(true);
    const quint64 job = ++m_job;
    // One snapshot, shared with the worker (a copy per capture of a
    // million-event store cost the GUI thread hundreds of ms); the worker
    // never touches the live session. Templates are read there too.
    auto data = std::make_shared<const SessionData>(m_session->data());
    const DoctorOptions options = m_options;
    auto *watcher = new QFutureWatcher<DoctorReport>(this);
    connect(watcher, &QFutureWatcher<DoctorReport>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        m_inFlight = false;
        m_panel->setBusy(false);
        if (job == m_job) {
            m_report = watcher->result();
            m_panel->setDiagnostics(m_report.diagnostics);
            m_checklist->setChecklists(m_report.checklists);
            Q_EMIT reportReady(m_report);
        }
        if (m_pending) {
            m_pending = false;
            start();
        }
    });
    watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(), [data, options] {
        return SessionDoctor::check(*data, SessionDoctor::registryFor(data->dir, options));
    }));
}
