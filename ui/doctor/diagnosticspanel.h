#pragma once

#include "diagnostic.h"

#include <QWidget>

class DiagnosticModel;
class QComboBox;
class QLabel;
class QToolButton;
class QTreeView;

// Lists the doctor's diagnostics with severity icons, counts and filters
// (severity, rule, worker). Double-click asks to show the event or the file
// at the line; the feature object decides how.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    void setBusy(bool busy);
    DiagnosticModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Activates row `row` as a double-click would (for tests and keyboard).
    void activateRow(int row);

Q_SIGNALS:
    void eventRequested(int eventIndex);
    void fileRequested(const QString &relativePath, int line);

private:
    void updateCounts();
    void updateFilterChoices();

    DiagnosticModel *m_model;
    QTreeView *m_view;
    QToolButton *m_severity[3];
    QComboBox *m_rule;
    QComboBox *m_worker;
    QLabel *m_status;
};
