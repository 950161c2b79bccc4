#include "editorsfeature.h"

#include "editor.h"
#include "editorarea.h"
#include "livesession.h"
#include "featurehost.h"
#include "recoverydialog.h"
#include "sessionlocator.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <algorithm>

EditorsFeature::EditorsFeature(FeatureHost *host)
    : QObject(host)
    , m_host(host)
    , m_area(new EditorArea(host->window()))
    , m_citeAction(new QAction(tr("Insert Citation to Selected Event"), this))
    , m_openOutputAction(new QAction(tr("Open File Announced by Selected Event"), this))
{
    m_area->hide();
    EditorArea::Host pages;
    pages.show = [host](EditorPage *page) {
        host->showDocument(page, page->displayName(), QDir::toNativeSeparators(page->filePath()));
    };
    pages.close = [host](EditorPage *page) { host->closeDocument(page); };
    m_area->setHost(pages);

    m_area->setContextProvider([this](const QString &path) { return contextFor(path); });
    m_area->setCitationResolver([this](const QString &dir, int line) { return eventLine(dir, line); });

    host->setFileOpener([this](const QString &relativePath, int line) { openSessionFile(relativePath, line); });
    connect(host, &FeatureHost::sessionOpened, this, &EditorsFeature::onSessionOpened);
    connect(host, &FeatureHost::eventSelected, this, [this](int index) {
        m_selectedEvent = index;
        m_citeAction->setEnabled(index >= 0);
        m_openOutputAction->setEnabled(index >= 0);
    });

    if (QMenu *file = host->menu(FeatureHost::Menu::File)) {
        file->addSeparator();
        file->addAction(tr("New Worker Notes from Template…"), this, [this] { createOutputInteractively(true); });
        file->addAction(tr("New Worker Response from Template…"), this, [this] { createOutputInteractively(false); });
        QAction *save = file->addAction(tr("Save Document"), this, [this] {
            if (EditorPage *page = m_area->currentPage())
                page->save();
        });
        save->setShortcut(QKeySequence::Save);
    }
    m_citeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_citeAction->setEnabled(false);
    connect(m_citeAction, &QAction::triggered, this, [this] { insertCitation(m_selectedEvent); });
    m_openOutputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openOutputAction->setEnabled(false);
    connect(m_openOutputAction, &QAction::triggered, this, [this] {
        if (!openOutputOfEvent(m_selectedEvent))
            m_host->showStatusMessage(tr("The selected event announces no notes or response file."), 4000);
    });
    if (QMenu *tools = host->menu(FeatureHost::Menu::Tools)) {
        tools->addAction(m_citeAction);
        tools->addAction(m_openOutputAction);
        tools->addAction(tr("Recover Unsaved Edits…"), this, &EditorsFeature::checkRecovery);
    }

    // Unsaved documents get their say before anything else on close.
    host->addCloseListener(FeatureHost::CloseDocuments, this, [this] { return m_area->maybeCloseAll(); });
    const QString platform = QGuiApplication::platformName();
    if (platform != u"offscreen" && platform != u"minimal")
        QTimer::singleShot(0, this, &EditorsFeature::checkRecovery);
}

EditorsFeature::~EditorsFeature()
{
    EditorPage::flushRecoveryWrites();
}

void EditorsFeature::onSessionOpened(LiveSession *session)
{
    m_session = session;
    m_selectedEvent = -1;
    m_citeAction->setEnabled(false);
    const QString root = m_host->projectRoot();
    const QString agents = root.isEmpty() ? QString() : root + QStringLiteral("/.claude/agents");
    m_templates.setAgentsDir(QFileInfo::exists(agents) ? agents : QString());
    m_templates.setUserDir(TemplateRegistry::defaultUserDir());
    m_area->refreshContexts();
}

EditorContext EditorsFeature::contextFor(const QString &absolutePath) const
{
    EditorContext context;
    QString sessionDir;
    if (m_session && !m_session->dir().isEmpty()
        && QDir::cleanPath(absolutePath).startsWith(QDir::cleanPath(m_session->dir()) + u'/')) {
        sessionDir = m_session->dir();
        context.sessionId = m_session->id();
    } else {
        // A file of another session (e.g. restored after a crash): its
        // session is the nearest folder up that looks like one.
        QDir dir = QFileInfo(absolutePath).absoluteDir();
        for (int up = 0; up < 3; ++up) {
            if (SessionLocator::looksLikeSession(dir.absolutePath())) {
                sessionDir = dir.absolutePath();
                context.sessionId = dir.dirName();
                break;
            }
            if (!dir.cdUp())
                break;
        }
    }
    context.sessionDir = sessionDir;
    context.relativePath = sessionDir.isEmpty() ? QFileInfo(absolutePath).fileName() : QDir(sessionDir).relativeFilePath(absolutePath);
    context.workerType = EditorArea::workerTypeOf(context.relativePath);
    if (!context.workerType.isEmpty()) {
        TemplateRegistry registry = m_templates;
        if (!sessionDir.isEmpty() && (!m_session || sessionDir != m_session->dir())) {
            const QString root = SessionLocator::findProjectRoot(sessionDir);
            const QString agents = root + QStringLiteral("/.claude/agents");
            registry.setAgentsDir(!root.isEmpty() && QFileInfo::exists(agents) ? agents : QString());
        }
        context.workerTemplate = registry.templateFor(context.workerType);
    }
    return context;
}

void EditorsFeature::openSessionFile(const QString &relativePath, int line)
{
    if (!m_session)
        return;
    const QString path = QDir(m_session->dir()).absoluteFilePath(relativePath);
    if (EditorArea::kindOf(relativePath) == EditorArea::Kind::Other && !m_area->pageFor(path)) {
        // Logs, state and prompts stay in the window's own read-only viewer:
        // hand the request back to it for this one call.
        m_host->setFileOpener({});
        m_host->openSessionFile(relativePath, line);
        m_host->setFileOpener([this](const QString &rel, int l) { openSessionFile(rel, l); });
        return;
    }
    QString error;
    EditorPage *page = nullptr;
    if (!QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(m_host->window(), tr("Create File"),
            tr("%1 does not exist. Create it from the worker's template?").arg(relativePath));
        if (answer != QMessageBox::Yes)
            return;
        page = m_area->createFromTemplate(path, &error);
    } else {
        page = m_area->openFile(path, line, &error);
    }
    if (!page)
        QMessageBox::warning(m_host->window(), tr("Can't Open"), error);
}

QStringList EditorsFeature::sessionWorkers() const
{
    QStringList workers;
    if (!m_session)
        return workers;
    const EventStore &events = m_session->events();
    for (quint32 id : events.agentsInOrder()) {
        const QString agent = events.strings().at(id);
        if (!agent.isEmpty() && !agent.startsWith(u"queen") && !workers.contains(agent))
            workers << agent;
    }
    return workers;
}

EditorPage *EditorsFeature::createOutput(const QString &workerType, bool notes, QString *error)
{
    if (!m_session || workerType.isEmpty()) {
        if (error)
            *error = tr("Open a session first.");
        return nullptr;
    }
    const WorkerTemplate tmpl = m_templates.templateFor(workerType);
    const QString shortName = workerShortName(workerType);
    QString relative = notes ? tmpl.notesFile : tmpl.responseFile;
    if (relative.isEmpty() || tmpl.workerType != workerType) {
        // The generic template names no files: use docs/FORMAT.md's canonical paths.
        relative = notes ? QStringLiteral("notes/%1_notes.md").arg(shortName) : QStringLiteral("workers/json/%1_response.json").arg(shortName);
    }
    return m_area->createFromTemplate(QDir(m_session->dir()).absoluteFilePath(relative), error);
}

void EditorsFeature::createOutputInteractively(bool notes)
{
    QStringList workers = sessionWorkers();
    if (workers.isEmpty())
        workers << QStringLiteral("devops-worker");
    bool ok = false;
    const QString worker = QInputDialog::getItem(m_host->window(), notes ? tr("New Worker Notes") : tr("New Worker Response"),
                                                 tr("Worker:"), workers, 0, true, &ok);
    if (!ok || worker.trimmed().isEmpty())
        return;
    QString error;
    if (!createOutput(worker.trimmed(), notes, &error))
        QMessageBox::warning(m_host->window(), tr("Can't Create"), error);
}

QByteArray EditorsFeature::eventLine(const QString &sessionDir, int line) const
{
    if (!m_session || QDir::cleanPath(sessionDir) != QDir::cleanPath(m_session->dir()) || line <= 0)
        return QByteArray();
    const EventStore &events = m_session->events();
    int lo = 0, hi = events.size();
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (int(events.lineNumber(mid)) < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < events.size() && int(events.lineNumber(lo)) == line)
        return events.rawLine(lo);
    for (const BadLine &bad : events.badLines()) {
        if (int(bad.line) == line)
            return events.readRange(bad.offset, bad.length);
    }
    return QByteArray();
}

bool EditorsFeature::insertCitation(int eventIndex)
{
    EditorPage *page = m_area->currentPage();
    if (!m_session || !page || eventIndex < 0 || eventIndex >= m_session->events().size())
        return false;
    const EventStore &events = m_session->events();
    const QByteArray raw = events.rawLine(eventIndex);
    QString timestamp;
    const nlohmann::json event = nlohmann::json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
    if (event.is_object() && event.contains("timestamp") && event["timestamp"].is_string())
        timestamp = QString::fromStdString(event["timestamp"].get<std::string>());
    if (timestamp.isEmpty() || timestamp.contains(u' '))
        return false;  // a citation must name the event exactly
    page->insertCitation(int(events.lineNumber(eventIndex)), events.kindName(eventIndex), events.agent(eventIndex), timestamp);
    return true;
}

QString EditorsFeature::outputPath(const QString &workerType, bool notes) const
{
    if (!m_session)
        return QString();
    const SessionFiles &files = m_session->data().files;
    for (const QString &path : notes ? files.notes : files.responses) {
        if (EditorArea::workerTypeOf(path) == workerType)
            return path;
    }
    const WorkerTemplate tmpl = m_templates.templateFor(workerType);
    const QString canonical = notes ? tmpl.notesFile : tmpl.responseFile;
    if (!canonical.isEmpty() && tmpl.workerType == workerType)
        return canonical;
    const QString shortName = workerShortName(workerType);
    return notes ? QStringLiteral("notes/%1_notes.md").arg(shortName) : QStringLiteral("workers/json/%1_response.json").arg(shortName);
}

bool EditorsFeature::openOutputOfEvent(int eventIndex)
{
    if (!m_session || eventIndex < 0 || eventIndex >= m_session->events().size())
        return false;
    const QString type = m_session->events().kindName(eventIndex);
    const bool notes = type == u"notes_created" || type == u"worker_notes_created";
    const bool json = type == u"json_created" || type == u"worker_json_provided";
    if (!notes && !json)
        return false;
    const QString agent = m_session->events().agent(eventIndex);
    if (agent.isEmpty())
        return false;
    openSessionFile(outputPath(agent, notes), 0);
    return true;
}

void EditorsFeature::checkRecovery()
{
    const QList<RecoveryEntry> entries = m_area->recoveryStore().orphaned();
    if (entries.isEmpty())
        return;
    auto *dialog = new RecoveryDialog(entries, m_host->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, [this](const QList<RecoveryEntry> &chosen) {
        m_area->restore(chosen);
    });
    connect(dialog, &RecoveryDialog::discardRequested, this, [this](const QList<RecoveryEntry> &chosen) {
        for (const RecoveryEntry &e : chosen)
            m_area->recoveryStore().discard(e);
    });
    dialog->open();
}
