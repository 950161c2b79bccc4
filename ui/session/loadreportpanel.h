#pragma once

#include <QListWidget>

struct SessionData;

// What the loader could not read: each bad line with file, line and reason,
// and STATE.json problems. Activating an entry opens the file at the line.
class LoadReportPanel : public QListWidget
{
    Q_OBJECT
public:
    explicit LoadReportPanel(QWidget *parent = nullptr);
    void setData(const SessionData &data);
    int problemCount() const { return count(); }

Q_SIGNALS:
    void locationActivated(const QString &relativePath, int line);
};
