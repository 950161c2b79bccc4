#pragma once

// The window's private parts, shared by mainwindow.cpp and
// mainwindowhost.cpp (the FeatureHost the features see).
#include "mainwindow.h"

#include "eventtablemodel.h"
#include "sessionlocator.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <vector>

class DetailsPane;
class EventFilterBar;
class FilesPanel;
class LoadReportPanel;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class SessionsBrowser;

class MainWindow::Private
{
public:
    struct CloseEntry
    {
        int order;
        QPointer<QObject> owner;
        FeatureHost::CloseListener listener;
    };

    MainWindow *q;
    Host *host = nullptr;
    QHash<QString, QDockWidget *> docks;
    QList<QPair<QString, QString>> tabGroups; // (dock id, tab with id), applied on first start
    std::vector<CloseEntry> closeListeners;
    QString logFile;
    QPointer<LiveSession> session;
    SessionLocation location;
    EventTableModel *eventModel = nullptr;
    QTableView *eventView = nullptr;
    EventFilterBar *filterBar = nullptr;
    QSplitter *eventSplit = nullptr;
    QTabWidget *tabs = nullptr;
    SessionsBrowser *browser = nullptr;
    DetailsPane *details = nullptr;
    FilesPanel *files = nullptr;
    LoadReportPanel *report = nullptr;
    QMenu *fileMenu = nullptr, *recentMenu = nullptr, *viewMenu = nullptr, *toolsMenu = nullptr, *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QLabel *counts = nullptr;
    QProgressBar *progress = nullptr;
    QToolButton *cancel = nullptr;
    QTimer progressDelay, refreshChoices;
    FeatureHost::FileOpener opener;
    int selected = -1;
    std::vector<bool> emptyMask;

    explicit Private(MainWindow *w)
        : q(w)
    {
    }

    QDockWidget *dock(const QString &title, const QString &name, QWidget *w, Qt::DockWidgetArea area);

    void buildActions();
    void buildCentral();
    void openSession(const QString &dir);
    void updateCounts();
    void addRecent(const QString &path);
    void fillRecentMenu();
};

// The FeatureHost the features see: a thin face over the window.
class MainWindow::Host : public FeatureHost
{
public:
    explicit Host(MainWindow *w) : FeatureHost(w), q(w) { }
    QWidget *window() const override { return q; }
    LiveSession *session() const override { return q->session(); }
    QString projectRoot() const override { return q->projectRoot(); }
    QString sessionsDir() const override { return q->sessionsDir(); }
    void openPath(const QString &path) override { q->openPath(path); }
    int selectedEvent() const override { return q->selectedEvent(); }
    void selectEvent(int eventIndex) override { q->selectEvent(eventIndex); }
    const std::vector<bool> &eventFilterMask() const override { return q->eventFilterMask(); }
    void openSessionFile(const QString &relativePath, int line) override { q->openSessionFile(relativePath, line); }
    void setFileOpener(FileOpener opener) override;
    QDockWidget *createDock(QWidget *content, const QString &title, const QString &id, Qt::DockWidgetArea area,
                            const QString &tabWith) override;
    QDockWidget *dock(const QString &id) const override;
    QMenu *menu(Menu which) const override;
    QToolBar *toolBar() const override;
    void setTimelineWidget(QWidget *timeline) override;
    void showDocument(QWidget *document, const QString &title, const QString &toolTip) override { q->showDocument(document, title, toolTip); }
    void closeDocument(QWidget *document) override { q->closeDocument(document); }
    void showStatusMessage(const QString &text, int timeoutMs) override;
    void setSessionProblemCounts(const QString &sessionDir, int errors, int warnings) override;
    void setSessionProblemCounter(ProblemCounter counter) override;
    void addCloseListener(int order, QObject *owner, CloseListener listener) override;
    void requestClose() override { q->close(); }

private:
    MainWindow *q;
};
