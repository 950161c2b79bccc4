#include "sessionsbrowser.h"

#include "sessionlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SessionsBrowser::SessionsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SessionListModel::SortRole);
    m_filter->setPlaceholderText(tr("Filter sessions"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionListModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setObjectName(QStringLiteral("sessionsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT sessionActivated(index.data(SessionListModel::DirRole).toString());
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        const QString dir = index.data(SessionListModel::DirRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, dir] { Q_EMIT sessionActivated(dir); });
        Q_EMIT contextMenuRequested(&menu, dir);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void SessionsBrowser::setSessions(const QStringList &dirs)
{
    m_model->setSessions(dirs);
    m_view->resizeColumnToContents(SessionListModel::IdColumn);
}

void SessionsBrowser::setCurrent(const QString &dir)
{
    const int row = m_model->rowOf(dir);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}
