#pragma once

#include "editorpage.h"
#include "jobtracker.h"

#include <memory>

class SchemaEngine;
class QToolBar;

// The response (JSON) editor: highlighting, folding, "Format" keeping key
// order, "Insert Missing Keys" from the template's schema, and a quick fix
// for enum violations offering the allowed values.
class ResponseEditor : public EditorPage
{
    Q_OBJECT
public:
    explicit ResponseEditor(QWidget *parent = nullptr);
    ~ResponseEditor() override;

    QToolBar *toolBar() const { return m_toolBar; }
    // Formats off the GUI thread (a large response takes a while) and
    // applies it as one undo step; formatFinished tells how it went. An edit
    // made meanwhile wins: the stale result is dropped.
    void format();
    int insertMissingKeys();     // number of keys added, -1 on failure
    // Enum violations on the cursor's line (or anywhere when line < 0).
    Diagnostics enumViolations(int line = -1) const;
    QStringList allowedValues(const Diagnostic &violation) const;  // JSON-encoded
    bool applyEnumFix(const Diagnostic &violation, const QString &jsonValue);
    // Shows the quick-fix menu for the problems at the cursor.
    void showQuickFixes();
    // A new response from the template with session, worker and time filled in.
    static QString skeleton(const WorkerTemplate &tmpl, const QString &sessionId, const QString &timestamp);

Q_SIGNALS:
    void formatFinished(bool applied);

protected:
    void contextChangedHook() override;
    QString citationText(int eventLine, const QString &type, const QString &agent, const QString &timestamp) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void replaceAllUndoable(const QString &text);
    QToolBar *m_toolBar;
    std::shared_ptr<SchemaEngine> m_engine;
    JobTracker m_formatJob{this};
    quint64 m_edits = 0;  // bumped by every text change: tells a format result stale
};
