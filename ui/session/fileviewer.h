#pragma once

#include <QPlainTextEdit>

// A read-only view of one session file (SESSION.md, notes, responses,
// prompts, backlog). Reloads when the file changes; keeps the scroll position.
class FileViewer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit FileViewer(const QString &path, QWidget *parent = nullptr);
    QString path() const { return m_path; }
    void reload();
    void goToLine(int line);

private:
    QString m_path;
};
