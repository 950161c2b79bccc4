#pragma once

#include <QTreeWidget>

struct SessionFiles;

// The session's files grouped by role; activating one opens it.
class FilesPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FilesPanel(QWidget *parent = nullptr);
    void setFiles(const SessionFiles &files);

Q_SIGNALS:
    void fileActivated(const QString &relativePath);
};
