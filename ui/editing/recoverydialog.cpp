#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Edits"));
    resize(760, 360);
    auto *intro = new QLabel(tr("Session Inspector ended before these edits were saved. Restore them into an editor "
                                "(nothing is written to the files until you save), or discard them."),
                             this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("File"), tr("Edited"), tr("Size"), tr("On disk")});
    for (const RecoveryEntry &e : m_entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QDir::toNativeSeparators(e.filePath));
        item->setToolTip(0, item->text(0));
        item->setText(1, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, tr("%n line(s)", nullptr, int(e.text.count(u'\n')) + 1));
        const QFileInfo disk(e.filePath);
        item->setText(3, !disk.exists() ? tr("missing")
                         : disk.lastModified() > e.savedAt ? tr("changed later")
                                                            : tr("older"));
        item->setCheckState(0, Qt::Checked);
    }
    // The path is what tells entries apart: give it the room.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("Restore Checked"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("Discard Checked"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    connect(restore, &QPushButton::clicked, this, [this] {
        Q_EMIT restoreRequested(checkedEntries());
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        Q_EMIT discardRequested(checkedEntries());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

int RecoveryDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

void RecoveryDialog::setChecked(int row, bool checked)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QList<RecoveryEntry> RecoveryDialog::checkedEntries() const
{
    QList<RecoveryEntry> out;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_entries.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            out.append(m_entries.at(i));
    }
    return out;
}
