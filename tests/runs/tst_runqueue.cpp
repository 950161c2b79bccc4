#include "runner.h"
#include "runqueue.h"

#include "workers/runtestsupport.h"

#include <QSignalSpy>
#include <QtTest>

class TestRunQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atMostNRunsGoAtOnceAndTheOthersStartInOrder_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("default 2") << 2;
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }

    void atMostNRunsGoAtOnceAndTheOthersStartInOrder()
    {
        QFETCH(int, limit);
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        queue.setMaxConcurrent(limit);
        int maxRunning = 0;
        connect(&queue, &RunQueue::runChanged, this, [&] { maxRunning = qMax(maxRunning, queue.runningCount()); });
        QSignalSpy idle(&queue, &RunQueue::allIdle);
        QList<Runner *> runs;
        for (int i = 0; i < 5; ++i)
            runs.append(queue.enqueue(p.spec(u"slow"_qs, u"--lines 3"_qs)));
        QCOMPARE(queue.runningCount(), limit);
        QCOMPARE(queue.queuedCount(), 5 - limit);
        QVERIFY(idle.wait(30000));
        QVERIFY(maxRunning <= limit);
        QCOMPARE(queue.maxObservedConcurrent(), limit);
        for (int i = 0; i < runs.size(); ++i) {
            QCOMPARE(runs[i]->state(), RunState::Succeeded);
            if (i > 0)
                QVERIFY(runs[i - 1]->record().startedAt <= runs[i]->record().startedAt);
        }
    }

    void aRerunIsANewRunOfTheSameSpec()
    {
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        Runner *first = queue.enqueue(p.spec(u"stream"_qs));
        QTRY_VERIFY(first->isFinished());
        Runner *again = queue.rerun(first);
        QVERIFY(again != first);
        QVERIFY(again->id() != first->id());
        QCOMPARE(again->spec().task, first->spec().task);
        QTRY_VERIFY(again->isFinished());
        QCOMPARE(again->state(), RunState::Succeeded);
        QCOMPARE(RunProvenance::loadAll(p.sessionDir).size(), 2);
    }

    void cancelAllStopsRunningRunsAndNeverStartsQueuedOnes()
    {
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        queue.setMaxConcurrent(1);
        Runner *running = queue.enqueue(p.spec(u"silent"_qs));
        Runner *waiting = queue.enqueue(p.spec(u"silent"_qs));
        QCOMPARE(waiting->state(), RunState::Queued);
        QSignalSpy idle(&queue, &RunQueue::allIdle);
        queue.cancelAll();
        QVERIFY(idle.wait(10000));
        QCOMPARE(running->state(), RunState::Cancelled);
        QCOMPARE(waiting->state(), RunState::Cancelled);
        QCOMPARE(waiting->record().pid, 0); // never started
        QVERIFY(RunProcessGroup::isEmpty(running->record().pgid));
    }

    void aRunThatFailsToStartFreesItsSlot()
    {
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        queue.setMaxConcurrent(1);
        RunSpec broken = p.spec(u"stream"_qs);
        broken.profile.program = u"/nonexistent/program"_qs;
        Runner *bad = queue.enqueue(broken);
        Runner *good = queue.enqueue(p.spec(u"stream"_qs));
        QTRY_VERIFY(good->isFinished());
        QCOMPARE(bad->state(), RunState::Failed);
        QCOMPARE(good->state(), RunState::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestRunQueue)
#include "tst_runqueue.moc"
