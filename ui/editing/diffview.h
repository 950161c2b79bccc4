#pragma once

#include "linediff.h"

#include <QDialog>

class QPlainTextEdit;
class QLabel;

// Line-by-line comparison of the file on disk (left) with the editor's text
// (right), as one unified list: removed lines red, added lines green.
class DiffView : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Close = 0, ReloadDisk = 1, KeepMine = 2 };

    DiffView(const QString &title, const QString &diskText, const QString &editorText, QWidget *parent = nullptr);

    const QList<DiffLine> &diff() const { return m_diff; }
    QString renderedText() const;

private:
    QList<DiffLine> m_diff;
    QPlainTextEdit *m_view;
};
