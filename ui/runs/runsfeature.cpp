#include "runsfeature.h"

#include "livesession.h"
#include "protocolprofile.h"
#include "featurehost.h"
#include "preferencesdialog.h"
#include "rundialog.h"
#include "runner.h"
#include "runqueue.h"
#include "runspanel.h"
#include "runsessionlayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QToolBar>

namespace {

// The project root for runs: the window's, else the nearest ancestor of the
// session holding .claude/ or Docs/hive-mind/, else the sessions folder.
QString projectFor(const QString &windowRoot, const QString &sessionDir, const QString &sessionsDir)
{
    if (!windowRoot.isEmpty())
        return windowRoot;
    QDir d(sessionDir.isEmpty() ? sessionsDir : sessionDir);
    for (int i = 0; i < 8; ++i) {
        if (QFileInfo(d.filePath(QStringLiteral(".claude"))).isDir() || QFileInfo(d.filePath(QStringLiteral("Docs/hive-mind"))).isDir())
            return d.absolutePath();
        if (!d.cdUp())
            break;
    }
    return sessionsDir.isEmpty() ? QFileInfo(sessionDir).absolutePath() : sessionsDir;
}

}

RunsFeature::RunsFeature(FeatureHost *host) : QObject(host), m_host(host), m_queue(new RunQueue(this))
{
    QSettings settings;
    m_queue->setMaxConcurrent(RunProfile::maxConcurrentRuns(settings));

    m_panel = new RunsPanel(m_queue);
    m_dock = host->createDock(m_panel, tr("Runs"), QStringLiteral("runsDock"), Qt::BottomDockWidgetArea);

    m_runAction = new QAction(QIcon::fromTheme(QStringLiteral("system-run")), tr("Run worker…"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Launch a worker on the session (Ctrl+R)"));
    connect(m_runAction, &QAction::triggered, this, [this] { openRunDialog(); });
    if (QToolBar *bar = host->toolBar())
        bar->addAction(m_runAction);
    if (QMenu *tools = host->menu(FeatureHost::Menu::Tools)) {
        tools->addAction(m_runAction);
        QAction *prefs = tools->addAction(tr("Runner &Preferences…"));
        connect(prefs, &QAction::triggered, this, &RunsFeature::openPreferences);
    }
    connect(m_panel, &RunsPanel::runWorkerRequested, this, [this] { openRunDialog(); });
    connect(host, &FeatureHost::sessionOpened, this, &RunsFeature::sessionOpened);
    connect(host, &FeatureHost::sessionContextMenu, this, [this](QMenu *menu, const QString &dir) {
        menu->addAction(tr("Run Worker…"), this, [this, dir] { openRunDialog(dir); });
    });
    connect(m_queue, &RunQueue::runFinished, this, [this](Runner *run) {
        if (m_session && run->spec().sessionDir == m_session->dir())
            m_panel->reloadPastRuns();
    });
    host->addCloseListener(FeatureHost::CloseRuns, this, [this] { return mayClose(); });
    if (host->session())
        sessionOpened(host->session());
}

void RunsFeature::sessionOpened(LiveSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_panel->setSessionDir(session ? session->dir() : QString());
    if (!session)
        return;
    // A session event is a sign of life of the runs on this session.
    connect(session, &LiveSession::eventsAppended, this, [this] {
        if (!m_session)
            return;
        for (Runner *run : m_queue->runs())
            if (!run->isFinished() && run->spec().sessionDir == m_session->dir())
                run->noteSessionActivity();
    });
}

void RunsFeature::openRunDialog(const QString &sessionDir)
{
    const QString current = !sessionDir.isEmpty() ? sessionDir : (m_session ? m_session->dir() : QString());
    QString sessionsDir = m_host->sessionsDir();
    if (sessionsDir.isEmpty() && !current.isEmpty())
        sessionsDir = QFileInfo(current).absolutePath();
    const QString project = projectFor(m_host->projectRoot(), current, sessionsDir);
    QSettings settings;
    RunDialog dialog(RunProfile::load(settings), project, sessionsDir, current, m_host->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    launch(dialog.spec(), dialog.isNewSession());
}

void RunsFeature::launch(const RunSpec &specIn, bool newSession)
{
    RunSpec spec = specIn;
    if (newSession) {
        QString error;
        spec.sessionDir = RunSessionLayout::create(ProtocolProfile::detectForProject(spec.projectRoot),
                                                   QFileInfo(spec.sessionDir).absolutePath(), spec.task, &error);
        if (spec.sessionDir.isEmpty()) {
            QMessageBox::warning(m_host->window(), tr("Run worker"), error);
            return;
        }
        spec.sessionId = QFileInfo(spec.sessionDir).fileName();
        m_host->openPath(spec.sessionDir); // follow the new session live
    }
    m_queue->enqueue(spec);
    m_dock->show();
    m_dock->raise();
}

void RunsFeature::openPreferences()
{
    QSettings settings;
    PreferencesDialog dialog(RunProfile::load(settings), RunProfile::maxConcurrentRuns(settings), m_host->window());
    dialog.setProtocolChoice(ProtocolProfile::savedChoice());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.protocolChoice() != ProtocolProfile::savedChoice()) {
        ProtocolProfile::saveChoice(dialog.protocolChoice());
        m_host->notifyPreferencesChanged();
    }
    RunProfile::save(settings, dialog.profiles());
    RunProfile::setMaxConcurrentRuns(settings, dialog.maxConcurrent());
    m_queue->setMaxConcurrent(dialog.maxConcurrent());
}

bool RunsFeature::mayClose()
{
    if (m_queue->activeCount() == 0)
        return true;
    if (m_closeAfterCancel) // already cancelling: wait for it
        return false;
    QMessageBox box(QMessageBox::Question, tr("Runs are going"),
                    tr("%n run(s) are still running or queued.", nullptr, m_queue->activeCount()),
                    QMessageBox::NoButton, m_host->window());
    QPushButton *cancelRuns = box.addButton(tr("Cancel Runs and Quit"), QMessageBox::DestructiveRole);
    QPushButton *leave = box.addButton(tr("Leave Running and Quit"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setInformativeText(tr("Left running, a run keeps writing its output to workers/runs/ in its session."));
    box.exec();
    if (box.clickedButton() == leave) {
        m_queue->detachAll();
        return true;
    }
    if (box.clickedButton() == cancelRuns) {
        // Closing waits for the cancel sequence without blocking the GUI:
        // the window closes itself once every run has ended.
        m_closeAfterCancel = true;
        connect(m_queue, &RunQueue::allIdle, m_host, [this] { m_host->requestClose(); }, Qt::SingleShotConnection);
        m_queue->cancelAll();
    }
    return false;
}
