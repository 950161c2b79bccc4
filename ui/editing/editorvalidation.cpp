#include "editorvalidation.h"


#include <exception>
#include <QTimer>

EditorValidation::EditorValidation(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_jobs(this)
{
    m_jobs.setMode(JobTracker::Mode::Coalesce);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &EditorValidation::start);
}

void EditorValidation::setValidator(Validator validator)
{
    m_validator = std::move(validator);
}

void EditorValidation::setDelay(int ms)
{
    m_timer->setInterval(ms);
}

void EditorValidation::schedule(std::function<QString()> textSource)
{
    m_textSource = std::move(textSource);
    m_timer->start();
}

void EditorValidation::runNow(std::function<QString()> textSource)
{
    m_textSource = std::move(textSource);
    m_timer->stop();
    start();
}

void EditorValidation::start()
{
    if (!m_validator || !m_textSource)
        return;
    // Coalesced: while one check runs, only the newest request waits; a
    // result that a newer request already overtook is not shown.
    const quint64 job = ++m_job;
    const QString text = m_textSource();
    Validator validator = m_validator;
    m_jobs.start([validator, text] {
        // A throwing validator must not leave the run "in flight" forever.
        try {
            return validator(text);
        } catch (const std::exception &e) {
            Diagnostic d;
            d.rule = QStringLiteral("editor.validator-failed");
            d.message = QString::fromUtf8(e.what());
            return Diagnostics{d};
        }
    }, [this, job](const Diagnostics &diagnostics) {
        if (!m_jobs.hasPending() && job == m_job)
            Q_EMIT finished(diagnostics, job);
    });
}
