#pragma once

#include "diagnostic.h"
#include "documentbuffer.h"
#include "editorvalidation.h"
#include "recoverystore.h"
#include "template.h"

#include <QKeySequence>
#include <QWidget>

#include <functional>

class Editor;
class EditorFindBar;
class ExternalChangeBanner;
class FileChangeMonitor;
class QLabel;
class QSplitter;
class QTimer;

// What an editor knows about the session its file belongs to.
struct EditorContext {
    QString sessionDir;     // absolute; empty for a file outside a session
    QString sessionId;
    QString workerType;     // "devops-worker"; empty when not a worker output
    QString relativePath;   // to the session folder
    WorkerTemplate workerTemplate;
};

// One open file: the editor with its find bar, the external-change banner, a
// message line, saving (atomic, keeping BOM and line endings), reloading,
// autosave to the recovery folder and live validation. The notes and
// response editors add their panes and actions on top.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPage(QWidget *parent = nullptr);
    ~EditorPage() override;

    bool openFile(const QString &path, QString *error = nullptr);
    QString filePath() const { return m_path; }
    QString displayName() const;  // file name, with '*' when modified
    bool isModified() const;
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString text() const;
    DocumentBuffer::LineEnding lineEnding() const { return m_eol; }
    bool hasBom() const { return m_bom; }

    void setContext(const EditorContext &context);
    const EditorContext &context() const { return m_context; }

    bool save();
    QString lastError() const { return m_lastError; }
    // Replaces the text as an edit (undoable), e.g. with recovered text.
    void replaceText(const QString &text);
    void reloadFromDisk();   // undoable: Undo brings the editor's text back
    void keepMine();
    int compareWithDisk();   // shows the diff; returns the DiffView choice
    // Asks about unsaved edits; false when the user cancels or the save fails.
    bool maybeClose();
    // Forgets this page's recovery entry (after a deliberate discard).
    void discardRecovery();
    // The user already chose to discard the edits (e.g. for all documents at
    // once): closing does not ask again until the text changes.
    void setCloseConfirmed() { m_closeConfirmed = true; }

    void setRecoveryStore(const RecoveryStore &store);
    void setAutosaveInterval(int ms);
    void writeRecoveryNow();
    void setValidator(EditorValidation::Validator validator);
    // Reads line `n` (1-based) of the session's EVENTS.jsonl, on the GUI
    // thread; used to check citations.
    void setCitationResolver(std::function<QByteArray(int eventLine)> resolver);
    void revalidate();
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    void showMessage(const QString &text, bool error = false);
    // Inserts a citation of an EVENTS.jsonl line at the cursor (a markdown
    // link; the response editor inserts a JSON string).
    void insertCitation(int eventLine, const QString &type, const QString &agent, const QString &timestamp);
    void insertAtCursor(const QString &text);  // replaces the selection, one undo step
    QString message() const;

    Editor *editor() const { return m_editor; }
    EditorFindBar *findBar() const { return m_findBar; }
    ExternalChangeBanner *banner() const { return m_banner; }
    EditorValidation *validation() const { return m_validation; }
    FileChangeMonitor *monitor() const { return m_monitor; }

    // Waits until queued recovery writes are on disk (tests, shutdown).
    static void flushRecoveryWrites();

Q_SIGNALS:
    void modificationChanged(bool modified);
    void diagnosticsChanged();
    void saved();
    void reloaded();

protected:
    // A key the editor claims for itself (find, F8, save, ...): it wins over
    // window shortcuts with the same keys while the editor has focus, so the
    // main window's Ctrl+F (filter events) does not steal the editor's Find.
    void addEditorKey(const QKeySequence &keys, std::function<void()> action);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Closing the page (its tab) asks about unsaved edits; "Cancel" keeps it.
    void closeEvent(QCloseEvent *event) override;
    QSplitter *splitter() const { return m_splitter; }
    // For subclasses: the text changed (debounced views refresh here).
    virtual void textChangedHook() {}
    // For subclasses: a file was (re)loaded or the context changed.
    virtual void documentResetHook() {}
    virtual QString citationText(int eventLine, const QString &type, const QString &agent, const QString &timestamp) const;
    // For subclasses: set the validator for the new template / session here.
    virtual void contextChangedHook() {}

private:
    void onTextChanged();
    void onChangedOnDisk();
    void onRemovedFromDisk();
    void onValidated(const Diagnostics &diagnostics);
    void autosave();
    bool loadBytes(const QByteArray &bytes, bool undoable);
    void applyReadOnly(const QString &reason);

    Editor *m_editor;
    EditorFindBar *m_findBar;
    ExternalChangeBanner *m_banner;
    QLabel *m_message;
    QSplitter *m_splitter;
    FileChangeMonitor *m_monitor;
    EditorValidation *m_validation;
    QTimer *m_autosave;
    RecoveryStore m_recovery;
    EditorContext m_context;
    QString m_path;
    QString m_lastError;
    QString m_readOnlyReason;
    DocumentBuffer::LineEnding m_eol = DocumentBuffer::LineEnding::LF;
    bool m_bom = false;
    bool m_recoveryDirty = false;
    bool m_recoveryWritten = false;
    bool m_loading = false;
    bool m_closeConfirmed = false;
    std::function<QByteArray(int)> m_citationResolver;
    QList<QPair<QKeySequence, std::function<void()>>> m_editorKeys;
    Diagnostics m_diagnostics;
};
