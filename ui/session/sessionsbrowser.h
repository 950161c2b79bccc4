#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class SessionListModel;

// Lists the sessions of a sessions folder: sortable, filterable; activating
// a row opens it.
class SessionsBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsBrowser(QWidget *parent = nullptr);

    SessionListModel *model() const { return m_model; }
    void setSessions(const QStringList &dirs);
    void setCurrent(const QString &dir);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void sessionActivated(const QString &dir);
    void contextMenuRequested(QMenu *menu, const QString &dir);

private:
    SessionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
};
