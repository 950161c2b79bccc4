#include "runlistmodel.h"
#include "runner.h"
#include "runqueue.h"

#include "workers/runtestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestRunListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveAndPastRunsAreListedOnce()
    {
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        // One past run on disk first.
        Runner *old = queue.enqueue(p.spec(u"stream"_qs));
        QTRY_VERIFY(old->isFinished());
        queue.remove(old);
        QTRY_COMPARE(queue.runs().size(), 0);

        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        model.setPastRuns(RunProvenance::loadAll(p.sessionDir));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, RunListModel::State)).toString(), u"succeeded"_qs);
        QCOMPARE(model.data(model.index(0, RunListModel::Cost)).toString(), u"$0.0123"_qs);
        QCOMPARE(model.data(model.index(0, RunListModel::Turns)).toInt(), 3);
        QVERIFY(!model.data(model.index(0, RunListModel::IsLiveRole), RunListModel::IsLiveRole).toBool());
        QVERIFY(model.runnerAt(0) == nullptr);

        queue.setMaxConcurrent(1);
        Runner *a = queue.enqueue(p.spec(u"silent"_qs));
        Runner *b = queue.enqueue(p.spec(u"stream"_qs));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.runnerAt(0), b); // newest first
        QCOMPARE(model.data(model.index(0, RunListModel::State)).toString(), u"queued"_qs);
        QCOMPARE(model.data(model.index(1, RunListModel::State)).toString(), u"running"_qs);

        // Reloading the past runs while one is live does not list it twice.
        model.setPastRuns(RunProvenance::loadAll(p.sessionDir));
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        a->cancel();
        QTRY_VERIFY(b->isFinished());
        QVERIFY(changed.count() > 0);
        QCOMPARE(model.data(model.index(1, RunListModel::State)).toString(), u"cancelled"_qs);
        QCOMPARE(model.data(model.index(0, RunListModel::State)).toString(), u"succeeded"_qs);
        QCOMPARE(model.rowOf(a->id()), 1);
        QVERIFY(!model.data(model.index(0, RunListModel::Duration)).toString().isEmpty());

        queue.remove(a);
        QTRY_COMPARE(model.rowCount(), 2);
        model.setQueue(nullptr);
        QCOMPARE(model.rowCount(), 1);
    }

    void durationsAreReadable_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("sub-minute") << qint64(12345) << u"12.3 s"_qs;
        QTest::newRow("minutes") << qint64(125000) << u"2:05"_qs;
        QTest::newRow("hours") << qint64(3725000) << u"1:02:05"_qs;
        QTest::newRow("unknown") << qint64(-1) << QString();
    }

    void durationsAreReadable()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(RunListModel::formatDuration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
