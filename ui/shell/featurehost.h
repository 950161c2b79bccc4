#pragma once

#include "diagnostic.h"

#include <QObject>
#include <QString>
#include <Qt>

#include <functional>
#include <vector>

class LiveSession;
class QDockWidget;
class QMenu;
class QToolBar;
class QWidget;

// What a feature (timeline, doctor, editors, runs) may ask of the window it
// lives in. Features depend on this interface, never on MainWindow, so that
// they neither include each other nor the window, and a test can host one
// feature alone. app/featurelist.cpp lists the features once.
class FeatureHost : public QObject
{
    Q_OBJECT
public:
    enum class Menu { File, View, Tools, Help };
    // Close listeners run in ascending order; the first that refuses keeps
    // the window open and the later ones are not asked.
    enum CloseOrder { CloseDocuments = 100, CloseRuns = 200 };
    using FileOpener = std::function<void(const QString &relativePath, int line)>;
    using CloseListener = std::function<bool()>; // false: the window stays open

    using QObject::QObject;

    virtual QWidget *window() const = 0;              // parent for dialogs
    virtual LiveSession *session() const = 0;         // the open session, or nullptr
    virtual QString projectRoot() const = 0;          // of the open session, may be empty
    virtual QString sessionsDir() const = 0;
    virtual void openPath(const QString &path) = 0;   // session, sessions folder or project root

    virtual int selectedEvent() const = 0;            // index into session()->events(), -1 when none
    virtual void selectEvent(int eventIndex) = 0;
    // The event table's filter as a per-event visibility mask (empty = all visible).
    virtual const std::vector<bool> &eventFilterMask() const = 0;

    // Opens a session file (relative to the session folder) at a 1-based
    // line; read-only by default, a feature may take the job over.
    virtual void openSessionFile(const QString &relativePath, int line = 0) = 0;
    virtual void setFileOpener(FileOpener opener) = 0;

    // A dock owned by the window, found again by `id` (also its saved-state
    // name). `tabWith` names a dock to share a tab group with on first start.
    virtual QDockWidget *createDock(QWidget *content, const QString &title, const QString &id,
                                    Qt::DockWidgetArea area, const QString &tabWith = QString()) = 0;
    virtual QDockWidget *dock(const QString &id) const = 0;
    virtual QMenu *menu(Menu which) const = 0;
    virtual QToolBar *toolBar() const = 0;
    virtual void setTimelineWidget(QWidget *timeline) = 0; // shown above the event table

    // Central documents (tabs beside the event table); the window owns them.
    virtual void showDocument(QWidget *document, const QString &title, const QString &toolTip = QString()) = 0;
    virtual void closeDocument(QWidget *document) = 0;

    virtual void showStatusMessage(const QString &text, int timeoutMs) = 0;
    // The sessions browser's error/warning badge for one session.
    virtual void setSessionProblemCounts(const QString &sessionDir, int errors, int warnings) = 0;
    // How the browser counts the other sessions' problems (on a worker thread).
    using ProblemCounter = std::function<DoctorCounts(const QString &sessionDir)>;
    virtual void setSessionProblemCounter(ProblemCounter counter) = 0;

    // Asked when the window is about to close; removed with `owner`.
    virtual void addCloseListener(int order, QObject *owner, CloseListener listener) = 0;
    virtual void requestClose() = 0;
    // A feature changed a preference others read (e.g. the framework generation).
    void notifyPreferencesChanged() { Q_EMIT preferencesChanged(); }

Q_SIGNALS:
    void sessionOpened(LiveSession *session); // also on reload; nullptr when closed
    void eventSelected(int eventIndex);
    void eventFilterChanged();
    // The sessions browser's context menu is about to show for a session:
    // features add their actions to `menu` (e.g. "Run worker…").
    void sessionContextMenu(QMenu *menu, const QString &sessionDir);
    void preferencesChanged();
};
