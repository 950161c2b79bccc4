#include "timelinefeature.h"

#include "livesession.h"
#include "featurehost.h"
#include "timelineexport.h"
#include "timelinerunspans.h"
#include "timelinestallspanel.h"
#include "timelinewidget.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

TimelineFeature::TimelineFeature(FeatureHost *host)
    : QObject(host)
    , m_host(host)
    , m_widget(new TimelineWidget)
    , m_stalls(new TimelineStallsPanel)
{
    m_widget->setObjectName(QStringLiteral("timeline"));
    host->setTimelineWidget(m_widget);
    m_dock = host->createDock(m_stalls, tr("Stalls"), QStringLiteral("timelineStallsDock"), Qt::RightDockWidgetArea);

    // A run rewrites its provenance at every state change, several times a
    // second at the start: one reload after the burst.
    m_runsChanged.setSingleShot(true);
    m_runsChanged.setInterval(300);
    connect(&m_runsChanged, &QTimer::timeout, this, &TimelineFeature::reloadRunSpans);
    connect(host, &FeatureHost::sessionOpened, this, &TimelineFeature::sessionOpened);
    // Table → timeline: centre and highlight. Timeline → table: select the row
    // (the host echoes eventSelected, which revealEvent recognises).
    connect(host, &FeatureHost::eventSelected, m_widget, &TimelineWidget::revealEvent);
    connect(m_widget, &TimelineWidget::eventClicked, host, &FeatureHost::selectEvent);
    connect(host, &FeatureHost::eventFilterChanged, this, [this] {
        if (m_widget)
            m_widget->setFilterMask(&m_host->eventFilterMask());
    });
    connect(m_widget, &TimelineWidget::stallsChanged, this, [this] {
        if (m_widget)
            m_stalls->setStalls(m_widget->layout().allStalls());
    });
    connect(m_stalls, &TimelineStallsPanel::stallActivated, m_widget, &TimelineWidget::jumpToStall);

    if (QMenu *file = host->menu(FeatureHost::Menu::File)) {
        QAction *exportAction = new QAction(tr("Export &Timeline…"), this);
        exportAction->setObjectName(QStringLiteral("actionExportTimeline"));
        connect(exportAction, &QAction::triggered, this, &TimelineFeature::exportInteractively);
        file->addAction(exportAction);
    }
    if (QMenu *view = host->menu(FeatureHost::Menu::View)) {
        QMenu *timeline = view->addMenu(tr("&Timeline"));
        timeline->addAction(tr("&Fit Session"), m_widget, &TimelineWidget::fitSession);
        QAction *back = timeline->addAction(tr("Zoom &Back"), m_widget->navigation(), &NavigationState::back);
        back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
        back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QAction *forward = timeline->addAction(tr("Zoom &Forward"), m_widget->navigation(), &NavigationState::forward);
        forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
        forward->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        timeline->addSeparator();
        QAction *dim = timeline->addAction(tr("&Dim Filtered-Out Events (Otherwise Hide)"));
        dim->setCheckable(true);
        dim->setChecked(m_widget->dimFiltered());
        connect(dim, &QAction::toggled, m_widget, &TimelineWidget::setDimFiltered);
        QAction *utc = timeline->addAction(tr("Times in &UTC"));
        utc->setCheckable(true);
        utc->setChecked(m_widget->zone() == TimeAxis::Zone::Utc);
        connect(utc, &QAction::toggled, m_widget, [this](bool on) {
            if (m_widget)
                m_widget->setZone(on ? TimeAxis::Zone::Utc : TimeAxis::Zone::Local);
        });
        timeline->addAction(m_dock->toggleViewAction());
    }
    if (LiveSession *session = host->session())
        sessionOpened(session);
}

void TimelineFeature::sessionOpened(LiveSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_runsChanged.stop();
    m_runJobs.cancel(); // spans of the previous session must not arrive here
    if (!m_widget)
        return;
    m_widget->setSession(session);
    m_widget->setFilterMask(&m_host->eventFilterMask());
    m_widget->setRunSpans(TimelineRunSpans());
    if (!session)
        return;
    connect(session, &LiveSession::fileChanged, this, [this](const QString &relativePath) {
        if (relativePath.startsWith(QLatin1String("workers/runs/")) && relativePath.endsWith(QLatin1String(".json")))
            m_runsChanged.start();
    });
    connect(session, &LiveSession::filesChanged, this, [this] { m_runsChanged.start(); }); // a new run's file
    reloadRunSpans();
}

void TimelineFeature::reloadRunSpans()
{
    if (!m_session)
        return;
    const QString dir = m_session->dir();
    // Provenance files and transcripts are read on the pool, never here.
    m_runJobs.start([dir] { return TimelineRunSpans::load(dir); }, [this, dir](TimelineRunSpans spans) {
        if (m_widget && m_session && m_session->dir() == dir)
            m_widget->setRunSpans(std::move(spans));
    });
}

bool TimelineFeature::exportTo(const QString &fileName, QString *error) const
{
    if (!m_widget)
        return false;
    return TimelineExport::write(fileName, m_widget->plotSize(), m_widget->scene(), m_widget->viewState(), error);
}

void TimelineFeature::exportInteractively()
{
    QString selectedFilter;
    const QString fileName = QFileDialog::getSaveFileName(
        m_host->window(), tr("Export Timeline"), QDir::homePath() + QStringLiteral("/timeline.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg)"), &selectedFilter);
    if (fileName.isEmpty())
        return;
    QString target = fileName;
    if (!TimelineExport::isSupported(target))
        target += selectedFilter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportTo(target, &error))
        QMessageBox::warning(m_host->window(), tr("Export Timeline"), tr("The timeline could not be exported: %1").arg(error));
}
