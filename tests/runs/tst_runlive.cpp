// A worker's lifecycle events reach the open session's store live, while it runs.
#include "livesession.h"
#include "runner.h"

#include "workers/runtestsupport.h"

#include <QSignalSpy>
#include <QtTest>

class TestRunLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveEventsReachTheStoreWhileTheWorkerRuns()
    {
        TestProject p;
        LiveSession session(p.sessionDir);
        QSignalSpy loaded(&session, &LiveSession::loadFinished);
        session.start();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(session.events().size(), 0);

        Runner run(p.spec(u"stream"_qs, u"--lines 10 --sleep-ms 150"_qs), fastTimings());
        int seenWhileRunning = 0;
        connect(&session, &LiveSession::eventsAppended, this, [&] {
            if (!run.isFinished())
                seenWhileRunning = session.events().size();
            run.noteSessionActivity();
        });
        QSignalSpy finished(&run, &Runner::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(run.state(), RunState::Succeeded);
        QVERIFY2(seenWhileRunning > 0, "no event arrived while the worker was running");

        // Every line the worker wrote is in the store, in file order.
        const QList<QByteArray> lines = p.read(u"EVENTS.jsonl"_qs).trimmed().split('\n');
        QTRY_COMPARE_WITH_TIMEOUT(session.events().size(), int(lines.size()), 5000);
        QCOMPARE(session.events().kindName(0), u"worker_spawned"_qs);
        QCOMPARE(session.events().agent(0), u"test-worker"_qs);
        QCOMPARE(session.events().kindName(session.events().size() - 1), u"worker_completed"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRunLive)
#include "tst_runlive.moc"
