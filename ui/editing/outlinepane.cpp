#include "outlinepane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

OutlinePane::OutlinePane(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_insert(new QPushButton(tr("Insert"), this))
    , m_insertAll(new QPushButton(tr("Insert All Missing"), this))
{
    auto *title = new QLabel(tr("Outline"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_insert->setToolTip(tr("Insert the selected missing heading where the template puts it"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_insert);
    buttons->addWidget(m_insertAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activateRow(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &OutlinePane::updateButtons);
    connect(m_insert, &QPushButton::clicked, this, [this] { activateRow(m_list->currentRow()); });
    connect(m_insertAll, &QPushButton::clicked, this, &OutlinePane::insertAllRequested);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_list->row(m_list->itemAt(pos));
        if (row < 0 || row >= m_rows.size() || !m_rows.at(row).missing)
            return;
        QMenu menu(this);
        menu.addAction(tr("Insert Heading Here"), this, [this, row] { activateRow(row); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    updateButtons();
}

void OutlinePane::setRows(const QList<OutlineRow> &rows)
{
    const int current = m_list->currentRow();
    m_rows = rows;
    m_list->clear();
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (const OutlineRow &row : rows) {
        auto *item = new QListWidgetItem(QString(std::max(0, row.level - 1) * 2, u' ') + row.text, m_list);
        if (row.missing) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setForeground(grey);
            item->setToolTip(tr("Required by the template but missing: double-click to insert it"));
        } else if (row.requiredIndex < 0) {
            item->setToolTip(tr("Line %1 (not in the template)").arg(row.line + 1));
        } else {
            item->setToolTip(tr("Line %1").arg(row.line + 1));
        }
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    updateButtons();
}

int OutlinePane::missingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const OutlineRow &r) { return r.missing; }));
}

void OutlinePane::activateRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const OutlineRow &r = m_rows.at(row);
    if (r.missing)
        Q_EMIT insertRequested(r.requiredIndex);
    else
        Q_EMIT lineActivated(r.line);
}

void OutlinePane::updateButtons()
{
    const int row = m_list->currentRow();
    m_insert->setEnabled(row >= 0 && row < m_rows.size() && m_rows.at(row).missing);
    m_insertAll->setEnabled(missingCount() > 0);
}
