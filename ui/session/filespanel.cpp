#include "filespanel.h"

#include "sessionfiles.h"

#include <QHeaderView>

FilesPanel::FilesPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setObjectName(QStringLiteral("filesPanel"));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString rel = item->data(0, Qt::UserRole).toString();
        if (!rel.isEmpty())
            Q_EMIT fileActivated(rel);
    });
}

void FilesPanel::setFiles(const SessionFiles &f)
{
    clear();
    auto group = [this](const QString &title, const QStringList &paths) {
        if (paths.isEmpty())
            return;
        auto *g = new QTreeWidgetItem(this, {title});
        g->setFlags(Qt::ItemIsEnabled);
        for (const QString &p : paths) {
            auto *item = new QTreeWidgetItem(g, {p});
            item->setData(0, Qt::UserRole, p);
            item->setToolTip(0, p);
        }
        g->setExpanded(true);
    };
    QStringList session;
    for (const QString *s : {&f.sessionMd, &f.state, &f.backlog, &f.events, &f.debug, &f.notifications}) {
        if (!s->isEmpty())
            session << *s;
    }
    group(tr("Session"), session);
    group(tr("Notes"), f.notes);
    group(tr("Responses"), f.responses);
    group(tr("Prompts"), f.prompts);
    group(tr("Other"), f.others);
}
