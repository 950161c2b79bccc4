#include "diagnosticmodel.h"

#include <QSet>

DiagnosticModel::DiagnosticModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_all = diagnostics;
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Diagnostic &d = m_all.at(i);
        if (m_severityVisible[d.severity] && (m_rule.isEmpty() || d.rule == m_rule)
            && (m_worker.isEmpty() || d.agent == m_worker))
            m_visible.push_back(i);
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void DiagnosticModel::refilter()
{
    setDiagnostics(Diagnostics(m_all));
}

void DiagnosticModel::setSeverityVisible(Diagnostic::Severity s, bool visible)
{
    if (m_severityVisible[s] == visible)
        return;
    m_severityVisible[s] = visible;
    refilter();
}

void DiagnosticModel::setRuleFilter(const QString &rule)
{
    if (m_rule == rule)
        return;
    m_rule = rule;
    refilter();
}

void DiagnosticModel::setWorkerFilter(const QString &worker)
{
    if (m_worker == worker)
        return;
    m_worker = worker;
    refilter();
}

int DiagnosticModel::count(Diagnostic::Severity s) const
{
    int n = 0;
    for (const Diagnostic &d : m_all)
        n += d.severity == s;
    return n;
}

QStringList DiagnosticModel::rules() const
{
    QSet<QString> set;
    for (const Diagnostic &d : m_all)
        set.insert(d.rule);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QStringList DiagnosticModel::workers() const
{
    QSet<QString> set;
    for (const Diagnostic &d : m_all) {
        if (!d.agent.isEmpty())
            set.insert(d.agent);
    }
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

void DiagnosticModel::setSeverityIcons(const QIcon &error, const QIcon &warning, const QIcon &info)
{
    m_icons[Diagnostic::Error] = error;
    m_icons[Diagnostic::Warning] = warning;
    m_icons[Diagnostic::Info] = info;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), {Qt::DecorationRole});
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DiagnosticModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size() || index.column() >= ColumnCount)
        return QVariant();
    const Diagnostic &d = diagnosticAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return Diagnostic::severityName(d.severity);
        case RuleColumn: return d.rule;
        case FileColumn: return d.file;
        case LineColumn: return d.line > 0 ? QVariant(d.line) : QVariant();
        case WorkerColumn: return d.agent;
        case MessageColumn: return d.message;
        }
        break;
    case Qt::ToolTipRole:
        return QString(d.toText() + (d.pointer.isEmpty() ? QString() : QString(QStringLiteral("\n") + d.pointer)));
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn && !m_icons[d.severity].isNull())
            return m_icons[d.severity];
        break;
    case SeverityRole: return int(d.severity);
    case RuleRole: return d.rule;
    case FileRole: return d.file;
    case LineRole: return d.line;
    case ColumnRole: return d.column;
    case PointerRole: return d.pointer;
    case WorkerRole: return d.agent;
    case EventIndexRole: return d.eventIndex;
    default: break;
    }
    return QVariant();
}

QVariant DiagnosticModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case WorkerColumn: return tr("Worker");
    case MessageColumn: return tr("Message");
    }
    return QVariant();
}
