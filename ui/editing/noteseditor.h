#pragma once

#include "editorpage.h"
#include "jobtracker.h"
#include "markdownoutline.h"
#include "markdownpreview.h"

class OutlinePane;
class QTimer;
class QToolBar;

// The notes (markdown) editor: highlighting, an outline of the document's
// headings beside the template's required ones, and a rendered preview that
// follows the cursor. Outline and preview are computed off the GUI thread.
class NotesEditor : public EditorPage
{
    Q_OBJECT
public:
    explicit NotesEditor(QWidget *parent = nullptr);

    OutlinePane *outline() const { return m_outline; }
    MarkdownPreview *preview() const { return m_preview; }
    QToolBar *toolBar() const { return m_toolBar; }
    QList<RequiredHeading> requiredHeadings() const { return m_required; }
    static QList<RequiredHeading> requiredHeadingsOf(const WorkerTemplate &tmpl);
    // Inserts required heading `index` where the template puts it (one undo step).
    bool insertRequiredHeading(int index);
    int insertAllMissing();
    // Recomputes outline and preview now (tests; normally debounced).
    void refreshViews();
    bool viewsBusy() const { return m_viewsBusy; }
    // The notes skeleton of a template with session, worker and time filled in.
    static QString skeleton(const WorkerTemplate &tmpl, const QString &sessionId, const QString &timestamp);

Q_SIGNALS:
    void viewsRefreshed();

protected:
    void textChangedHook() override;
    void documentResetHook() override;
    void contextChangedHook() override;

private:
    QMap<QString, QString> placeholderValues() const;
    OutlinePane *m_outline;
    MarkdownPreview *m_preview;
    QToolBar *m_toolBar;
    QTimer *m_viewTimer;
    QList<RequiredHeading> m_required;
    JobTracker m_viewJobs{this};
    bool m_viewsBusy = false;
};
