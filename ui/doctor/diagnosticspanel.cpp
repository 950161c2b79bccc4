#include "diagnosticspanel.h"

#include "diagnosticmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticModel(this))
    , m_view(new QTreeView(this))
    , m_rule(new QComboBox(this))
    , m_worker(new QComboBox(this))
    , m_status(new QLabel(this))
{
    const QIcon icons[3] = {style()->standardIcon(QStyle::SP_MessageBoxCritical),
                            style()->standardIcon(QStyle::SP_MessageBoxWarning),
                            style()->standardIcon(QStyle::SP_MessageBoxInformation)};
    m_model->setSeverityIcons(icons[0], icons[1], icons[2]);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < 3; ++s) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(true);
        b->setIcon(icons[s]);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(b, &QToolButton::toggled, this, [this, s](bool on) {
            m_model->setSeverityVisible(Diagnostic::Severity(s), on);
        });
        m_severity[s] = b;
        bar->addWidget(b);
    }
    m_rule->setToolTip(tr("Show one rule only"));
    m_worker->setToolTip(tr("Show one worker only"));
    bar->addWidget(m_rule);
    bar->addWidget(m_worker);
    bar->addStretch(1);
    bar->addWidget(m_status);
    connect(m_rule, &QComboBox::activated, this, [this](int i) { m_model->setRuleFilter(m_rule->itemData(i).toString()); });
    connect(m_worker, &QComboBox::activated, this, [this](int i) { m_model->setWorkerFilter(m_worker->itemData(i).toString()); });

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiagnosticModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(DiagnosticModel::MessageColumn, 460);
    m_view->setColumnWidth(DiagnosticModel::FileColumn, 220);
    m_view->setColumnWidth(DiagnosticModel::LineColumn, 50);
    m_view->setColumnWidth(DiagnosticModel::RuleColumn, 210);
    m_view->setColumnWidth(DiagnosticModel::WorkerColumn, 120);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_model, &DiagnosticModel::countsChanged, this, &DiagnosticsPanel::updateCounts);
    updateCounts();
    updateFilterChoices();
}

void DiagnosticsPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    m_model->setDiagnostics(diagnostics);
    updateFilterChoices();
}

void DiagnosticsPanel::setBusy(bool busy)
{
    m_status->setText(busy ? tr("Checking…") : QString());
}

void DiagnosticsPanel::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Diagnostic &d = m_model->diagnosticAt(row);
    if (d.eventIndex >= 0)
        Q_EMIT eventRequested(d.eventIndex);
    else if (!d.file.isEmpty())
        Q_EMIT fileRequested(d.file, d.line);
}

void DiagnosticsPanel::updateCounts()
{
    m_severity[Diagnostic::Error]->setText(tr("%n error(s)", nullptr, m_model->count(Diagnostic::Error)));
    m_severity[Diagnostic::Warning]->setText(tr("%n warning(s)", nullptr, m_model->count(Diagnostic::Warning)));
    m_severity[Diagnostic::Info]->setText(tr("%n note(s)", nullptr, m_model->count(Diagnostic::Info)));
}

void DiagnosticsPanel::updateFilterChoices()
{
    // Keep the current choice when it still exists, else fall back to "all".
    auto refill = [](QComboBox *box, const QString &allText, const QStringList &values) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(allText, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        const int i = box->findData(current);
        box->setCurrentIndex(i < 0 ? 0 : i);
        return i < 0 ? QString() : current;
    };
    m_model->setRuleFilter(refill(m_rule, tr("All rules"), m_model->rules()));
    m_model->setWorkerFilter(refill(m_worker, tr("All workers"), m_model->workers()));
}
