#include "sessionlistmodel.h"


#include <QDateTime>
#include <QDir>

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_scans(this)
    , m_rescans(this)
{
    // Rescans of different sessions are independent: each keeps its result.
    m_rescans.setMode(JobTracker::Mode::All);
}

void SessionListModel::setProblemCounter(ProblemCounter counter)
{
    m_counter = std::move(counter);
}

void SessionListModel::setSessions(const QStringList &dirs)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &d : dirs) {
        SessionInfo i;
        i.dir = d;
        i.id = QDir(d).dirName();
        m_rows.push_back(i);
    }
    endResetModel();
    m_rescans.cancel(); // rows of the previous list
    // One background pass over all sessions: the quick scan first (rows fill
    // in at once), then the counts for the badges, which need each session
    // loaded whole.
    const ProblemCounter counter = m_counter;
    m_scans.start([dirs, counter, this](const JobTracker::Context &ctx) {
        for (const QString &d : dirs) {
            if (ctx.isCancelled())
                return;
            const SessionInfo info = SessionScanner::scan(d);
            ctx.post([this, info] { applyScan(info); });
        }
        if (!counter)
            return;
        for (const QString &d : dirs) {
            if (ctx.isCancelled())
                return;
            SessionInfo info = SessionScanner::scan(d);
            const DoctorCounts counts = counter(d);
            if (counts.readable) {
                info.errors = counts.errors;
                info.warnings = counts.warnings;
            }
            ctx.post([this, info] { applyScan(info); });
        }
    }, [] {});
}

void SessionListModel::rescan(const QString &dir)
{
    m_rescans.start([dir] { return SessionScanner::scan(dir); }, [this](const SessionInfo &info) { applyScan(info); });
}

void SessionListModel::applyScan(const SessionInfo &info)
{
    const int row = rowOf(info.dir);
    if (row < 0)
        return;
    SessionInfo merged = info;
    if (merged.errors < 0) { // a quick scan: keep the counts already known
        merged.errors = m_rows[size_t(row)].errors;
        merged.warnings = m_rows[size_t(row)].warnings;
    }
    m_rows[size_t(row)] = merged;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SessionListModel::setProblemCounts(const QString &dir, int errors, int warnings)
{
    const int row = rowOf(dir);
    if (row < 0)
        return;
    m_rows[size_t(row)].errors = errors;
    m_rows[size_t(row)].warnings = warnings;
    Q_EMIT dataChanged(index(row, ProblemsColumn), index(row, ProblemsColumn));
}

int SessionListModel::rowOf(const QString &dir) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].dir == dir)
            return int(i);
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString formatTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &s = m_rows[size_t(index.row())];
    if (role == DirRole)
        return s.dir;
    if (role == Qt::ToolTipRole)
        return s.dir;
    if (role == Qt::TextAlignmentRole && (index.column() == EventsColumn || index.column() == WorkersColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case IdColumn: return s.id;
    case TaskColumn: return s.task;
    case StatusColumn: return s.scanned ? s.status : tr("scanning…");
    case CreatedColumn: return sort ? QVariant(s.createdMs) : QVariant(formatTime(s.createdMs));
    case EventsColumn: return s.events < 0 ? QVariant() : QVariant(s.events);
    case WorkersColumn: return s.workers < 0 ? QVariant() : QVariant(s.workers);
    case LastActivityColumn: return sort ? QVariant(s.lastActivityMs) : QVariant(formatTime(s.lastActivityMs));
    case ProblemsColumn:
        if (s.errors < 0)
            return sort ? QVariant(-1) : QVariant();
        if (sort)
            return s.errors * 100000 + s.warnings;
        return tr("%1 errors, %2 warnings").arg(s.errors).arg(s.warnings);
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Session");
    case TaskColumn: return tr("Task");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case EventsColumn: return tr("Events");
    case WorkersColumn: return tr("Workers");
    case LastActivityColumn: return tr("Last activity");
    case ProblemsColumn: return tr("Problems");
    }
    return {};
}
