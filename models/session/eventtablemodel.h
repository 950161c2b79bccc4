#pragma once

#include "eventfilter.h"
#include "jobtracker.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>

#include <memory>

class LiveSession;

// The event table: one row per EVENTS.jsonl entry, in file order unless
// sorted, filtered by an EventFilterSpec. Filtering and sorting a big log run
// on a worker thread (a snapshot of the store, a job id so that stale results
// are dropped); until the result arrives the previous rows stay.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, AgentColumn, TypeColumn, StatusColumn, DetailsColumn, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1, // int: index in the store (file order)
        LineNumberRole,                    // int: 1-based line in EVENTS.jsonl
        TimeMsRole,                        // qint64: UTC ms
        FlagsRole,                         // int: EntryFlag bits
        SortRole,
    };

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    void setSession(LiveSession *session);
    void setFilter(const EventFilterSpec &spec);
    const EventFilterSpec &filter() const { return m_spec; }
    void setUtc(bool utc);

    int eventAt(int row) const;          // -1 when out of range
    int rowForEvent(int eventIndex) const; // -1 when filtered out
    bool isBusy() const { return m_jobRunning; }
    // Per-event visibility under the current filter (empty = everything visible).
    const std::vector<bool> &mask() const { return m_mask; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void viewChanged(); // rows or mask rebuilt

private:
    void onAppended(int first, int last);
    void onReset();
    void rebuild();
    bool identity() const { return m_identity; }

    QPointer<LiveSession> m_session;
    EventFilterSpec m_spec;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_utc = true;
    bool m_identity = true;          // no filter, file order: row == event index
    int m_identityCount = 0;         // rows announced to views in identity mode
    std::vector<quint32> m_rows;     // otherwise: row -> event index
    std::vector<bool> m_mask;
    mutable std::vector<int> m_inverse; // event -> row, built on demand
    bool m_jobRunning = false;
    mutable QCache<int, QString> m_summaries;
    JobTracker m_jobs; // filter and sort off the GUI thread; the newest wins
};
