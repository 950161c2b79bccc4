#include "timelinestallspanel.h"

#include "timeaxis.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

TimelineStallsPanel::TimelineStallsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No stalls: every active worker showed a sign of life at least every 5 minutes."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree);
    m_empty->setWordWrap(true);
    m_empty->setMargin(8);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Agent"), tr("Silent from (UTC)"), tr("For")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Stalls"));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = item->data(0, Qt::UserRole).toInt();
        if (row >= 0 && row < int(m_stalls.size()))
            Q_EMIT stallActivated(m_stalls[size_t(row)]);
    });
    // One click is enough to jump: the list is a navigation aid.
    connect(m_tree, &QTreeWidget::itemClicked, m_tree, &QTreeWidget::itemActivated);
    setStalls({});
}

void TimelineStallsPanel::setStalls(const std::vector<TimelineStall> &stalls)
{
    m_stalls = stalls;
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (size_t k = 0; k < m_stalls.size(); ++k) {
        const TimelineStall &s = m_stalls[k];
        auto *item = new QTreeWidgetItem;
        item->setText(0, s.agent);
        item->setText(1, QDateTime::fromMSecsSinceEpoch(s.startMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(2, TimeAxis::formatDuration(s.endMs - s.startMs) + (s.open ? tr(" (ongoing)") : QString()));
        item->setData(0, Qt::UserRole, int(k));
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->setVisible(!m_stalls.empty());
    m_empty->setVisible(m_stalls.empty());
}
