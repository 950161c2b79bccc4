#include "mainwindow.h"
#include "mainwindow_p.h"

#include "detailspane.h"
#include "eventfilterbar.h"
#include "eventtablemodel.h"
#include "filespanel.h"
#include "fileviewer.h"
#include "livesession.h"
#include "loadreportpanel.h"
#include "samplesession.h"
#include "sessionlistmodel.h"
#include "sessionlocator.h"
#include "sessionsbrowser.h"

#include <QAction>
#include <QHash>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTabBar>
#include <QToolButton>
#include <QDir>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int kMaxRecent = 10;
constexpr int kProgressDelayMs = 500; // loads faster than this show no progress bar
}



QDockWidget *MainWindow::Private::dock(const QString &title, const QString &name, QWidget *w, Qt::DockWidgetArea area)
{
    return host->createDock(w, title, name, area, QString());
}

void MainWindow::Private::buildCentral()
{
    tabs = new QTabWidget(q);
    tabs->setDocumentMode(true);
    tabs->setTabsClosable(true);
    tabs->setObjectName(QStringLiteral("documentTabs"));
    auto *eventsPage = new QWidget(tabs);
    auto *layout = new QVBoxLayout(eventsPage);
    layout->setContentsMargins(0, 0, 0, 0);
    filterBar = new EventFilterBar(eventsPage);
    eventModel = new EventTableModel(q);
    eventView = new QTableView(eventsPage);
    eventView->setObjectName(QStringLiteral("eventTable"));
    eventView->setModel(eventModel);
    eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    eventView->setSelectionMode(QAbstractItemView::SingleSelection);
    eventView->setSortingEnabled(true);
    eventView->sortByColumn(-1, Qt::AscendingOrder);
    eventView->setWordWrap(false);
    eventView->verticalHeader()->hide();
    eventView->verticalHeader()->setDefaultSectionSize(eventView->fontMetrics().height() + 6);
    eventView->horizontalHeader()->setStretchLastSection(true);
    eventView->setColumnWidth(EventTableModel::TimeColumn, eventView->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    eventView->setColumnWidth(EventTableModel::AgentColumn, 150);
    eventView->setColumnWidth(EventTableModel::TypeColumn, 170);
    eventView->setColumnWidth(EventTableModel::StatusColumn, 90);
    eventSplit = new QSplitter(Qt::Vertical, eventsPage);
    eventSplit->setObjectName(QStringLiteral("eventSplit"));
    eventSplit->addWidget(eventView);
    layout->addWidget(filterBar);
    layout->addWidget(eventSplit, 1);
    tabs->addTab(eventsPage, tr("Events"));
    // The events page is the home tab: it can't be closed.
    if (QWidget *b = tabs->tabBar()->tabButton(0, QTabBar::RightSide))
        b->hide();
    q->setCentralWidget(tabs);
    QObject::connect(tabs, &QTabWidget::tabCloseRequested, q, [this](int i) {
        if (i > 0)
            q->closeDocument(tabs->widget(i));
    });

    QObject::connect(filterBar, &EventFilterBar::filterChanged, q, [this](const EventFilterSpec &spec) {
        if (spec.validationError().isEmpty())
            eventModel->setFilter(spec);
    });
    QObject::connect(eventModel, &EventTableModel::viewChanged, q, [this] {
        updateCounts();
        Q_EMIT q->eventFilterChanged();
    });
    // Activating an output event (notes_created, json_created, ...) opens the file it names.
    QObject::connect(eventView, &QTableView::activated, q, [this](const QModelIndex &index) {
        const int ev = eventModel->eventAt(index.row());
        if (!session || ev < 0)
            return;
        const QString rel = SessionFiles::outputFileOf(session->data(), ev);
        if (!rel.isEmpty())
            q->openSessionFile(rel);
    });
    QObject::connect(eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, q, [this](const QModelIndex &current) {
        const int ev = eventModel->eventAt(current.row());
        if (ev == selected || !session)
            return;
        selected = ev;
        details->showEntry(session->events(), ev);
        Q_EMIT q->eventSelected(ev);
    });
}

void MainWindow::Private::buildActions()
{
    fileMenu = q->menuBar()->addMenu(tr("&File"));
    viewMenu = q->menuBar()->addMenu(tr("&View"));
    toolsMenu = q->menuBar()->addMenu(tr("&Tools"));
    helpMenu = q->menuBar()->addMenu(tr("&Help"));
    toolBar = q->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *open = fileMenu->addAction(q->style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), q, [this] {
        const QString dir = QFileDialog::getExistingDirectory(q, tr("Open a session, a sessions folder or a project"),
                                                              location.sessionsDir.isEmpty() ? QDir::homePath() : location.sessionsDir);
        if (!dir.isEmpty())
            q->openPath(dir);
    });
    open->setShortcut(QKeySequence::Open);
    toolBar->addAction(open);
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    QObject::connect(recentMenu, &QMenu::aboutToShow, q, [this] { fillRecentMenu(); });
    QAction *reload = fileMenu->addAction(q->style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"), q, [this] {
        if (session)
            openSession(session->dir());
    });
    reload->setShortcut(QKeySequence::Refresh);
    toolBar->addAction(reload);
    fileMenu->addSeparator();
    QAction *close = fileMenu->addAction(tr("&Close Document"), q, [this] {
        if (tabs->currentIndex() > 0)
            q->closeDocument(tabs->currentWidget());
    });
    close->setShortcut(QKeySequence::Close);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), q, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction *find = viewMenu->addAction(tr("&Filter Events…"), q, [this] {
        tabs->setCurrentIndex(0);
        filterBar->focusText();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilter = viewMenu->addAction(tr("&Clear Filters"), q, [this] { filterBar->clear(); });
    clearFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *utc = viewMenu->addAction(tr("Times in &UTC"));
    utc->setCheckable(true);
    utc->setChecked(QSettings().value(QStringLiteral("view/utc"), true).toBool());
    eventModel->setUtc(utc->isChecked());
    QObject::connect(utc, &QAction::toggled, q, [this](bool on) {
        eventModel->setUtc(on);
        QSettings().setValue(QStringLiteral("view/utc"), on);
    });
    viewMenu->addSeparator();

    helpMenu->addAction(tr("&About Session Inspector"), q, [this] {
        QMessageBox::about(q, tr("About Session Inspector"),
                           tr("<h3>Session Inspector %1</h3><p>Inspect, validate and run multi-agent worker sessions.</p>"
                              "<p>Qt %2</p><p>Log file:<br><code>%3</code></p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    logFile.isEmpty() ? tr("(none: logging to stderr only)") : logFile.toHtmlEscaped()));
    });
    helpMenu->addAction(tr("About &Qt"), q, [] { QApplication::aboutQt(); });
}

void MainWindow::Private::fillRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &p : recent) {
        QAction *a = recentMenu->addAction(p, q, [this, p] { q->openPath(p); });
        a->setEnabled(QFileInfo::exists(p));
    }
    if (recent.isEmpty())
        recentMenu->addAction(tr("(none)"))->setEnabled(false);
    recentMenu->addSeparator();
    recentMenu->addAction(tr("Clear List"), q, [] { QSettings().remove(QStringLiteral("recent")); });
}

void MainWindow::Private::addRecent(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(QStringLiteral("recent"), recent);
}

void MainWindow::Private::updateCounts()
{
    if (!session) {
        counts->setText(tr("No session"));
        return;
    }
    const auto &d = session->data();
    const qsizetype bad = d.events.badLines().size() + d.debug.badLines().size();
    QString text = tr("%1 events · %2 debug entries · %3 bad lines").arg(d.events.size()).arg(d.debug.size()).arg(bad);
    if (!eventModel->filter().isEmpty())
        text += tr(" · %1 shown").arg(eventModel->rowCount());
    if (!session->isLoading())
        text += tr(" · loaded in %1 ms").arg(d.loadMs);
    counts->setText(text);
}

void MainWindow::Private::openSession(const QString &dir)
{
    if (session) {
        session->cancelLoad();
        session->deleteLater();
    }
    selected = -1;
    details->clear();
    auto *s = new LiveSession(dir, q);
    session = s;
    eventModel->setSession(s);
    q->setWindowTitle(tr("%1 — Session Inspector").arg(s->id()));
    browser->setCurrent(s->dir());
    QObject::connect(s, &LiveSession::loadProgress, q, [this](qint64 done, qint64 total) {
        progress->setMaximum(1000);
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    QObject::connect(s, &LiveSession::loadFinished, q, [this, s](qint64 ms, bool cancelled) {
        progressDelay.stop();
        progress->hide();
        cancel->hide();
        filterBar->setChoices(s->events(), s->debug());
        report->setData(s->data());
        updateCounts();
        q->statusBar()->showMessage(cancelled ? tr("Load cancelled: showing what was read") : tr("Loaded %1 in %2 ms").arg(s->id()).arg(ms), 5000);
        browser->model()->rescan(s->dir());
    });
    QObject::connect(s, &LiveSession::eventsAppended, q, [this] {
        updateCounts();
        if (!refreshChoices.isActive())
            refreshChoices.start();
    });
    QObject::connect(s, &LiveSession::debugAppended, q, [this] {
        if (!refreshChoices.isActive())
            refreshChoices.start();
    });
    QObject::connect(s, &LiveSession::badLinesChanged, q, [this] {
        if (!refreshChoices.isActive())
            refreshChoices.start();
    });
    QObject::connect(s, &LiveSession::stateChanged, q, [this, s] { report->setData(s->data()); });
    QObject::connect(s, &LiveSession::filesChanged, q, [this, s] { files->setFiles(s->data().files); });
    QObject::connect(s, &LiveSession::fileChanged, q, [this, s](const QString &rel) {
        for (int i = 1; i < tabs->count(); ++i) {
            if (auto *v = qobject_cast<FileViewer *>(tabs->widget(i)); v && v->path() == s->dir() + QLatin1Char('/') + rel)
                v->reload();
        }
    });
    s->start();
    files->setFiles(s->data().files);
    report->clear();
    progress->setValue(0);
    progressDelay.start();
    updateCounts();
    Q_EMIT q->sessionOpened(s);
}

MainWindow::MainWindow(const QString &logFile, QWidget *parent)
    : QMainWindow(parent)
    , d(new Private(this))
{
    d->logFile = logFile;
    d->host = new Host(this);
    connect(this, &MainWindow::sessionOpened, d->host, &FeatureHost::sessionOpened);
    connect(this, &MainWindow::eventSelected, d->host, &FeatureHost::eventSelected);
    connect(this, &MainWindow::eventFilterChanged, d->host, &FeatureHost::eventFilterChanged);
    connect(this, &MainWindow::sessionContextMenu, d->host, &FeatureHost::sessionContextMenu);
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    d->buildCentral();
    d->buildActions();

    d->browser = new SessionsBrowser(this);
    d->dock(tr("Sessions"), QStringLiteral("sessionsDock"), d->browser, Qt::LeftDockWidgetArea);
    d->files = new FilesPanel(this);
    d->dock(tr("Files"), QStringLiteral("filesDock"), d->files, Qt::LeftDockWidgetArea);
    d->details = new DetailsPane(this);
    d->dock(tr("Details"), QStringLiteral("detailsDock"), d->details, Qt::RightDockWidgetArea);
    d->report = new LoadReportPanel(this);
    d->dock(tr("Load Report"), QStringLiteral("loadReportDock"), d->report, Qt::BottomDockWidgetArea);

    connect(d->browser, &SessionsBrowser::sessionActivated, this, [this](const QString &dir) { d->openSession(dir); });
    connect(d->browser, &SessionsBrowser::contextMenuRequested, this, &MainWindow::sessionContextMenu);
    connect(d->files, &FilesPanel::fileActivated, this, [this](const QString &rel) { openSessionFile(rel); });
    connect(d->report, &LoadReportPanel::locationActivated, this, [this](const QString &rel, int line) { openSessionFile(rel, line); });

    d->counts = new QLabel(this);
    d->progress = new QProgressBar(this);
    d->progress->setMaximumWidth(220);
    d->progress->setObjectName(QStringLiteral("loadProgress"));
    d->cancel = new QToolButton(this);
    d->cancel->setText(tr("Cancel"));
    d->cancel->setObjectName(QStringLiteral("cancelLoad"));
    statusBar()->addPermanentWidget(d->counts);
    statusBar()->addPermanentWidget(d->progress);
    statusBar()->addPermanentWidget(d->cancel);
    d->progress->hide();
    d->cancel->hide();
    d->progressDelay.setSingleShot(true);
    d->progressDelay.setInterval(kProgressDelayMs);
    connect(&d->progressDelay, &QTimer::timeout, this, [this] {
        if (d->session && d->session->isLoading()) {
            d->progress->show();
            d->cancel->show();
        }
    });
    connect(d->cancel, &QToolButton::clicked, this, [this] {
        if (d->session)
            d->session->cancelLoad();
    });
    // Combo boxes and the load report follow live appends at most once a second.
    d->refreshChoices.setSingleShot(true);
    d->refreshChoices.setInterval(1000);
    connect(&d->refreshChoices, &QTimer::timeout, this, [this] {
        if (!d->session)
            return;
        d->filterBar->setChoices(d->session->events(), d->session->debug());
        d->report->setData(d->session->data());
    });
    d->updateCounts();

    // First-start size; restoreLayout() arranges the docks once the
    // features have added theirs.
    resize(1500, 920);
}

void MainWindow::restoreLayout()
{
    // First-start layout; afterwards the saved window state wins. Docks that
    // asked to share a tab group (the doctor's diagnostics with the load
    // report, which it repeats with rule ids) are tabbed, the last one raised,
    // keeping the bottom strip low so the event table has room.
    for (const auto &[id, with] : std::as_const(d->tabGroups)) {
        QDockWidget *a = d->docks.value(id);
        QDockWidget *b = d->docks.value(with);
        if (a && b) {
            tabifyDockWidget(b, a);
            a->raise();
        }
    }
    QDockWidget *sessions = d->docks.value(QStringLiteral("sessionsDock"));
    QDockWidget *details = d->docks.value(QStringLiteral("detailsDock"));
    if (sessions && details)
        resizeDocks({sessions, details}, {340, 420}, Qt::Horizontal);
    if (QDockWidget *report = d->docks.value(QStringLiteral("loadReportDock")))
        resizeDocks({report}, {170}, Qt::Vertical);
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    d->eventSplit->restoreState(s.value(QStringLiteral("window/eventSplit")).toByteArray());
}

FeatureHost *MainWindow::host() const { return d->host; }


MainWindow::~MainWindow()
{
    delete d;
}

void MainWindow::openPath(const QString &path)
{
    const SessionLocation loc = SessionLocator::locate(path);
    if (loc.kind == SessionLocation::Invalid) {
        statusBar()->showMessage(loc.error, 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Can't open"), loc.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    d->location = loc;
    d->addRecent(loc.path);
    QStringList siblings = loc.sessions;
    if (loc.kind == SessionLocation::Session) {
        const SessionLocation parent = SessionLocator::locate(loc.sessionsDir);
        if (parent.kind == SessionLocation::SessionsFolder && parent.sessions.contains(loc.path))
            siblings = parent.sessions;
    }
    d->browser->setSessions(siblings);
    if (loc.kind == SessionLocation::Session)
        d->openSession(loc.path);
    else if (!loc.sessions.isEmpty())
        d->openSession(loc.sessions.last()); // ids start with their date: the newest
    else
        statusBar()->showMessage(tr("No sessions in %1 yet").arg(loc.path), 10000);
}

void MainWindow::openDefault()
{
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &p : recent) {
        if (QFileInfo::exists(p)) {
            openPath(p);
            return;
        }
    }
    QString error;
    const QString sample = SampleSession::install(&error);
    if (sample.isEmpty()) {
        statusBar()->showMessage(tr("The sample session could not be installed: %1").arg(error), 10000);
        return;
    }
    openPath(sample);
}

LiveSession *MainWindow::session() const { return d->session; }
QString MainWindow::projectRoot() const { return d->session ? SessionLocator::findProjectRoot(d->session->dir()) : QString(); }
QString MainWindow::sessionsDir() const { return d->location.sessionsDir; }

void MainWindow::openSessionFile(const QString &relativePath, int line)
{
    if (!d->session)
        return;
    if (d->opener) {
        d->opener(relativePath, line);
        return;
    }
    const QString path = d->session->dir() + QLatin1Char('/') + relativePath;
    for (int i = 1; i < d->tabs->count(); ++i) {
        if (auto *v = qobject_cast<FileViewer *>(d->tabs->widget(i)); v && v->path() == path) {
            d->tabs->setCurrentIndex(i);
            v->goToLine(line);
            return;
        }
    }
    auto *viewer = new FileViewer(path);
    showDocument(viewer, QFileInfo(path).fileName(), relativePath);
    viewer->goToLine(line);
}

void MainWindow::showDocument(QWidget *document, const QString &title, const QString &toolTip)
{
    int i = d->tabs->indexOf(document);
    if (i < 0) {
        i = d->tabs->addTab(document, title);
        d->tabs->setTabToolTip(i, toolTip);
    }
    d->tabs->setCurrentIndex(i);
}

void MainWindow::closeDocument(QWidget *document)
{
    // A document may refuse (unsaved edits the user keeps): it ignores the close event.
    if (!document->close())
        return;
    const int i = d->tabs->indexOf(document);
    if (i > 0)
        d->tabs->removeTab(i);
    document->deleteLater();
}

int MainWindow::selectedEvent() const { return d->selected; }

void MainWindow::selectEvent(int eventIndex)
{
    if (!d->session || eventIndex < 0 || eventIndex >= d->session->events().size())
        return;
    d->tabs->setCurrentIndex(0);
    const int row = d->eventModel->rowForEvent(eventIndex);
    if (row >= 0) {
        const QModelIndex index = d->eventModel->index(row, 0);
        d->eventView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        d->eventView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    if (d->selected != eventIndex) {
        // Filtered out of the table: still shown in the details pane.
        d->selected = eventIndex;
        d->details->showEntry(d->session->events(), eventIndex);
        Q_EMIT eventSelected(eventIndex);
    }
}

const std::vector<bool> &MainWindow::eventFilterMask() const { return d->eventModel->mask(); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Features first, in their declared order (unsaved documents before
    // running runs); a copy, since a listener may open a dialog that
    // re-enters.
    const auto listeners = d->closeListeners;
    for (const auto &entry : listeners) {
        if (entry.owner && !entry.listener()) {
            event->ignore();
            return;
        }
    }
    // Documents with unsaved edits get their say.
    for (int i = d->tabs->count() - 1; i > 0; --i) {
        if (!d->tabs->widget(i)->close()) {
            d->tabs->setCurrentIndex(i);
            event->ignore();
            return;
        }
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/eventSplit"), d->eventSplit->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}
