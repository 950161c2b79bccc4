#pragma once

#include "editorpage.h"
#include "recoverystore.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QTabWidget;

// The open documents, one tab each: opens a session file in the right
// editor (notes, response, or a read-only viewer for anything else), creates
// missing outputs from the template, restores recovered edits, and asks
// before closing modified documents. Knows nothing of the main window; the
// feature supplies each file's session context.
class EditorArea : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Notes, Response, Other };

    explicit EditorArea(QWidget *parent = nullptr);
    ~EditorArea() override;

    // Where pages are shown. By default in this widget's own tabs; the main
    // window instead shows them as documents of its central tabs.
    struct Host {
        std::function<void(EditorPage *)> show;   // add or focus
        std::function<void(EditorPage *)> close;  // asks the page (closeEvent) and removes it
    };
    void setHost(Host host);

    // Session, worker and template of an absolute file path.
    using ContextProvider = std::function<EditorContext(const QString &absolutePath)>;
    void setContextProvider(ContextProvider provider);
    void setRecoveryStore(const RecoveryStore &store);
    RecoveryStore recoveryStore() const { return m_recovery; }
    void setAutosaveInterval(int ms);
    // Reads an EVENTS.jsonl line for citation checks (GUI thread).
    void setCitationResolver(std::function<QByteArray(const QString &sessionDir, int eventLine)> resolver);

    // Opens (or focuses) a file; line is 1-based, 0 to leave the cursor.
    EditorPage *openFile(const QString &absolutePath, int line = 0, QString *error = nullptr);
    // Writes the template's skeleton at the path (which must not exist yet)
    // and opens it.
    EditorPage *createFromTemplate(const QString &absolutePath, QString *error = nullptr);
    // Opens each entry's file (recreating it as unsaved text when it is gone)
    // with the recovered text as an unsaved edit; returns how many.
    int restore(const QList<RecoveryEntry> &entries);

    EditorPage *pageFor(const QString &absolutePath) const;
    EditorPage *currentPage() const;
    QList<EditorPage *> pages() const;
    QList<EditorPage *> modifiedPages() const;
    bool closePage(EditorPage *page, bool ask = true);
    // One question for all modified documents: Save All / Discard / Cancel.
    bool maybeCloseAll();
    void refreshContexts();  // after a session (re)load or template change
    QTabWidget *tabs() const { return m_tabs; }

    static Kind kindOf(const QString &relativePath);
    // "notes/devops_notes.md" -> "devops-worker"; empty when not an output.
    static QString workerTypeOf(const QString &relativePath);

Q_SIGNALS:
    void currentPageChanged(EditorPage *page);
    void pagesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void present(EditorPage *page);
    EditorPage *makePage(Kind kind);
    void addPage(EditorPage *page);
    void updateTabTitle(EditorPage *page);
    EditorContext contextFor(const QString &absolutePath) const;

    QTabWidget *m_tabs;
    Host m_host;
    QList<QPointer<EditorPage>> m_pages;
    QPointer<EditorPage> m_current;
    ContextProvider m_contextProvider;
    RecoveryStore m_recovery;
    int m_autosaveMs = 3000;
    std::function<QByteArray(const QString &, int)> m_citationResolver;
};
