#include "mainwindow_p.h"

#include "sessionlistmodel.h"
#include "sessionsbrowser.h"

#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

#include <algorithm>

void MainWindow::Host::setFileOpener(FileOpener opener) { q->d->opener = std::move(opener); }

QDockWidget *MainWindow::Host::createDock(QWidget *content, const QString &title, const QString &id, Qt::DockWidgetArea area,
                                          const QString &tabWith)
{
    auto *dock = new QDockWidget(title, q);
    dock->setObjectName(id);
    dock->setWidget(content);
    q->addDockWidget(area, dock);
    q->d->viewMenu->addAction(dock->toggleViewAction());
    q->d->docks.insert(id, dock);
    if (!tabWith.isEmpty())
        q->d->tabGroups.append({id, tabWith});
    return dock;
}

QDockWidget *MainWindow::Host::dock(const QString &id) const { return q->d->docks.value(id); }

QMenu *MainWindow::Host::menu(Menu which) const
{
    switch (which) {
    case Menu::File: return q->d->fileMenu;
    case Menu::View: return q->d->viewMenu;
    case Menu::Tools: return q->d->toolsMenu;
    case Menu::Help: return q->d->helpMenu;
    }
    return nullptr;
}

QToolBar *MainWindow::Host::toolBar() const { return q->d->toolBar; }

void MainWindow::Host::setTimelineWidget(QWidget *timeline)
{
    q->d->eventSplit->insertWidget(0, timeline);
    q->d->eventSplit->setStretchFactor(0, 3);
    q->d->eventSplit->setStretchFactor(1, 2);
    q->d->eventSplit->restoreState(QSettings().value(QStringLiteral("window/eventSplit")).toByteArray());
}

void MainWindow::Host::setSessionProblemCounts(const QString &sessionDir, int errors, int warnings)
{
    q->d->browser->model()->setProblemCounts(sessionDir, errors, warnings);
}

void MainWindow::Host::addCloseListener(int order, QObject *owner, CloseListener listener)
{
    auto &list = q->d->closeListeners;
    const auto at = std::upper_bound(list.begin(), list.end(), order,
                                     [](int o, const Private::CloseEntry &e) { return o < e.order; });
    list.insert(at, Private::CloseEntry{order, owner, std::move(listener)});
}

void MainWindow::Host::showStatusMessage(const QString &text, int timeoutMs)
{
    q->statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::Host::setSessionProblemCounter(ProblemCounter counter)
{
    q->d->browser->model()->setProblemCounter(std::move(counter));
}
