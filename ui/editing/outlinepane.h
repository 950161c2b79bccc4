#pragma once

#include "markdownoutline.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

// The notes document's headings beside the template's required ones:
// present headings jump to their line, missing required ones are greyed and
// can be inserted where they belong.
class OutlinePane : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePane(QWidget *parent = nullptr);

    void setRows(const QList<OutlineRow> &rows);
    const QList<OutlineRow> &rows() const { return m_rows; }
    int missingCount() const;
    QListWidget *list() const { return m_list; }
    // Activates row `row` as a double-click would.
    void activateRow(int row);

Q_SIGNALS:
    void lineActivated(int line);                // 0-based
    void insertRequested(int requiredIndex);
    void insertAllRequested();

private:
    void updateButtons();
    QList<OutlineRow> m_rows;
    QListWidget *m_list;
    QPushButton *m_insert;
    QPushButton *m_insertAll;
};
