#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>

// The doctor's diagnostics as a table, with the panel's filters (severity,
// rule, worker) applied in the model so that counts and rows agree.
class DiagnosticModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The message comes early: the panel usually sits in a narrow dock.
    enum Column { SeverityColumn, MessageColumn, FileColumn, LineColumn, RuleColumn, WorkerColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int Diagnostic::Severity
        RuleRole,
        FileRole,
        LineRole,
        ColumnRole,
        PointerRole,
        WorkerRole,
        EventIndexRole,                  // int, -1 when not about an event
    };

    explicit DiagnosticModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &allDiagnostics() const { return m_all; }
    const Diagnostic &diagnosticAt(int row) const { return m_all.at(m_visible.at(row)); }

    // Filters; an empty rule/worker means any.
    void setSeverityVisible(Diagnostic::Severity s, bool visible);
    bool isSeverityVisible(Diagnostic::Severity s) const { return m_severityVisible[s]; }
    void setRuleFilter(const QString &rule);
    void setWorkerFilter(const QString &worker);

    int count(Diagnostic::Severity s) const; // over all diagnostics, filters ignored
    QStringList rules() const;               // distinct, sorted
    QStringList workers() const;             // distinct, sorted

    void setSeverityIcons(const QIcon &error, const QIcon &warning, const QIcon &info);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    void refilter();

    Diagnostics m_all;
    QVector<int> m_visible;
    bool m_severityVisible[3] = {true, true, true};
    QString m_rule, m_worker;
    QIcon m_icons[3];
};
