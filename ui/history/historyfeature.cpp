#include "historyfeature.h"

#include "featurehost.h"
#include "historydatabase.h"
#include "historypanel.h"
#include "livesession.h"
#include "sessionlocator.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

struct IndexOutcome {
    IndexReport report;
    QString notice;     // the database's own (a rebuild)
    qint64 sessions = 0, events = 0;
    QStringList roots;
};

struct SearchOutcome {
    SearchResult result;
    qint64 total = -1;
};

} // namespace

HistoryFeature::HistoryFeature(FeatureHost *host)
    : QObject(host)
    , m_host(host)
    , m_panel(new HistoryPanel)
    , m_location(qEnvironmentVariable("SI_HISTORY_INDEX", HistoryDatabase::defaultLocation()))
    , m_debounce(new QTimer(this))
    , m_indexJobs(this)
    , m_searchJobs(this)
    , m_rootJobs(this)
{
    qRegisterMetaType<IndexReport>("IndexReport");
    qRegisterMetaType<SearchResult>("SearchResult");
    m_indexJobs.setNice(true);
    QDockWidget *dock = host->createDock(m_panel, tr("History"), QStringLiteral("historyDock"), Qt::BottomDockWidgetArea,
                                         QStringLiteral("loadReportDock"));
    if (QMenu *view = host->menu(FeatureHost::Menu::View)) {
        QAction *find = view->addAction(tr("Search All Sessions…"));
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        connect(find, &QAction::triggered, this, [this, dock] {
            dock->show();
            dock->raise();
            m_panel->searchBox()->setFocus();
            m_panel->searchBox()->selectAll();
        });
    }
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryFeature::search);
    connect(m_panel, &HistoryPanel::queryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_panel, &HistoryPanel::indexRequested, this, &HistoryFeature::reindex);
    connect(m_panel, &HistoryPanel::cancelRequested, this, &HistoryFeature::cancelIndexing);
    connect(m_panel, &HistoryPanel::rootsRequested, this, &HistoryFeature::editRoots);
    connect(m_panel, &HistoryPanel::hitActivated, this, &HistoryFeature::openHit);
    connect(host, &FeatureHost::sessionOpened, this, &HistoryFeature::sessionOpened);
    m_panel->setIndexStatus(tr("Index: %1").arg(m_location));
    // The remembered roots, brought up to date once the window is up.
    QTimer::singleShot(1500, this, &HistoryFeature::reindex);
    if (host->session())
        sessionOpened(host->session());
}

HistoryFeature::~HistoryFeature()
{
    // A running index stops between two sessions; what it wrote stays.
    m_cancel->store(true);
}

void HistoryFeature::reindex()
{
    startIndex({}, {});
}

void HistoryFeature::cancelIndexing()
{
    m_cancel->store(true);
}

void HistoryFeature::startIndex(const QStringList &addRoots, const QStringList &removeRoots)
{
    if (m_indexing) {
        m_queuedRoots << addRoots;
        return;
    }
    m_indexing = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_panel->setIndexing(true);
    QPointer<HistoryPanel> panel = m_panel;
    const QString location = m_location;
    m_indexJobs.start([location, addRoots, removeRoots, cancel = m_cancel, panel](const JobTracker::Context &ctx) {
        IndexOutcome out;
        HistoryDatabase db;
        QString error;
        if (!db.open(location, &error)) {
            out.report.error = error;
            return out;
        }
        out.notice = db.notice();
        for (const QString &root : removeRoots) {
            if (!db.removeRoot(root, &error))
                out.report.problems << error;
        }
        for (const QString &root : addRoots) {
            if (!db.addRoot(root, &error))
                out.report.problems << error;
        }
        out.roots = db.roots();
        out.report = HistoryIndexer::run(db, out.roots, [&ctx, panel](const IndexProgress &p) {
            ctx.post([panel, p] {
                if (panel)
                    panel->setIndexProgress(p.done, p.total);
            });
        }, cancel.get(), 2);
        out.sessions = db.sessionCount();
        out.events = db.eventCount();
        return out;
    }, [this](IndexOutcome out) {
        m_indexing = false;
        m_panel->setIndexing(false);
        QString status;
        if (!out.report.ok()) {
            status = out.report.error;
        } else {
            status = tr("%n session(s) indexed", nullptr, int(out.sessions)) + QStringLiteral(" · ")
                + tr("%n event(s)", nullptr, int(out.events)) + QStringLiteral(" · ")
                + tr("%n root(s)", nullptr, int(out.roots.size()));
            if (out.report.cancelled)
                status += QStringLiteral(" · ") + tr("indexing cancelled: the rest is indexed next time");
            else if (out.report.indexed > 0)
                status += QStringLiteral(" · ") + tr("%n read now", nullptr, out.report.indexed);
            if (out.report.partial > 0)
                status += QStringLiteral(" · ") + tr("%n read in part", nullptr, out.report.partial);
        }
        if (!out.notice.isEmpty())
            status = out.notice + QLatin1Char('\n') + status;
        m_panel->setIndexStatus(status);
        m_panel->setToolTip(out.report.problems.join(QLatin1Char('\n')));
        if (!m_panel->query().trimmed().isEmpty())
            search();
        Q_EMIT indexFinished(out.report);
        if (!m_queuedRoots.isEmpty()) {
            const QStringList next = m_queuedRoots;
            m_queuedRoots.clear();
            startIndex(next, {});
        }
    });
}

void HistoryFeature::search()
{
    m_debounce->stop();
    HistoryQuery query = HistoryQuery::parse(m_panel->query());
    if (m_panel->rankOrder())
        query.rank = true;
    if (m_panel->query().trimmed().isEmpty()) {
        m_searchJobs.cancel();
        m_panel->showMessage(QString());
        return;
    }
    if (!query.isValid() || !query.hasTerms()) {
        m_searchJobs.cancel();
        m_panel->showMessage(query.isValid() ? tr("Type a word to search for beside the filters.") : query.error);
        return;
    }
    const QString location = m_location;
    m_searchJobs.start([location, query] {
        SearchOutcome out;
        HistoryDatabase db;
        QString error;
        if (!db.open(location, &error)) {
            out.result.error = error;
            return out;
        }
        out.result = HistorySearch::search(db, query, 200);
        if (out.result.ok())
            out.total = HistorySearch::count(db, query);
        return out;
    }, [this](SearchOutcome out) {
        if (!out.result.ok())
            m_panel->showMessage(out.result.error);
        else if (out.result.hits.empty())
            m_panel->showMessage(tr("Nothing found."));
        else
            m_panel->showHits(out.result.hits, out.total);
        Q_EMIT searchFinished(out.result);
    });
}

void HistoryFeature::sessionOpened(LiveSession *session)
{
    if (!session)
        return;
    // The folder the operator works in becomes a root: its sessions folder
    // when there is one, else the session itself.
    const QString root = m_host->sessionsDir().isEmpty() ? session->dir() : m_host->sessionsDir();
    startIndex({QDir::cleanPath(root)}, {});
    navigate(session);
}

void HistoryFeature::openHit(const SearchHit &hit)
{
    m_pending = hit;
    LiveSession *open = m_host->session();
    if (open && QDir::cleanPath(open->dir()) == QDir::cleanPath(hit.sessionPath))
        navigate(open);
    else
        m_host->openPath(hit.sessionPath);
}

void HistoryFeature::navigate(LiveSession *session)
{
    if (!m_pending || QDir::cleanPath(session->dir()) != QDir::cleanPath(m_pending->sessionPath))
        return;
    const SearchHit hit = *m_pending;
    m_pending.reset();
    if (hit.kind == QLatin1String("event")) {
        auto select = [this, session, line = hit.line] {
            const EventStore &events = session->events();
            // Lines grow with the index: a binary search finds the event.
            int lo = 0, hi = events.size() - 1;
            while (lo <= hi) {
                const int mid = (lo + hi) / 2;
                const int l = int(events.lineNumber(mid));
                if (l == line) {
                    m_host->selectEvent(mid);
                    return;
                }
                (l < line ? lo : hi) = l < line ? mid + 1 : mid - 1;
            }
            m_host->showStatusMessage(tr("That event is no longer in the session's log (line %1)").arg(line), 5000);
        };
        if (session->isLoading()) {
            auto *once = new QObject(this);
            connect(session, &LiveSession::loadFinished, once, [select, once] {
                select();
                once->deleteLater();
            });
        } else {
            select();
        }
        return;
    }
    if (!hit.file.isEmpty())
        m_host->openSessionFile(hit.file, hit.line);
}

void HistoryFeature::editRoots()
{
    // The roots as the last index run left them, read on a worker thread.
    const QString location = m_location;
    m_rootJobs.start([location] {
        HistoryDatabase db;
        QString error;
        return db.open(location, &error) ? db.roots() : QStringList();
    }, [this](QStringList roots) {
        QDialog dialog(m_host->window());
        dialog.setWindowTitle(tr("History Roots"));
        auto *list = new QListWidget;
        list->addItems(roots);
        auto *add = new QPushButton(tr("Add Folder…"));
        auto *remove = new QPushButton(tr("Remove"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        auto *side = new QVBoxLayout;
        side->addWidget(add);
        side->addWidget(remove);
        side->addStretch();
        auto *row = new QHBoxLayout;
        row->addWidget(list, 1);
        row->addLayout(side);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("Sessions under these folders (sessions folders, project roots) are indexed and searched.\n"
                                        "Removing a folder removes its sessions from the index, not from the disk.")));
        layout->addLayout(row);
        layout->addWidget(buttons);
        connect(add, &QPushButton::clicked, &dialog, [&] {
            const QString dir = QFileDialog::getExistingDirectory(&dialog, tr("Add a Sessions Folder or Project Root"));
            if (!dir.isEmpty() && list->findItems(QDir::cleanPath(dir), Qt::MatchExactly).isEmpty())
                list->addItem(QDir::cleanPath(dir));
        });
        connect(remove, &QPushButton::clicked, &dialog, [list] { qDeleteAll(list->selectedItems()); });
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialog.resize(560, 320);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QStringList now;
        for (int i = 0; i < list->count(); ++i)
            now << list->item(i)->text();
        QStringList added, removed;
        for (const QString &r : now)
            if (!roots.contains(r))
                added << r;
        for (const QString &r : roots)
            if (!now.contains(r))
                removed << r;
        startIndex(added, removed);
    });
}
