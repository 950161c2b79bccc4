// JobTracker: the one way background work reports back. Stale results are
// dropped, coalesced re-checks never run twice at once, progress posts obey
// the same guard, and nothing is delivered to a dead receiver.
#include "jobtracker.h"

#include <QtTest>

#include <atomic>
#include <thread>

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aResultArrivesOnTheContextsThread()
    {
        QObject context;
        JobTracker jobs(&context);
        QThread *deliveredOn = nullptr;
        int value = 0;
        jobs.start([] { return 42; }, [&](int v) {
            value = v;
            deliveredOn = QThread::currentThread();
        });
        QTRY_COMPARE(value, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QTRY_VERIFY(!jobs.isRunning());
    }

    void aNewerJobMakesTheOlderResultStale()
    {
        QObject context;
        JobTracker jobs(&context);
        std::atomic<bool> release{false};
        QStringList delivered;
        jobs.start([&] {
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return QStringLiteral("old");
        }, [&](const QString &s) { delivered << s; });
        jobs.start([] { return QStringLiteral("new"); }, [&](const QString &s) { delivered << s; });
        QTRY_COMPARE(delivered, QStringList{QStringLiteral("new")});
        release = true;
        QTRY_VERIFY(!jobs.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QStringList{QStringLiteral("new")});
    }

    void cancelDropsWhatIsInFlightAndTellsTheJob()
    {
        QObject context;
        JobTracker jobs(&context);
        std::atomic<bool> sawCancel{false};
        bool delivered = false;
        jobs.start([&](const JobTracker::Context &ctx) {
            while (!ctx.isCancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            sawCancel = ctx.cancelFlag()->load();
            return 1;
        }, [&](int) { delivered = true; });
        jobs.cancel();
        QTRY_VERIFY(!jobs.isRunning());
        QVERIFY(sawCancel.load());
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void coalescedRequestsRunOneAtATimeAndTheNewestWins()
    {
        QObject context;
        JobTracker jobs(&context);
        jobs.setMode(JobTracker::Mode::Coalesce);
        std::atomic<int> running{0}, maxRunning{0};
        QList<int> delivered;
        auto job = [&](int n) {
            return [&, n] {
                const int now = ++running;
                maxRunning = std::max(maxRunning.load(), now);
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                --running;
                return n;
            };
        };
        for (int n = 1; n <= 5; ++n)
            jobs.start(job(n), [&](int v) { delivered << v; });
        QTRY_VERIFY(!jobs.isRunning() && !jobs.hasPending());
        // The first ran; 2..4 were replaced by 5 while it ran.
        QCOMPARE(delivered, (QList<int>{1, 5}));
        QCOMPARE(maxRunning.load(), 1);
    }

    void modeAllKeepsEveryIndependentResult()
    {
        QObject context;
        JobTracker jobs(&context);
        jobs.setMode(JobTracker::Mode::All);
        QList<int> delivered;
        for (int n = 0; n < 8; ++n)
            jobs.start([n] { return n; }, [&](int v) { delivered << v; });
        QTRY_COMPARE(delivered.size(), 8);
        std::sort(delivered.begin(), delivered.end());
        QCOMPARE(delivered, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    }

    void progressPostsAreDroppedOnceTheJobIsStale()
    {
        QObject context;
        JobTracker jobs(&context);
        std::atomic<bool> posted{false}, release{false};
        int progress = 0;
        jobs.start([&](const JobTracker::Context &ctx) {
            ctx.post([&] { ++progress; });
            posted = true;
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            ctx.post([&] { progress += 100; }); // after cancel(): never applied
            return 0;
        }, [](int) {});
        QTRY_VERIFY(posted.load());
        QTRY_COMPARE(progress, 1);
        jobs.cancel();
        release = true;
        QTRY_VERIFY(!jobs.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(progress, 1);
    }

    void aDeadReceiverGetsNothing()
    {
        bool delivered = false;
        std::atomic<bool> release{false};
        {
            auto *context = new QObject;
            auto *jobs = new JobTracker(context);
            jobs->start([&] {
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                return 1;
            }, [&](int) { delivered = true; });
            delete jobs;
            delete context;
        }
        release = true;
        QTest::qWait(100);
        QVERIFY(!delivered);
    }

    void aSerialQueueKeepsTheOrderItWasGiven()
    {
        SerialJobQueue queue;
        QList<int> order;
        QMutex mutex;
        for (int n = 0; n < 200; ++n) {
            queue.post([&, n] {
                QMutexLocker lock(&mutex);
                order << n;
            });
        }
        queue.waitForIdle();
        QCOMPARE(order.size(), 200);
        for (int n = 0; n < 200; ++n)
            QCOMPARE(order.at(n), n);
    }
};

QTEST_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
