#pragma once

#include "jobtracker.h"
#include "runprovenance.h"

#include <QPointer>
#include <QWidget>

class Runner;
class RunConsole;
class RunListModel;
class RunQueue;
class RunTranscriptView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
struct RunSpec;

// Every run: the table (state, times, exit, turns, tokens, cost), and for the
// selected one its live console, transcript, captured output JSON and
// provenance. Cancel, re-run and "Run worker…" act on the queue.
class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPanel(RunQueue *queue, QWidget *parent = nullptr);

    // Lists the past runs of this session (read in the background).
    void setSessionDir(const QString &sessionDir);
    void reloadPastRuns();
    void selectRun(const QString &runId);
    QString selectedRunId() const;

    RunListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RunConsole *console() const { return m_console; }
    RunTranscriptView *transcript() const { return m_transcript; }
    QPlainTextEdit *outputView() const { return m_output; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rerunButton() const { return m_rerun; }
    QLabel *stepsLabel() const { return m_steps; }
    QPushButton *claudeTranscriptButton() const { return m_openClaude; }
    QPlainTextEdit *claudeTranscriptView() const { return m_claude; }
    // One line per step: "✓ 1 setup (cli.py --setup)  exit 0".
    static QString stepsText(const RunRecord &record);
    // Claude Code's own transcript of the selected run, read in the background
    // and shown in the "Claude transcript" tab: tool calls with tokens and cost.
    void openClaudeTranscript();

    // A past run's spec, rebuilt from its provenance (for re-run).
    static RunSpec specFromRecord(const RunRecord &record);
    static QString describe(const RunRecord &record);

Q_SIGNALS:
    void runWorkerRequested();
    void claudeTranscriptShown(const QString &path); // after the tab has been filled

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showSelected();
    void updateButtons();
    void cancelSelected();
    void rerunSelected();

    QPointer<RunQueue> m_queue;
    QString m_sessionDir;
    JobTracker m_loadJobs{this};
    JobTracker m_claudeJobs{this};
    RunListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    RunConsole *m_console;
    RunTranscriptView *m_transcript;
    QPlainTextEdit *m_output;
    QPlainTextEdit *m_details;
    QPushButton *m_runButton, *m_cancel, *m_rerun, *m_openClaude;
    QLabel *m_steps;
    QPlainTextEdit *m_claude;
    RunRecord shownRecord() const;
    QPointer<Runner> m_shown;
    QString m_shownId;
};
