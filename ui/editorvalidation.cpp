#include "backgroundpool.h"
#include "editorvalidation.h"

#include <QFutureWatcher>

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
    auto *watcher = new QFutureWatcher<Diagnostics>(this);
    // The watcher belongs to this object: once it is gone, so is the callback.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        const Diagnostics diagnostics = watcher->future().resultCount() > 0 ? watcher->result() : Diagnostics();
        m_inFlight = false;
        const bool stale = m_pending || job != m_job;
        if (m_pending) {
            m_pending = false;
            start();
        }
        if (!stale)
            Q_EMIT finished(diagnostics, job);
    });
    watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(), [validator, text] {
        // A throwing validator must not leave the run "in flight" forever.
        try {
            return validator(text);
        } catch (const std::exception &e) {
            Diagnostic d;
            d.rule = QStringLiteral("editor.validator-failed");
            d.message = QString::fromUtf8(e.what());
            return Diagnostics{d};
        }
    }));
}
