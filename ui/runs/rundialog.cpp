#include "rundialog.h"

#include "runprompt.h"
#include "sessioncreator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

RunDialog::RunDialog(const QList<RunProfile> &profiles, const QString &projectRoot, const QString &sessionsDir,
                     const QString &currentSessionDir, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_projectRoot(projectRoot), m_sessionsDir(sessionsDir)
{
    setWindowTitle(tr("Run Worker"));
    m_session = new QComboBox(this);
    m_session->addItem(tr("New session"), QString());
    const QStringList sessions = QDir(sessionsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &s : sessions)
        m_session->addItem(s, QString(sessionsDir + u'/' + s));
    const int current = m_session->findData(currentSessionDir);
    m_session->setCurrentIndex(current >= 0 ? current : (m_session->count() > 1 ? 1 : 0));

    m_worker = new QComboBox(this);
    m_worker->setEditable(true);
    m_worker->addItems(RunSpec::availableWorkerTypes(projectRoot));
    m_worker->setCurrentText(QStringLiteral("devops-worker"));
    m_task = new QPlainTextEdit(this);
    m_task->setPlaceholderText(tr("What the worker should do"));
    m_task->setTabChangesFocus(true);
    m_focus = new QPlainTextEdit(this);
    m_focus->setPlaceholderText(tr("One focus area per line"));
    m_focus->setTabChangesFocus(true);
    m_criteria = new QPlainTextEdit(this);
    m_criteria->setPlaceholderText(tr("One success criterion per line"));
    m_criteria->setTabChangesFocus(true);
    for (QPlainTextEdit *e : {m_task, m_focus, m_criteria})
        e->setMaximumHeight(80);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(0, 7 * 24 * 3600);
    m_timeout->setValue(1800);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_profile = new QComboBox(this);
    for (const RunProfile &p : profiles)
        m_profile->addItem(p.name);
    m_model = new QLineEdit(this);
    m_model->setPlaceholderText(tr("default"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("(not set)"), QString());
    for (const char *m : {"default", "acceptEdits", "plan", "bypassPermissions", "dontAsk"})
        m_mode->addItem(QLatin1String(m), QLatin1String(m));
    m_passAgent = new QCheckBox(tr("Pass --agent <worker> (ignored in -p mode by some versions)"), this);

    m_command = new QPlainTextEdit(this);
    m_command->setReadOnly(true);
    m_command->setMaximumHeight(90);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setReadOnly(true);
    for (QPlainTextEdit *e : {m_command, m_prompt})
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto *form = new QFormLayout;
    form->addRow(tr("Project:"), new QLabel(projectRoot.isEmpty() ? tr("(none found)") : projectRoot, this));
    form->addRow(tr("&Session:"), m_session);
    form->addRow(tr("&Worker:"), m_worker);
    form->addRow(tr("&Task:"), m_task);
    form->addRow(tr("&Focus areas:"), m_focus);
    form->addRow(tr("Success &criteria:"), m_criteria);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("Permission mode:"), m_mode);
    form->addRow(QString(), m_passAgent);
    form->addRow(tr("Command line:"), m_command);
    form->addRow(tr("Prompt file:"), m_prompt);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Launch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        refreshNow();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &RunDialog::refresh);
    auto later = [this] { m_debounce->start(); };
    connect(m_session, &QComboBox::currentIndexChanged, this, later);
    connect(m_worker, &QComboBox::currentTextChanged, this, later);
    connect(m_profile, &QComboBox::currentIndexChanged, this, later);
    connect(m_mode, &QComboBox::currentIndexChanged, this, later);
    connect(m_timeout, &QSpinBox::valueChanged, this, later);
    connect(m_model, &QLineEdit::textChanged, this, later);
    connect(m_passAgent, &QCheckBox::toggled, this, later);
    for (QPlainTextEdit *e : {m_task, m_focus, m_criteria})
        connect(e, &QPlainTextEdit::textChanged, this, later);
    resize(760, 820);
    refresh();
}

QPushButton *RunDialog::launchButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList RunDialog::lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(u'\n'))
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    return out;
}

bool RunDialog::isNewSession() const
{
    return m_session->currentData().toString().isEmpty();
}

RunSpec RunDialog::spec() const
{
    RunSpec s;
    const int p = m_profile->currentIndex();
    if (p >= 0 && p < m_profiles.size())
        s.profile = m_profiles.at(p);
    s.projectRoot = m_projectRoot;
    s.workerType = m_worker->currentText().trimmed();
    s.task = m_task->toPlainText();
    s.focusAreas = lines(m_focus);
    s.successCriteria = lines(m_criteria);
    s.timeoutSec = m_timeout->value();
    s.model = m_model->text().trimmed();
    s.permissionMode = m_mode->currentData().toString();
    s.passAgent = m_passAgent->isChecked();
    if (isNewSession()) {
        s.sessionId = SessionCreator::newSessionId(m_sessionsDir, s.task);
        s.sessionDir = m_sessionsDir + u'/' + s.sessionId;
    } else {
        s.sessionDir = m_session->currentData().toString();
        s.sessionId = QFileInfo(s.sessionDir).fileName();
    }
    return s;
}

void RunDialog::refreshNow()
{
    m_debounce->stop();
    refresh();
}

void RunDialog::refresh()
{
    const RunSpec s = spec();
    m_problems = RunResolver::validateLaunch(s);
    if (isNewSession()) {
        if (m_sessionsDir.isEmpty())
            m_problems.append(tr("No sessions folder to create the new session in."));
    } else {
        m_problems += RunResolver::validateSession(s);
    }
    if (!isNewSession() && m_problems.isEmpty() && s.profile.kind == RunProfile::Framework3Phase)
        m_problems += RunResolver::validate(s);
    const QString queenPath = isNewSession() ? QString() : s.promptPath();
    if (queenPath != m_queenPath) {
        m_queenPath = queenPath;
        m_queenPrompt.clear();
        m_queenExists = false;
        if (!queenPath.isEmpty())
            m_queenJobs.start(
                [queenPath] {
                    QByteArray content;
                    const bool exists = RunPrompt::read(queenPath, &content);
                    return qMakePair(exists, content);
                },
                [this](const QPair<bool, QByteArray> &r) {
                    m_queenExists = r.first;
                    m_queenPrompt = r.second;
                    refresh();
                });
    }
    RunSpec withQueen = s;
    withQueen.queenPromptText = QString::fromUtf8(m_queenPrompt);
    QStringList commands;
    for (const RunStepCommand &step : RunResolver::steps(withQueen)) {
        if (!step.cmd.ok())
            m_problems.append(step.cmd.error);
        commands << QLatin1String("# ") + step.name << step.cmd.displayCommandLine()
                 << QLatin1String("# cwd: ") + step.cmd.workingDir
                 << QLatin1String("# env: ") + step.cmd.envEdits.join(QLatin1String(" "));
    }
    m_problems.removeDuplicates();
    m_command->setPlainText(commands.join(u'\n'));
    const QString queenShown = m_queenExists
                                   ? tr("%1 (the queen's, read only):\n%2").arg(s.promptRelativePath(), QString::fromUtf8(m_queenPrompt))
                                   : tr("%1: absent; the run creates it with:\n%2")
                                         .arg(s.promptRelativePath(), QString::fromUtf8(RunPrompt::queenFileContent(s)));
    m_prompt->setPlainText(queenShown + QLatin1String("\n\nworkers/runs/<run-id>.prompt (the run's own):\n")
                           + QString::fromUtf8(RunPrompt::render(withQueen)));
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    launchButton()->setEnabled(m_problems.isEmpty());
    const bool claude = s.profile.kind == RunProfile::ClaudeCode;
    m_passAgent->setEnabled(claude);
    m_mode->setEnabled(claude);
}

QString RunDialog::commandPreview() const
{
    return m_command->toPlainText();
}

QString RunDialog::promptPreview() const
{
    return m_prompt->toPlainText();
}
