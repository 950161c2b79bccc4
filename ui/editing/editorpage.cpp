#include "editorpage.h"

#include "atomicsaver.h"
#include "citation.h"
#include "diffview.h"
#include "editor.h"
#include "editorfindbar.h"
#include "externalchangebanner.h"
#include "filechangemonitor.h"

#include <QAction>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include "jobtracker.h"
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Found citations travel from the worker thread as diagnostics with this
// rule; the page checks them against EVENTS.jsonl on the GUI thread.
const QLatin1String kCitationProbe("editor.citation-probe");
constexpr qint64 kMaxEditableBytes = 64 * 1024 * 1024;

// Writes and removals of recovery entries happen in the order they were
// asked for (a removal after a save must win over a write queued before it).
SerialJobQueue &recoveryQueue()
{
    static SerialJobQueue queue;
    return queue;
}
}

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent)
    , m_editor(new Editor(this))
    , m_findBar(new EditorFindBar(m_editor, this))
    , m_banner(new ExternalChangeBanner(this))
    , m_message(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_monitor(new FileChangeMonitor(this))
    , m_validation(new EditorValidation(this))
    , m_autosave(new QTimer(this))
{
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 2, 8, 2);
    m_message->hide();
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);

    m_editor->installEventFilter(this);
    addEditorKey(QKeySequence::Find, [this] { m_findBar->showFind(); });
    addEditorKey(QKeySequence::Replace, [this] { m_findBar->showReplace(); });
    addEditorKey(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_findBar->showReplace(); });
    addEditorKey(QKeySequence::FindNext, [this] { m_findBar->findNext(true); });
    addEditorKey(QKeySequence::FindPrevious, [this] { m_findBar->findNext(false); });
    addEditorKey(QKeySequence(Qt::Key_F8), [this] { m_editor->nextDiagnostic(); });
    addEditorKey(QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] { m_editor->previousDiagnostic(); });
    addEditorKey(QKeySequence::Save, [this] { save(); });

    connect(m_editor, &QsciScintilla::textChanged, this, &EditorPage::onTextChanged);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &EditorPage::modificationChanged);
    connect(m_monitor, &FileChangeMonitor::changedOnDisk, this, &EditorPage::onChangedOnDisk);
    connect(m_monitor, &FileChangeMonitor::removedFromDisk, this, &EditorPage::onRemovedFromDisk);
    connect(m_banner, &ExternalChangeBanner::reloadRequested, this, &EditorPage::reloadFromDisk);
    connect(m_banner, &ExternalChangeBanner::keepMineRequested, this, &EditorPage::keepMine);
    connect(m_banner, &ExternalChangeBanner::compareRequested, this, [this] { compareWithDisk(); });
    connect(m_validation, &EditorValidation::finished, this, &EditorPage::onValidated);

    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &EditorPage::autosave);
    m_autosave->start();
    setValidator({});
}

EditorPage::~EditorPage()
{
    // An unmodified document leaves nothing behind; a modified one keeps its
    // entry only if the app is going down without asking (a crash does not
    // get here at all).
    if (!isModified() && m_recoveryWritten)
        discardRecovery();
}

void EditorPage::flushRecoveryWrites()
{
    recoveryQueue().waitForIdle();
}

QString EditorPage::text() const
{
    return m_editor->text();
}

bool EditorPage::isModified() const
{
    return m_editor->isModified();
}

QString EditorPage::displayName() const
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    return isModified() ? name + u'*' : name;
}

void EditorPage::setContext(const EditorContext &context)
{
    m_context = context;
    contextChangedHook();
    documentResetHook();
    revalidate();
}

void EditorPage::applyReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    m_editor->setReadOnly(!reason.isEmpty());
    if (!reason.isEmpty())
        showMessage(tr("Read-only: %1").arg(reason));
}

bool EditorPage::openFile(const QString &path, QString *error)
{
    m_path = QFileInfo(path).absoluteFilePath();
    QFile file(m_path);
    if (file.size() > kMaxEditableBytes) {
        if (error)
            *error = tr("%1 is too large to edit (%2 MB).").arg(path).arg(file.size() / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Can't open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    loadBytes(bytes, false);
    m_monitor->setFile(m_path);
    m_monitor->setKnownContent(bytes);
    return true;
}

bool EditorPage::loadBytes(const QByteArray &bytes, bool undoable)
{
    const DocumentBuffer doc = DocumentBuffer::fromBytes(bytes);
    m_eol = doc.eol;
    m_bom = doc.bom;
    m_editor->setEolMode(doc.eol == DocumentBuffer::LineEnding::CRLF ? QsciScintilla::EolWindows
                         : doc.eol == DocumentBuffer::LineEnding::CR ? QsciScintilla::EolMac
                                                                     : QsciScintilla::EolUnix);
    m_loading = true;
    m_editor->setReadOnly(false);
    if (undoable) {
        int line = 0, index = 0;
        m_editor->getCursorPosition(&line, &index);
        replaceText(doc.text);
        m_editor->setCursorPosition(std::min(line, m_editor->lines() - 1), 0);
    } else {
        m_editor->setText(doc.text);
        m_editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    }
    m_editor->setModified(false);
    m_loading = false;

    QString reason = doc.lossReason;
    if (reason.isEmpty() && QFileInfo::exists(m_path) && !QFileInfo(m_path).isWritable())
        reason = tr("you don't have permission to write this file.");
    m_message->hide();
    applyReadOnly(reason);
    documentResetHook();
    revalidate();
    return true;
}

void EditorPage::replaceText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    m_editor->beginUndoAction();
    m_editor->SendScintilla(QsciScintilla::SCI_SETTARGETSTART, 0);
    m_editor->SendScintilla(QsciScintilla::SCI_SETTARGETEND, m_editor->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    m_editor->SendScintilla(QsciScintilla::SCI_REPLACETARGET, uintptr_t(utf8.size()), utf8.constData());
    m_editor->endUndoAction();
}

bool EditorPage::save()
{
    if (!m_readOnlyReason.isEmpty()) {
        m_lastError = tr("The file is open read-only: %1").arg(m_readOnlyReason);
        showMessage(m_lastError, true);
        return false;
    }
    DocumentBuffer doc;
    doc.text = text();
    doc.bom = m_bom;
    const QByteArray bytes = doc.toBytes();
    const AtomicSaver::Result result = AtomicSaver::save(m_path, bytes, true);
    if (!result.ok) {
        // The edits stay in the editor (and in the recovery folder).
        m_lastError = result.error;
        showMessage(tr("Not saved: %1").arg(result.error), true);
        return false;
    }
    m_lastError.clear();
    m_editor->setModified(false);
    m_monitor->setKnownContent(bytes);
    m_banner->hide();
    m_message->hide();
    discardRecovery();
    revalidate();
    Q_EMIT saved();
    return true;
}

void EditorPage::reloadFromDisk()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Can't reload %1: %2").arg(m_path, file.errorString()), true);
        return;
    }
    const QByteArray bytes = file.readAll();
    m_monitor->setKnownContent(bytes);
    m_banner->hide();
    loadBytes(bytes, !text().isEmpty());
    discardRecovery();
    Q_EMIT reloaded();
}

void EditorPage::keepMine()
{
    m_banner->hide();
    showMessage(tr("Keeping your edits: saving will overwrite the newer file on disk."));
}

int EditorPage::compareWithDisk()
{
    QFile file(m_path);
    const QString disk = file.open(QIODevice::ReadOnly) ? DocumentBuffer::fromBytes(file.readAll()).text : QString();
    DiffView view(QFileInfo(m_path).fileName(), disk, text(), this);
    const int choice = view.exec();
    if (choice == DiffView::ReloadDisk)
        reloadFromDisk();
    else if (choice == DiffView::KeepMine)
        keepMine();
    return choice;
}

bool EditorPage::maybeClose()
{
    if (!isModified() || m_closeConfirmed)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discardRecovery();
        m_editor->setModified(false);
        return true;
    }
    return false;
}

void EditorPage::addEditorKey(const QKeySequence &keys, std::function<void()> action)
{
    for (const auto &existing : m_editorKeys) {
        if (existing.first == keys)
            return;
    }
    m_editorKeys.append({keys, std::move(action)});
}

bool EditorPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const auto &entry : std::as_const(m_editorKeys)) {
            if (entry.first.isEmpty() || entry.first.matches(pressed) != QKeySequence::ExactMatch)
                continue;
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();  // deliver as a key press to us, not as a window shortcut
            } else {
                entry.second();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditorPage::closeEvent(QCloseEvent *event)
{
    if (maybeClose())
        event->accept();
    else
        event->ignore();
}

void EditorPage::setRecoveryStore(const RecoveryStore &store)
{
    m_recovery = store;
}

void EditorPage::setAutosaveInterval(int ms)
{
    m_autosave->start(ms);
}

void EditorPage::discardRecovery()
{
    m_recoveryDirty = false;
    if (m_path.isEmpty())
        return;
    const RecoveryStore store = m_recovery;
    const QString path = m_path;
    recoveryQueue().post([store, path] { store.remove(path); });
}

void EditorPage::writeRecoveryNow()
{
    m_recoveryDirty = true;
    autosave();
}

void EditorPage::autosave()
{
    if (!m_recoveryDirty || m_path.isEmpty())
        return;
    m_recoveryDirty = false;
    if (!isModified()) {
        discardRecovery();
        return;
    }
    const RecoveryStore store = m_recovery;
    const QString path = m_path;
    const QString snapshot = text();
    m_recoveryWritten = true;
    recoveryQueue().post([store, path, snapshot] { store.write(path, snapshot); });
}

void EditorPage::onTextChanged()
{
    if (m_loading)
        return;
    m_closeConfirmed = false;
    m_recoveryDirty = true;
    m_validation->schedule([this] { return text(); });
    textChangedHook();
}

void EditorPage::setValidator(EditorValidation::Validator validator)
{
    m_validation->setValidator([validator](const QString &text) {
        Diagnostics out = validator ? validator(text) : Diagnostics();
        for (const Citation &c : CitationFormat::find(text)) {
            Diagnostic probe;
            probe.rule = kCitationProbe;
            probe.severity = Diagnostic::Warning;
            probe.line = c.docLine + 1;
            probe.column = c.docColumn + 1;  // UTF-16 here; converted on arrival
            probe.pointer = QString::number(c.eventLine);
            probe.message = c.type + u'\n' + c.agent + u'\n' + c.timestamp;
            out.append(probe);
        }
        return out;
    });
}

void EditorPage::setCitationResolver(std::function<QByteArray(int)> resolver)
{
    m_citationResolver = std::move(resolver);
}

void EditorPage::revalidate()
{
    m_validation->runNow([this] { return text(); });
}

void EditorPage::onValidated(const Diagnostics &diagnostics)
{
    Diagnostics out;
    out.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics) {
        if (d.rule != kCitationProbe) {
            out.append(d);
            continue;
        }
        if (!m_citationResolver)
            continue;
        Citation c;
        c.eventLine = d.pointer.toInt();
        const QStringList parts = d.message.split(u'\n');
        if (parts.size() != 3)
            continue;
        c.type = parts.at(0);
        c.agent = parts.at(1);
        c.timestamp = parts.at(2);
        QString why;
        if (CitationFormat::holds(c, m_citationResolver(c.eventLine), &why))
            continue;
        Diagnostic warning = d;
        warning.rule = QStringLiteral("citation.stale");
        warning.pointer.clear();
        warning.file = m_context.relativePath;
        warning.message = why;
        // The probe counted UTF-16 units; the editor counts bytes.
        const QString lineText = m_editor->text(d.line - 1);
        warning.column = int(lineText.left(d.column - 1).toUtf8().size()) + 1;
        out.append(warning);
    }
    m_diagnostics = out;
    m_editor->setDiagnostics(out);
    Q_EMIT diagnosticsChanged();
}

void EditorPage::onChangedOnDisk()
{
    if (!isModified()) {
        reloadFromDisk();
        showMessage(tr("Reloaded: the file changed on disk."));
        return;
    }
    m_banner->showChanged(QFileInfo(m_path).fileName());
}

void EditorPage::onRemovedFromDisk()
{
    m_banner->showRemoved(QFileInfo(m_path).fileName());
}

void EditorPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e2; color: #7a1010; }")
                                   : QStringLiteral("QLabel { background: #e8f0fb; color: #123a6b; }"));
    m_message->setVisible(!text.isEmpty());
}

void EditorPage::insertCitation(int eventLine, const QString &type, const QString &agent, const QString &timestamp)
{
    insertAtCursor(citationText(eventLine, type, agent, timestamp));
}

QString EditorPage::citationText(int eventLine, const QString &type, const QString &agent, const QString &timestamp) const
{
    const QString prefix = m_context.relativePath.isEmpty() ? QString() : CitationFormat::prefixFor(m_context.relativePath);
    return CitationFormat::markdownLink(eventLine, type, agent, timestamp, prefix);
}

void EditorPage::insertAtCursor(const QString &link)
{
    if (m_editor->isReadOnly())
        return;
    m_editor->beginUndoAction();
    m_editor->removeSelectedText();
    const long pos = m_editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
    m_editor->insert(link);
    m_editor->SendScintilla(QsciScintilla::SCI_GOTOPOS, pos + long(link.toUtf8().size()));
    m_editor->endUndoAction();
}

QString EditorPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}
