#pragma once

#include "jobtracker.h"
#include "runprofile.h"
#include "runspec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

// "Run worker…": choose the session (or a new one), worker, task, focus
// areas, success criteria, timeout and profile. Before launching it shows
// the exact command lines (every step), the queen's prompt file as it is,
// the run's own prompt (workers/runs/<run-id>.prompt), and it
// refuses, with a clear message, what cannot run.
class RunDialog : public QDialog
{
    Q_OBJECT
public:
    RunDialog(const QList<RunProfile> &profiles, const QString &projectRoot, const QString &sessionsDir,
              const QString &currentSessionDir, QWidget *parent = nullptr);

    // The spec to launch. For a new session, sessionDir/sessionId are those
    // the session will get when created (SessionCreator) just before launch.
    RunSpec spec() const;
    bool isNewSession() const;
    QStringList problems() const { return m_problems; }
    QString commandPreview() const;
    QString promptPreview() const;

    // For tests and scripting.
    QComboBox *sessionBox() const { return m_session; }
    QComboBox *workerBox() const { return m_worker; }
    QComboBox *profileBox() const { return m_profile; }
    QPlainTextEdit *taskEdit() const { return m_task; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QPushButton *launchButton() const;
    void refreshNow();

private:
    void refresh();
    static QStringList lines(const QPlainTextEdit *edit);

    QList<RunProfile> m_profiles;
    QString m_projectRoot, m_sessionsDir;
    QStringList m_problems;
    QComboBox *m_session, *m_worker, *m_profile, *m_mode;
    QPlainTextEdit *m_task, *m_focus, *m_criteria, *m_command, *m_prompt;
    QLineEdit *m_model;
    QCheckBox *m_passAgent;
    QSpinBox *m_timeout;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
    // The queen's prompt file of the chosen session and worker, read off the
    // GUI thread: shown, never written by the dialog.
    JobTracker m_queenJobs{this};
    QString m_queenPath;
    QByteArray m_queenPrompt;
    bool m_queenExists = false;
};
