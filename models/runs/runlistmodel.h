#pragma once

#include "runprovenance.h"

#include <QAbstractTableModel>
#include <QPointer>

class Runner;
class RunQueue;
class QTimer;

// The runs panel's table: live runs of the queue (newest first) followed by
// past runs of the open session read from workers/runs/*.json. A past run
// that is also live is shown once, live.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Worker, Session, Profile, State, Started, Duration, ExitCode, Turns, Tokens, Cost, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, StateRole, IsLiveRole, SortRole };

    explicit RunListModel(QObject *parent = nullptr);

    void setQueue(RunQueue *queue);
    void setPastRuns(const QList<RunRecord> &records); // replaces them

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Runner *runnerAt(int row) const;       // nullptr for a past run
    RunRecord recordAt(int row) const;
    int rowOf(const QString &runId) const;

    static QString formatDuration(qint64 ms);
    static QString formatTokens(const RunResultTotals &t);

private:
    struct Row {
        QPointer<Runner> runner;
        RunRecord past;
    };
    void addRunner(Runner *run);
    void removeRunner(Runner *run);
    void runnerChanged(Runner *run);
    void rebuildPast();
    const RunRecord &recordOf(const Row &row) const;

    QPointer<RunQueue> m_queue;
    QList<Row> m_rows;               // live rows first, then past rows
    QList<RunRecord> m_allPast;
    QTimer *m_tick;                  // running durations move
};
