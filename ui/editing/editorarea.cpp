#include "editorarea.h"

#include "atomicsaver.h"
#include "editor.h"
#include "noteseditor.h"
#include "responseeditor.h"

#include <QDateTime>
#include <QEvent>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

EditorArea::EditorArea(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        closePage(qobject_cast<EditorPage *>(m_tabs->widget(index)));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_current = qobject_cast<EditorPage *>(m_tabs->currentWidget());
        Q_EMIT currentPageChanged(currentPage());
    });
}

EditorArea::~EditorArea()
{
    // Pages die with the tab widget after our members are gone: stop
    // listening to them first. Not only the open ones: a closed page waits
    // for its deleteLater() still parented to the tab widget, so ~QWidget
    // would run its destroyed() handler on a half-destroyed EditorArea.
    for (EditorPage *page : pages())
        disconnect(page, nullptr, this, nullptr);
    for (EditorPage *page : findChildren<EditorPage *>())
        disconnect(page, nullptr, this, nullptr);
    m_pages.clear();
}

void EditorArea::setHost(Host host)
{
    m_host = std::move(host);
}

void EditorArea::present(EditorPage *page)
{
    m_current = page;
    if (m_host.show)
        m_host.show(page);
    else
        m_tabs->setCurrentWidget(page);
}

bool EditorArea::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (EditorPage *page : pages()) {
            if (page->editor() == watched && m_current != page) {
                m_current = page;
                Q_EMIT currentPageChanged(page);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditorArea::setContextProvider(ContextProvider provider)
{
    m_contextProvider = std::move(provider);
}

void EditorArea::setRecoveryStore(const RecoveryStore &store)
{
    m_recovery = store;
    for (EditorPage *page : pages())
        page->setRecoveryStore(store);
}

void EditorArea::setAutosaveInterval(int ms)
{
    m_autosaveMs = ms;
    for (EditorPage *page : pages())
        page->setAutosaveInterval(ms);
}

void EditorArea::setCitationResolver(std::function<QByteArray(const QString &, int)> resolver)
{
    m_citationResolver = std::move(resolver);
}

EditorArea::Kind EditorArea::kindOf(const QString &relativePath)
{
    const QString name = QFileInfo(relativePath).fileName().toLower();
    if (name.endsWith(u".md") && (name.endsWith(u"_notes.md") || name.endsWith(u"-notes.md")))
        return Kind::Notes;
    if (name.endsWith(u".json")) {
        const QString path = QDir::fromNativeSeparators(relativePath).toLower();
        if (path.contains(u"workers/json/") || name.endsWith(u"_response.json") || name.endsWith(u"-response.json")
            || name.endsWith(u"_output.json"))
            return Kind::Response;
    }
    return Kind::Other;
}

QString EditorArea::workerTypeOf(const QString &relativePath)
{
    if (kindOf(relativePath) == Kind::Other)
        return QString();
    QString stem = QFileInfo(relativePath).completeBaseName();
    static const QRegularExpression suffix(QStringLiteral("[_-](notes|response|output)$"), QRegularExpression::CaseInsensitiveOption);
    stem.remove(suffix);
    if (stem.isEmpty())
        return QString();
    return stem.endsWith(u"-worker") ? stem : stem + QStringLiteral("-worker");
}

EditorContext EditorArea::contextFor(const QString &absolutePath) const
{
    return m_contextProvider ? m_contextProvider(absolutePath) : EditorContext();
}

EditorPage *EditorArea::makePage(Kind kind)
{
    switch (kind) {
    case Kind::Notes: return new NotesEditor(m_tabs);
    case Kind::Response: return new ResponseEditor(m_tabs);
    case Kind::Other: break;
    }
    return new EditorPage(m_tabs);
}

void EditorArea::addPage(EditorPage *page)
{
    page->setRecoveryStore(m_recovery);
    page->setAutosaveInterval(m_autosaveMs);
    const QString sessionDir = page->context().sessionDir;
    if (m_citationResolver && !sessionDir.isEmpty()) {
        auto resolver = m_citationResolver;
        page->setCitationResolver([resolver, sessionDir](int line) { return resolver(sessionDir, line); });
    }
    m_pages.append(page);
    page->setWindowTitle(page->displayName());
    page->editor()->installEventFilter(this);
    connect(page, &QObject::destroyed, this, [this] {
        m_pages.removeAll(nullptr);
        Q_EMIT pagesChanged();
    });
    if (!m_host.show) {
        const int index = m_tabs->addTab(page, page->displayName());
        m_tabs->setTabToolTip(index, QDir::toNativeSeparators(page->filePath()));
    }
    present(page);
    connect(page, &EditorPage::modificationChanged, this, [this, page] { updateTabTitle(page); });
    connect(page, &EditorPage::saved, this, [this, page] { updateTabTitle(page); });
    Q_EMIT pagesChanged();
}

void EditorArea::updateTabTitle(EditorPage *page)
{
    page->setWindowTitle(page->displayName());
    // The tab widget showing the page (ours or the main window's): a page
    // sits in the tab widget's internal stack.
    QWidget *stack = page->parentWidget();
    if (auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr) {
        const int index = tabs->indexOf(page);
        if (index >= 0)
            tabs->setTabText(index, page->displayName());
    }
}

EditorPage *EditorArea::openFile(const QString &absolutePath, int line, QString *error)
{
    const QString path = QFileInfo(absolutePath).absoluteFilePath();
    if (EditorPage *page = pageFor(path)) {
        present(page);
        if (line > 0)
            page->editor()->goToLine(line);
        return page;
    }
    const EditorContext context = contextFor(path);
    const QString relative = context.relativePath.isEmpty() ? QFileInfo(path).fileName() : context.relativePath;
    const Kind kind = kindOf(relative);
    EditorPage *page = makePage(kind);
    if (!page->openFile(path, error)) {
        delete page;
        return nullptr;
    }
    page->setContext(context);
    if (kind == Kind::Other && page->readOnlyReason().isEmpty()) {
        // Only worker outputs are edited here; logs and state belong to the workers.
        page->editor()->setReadOnly(true);
        page->showMessage(tr("Read-only: only notes and responses are edited in Session Inspector."));
    }
    addPage(page);
    if (line > 0)
        page->editor()->goToLine(line);
    return page;
}

EditorPage *EditorArea::createFromTemplate(const QString &absolutePath, QString *error)
{
    const QString path = QFileInfo(absolutePath).absoluteFilePath();
    if (QFileInfo::exists(path))
        return openFile(path, 0, error);
    const EditorContext context = contextFor(path);
    const QString relative = context.relativePath.isEmpty() ? QFileInfo(path).fileName() : context.relativePath;
    const Kind kind = kindOf(relative);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString text;
    if (kind == Kind::Notes)
        text = NotesEditor::skeleton(context.workerTemplate, context.sessionId, now);
    else if (kind == Kind::Response)
        text = ResponseEditor::skeleton(context.workerTemplate, context.sessionId, now);
    else {
        if (error)
            *error = tr("Only notes and responses can be created from a template.");
        return nullptr;
    }
    const AtomicSaver::Result saved = AtomicSaver::save(path, text.toUtf8(), true);
    if (!saved.ok) {
        if (error)
            *error = saved.error;
        return nullptr;
    }
    return openFile(path, 0, error);
}

int EditorArea::restore(const QList<RecoveryEntry> &entries)
{
    int restored = 0;
    for (const RecoveryEntry &entry : entries) {
        EditorPage *page = pageFor(entry.filePath);
        if (!page && QFileInfo::exists(entry.filePath))
            page = openFile(entry.filePath);
        if (!page) {
            // The file is gone: bring it back empty, then put the text in as an edit.
            const AtomicSaver::Result created = AtomicSaver::save(entry.filePath, QByteArray(), true);
            if (created.ok)
                page = openFile(entry.filePath);
        }
        if (!page)
            continue;
        page->replaceText(entry.text);
        if (page->text() == entry.text) {
            // The entry now lives on as this process's autosave.
            page->writeRecoveryNow();
            m_recovery.discard(entry);
            ++restored;
        }
    }
    return restored;
}

EditorPage *EditorArea::pageFor(const QString &absolutePath) const
{
    const QString path = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    for (EditorPage *page : pages()) {
        if (QDir::cleanPath(page->filePath()) == path)
            return page;
    }
    return nullptr;
}

EditorPage *EditorArea::currentPage() const
{
    // The page in view, else the one that last had focus.
    for (EditorPage *page : pages()) {
        if (page->isVisible() && page == m_current)
            return page;
    }
    for (EditorPage *page : pages()) {
        if (page->isVisible())
            return page;
    }
    return m_current;
}

QList<EditorPage *> EditorArea::pages() const
{
    QList<EditorPage *> out;
    for (const QPointer<EditorPage> &page : m_pages) {
        if (page)
            out.append(page);
    }
    return out;
}

QList<EditorPage *> EditorArea::modifiedPages() const
{
    QList<EditorPage *> out;
    for (EditorPage *page : pages()) {
        if (page->isModified())
            out.append(page);
    }
    return out;
}

bool EditorArea::closePage(EditorPage *page, bool ask)
{
    if (!page)
        return false;
    if (!ask) {
        page->discardRecovery();
        page->editor()->setModified(false);
    }
    if (m_host.close) {
        m_host.close(page);  // the page's closeEvent asks
        return !m_pages.contains(page) || page->isHidden();
    }
    if (!page->close())
        return false;
    m_tabs->removeTab(m_tabs->indexOf(page));
    m_pages.removeAll(page);
    // Closed is gone for us: its deferred destruction must not reach back.
    disconnect(page, nullptr, this, nullptr);
    page->deleteLater();
    Q_EMIT pagesChanged();
    return true;
}

bool EditorArea::maybeCloseAll()
{
    const QList<EditorPage *> modified = modifiedPages();
    if (modified.isEmpty())
        return true;
    QStringList names;
    for (EditorPage *page : modified)
        names << QDir::toNativeSeparators(page->filePath());
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("These documents have unsaved changes:\n\n%1\n\nSave them before closing?").arg(names.join(u'\n')),
        QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::SaveAll);
    if (answer == QMessageBox::Cancel)
        return false;
    for (EditorPage *page : modified) {
        if (answer == QMessageBox::SaveAll) {
            if (!page->save()) {
                present(page);
                QMessageBox::warning(this, tr("Not Saved"), page->lastError());
                return false;
            }
        } else {
            page->discardRecovery();
            page->setCloseConfirmed();  // answered here: the page must not ask again
        }
    }
    EditorPage::flushRecoveryWrites();
    return true;
}

void EditorArea::refreshContexts()
{
    for (EditorPage *page : pages()) {
        const EditorContext context = contextFor(page->filePath());
        page->setContext(context);
        if (m_citationResolver && !context.sessionDir.isEmpty()) {
            auto resolver = m_citationResolver;
            const QString dir = context.sessionDir;
            page->setCitationResolver([resolver, dir](int line) { return resolver(dir, line); });
        }
    }
}
