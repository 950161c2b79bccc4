#pragma once

#include "jobtracker.h"
#include "runoutputcapture.h"
#include "runprovenance.h"
#include "runspec.h"
#include "runverdict.h"
#include "streamjsonparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>

class QProcess;
class QTimer;

// One line of a run's console.
struct ConsoleLine {
    enum Stream { Stdout, Stderr, Info };
    QDateTime time;
    Stream stream = Stdout;
    QString text;
};

// Runs one worker: prepares the session (the run's own prompt; the queen's
// prompt file is read, never overwritten; STATE.json only in generations that
// have one), runs its steps one after the other (one for most profiles, three
// for the framework's 3-phase profile), each program in its own process group with stdin closed, follows its output,
// enforces timeout and watchdogs, and stops the WHOLE group on cancel:
// SIGINT, grace, SIGTERM, grace, SIGKILL, then checks /proc that no member
// is left. Widget-free; the panel and the headless command both drive it.
//
// The child's stdout and stderr go to files in workers/runs/ (not pipes),
// tailed here: a run left running when the inspector quits ("detach") keeps
// a place to write to instead of dying of SIGPIPE, and the raw output
// survives next to the provenance.
class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(const RunSpec &spec, const RunTimings &timings = RunTimings(), QObject *parent = nullptr);
    ~Runner() override;

    const RunSpec &spec() const { return m_spec; }
    const RunTimings &timings() const { return m_timings; }
    const RunRecord &record() const { return m_record; }
    QString id() const { return m_record.runId; }
    RunState state() const { return m_record.state; }
    bool isFinished() const { return RunStates::isFinal(m_record.state); }

    const QList<ConsoleLine> &console() const { return m_console; }
    const QList<TranscriptEntry> &transcript() const { return m_transcript; }
    QString workerOutput() const { return m_record.workerOutputJson; }
    bool silenceWarned() const { return m_silenceWarned; }

    void start();
    void cancel();
    // Stops following the run and leaves its processes running (on quit).
    void detach();
    // Something happened in the session (e.g. an EVENTS.jsonl line): resets
    // the silence watchdog. The runner also notices EVENTS.jsonl growing itself.
    void noteSessionActivity();

    static constexpr int kMaxConsoleLines = 20000; // in memory; the .log keeps everything

Q_SIGNALS:
    void stateChanged(RunState state);
    void consoleLineAdded(const ConsoleLine &line);
    void transcriptAppended(int first, int count);
    void resultReceived(const RunResultTotals &totals);
    void workerOutputCaptured(const QString &prettyJson);
    void warningRaised(const QString &message);
    void recordChanged();
    void finished();

private:
    enum class StopReason { None, Cancel, Timeout, ResultHang, Leftovers };

    void fail(const QString &reason);
    bool prepare(QString *error);
    void launchStep(int index);
    QString stepFailure(int index) const;
    void endStep(RunState state, const QString &reason);
    bool needsFinishCheck() const;
    void startFinishCheck();
    void noteClaudeSession();
    void onProcessFinished(int exitCode, int exitStatus);
    void drain();
    bool drainFile(QFile &file, QByteArray &pending, ConsoleLine::Stream stream, bool flushPartial);
    void handleLine(const QByteArray &line, ConsoleLine::Stream stream);
    void addConsole(ConsoleLine::Stream stream, const QString &text);
    void beginStop(StopReason reason);
    void escalate();
    void pollGroup();
    void checkSilence();
    void finishWhenDrained();
    void finalize();
    void setState(RunState s);
    void saveRecord();
    void probeVersion();

    RunSpec m_spec;
    RunTimings m_timings;
    RunRecord m_record;
    ResolvedCommand m_cmd;             // the current step's
    QList<RunStepCommand> m_steps;
    int m_step = -1;
    bool m_stepResult = false;         // the current step printed a stream-json result
    qint64 m_eventsStart = 0;          // EVENTS.jsonl size at launch: the run's own events come after
    JobTracker m_verifyJobs{this};
    bool m_verifying = false;
    bool m_verified = false;
    RunVerdict m_verdict;
    QProcess *m_proc = nullptr;
    QPointer<QProcess> m_versionProc;
    QTimer *m_tail = nullptr;      // reads new output
    QTimer *m_timeout = nullptr;
    QTimer *m_watchdog = nullptr;  // silence
    QTimer *m_resultTimer = nullptr;
    QTimer *m_stopTimer = nullptr; // escalation step
    QFile m_out, m_err, m_log;
    QByteArray m_outPending, m_errPending;
    StreamJsonParser m_parser;
    RunOutputCapture m_capture;
    QList<ConsoleLine> m_console;
    QList<TranscriptEntry> m_transcript;
    StopReason m_stopReason = StopReason::None;
    int m_stopStep = 0;            // 0 SIGINT sent, 1 SIGTERM sent, 2 SIGKILL sent
    bool m_processDone = false;
    bool m_detached = false;
    bool m_drainThenFinalize = false;
    bool m_silenceWarned = false;
    QElapsedTimer m_lastActivity;
    qint64 m_eventsSize = -1;
    QElapsedTimer m_verifyClock;
};
