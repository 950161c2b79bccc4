#include "runlistmodel.h"

#include "runner.h"
#include "runqueue.h"

#include <QLocale>
#include <algorithm>
#include <QTimer>

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent), m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        for (int r = 0; r < m_rows.size(); ++r) {
            const Runner *run = m_rows.at(r).runner;
            if (run && (run->state() == RunState::Running || run->state() == RunState::Stopping))
                Q_EMIT dataChanged(index(r, Duration), index(r, Duration), {Qt::DisplayRole});
        }
    });
    m_tick->start();
}

void RunListModel::setQueue(RunQueue *queue)
{
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    beginResetModel();
    m_rows.clear();
    if (queue) {
        const QList<Runner *> runs = queue->runs();
        for (auto it = runs.crbegin(); it != runs.crend(); ++it)
            m_rows.append(Row{*it, {}}); // newest first
    }
    endResetModel();
    rebuildPast();
    if (queue) {
        connect(queue, &RunQueue::runAdded, this, &RunListModel::addRunner);
        connect(queue, &RunQueue::runRemoved, this, &RunListModel::removeRunner);
        connect(queue, &RunQueue::runChanged, this, &RunListModel::runnerChanged);
    }
}

void RunListModel::setPastRuns(const QList<RunRecord> &records)
{
    m_allPast = records;
    rebuildPast();
}

void RunListModel::rebuildPast()
{
    int live = 0;
    while (live < m_rows.size() && m_rows.at(live).runner)
        ++live;
    if (live < m_rows.size()) {
        beginRemoveRows({}, live, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + live, m_rows.end());
        endRemoveRows();
    }
    QList<Row> add;
    for (const RunRecord &r : std::as_const(m_allPast)) {
        bool isLive = false;
        for (int i = 0; i < live && !isLive; ++i)
            isLive = m_rows.at(i).runner->id() == r.runId;
        if (!isLive)
            add.append(Row{nullptr, r});
    }
    if (!add.isEmpty()) {
        beginInsertRows({}, live, live + int(add.size()) - 1);
        m_rows.append(add);
        endInsertRows();
    }
}

void RunListModel::addRunner(Runner *run)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{run, {}});
    endInsertRows();
}

void RunListModel::removeRunner(Runner *run)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).runner == run) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
            return;
        }
    }
}

void RunListModel::runnerChanged(Runner *run)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).runner == run)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RunRecord &RunListModel::recordOf(const Row &row) const
{
    return row.runner ? row.runner->record() : row.past;
}

Runner *RunListModel::runnerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).runner.data() : nullptr;
}

RunRecord RunListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? recordOf(m_rows.at(row)) : RunRecord();
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (recordOf(m_rows.at(r)).runId == runId)
            return r;
    return -1;
}

QString RunListModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1.%2 s").arg(s).arg((ms % 1000) / 100);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString RunListModel::formatTokens(const RunResultTotals &t)
{
    if (!t.present)
        return {};
    const QLocale loc;
    return tr("%1 in / %2 out").arg(loc.toString(t.inputTokens + t.cacheCreationTokens + t.cacheReadTokens),
                                     loc.toString(t.outputTokens));
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RunRecord &r = recordOf(row);
    switch (role) {
    case RunIdRole: return r.runId;
    case StateRole: return int(r.state);
    case IsLiveRole: return !row.runner.isNull();
    case Qt::ToolTipRole:
    {
        QString tip = r.runId;
        if (!r.endReason.isEmpty())
            tip += u'\n' + r.endReason;
        for (const QString &w : r.warnings)
            tip += u'\n' + w;
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
    case Qt::DisplayRole: {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case Worker: return r.worker;
        case Session: return r.sessionId;
        case Profile: return r.profileName;
        case State: {
            QString s = RunStates::displayName(r.state);
            if (r.detached && !RunStates::isFinal(r.state))
                s = tr("running (detached)");
            // A run of several steps (the framework's 3 phases) says which one it is in.
            if (!sort && r.steps.size() > 1 && r.currentStep >= 0 && r.currentStep < r.steps.size()
                && !RunStates::isFinal(r.state))
                s += QStringLiteral(" (%1/%2 %3)").arg(r.currentStep + 1).arg(r.steps.size()).arg(r.steps.at(r.currentStep).kind);
            if (!r.warnings.isEmpty() && !sort)
                s += QStringLiteral(" ⚠");
            return s;
        }
        case Started:
            if (sort)
                return r.startedAt.isValid() ? r.startedAt : r.queuedAt;
            return r.startedAt.isValid() ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat) : QString();
        case Duration: {
            const qint64 ms = (row.runner || r.endedAt.isValid()) ? r.durationMs() : -1;
            return sort ? QVariant(ms) : QVariant(formatDuration(ms));
        }
        case ExitCode:
            if (r.exitStatus.isEmpty())
                return sort ? QVariant(-1) : QVariant(QString());
            return sort ? QVariant(r.exitCode) : QVariant(r.exitStatus == QLatin1String("crashed") ? tr("signal") : QString::number(r.exitCode));
        case Turns:
            return r.totals.present && r.totals.numTurns >= 0 ? QVariant(r.totals.numTurns) : QVariant(sort ? QVariant(-1) : QVariant());
        case Tokens:
            return sort ? QVariant(r.totals.inputTokens + r.totals.outputTokens) : QVariant(formatTokens(r.totals));
        case Cost:
            if (r.totals.costUsd < 0)
                return sort ? QVariant(-1.0) : QVariant();
            return sort ? QVariant(r.totals.costUsd) : QVariant(QStringLiteral("$%1").arg(r.totals.costUsd, 0, 'f', 4));
        case ColumnCount: break;
        }
        break;
    }
    default: break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Worker: return tr("Worker");
    case Session: return tr("Session");
    case Profile: return tr("Profile");
    case State: return tr("State");
    case Started: return tr("Started");
    case Duration: return tr("Duration");
    case ExitCode: return tr("Exit");
    case Turns: return tr("Turns");
    case Tokens: return tr("Tokens");
    case Cost: return tr("Cost");
    case ColumnCount: break;
    }
    return {};
}
