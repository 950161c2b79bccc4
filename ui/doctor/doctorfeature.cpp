#include "doctorfeature.h"

#include "diagnosticspanel.h"
#include "featurehost.h"
#include "livesession.h"
#include "protocolprofile.h"
#include "protocolchecklist.h"
#include "sessiondata.h"
#include "templatesview.h"

#include <QDockWidget>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

DoctorFeature::DoctorFeature(FeatureHost *host)
    : QObject(host)
    , m_host(host)
    , m_panel(new DiagnosticsPanel)
    , m_checklist(new ProtocolChecklist)
    , m_templates(new TemplatesView)
    , m_protocolLabel(new QLabel)
    , m_debounce(new QTimer(this))
    , m_jobs(this)
{
    // Coalesce, never postpone: a live session still gets a fresh check per
    // interval, and never two checks at once.
    m_jobs.setMode(JobTracker::Mode::Coalesce);
    qRegisterMetaType<DoctorReport>("DoctorReport");
    // The diagnostics repeat the load report's bad lines with rule ids: one tab group.
    host->createDock(m_panel, tr("Diagnostics"), QStringLiteral("doctorDiagnosticsDock"), Qt::BottomDockWidgetArea,
                     QStringLiteral("loadReportDock"));
    // The checklist under the generation it was checked against.
    auto *protocolPane = new QWidget;
    auto *protocolLayout = new QVBoxLayout(protocolPane);
    protocolLayout->setContentsMargins(0, 0, 0, 0);
    protocolLayout->setSpacing(2);
    m_protocolLabel->setObjectName(QStringLiteral("doctorProtocolLabel"));
    m_protocolLabel->setWordWrap(true);
    m_protocolLabel->setContentsMargins(6, 4, 6, 2);
    m_protocolLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    protocolLayout->addWidget(m_protocolLabel);
    protocolLayout->addWidget(m_checklist, 1);
    host->createDock(protocolPane, tr("Protocol"), QStringLiteral("doctorProtocolDock"), Qt::RightDockWidgetArea);
    QDockWidget *templatesDock = host->createDock(m_templates, tr("Templates"), QStringLiteral("doctorTemplatesDock"),
                                                  Qt::RightDockWidgetArea);
    templatesDock->hide(); // reference material: opened from the View menu

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &DoctorFeature::start);
    connect(host, &FeatureHost::sessionOpened, this, &DoctorFeature::attach);
    connect(m_panel, &DiagnosticsPanel::eventRequested, host, &FeatureHost::selectEvent);
    connect(m_panel, &DiagnosticsPanel::fileRequested, host,
            [host](const QString &file, int line) { host->openSessionFile(file, line); });
    // The open session's badge in the sessions browser comes from this
    // report: a background count would load the session a second time.
    connect(this, &DoctorFeature::reportReady, host, [host](const DoctorReport &report) {
        if (report.readable)
            host->setSessionProblemCounts(report.sessionDir, report.errors, report.warnings);
    });
    m_options.protocol = ProtocolProfile::savedChoice();
    connect(host, &FeatureHost::preferencesChanged, this, [this] {
        m_options.protocol = ProtocolProfile::savedChoice();
        m_templates->setRegistry(SessionDoctor::registryFor(m_session ? m_session->dir() : QString(), m_options));
        revalidate();
    });
    host->setSessionProblemCounter([](const QString &dir) {
        DoctorOptions options;
        options.protocol = ProtocolProfile::savedChoice();
        return countDiagnostics(dir, options);
    });
    if (host->session())
        attach(host->session());
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
    m_jobs.cancel(); // whatever is in flight belongs to the previous session
    m_panel->setBusy(false);
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
    m_panel->setBusy(true);
    // One snapshot, shared with the worker (a copy per capture of a
    // million-event store cost the GUI thread hundreds of ms); the worker
    // never touches the live session. Templates are read there too.
    auto data = std::make_shared<const SessionData>(m_session->data());
    const DoctorOptions options = m_options;
    m_jobs.start([data, options] { return SessionDoctor::check(*data, SessionDoctor::registryFor(data->dir, options)); },
                 [this](DoctorReport report) {
                     m_panel->setBusy(m_jobs.hasPending());
                     m_report = std::move(report);
                     const ProtocolProfile profile = ProtocolProfile::byId(m_report.protocol);
                     m_protocolLabel->setText(tr("Checked as <b>%1</b> (%2)")
                                                  .arg(profile.isValid() ? profile.displayName.toHtmlEscaped() : m_report.protocol.toHtmlEscaped(),
                                                       m_report.protocolReason.toHtmlEscaped()));
                     m_panel->setDiagnostics(m_report.diagnostics);
                     m_checklist->setChecklists(m_report.checklists);
                     Q_EMIT reportReady(m_report);
                 });
}
