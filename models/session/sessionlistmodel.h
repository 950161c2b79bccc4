#pragma once

#include "diagnostic.h"
#include "jobtracker.h"
#include "sessionscanner.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

// The sessions browser: one row per session folder, filled in by background
// scans as they finish.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TaskColumn, StatusColumn, CreatedColumn, EventsColumn, WorkersColumn, LastActivityColumn, ProblemsColumn, ColumnCount };
    enum Role { DirRole = Qt::UserRole + 1, SortRole };

    explicit SessionListModel(QObject *parent = nullptr);

    // Counts a session's problems for its badge (the doctor provides it; the
    // session library does not know the doctor). Runs on a worker thread.
    using ProblemCounter = std::function<DoctorCounts(const QString &sessionDir)>;
    void setProblemCounter(ProblemCounter counter);

    void setSessions(const QStringList &dirs); // starts the scans
    // The quick scan again (task, status, counts of lines); problem counts
    // stay as they are: for an open session the doctor reports them itself.
    void rescan(const QString &dir);
    void setProblemCounts(const QString &dir, int errors, int warnings);
    int rowOf(const QString &dir) const;
    const SessionInfo &info(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyScan(const SessionInfo &info);
    std::vector<SessionInfo> m_rows;
    ProblemCounter m_counter;
    JobTracker m_scans;
    JobTracker m_rescans;
};
