#pragma once

#include "featurehost.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class LiveSession;
class QDockWidget;
class QMenu;
class QToolBar;

// The main window: sessions browser, event table, details pane, files and
// the features that app/featurelist.cpp installs through host(). Features never
// see this class: they talk to the FeatureHost it implements.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &logFile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPath(const QString &path);   // session, sessions folder or project root
    void openDefault();                   // last session, else the bundled sample

    FeatureHost *host() const;            // what features are given
    // First-start dock layout, then the saved geometry and state: called once
    // every feature has created its docks.
    void restoreLayout();

    LiveSession *session() const;         // the open session, or nullptr
    QString projectRoot() const;          // of the open session, may be empty
    QString sessionsDir() const;

    // Opens a session file (relative to the session folder) at a 1-based line;
    // the default shows it read-only; the editors feature replaces it.
    void openSessionFile(const QString &relativePath, int line = 0);
    // Shows a document widget as a tab of the central area (the event table is
    // the first tab); the window takes ownership. Re-showing one focuses it.
    void showDocument(QWidget *document, const QString &title, const QString &toolTip = QString());
    void closeDocument(QWidget *document);

    int selectedEvent() const;            // index into session()->events(), -1 when none
    void selectEvent(int eventIndex);     // selects in the table, emits eventSelected
    // The event table's current filter, as a per-event visibility mask (empty = all visible).
    const std::vector<bool> &eventFilterMask() const;

Q_SIGNALS:
    void sessionOpened(LiveSession *session);  // also on reload; nullptr when closed
    void eventSelected(int eventIndex);
    void eventFilterChanged();
    // The sessions browser's context menu is about to show for a session:
    // features add their actions to `menu` (e.g. "Run worker…").
    void sessionContextMenu(QMenu *menu, const QString &sessionDir);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    class Host;
    class Private;
    Private *d;
};
