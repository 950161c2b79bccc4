#pragma once

#include "recoverystore.h"

#include <QDialog>

class QTreeWidget;

// Offered at start when edits of an earlier run were never saved: each
// entry shows its file and when it was written; the user restores or
// discards each (unchecked entries are kept for next time).
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent = nullptr);

    QList<RecoveryEntry> checkedEntries() const;
    void setChecked(int row, bool checked);
    int rowCount() const;

Q_SIGNALS:
    void restoreRequested(const QList<RecoveryEntry> &entries);
    void discardRequested(const QList<RecoveryEntry> &entries);

private:
    QList<RecoveryEntry> m_entries;
    QTreeWidget *m_list;
};
