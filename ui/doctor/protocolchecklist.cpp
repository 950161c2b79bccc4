#include "protocolchecklist.h"

#include <QHeaderView>
#include <QStyle>

ProtocolChecklist::ProtocolChecklist(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Worker / step"), tr("Detail")});
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    setColumnWidth(0, 230);
}

void ProtocolChecklist::setChecklists(const QVector<WorkerChecklist> &checklists)
{
    // Remember which workers were collapsed so that a refresh keeps the view.
    QSet<QString> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (!topLevelItem(i)->isExpanded())
            collapsed.insert(topLevelItem(i)->text(0));
    }
    clear();
    const QIcon passed = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon failed = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon pending = style()->standardIcon(QStyle::SP_BrowserReload);
    for (const WorkerChecklist &cl : checklists) {
        auto *top = new QTreeWidgetItem(this, {cl.worker});
        int failures = 0;
        for (const ChecklistItem &item : cl.items) {
            auto *child = new QTreeWidgetItem(top, {item.label, item.detail});
            child->setIcon(0, item.state == ChecklistItem::Passed ? passed : item.state == ChecklistItem::Failed ? failed : pending);
            child->setData(0, Qt::UserRole, int(item.state));
            failures += item.state == ChecklistItem::Failed;
        }
        top->setIcon(0, failures ? failed : passed);
        top->setText(1, failures ? tr("%n step(s) failed", nullptr, failures) : QString());
        top->setExpanded(!collapsed.contains(cl.worker));
    }
}
