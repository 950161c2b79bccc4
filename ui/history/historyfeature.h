#pragma once

#include "historyindexer.h"
#include "historysearch.h"
#include "jobtracker.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class FeatureHost;
class HistoryPanel;
class LiveSession;
class QTimer;

// The History dock: search across every indexed session, and the index kept
// up to date in the background. Every folder the operator opens becomes a
// root of the index (remembered in it); the index is read and written only
// in JobTracker jobs, each on its own connection. The index file is
// HistoryDatabase::defaultLocation(), or $SI_HISTORY_INDEX. Listed in
// app/featurelist.cpp.
class HistoryFeature : public QObject
{
    Q_OBJECT
public:
    explicit HistoryFeature(FeatureHost *host);
    ~HistoryFeature() override;

    HistoryPanel *panel() const { return m_panel; }
    QString indexLocation() const { return m_location; }
    void reindex();              // every remembered root, incremental
    void cancelIndexing();
    void search();               // now, without the debounce
    bool isIndexing() const { return m_indexing; }

Q_SIGNALS:
    void indexFinished(const IndexReport &report);
    void searchFinished(const SearchResult &result);

private:
    void sessionOpened(LiveSession *session);
    void openHit(const SearchHit &hit);
    void navigate(LiveSession *session);
    void editRoots();
    void startIndex(const QStringList &addRoots, const QStringList &removeRoots);

    FeatureHost *m_host;
    HistoryPanel *m_panel;
    QString m_location;
    QTimer *m_debounce;
    JobTracker m_indexJobs;
    JobTracker m_searchJobs;
    JobTracker m_rootJobs; // its own: a Latest job on m_indexJobs would drop the index's result
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_indexing = false;
    QStringList m_queuedRoots; // roots opened while an index ran: indexed next
    std::optional<SearchHit> m_pending; // a hit whose session is being opened
};
