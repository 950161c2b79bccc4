#pragma once

#include "diagnostic.h"
#include "jobtracker.h"

#include <QObject>

#include <functional>

class QTimer;

// Runs a document validator about 300 ms after typing stops, on a worker
// thread. Each run has a job id; a result that arrives after a newer run was
// started is dropped. At most one run is in flight: edits made meanwhile
// start one more run when it ends, so a slow validator on a large document
// never piles up work.
class EditorValidation : public QObject
{
    Q_OBJECT
public:
    // Called on a worker thread with a copy of the text: must not touch
    // widgets or shared mutable state.
    using Validator = std::function<Diagnostics(const QString &text)>;

    explicit EditorValidation(QObject *parent = nullptr);

    void setValidator(Validator validator);
    bool hasValidator() const { return bool(m_validator); }
    void setDelay(int ms);
    // The text changed: (re)start the quiet-period timer.
    void schedule(std::function<QString()> textSource);
    // Validate now (after load, save or a template change).
    void runNow(std::function<QString()> textSource);
    quint64 lastJob() const { return m_job; }
    bool isBusy() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void finished(const Diagnostics &diagnostics, quint64 job);

private:
    void start();
    Validator m_validator;
    std::function<QString()> m_textSource;
    QTimer *m_timer;
    quint64 m_job = 0;
    JobTracker m_jobs;
};
