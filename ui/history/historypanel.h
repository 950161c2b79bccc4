#pragma once

#include "historysearch.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The History dock's content: the search box, the index's progress and the
// hits grouped by session. Paints and reports; HistoryFeature runs the jobs.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *results() const { return m_results; }
    QString query() const;
    bool rankOrder() const;

    void showHits(const std::vector<SearchHit> &hits, qint64 total);
    void showMessage(const QString &text);      // a search problem, said in the status line
    void setIndexing(bool running);
    void setIndexProgress(int done, int total);
    void setIndexStatus(const QString &text);
    const SearchHit *hitOf(QTreeWidgetItem *item) const;

Q_SIGNALS:
    void queryChanged();             // debounced by the feature
    void indexRequested();
    void cancelRequested();
    void rootsRequested();
    void hitActivated(const SearchHit &hit);

private:
    QLineEdit *m_search;
    QComboBox *m_order;
    QToolButton *m_index;
    QToolButton *m_cancel;
    QToolButton *m_roots;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_indexStatus;
    QTreeWidget *m_results;
    std::vector<SearchHit> m_hits;
};
