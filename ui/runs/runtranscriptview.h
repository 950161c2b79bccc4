#pragma once

#include <QPointer>
#include <QWidget>

class Runner;
class QTextBrowser;
struct TranscriptEntry;

// The readable side of a stream-json run: assistant text, each tool call
// with its input, each tool result, and the final result with its totals.
class RunTranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit RunTranscriptView(QWidget *parent = nullptr);

    void setRunner(Runner *run);
    // A past run: re-reads its stdout file when it is still there.
    void showStdoutFile(const QString &path);
    void clear();
    QString plainText() const;

    static QString entryHtml(const TranscriptEntry &e);

private:
    void appendEntries(int first, int count);

    QPointer<Runner> m_run;
    QTextBrowser *m_view;
};
