#include "eventtablemodel.h"

#include "eventdetails.h"
#include "livesession.h"

#include <QDateTime>
#include <QFont>

#include <algorithm>
#include <numeric>

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_summaries(20000)
    , m_jobs(this)
{
}

EventTableModel::~EventTableModel() = default; // the tracker drops the job in flight

void EventTableModel::setSession(LiveSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    beginResetModel();
    m_session = session;
    m_rows.clear();
    m_mask.clear();
    m_inverse.clear();
    m_summaries.clear();
    m_identity = m_spec.isEmpty() && m_sortColumn < 0;
    m_identityCount = session ? session->events().size() : 0;
    endResetModel();
    if (session) {
        connect(session, &LiveSession::eventsAppended, this, &EventTableModel::onAppended);
        connect(session, &LiveSession::eventsReset, this, &EventTableModel::onReset);
    }
    if (!m_identity)
        rebuild();
    Q_EMIT viewChanged();
}

void EventTableModel::setFilter(const EventFilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    rebuild();
}

void EventTableModel::setUtc(bool utc)
{
    m_utc = utc;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    // The time column in ascending order is file order: the order of record.
    if ((column == TimeColumn && order == Qt::AscendingOrder) || column < 0)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

void EventTableModel::rebuild()
{
    if (!m_session || (m_spec.isEmpty() && m_sortColumn < 0)) {
        m_jobs.cancel();
        m_jobRunning = false;
        beginResetModel();
        m_identity = true;
        m_identityCount = m_session ? m_session->events().size() : 0;
        m_rows.clear();
        m_mask.clear();
        m_inverse.clear();
        endResetModel();
        Q_EMIT busyChanged(false);
        Q_EMIT viewChanged();
        return;
    }
    m_jobRunning = true;
    Q_EMIT busyChanged(true);
    // A snapshot: the worker must not see appends the GUI thread applies meanwhile.
    auto store = std::make_shared<EventStore>(m_session->events());
    const EventFilterSpec spec = m_spec;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    struct View
    {
        std::shared_ptr<std::vector<bool>> mask;
        std::shared_ptr<std::vector<quint32>> rows;
    };
    m_jobs.start([=](const JobTracker::Context &ctx) {
        const std::atomic<bool> *cancel = ctx.cancelFlag();
        auto mask = std::make_shared<std::vector<bool>>();
        auto rows = std::make_shared<std::vector<quint32>>();
        if (spec.isEmpty()) {
            rows->resize(size_t(store->size()));
            std::iota(rows->begin(), rows->end(), 0u);
        } else {
            EventMatcher matcher(*store, spec);
            *rows = matcher.matchAll(*mask, cancel);
        }
        if (column >= 0 && !cancel->load()) {
            const StringTable &st = store->strings();
            auto key = [&](quint32 i) -> const QString & {
                switch (column) {
                case AgentColumn: return st.at(store->agentId(int(i)));
                case TypeColumn: return st.at(store->kindId(int(i)));
                default: return st.at(store->statusId(int(i)));
                }
            };
            if (column == TimeColumn || column == DetailsColumn) {
                std::stable_sort(rows->begin(), rows->end(), [&](quint32 a, quint32 b) { return store->timeMs(int(a)) < store->timeMs(int(b)); });
            } else {
                std::stable_sort(rows->begin(), rows->end(), [&](quint32 a, quint32 b) { return key(a) < key(b); });
            }
            if (order == Qt::DescendingOrder)
                std::reverse(rows->begin(), rows->end());
        }
        return View{mask, rows};
    }, [this, store](View view) {
            auto mask = std::move(view.mask);
            auto rows = std::move(view.rows);
            m_jobRunning = false;
            beginResetModel();
            m_identity = false;
            m_rows = std::move(*rows);
            m_mask = std::move(*mask);
            m_inverse.clear();
            endResetModel();
            // Entries appended while the job ran are judged now.
            if (m_session && store->size() < m_session->events().size())
                onAppended(store->size(), m_session->events().size() - 1);
            Q_EMIT busyChanged(false);
            Q_EMIT viewChanged();
    });
}

void EventTableModel::onAppended(int first, int last)
{
    if (m_identity) {
        // The store already holds the rows; the count the view knows grows here.
        first = std::max(first, m_identityCount);
        if (last < first)
            return;
        beginInsertRows(QModelIndex(), first, last);
        m_identityCount = last + 1;
        endInsertRows();
        return;
    }
    if (m_jobRunning)
        return; // the job's completion picks these up
    if (m_sortColumn >= 0) {
        rebuild(); // sorted views are rebuilt (in the background)
        return;
    }
    const EventStore &store = m_session->events();
    EventMatcher matcher(store, m_spec);
    std::vector<quint32> added;
    if (!m_spec.isEmpty())
        m_mask.resize(size_t(store.size()), false);
    for (int i = first; i <= last; ++i) {
        if (m_spec.isEmpty() || matcher.matches(i)) {
            added.push_back(quint32(i));
            if (!m_spec.isEmpty())
                m_mask[size_t(i)] = true;
        }
    }
    if (!added.empty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        m_inverse.clear();
        endInsertRows();
    }
    Q_EMIT viewChanged();
}

void EventTableModel::onReset()
{
    m_summaries.clear();
    if (m_identity) {
        beginResetModel();
        m_identityCount = m_session ? m_session->events().size() : 0;
        endResetModel();
        Q_EMIT viewChanged();
    } else {
        rebuild();
    }
}

int EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_identity ? row : int(m_rows[size_t(row)]);
}

int EventTableModel::rowForEvent(int eventIndex) const
{
    if (!m_session || eventIndex < 0 || eventIndex >= m_session->events().size())
        return -1;
    if (m_identity)
        return eventIndex < m_identityCount ? eventIndex : -1;
    if (m_sortColumn < 0) {
        auto it = std::lower_bound(m_rows.begin(), m_rows.end(), quint32(eventIndex));
        return it != m_rows.end() && *it == quint32(eventIndex) ? int(it - m_rows.begin()) : -1;
    }
    if (m_inverse.size() != size_t(m_session->events().size())) {
        m_inverse.assign(size_t(m_session->events().size()), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            m_inverse[m_rows[r]] = int(r);
    }
    return m_inverse[size_t(eventIndex)];
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session)
        return 0;
    return m_identity ? m_identityCount : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int ev = eventAt(index.row());
    const EventStore &store = m_session->events();
    if (ev < 0 || ev >= store.size())
        return {}; // the store was just reset; the reset signal is on its way
    const quint16 flags = store.flags(ev);
    switch (role) {
    case EventIndexRole: return ev;
    case LineNumberRole: return int(store.lineNumber(ev));
    case TimeMsRole: return store.timeMs(ev);
    case FlagsRole: return int(flags);
    case Qt::FontRole:
        if (index.column() == TimeColumn && (flags & EntryFlag::TimeEstimated)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && (flags & EntryFlag::TimeEstimated))
            return tr("No readable timestamp: placed by file order (line %1)").arg(store.lineNumber(ev));
        if (index.column() == DetailsColumn)
            return EventDetails::summary(store.rawLine(ev), LogKind::Events, 2000);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(store.timeMs(ev), m_utc ? Qt::UTC : Qt::LocalTime);
            return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        }
        case AgentColumn: return store.agentId(ev) ? store.agent(ev) : tr("(no agent)");
        case TypeColumn: return store.kindId(ev) ? store.kindName(ev) : tr("(no type)");
        case StatusColumn: return store.status(ev);
        case DetailsColumn: {
            if (QString *cached = m_summaries.object(ev))
                return *cached;
            auto *s = new QString(EventDetails::summary(store.rawLine(ev), LogKind::Events));
            const QString copy = *s;
            m_summaries.insert(ev, s);
            return copy;
        }
        }
        return {};
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TimeColumn: return m_utc ? tr("Time (UTC)") : tr("Time (local)");
    case AgentColumn: return tr("Agent");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case DetailsColumn: return tr("Details");
    }
    return {};
}
