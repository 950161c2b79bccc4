#include "runspanel.h"

#include "claudetranscript.h"
#include "runconsole.h"
#include "runlistmodel.h"
#include "runner.h"
#include "runqueue.h"
#include "runspec.h"
#include "runtranscriptview.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

RunsPanel::RunsPanel(RunQueue *queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_model(new RunListModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setQueue(queue);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false); // newest first, as the model orders them
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_runButton = new QPushButton(tr("Run worker…"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_rerun = new QPushButton(tr("Re-run"), this);
    m_cancel->setToolTip(tr("SIGINT to the run's process group, then SIGTERM and SIGKILL after 5 s each"));
    connect(m_runButton, &QPushButton::clicked, this, &RunsPanel::runWorkerRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunsPanel::cancelSelected);
    connect(m_rerun, &QPushButton::clicked, this, &RunsPanel::rerunSelected);
    m_openClaude = new QPushButton(tr("Claude Transcript"), this);
    m_openClaude->setToolTip(tr("Open Claude Code's own transcript of this run (~/.claude/projects/…/<session_id>.jsonl)"));
    connect(m_openClaude, &QPushButton::clicked, this, &RunsPanel::openClaudeTranscript);
    m_steps = new QLabel(this);
    m_steps->setTextFormat(Qt::PlainText);
    m_steps->setVisible(false);
    m_claude = new QPlainTextEdit(this);
    m_claude->setReadOnly(true);
    m_claude->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_claude->setPlaceholderText(tr("Select a Claude Code run and press \"Claude Transcript\"."));

    m_console = new RunConsole(this);
    m_transcript = new RunTranscriptView(this);
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("No WORKER_OUTPUT_JSON block captured."));
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_transcript, tr("Transcript"));
    m_tabs->addTab(m_console, tr("Console"));
    m_tabs->addTab(m_output, tr("Output JSON"));
    m_tabs->addTab(m_details, tr("Provenance"));
    m_tabs->addTab(m_claude, tr("Claude transcript"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_openClaude);
    buttons->addStretch(1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_steps);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(top);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPanel::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateButtons();
        if (m_shown)
            m_details->setPlainText(describe(m_shown->record()));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunsPanel::updateButtons);
    if (queue) {
        connect(queue, &RunQueue::runAdded, this, [this](Runner *run) { selectRun(run->id()); });
        connect(queue, &RunQueue::runFinished, this, [this](Runner *run) {
            if (run == m_shown && !run->workerOutput().isEmpty())
                m_output->setPlainText(run->workerOutput());
        });
    }
    updateButtons();
}

void RunsPanel::resizeEvent(QResizeEvent *event)
{
    // Side by side in a wide bottom dock, stacked in a narrow side dock.
    m_split->setOrientation(width() >= 900 ? Qt::Horizontal : Qt::Vertical);
    QWidget::resizeEvent(event);
}

void RunsPanel::setSessionDir(const QString &sessionDir)
{
    m_sessionDir = sessionDir;
    reloadPastRuns();
}

void RunsPanel::reloadPastRuns()
{
    const QString dir = m_sessionDir;
    if (dir.isEmpty()) {
        m_loadJobs.cancel();
        m_model->setPastRuns({});
        return;
    }
    // A load for a session opened meanwhile makes this one stale.
    m_loadJobs.start([dir] { return RunProvenance::loadAll(dir); }, [this](const QList<RunRecord> &records) {
        const QString keep = selectedRunId();
        m_model->setPastRuns(records);
        if (!keep.isEmpty())
            selectRun(keep);
        updateButtons();
    });
}

void RunsPanel::selectRun(const QString &runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(idx);
    m_table->scrollTo(idx);
}

QString RunsPanel::selectedRunId() const
{
    const QModelIndex idx = m_table->currentIndex();
    return idx.isValid() ? idx.data(RunListModel::RunIdRole).toString() : QString();
}

void RunsPanel::showSelected()
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    const QString id = idx.isValid() ? m_model->recordAt(idx.row()).runId : QString();
    Runner *run = idx.isValid() ? m_model->runnerAt(idx.row()) : nullptr;
    if (id == m_shownId && run == m_shown) {
        updateButtons();
        return;
    }
    m_shownId = id;
    m_shown = run;
    if (run) {
        m_console->setRunner(run);
        m_transcript->setRunner(run);
        m_output->setPlainText(run->workerOutput());
        m_details->setPlainText(describe(run->record()));
    } else if (idx.isValid()) {
        const RunRecord r = m_model->recordAt(idx.row());
        m_console->showLog(RunProvenance::logPath(r.sessionDir, r.runId));
        m_transcript->showStdoutFile(RunProvenance::runsDir(r.sessionDir) + u'/' + r.runId + QLatin1String(".stdout"));
        m_output->setPlainText(r.workerOutputJson);
        m_details->setPlainText(describe(r));
    } else {
        m_console->clear();
        m_transcript->clear();
        m_output->clear();
        m_details->clear();
    }
    updateButtons();
}

RunRecord RunsPanel::shownRecord() const
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    return idx.isValid() ? m_model->recordAt(idx.row()) : RunRecord();
}

QString RunsPanel::stepsText(const RunRecord &r)
{
    QStringList lines;
    for (int i = 0; i < r.steps.size(); ++i) {
        const RunStepRecord &s = r.steps.at(i);
        const QString mark = s.state == RunState::Succeeded ? QStringLiteral("✓")
                             : s.state == RunState::Running ? QStringLiteral("▶")
                             : s.state == RunState::Queued  ? QStringLiteral("·")
                                                            : QStringLiteral("✗");
        QString line = mark + u' ' + s.name;
        if (RunStates::isFinal(s.state))
            line += QStringLiteral("  exit %1").arg(s.exitCode);
        if (s.state != RunState::Succeeded && !s.endReason.isEmpty())
            line += QStringLiteral("  ") + s.endReason;
        lines.append(line);
    }
    return lines.join(u'\n');
}

void RunsPanel::openClaudeTranscript()
{
    const RunRecord r = shownRecord();
    if (r.claudeTranscriptPath.isEmpty())
        return;
    const QString path = r.claudeTranscriptPath;
    const double cost = r.totals.costUsd;
    m_tabs->setCurrentWidget(m_claude);
    m_claude->setPlainText(tr("Reading %1 …").arg(path));
    m_claudeJobs.start([path, cost] { return ClaudeTranscript::load(path, cost); },
                       [this, path](const ClaudeTranscriptData &d) {
                           QStringList l;
                           l << tr("Transcript: %1").arg(path);
                           if (d.files.isEmpty()) {
                               l << tr("Not found (Claude Code writes it under the HOME the run had).");
                           } else {
                               for (const QString &f : d.files.mid(1))
                                   l << tr("Subagent:   %1").arg(f);
                               l << tr("Session %1, Claude Code %2, model %3, %4 lines")
                                        .arg(d.sessionId, d.version, d.model).arg(d.lines);
                               l << tr("Tokens: %1 in, %2 out, %3 cache write, %4 cache read")
                                        .arg(d.inputTokens).arg(d.outputTokens).arg(d.cacheCreationTokens).arg(d.cacheReadTokens);
                               l << QString() << tr("Tool calls:");
                               for (const ClaudeToolCall &c : d.toolCalls)
                                   l << QStringLiteral("  %1  %2 %3  %4 ms  %5 tokens  %6%7")
                                            .arg(c.start.toLocalTime().toString(Qt::ISODateWithMs), c.agent, c.toolName)
                                            .arg(c.end.isValid() ? c.start.msecsTo(c.end) : -1)
                                            .arg(c.tokens)
                                            .arg(c.costUsd >= 0 ? QStringLiteral("$%1").arg(c.costUsd, 0, 'f', 4) : tr("cost unknown"),
                                                 c.isError ? tr("  (error)") : QString());
                           }
                           m_claude->setPlainText(l.join(u'\n'));
                           Q_EMIT claudeTranscriptShown(path);
                       });
}

void RunsPanel::updateButtons()
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    Runner *run = idx.isValid() ? m_model->runnerAt(idx.row()) : nullptr;
    const RunRecord shown = idx.isValid() ? m_model->recordAt(idx.row()) : RunRecord();
    m_openClaude->setEnabled(!shown.claudeTranscriptPath.isEmpty());
    m_steps->setText(stepsText(shown));
    m_steps->setVisible(shown.steps.size() > 1);
    m_cancel->setEnabled(run && !run->isFinished() && run->state() != RunState::Stopping);
    m_rerun->setEnabled(idx.isValid() && m_queue);
}

void RunsPanel::cancelSelected()
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    if (Runner *run = idx.isValid() ? m_model->runnerAt(idx.row()) : nullptr)
        run->cancel();
    updateButtons();
}

void RunsPanel::rerunSelected()
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    if (!idx.isValid() || !m_queue)
        return;
    if (Runner *run = m_model->runnerAt(idx.row()))
        m_queue->rerun(run);
    else
        m_queue->enqueue(specFromRecord(m_model->recordAt(idx.row())));
}

RunSpec RunsPanel::specFromRecord(const RunRecord &r)
{
    RunSpec s;
    s.profile.name = r.profileName;
    s.profile.kind = RunProfile::kindFromName(r.profileKind);
    s.profile.program = r.program;
    s.profile.argsTemplate = r.templateSource;
    s.projectRoot = r.workingDir;
    s.sessionDir = r.sessionDir;
    s.sessionId = r.sessionId;
    s.workerType = r.worker;
    s.task = r.task;
    s.timeoutSec = r.timeoutSec;
    return s;
}

QString RunsPanel::describe(const RunRecord &r)
{
    QStringList l;
    const QLocale loc;
    auto when = [&](const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(Qt::ISODateWithMs) : tr("—"); };
    l << tr("Run:          %1").arg(r.runId);
    l << tr("State:        %1 %2").arg(RunStates::displayName(r.state), r.endReason);
    l << tr("Worker:       %1 on session %2").arg(r.worker, r.sessionId);
    l << tr("Profile:      %1 (%2)").arg(r.profileName, r.profileKind);
    l << tr("Template:     %1").arg(r.templateSource);
    l << tr("Program:      %1%2").arg(r.programPath, r.programVersion.isEmpty() ? QString() : QLatin1String("  [") + r.programVersion + u']');
    QStringList quoted{RunResolver::shellQuote(r.programPath)};
    for (const QString &a : r.args)
        quoted << RunResolver::shellQuote(a.size() > 2000 ? a.left(2000) + QStringLiteral("…") : a);
    l << tr("Command:      %1").arg(quoted.join(u' '));
    l << tr("Working dir:  %1").arg(r.workingDir);
    l << tr("Environment:  %1").arg(r.envEdits.join(QLatin1String(", ")));
    l << tr("Prompt file:  %1 (sha256 %2)").arg(r.promptFile, r.promptSha256);
    l << tr("Queen prompt: %1 (sha256 %2)%3")
             .arg(r.queenPromptFile, r.queenPromptSha256.isEmpty() ? tr("none") : r.queenPromptSha256,
                  r.queenPromptCreated ? tr(", created by this run because it was absent") : tr(", read only"));
    if (!r.protocolId.isEmpty())
        l << tr("Protocol:     %1").arg(r.protocolId);
    if (!r.claudeTranscriptPath.isEmpty())
        l << tr("Claude:       session %1, transcript %2").arg(r.claudeSessionId, r.claudeTranscriptPath);
    if (!r.steps.isEmpty() && r.steps.size() > 1)
        l << tr("Steps:") << stepsText(r);
    l << tr("Queued:       %1").arg(when(r.queuedAt));
    l << tr("Started:      %1").arg(when(r.startedAt));
    l << tr("Ended:        %1").arg(when(r.endedAt));
    l << tr("Duration:     %1").arg(RunListModel::formatDuration(r.durationMs()));
    l << tr("Process:      pid %1, group %2, exit %3 (%4)").arg(r.pid).arg(r.pgid).arg(r.exitCode).arg(r.exitStatus);
    if (r.totals.present)
        l << tr("Result:       %1, %2 turns, %3, cost %4")
                 .arg(r.totals.subtype).arg(r.totals.numTurns).arg(RunListModel::formatTokens(r.totals),
                      r.totals.costUsd >= 0 ? QStringLiteral("$%1").arg(r.totals.costUsd, 0, 'f', 4) : tr("unknown"));
    for (const QString &w : r.warnings)
        l << tr("Warning:      %1").arg(w);
    if (!r.leftoverPids.isEmpty())
        l << tr("Left alive:   %n process(es)", nullptr, int(r.leftoverPids.size()));
    l << QString() << tr("Task:") << r.task;
    return l.join(u'\n');
}
