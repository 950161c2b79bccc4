#pragma once

#include <QPointer>
#include <QWidget>

class Runner;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
struct ConsoleLine;

// A run's console: stdout, stderr and the runner's own notes, each line
// timestamped, live while the run goes, searchable (Enter = next match,
// Shift+Enter = previous). A past run shows its .log file.
class RunConsole : public QWidget
{
    Q_OBJECT
public:
    explicit RunConsole(QWidget *parent = nullptr);

    void setRunner(Runner *run);
    void showLog(const QString &logPath);
    void clear();
    QString text() const;
    bool find(const QString &text, bool backward = false);

    QLineEdit *searchField() const { return m_search; }

private:
    void append(const ConsoleLine &line);
    void flush();

    QPointer<Runner> m_run;
    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QLabel *m_status;
    QStringList m_pending;  // lines not shown yet: a flood is shown in batches
    QTimer *m_flush;
};
