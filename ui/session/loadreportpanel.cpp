#include "loadreportpanel.h"

#include "sessiondata.h"

#include <QStyle>

LoadReportPanel::LoadReportPanel(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("loadReport"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT locationActivated(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toInt());
    });
}

void LoadReportPanel::setData(const SessionData &data)
{
    clear();
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (!data.stateMessage.isEmpty()) {
        auto *item = new QListWidgetItem(warn, data.stateMessage, this);
        item->setData(Qt::UserRole, QStringLiteral("STATE.json"));
    }
    // Thousands of bad lines would only bury the first ones: show a cap and the total.
    constexpr int kShown = 5000;
    int shown = 0;
    for (const EventStore *store : {&data.events, &data.debug}) {
        const QString file = store == &data.events ? QStringLiteral("EVENTS.jsonl") : QStringLiteral("DEBUG.jsonl");
        for (const BadLine &b : store->badLines()) {
            if (shown++ >= kShown)
                break;
            auto *item = new QListWidgetItem(warn, tr("%1:%2: %3").arg(file).arg(b.line).arg(b.message), this);
            item->setData(Qt::UserRole, file);
            item->setData(Qt::UserRole + 1, int(b.line));
        }
        for (int i = 0; i < store->size() && shown < kShown; ++i) {
            const quint16 f = store->flags(i);
            QStringList what;
            if (f & EntryFlag::MissingTimestamp)
                what << tr("no timestamp");
            else if (f & EntryFlag::BadTimestamp)
                what << tr("unreadable timestamp");
            if (f & EntryFlag::MissingAgent)
                what << tr("no agent");
            if (f & EntryFlag::MissingKind)
                what << (store == &data.events ? tr("no type") : tr("no level"));
            if (f & EntryFlag::MissingPayload)
                what << (store == &data.events ? tr("no details") : tr("no message"));
            if (what.isEmpty())
                continue;
            ++shown;
            auto *item = new QListWidgetItem(warn, tr("%1:%2: kept, but %3").arg(file).arg(store->lineNumber(i)).arg(what.join(QStringLiteral(", "))), this);
            item->setData(Qt::UserRole, file);
            item->setData(Qt::UserRole + 1, int(store->lineNumber(i)));
        }
    }
    if (shown > kShown)
        addItem(tr("… and more (see session-inspector summary)"));
}
