#include "editorvalidation.h"

#include <QPointer>

#include <exception>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

EditorValidation::EditorValidation(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
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
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    const quint64 job = ++m_job;
    m_inFlight = true;
    const QString text = m_textSource();
    Validator validator = m_validator;
    QPointer<EditorValidation> self(this);
    // The continuation runs on this object's thread, and not at all once it is gone.
    QtConcurrent::run([validator, text] {
        // A throwing validator must not leave the run "in flight" forever.
        try {
            return validator(text);
        } catch (const std::exception &e) {
            Diagnostic d;
            d.rule = QStringLiteral("editor.validator-failed");
            d.message = QString::fromUtf8(e.what());
            return Diagnostics{d};
        }
    })
        .then(this, [self, job](const Diagnostics &diagnostics) {
            if (!self)
                return;
            self->m_inFlight = false;
            const bool stale = self->m_pending || job != self->m_job;
            if (self->m_pending) {
                self->m_pending = false;
                self->start();
            }
            if (!stale)
                Q_EMIT self->finished(diagnostics, job);
        });
}
