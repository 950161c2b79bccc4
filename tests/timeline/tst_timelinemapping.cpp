#include "timelinemapping.h"

#include <QTest>

// Table tests of the one time <-> pixel formula used by paint, hit-test,
// zoom and export.
class TimelineMappingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timesMapToPixelsAndBack_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("time");
        QTest::addColumn<double>("x");
        const double epoch = 1756563382000.0; // 2025-08-30T14:16:22Z
        // A session that lasts 3 ms, on 1600 px: sub-pixel precision at today's epoch.
        QTest::newRow("ms-long session, start") << epoch << epoch + 3 << 190.0 << 1600.0 << epoch << 190.0;
        QTest::newRow("ms-long session, 1 ms in") << epoch << epoch + 3 << 190.0 << 1600.0 << epoch + 1 << 190.0 + 1600.0 / 3;
        QTest::newRow("ms-long session, end") << epoch << epoch + 3 << 190.0 << 1600.0 << epoch + 3 << 1790.0;
        // Three weeks on 1000 px: one pixel is about 30 minutes.
        const double weeks = 21.0 * 24 * 3600 * 1000;
        QTest::newRow("weeks-long session, middle") << epoch << epoch + weeks << 0.0 << 1000.0 << epoch + weeks / 2 << 500.0;
        QTest::newRow("weeks-long session, one day in") << epoch << epoch + weeks << 0.0 << 1000.0
                                                        << epoch + 24.0 * 3600 * 1000 << 1000.0 / 21;
        QTest::newRow("left of the view") << 1000.0 << 2000.0 << 10.0 << 100.0 << 500.0 << -40.0;
        QTest::newRow("right of the view") << 1000.0 << 2000.0 << 10.0 << 100.0 << 3000.0 << 210.0;
    }
    void timesMapToPixelsAndBack()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, left);
        QFETCH(double, width);
        QFETCH(double, time);
        QFETCH(double, x);
        const TimelineMapping m(start, end, left, width);
        QVERIFY2(qAbs(m.toX(time) - x) < 1e-3, qPrintable(QString::number(m.toX(time), 'f', 6)));
        QVERIFY(qAbs(m.toTime(x) - time) < 1e-3 * m.msPerPixel() + 1e-6);
    }

    void columnsFollowTheFloorOfThePixel_data()
    {
        QTest::addColumn<double>("time");
        QTest::addColumn<int>("column");
        // 100 ms over 10 px: 10 ms per column.
        QTest::newRow("first ms") << 0.0 << 0;
        QTest::newRow("inside column 0") << 9.99 << 0;
        QTest::newRow("edge of column 1") << 10.0 << 1;
        QTest::newRow("last column") << 99.0 << 9;
        QTest::newRow("the end is column width") << 100.0 << 10;
        QTest::newRow("before the view") << -0.5 << -1;
    }
    void columnsFollowTheFloorOfThePixel()
    {
        QFETCH(double, time);
        QFETCH(int, column);
        const TimelineMapping m(0, 100, 50, 10);
        QCOMPARE(m.column(time), column);
        if (column >= 0)
            QVERIFY(m.columnStart(column) <= time + 1e-9);
    }

    void fittingFramesTheSession_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<double>("expectedSpan");
        QTest::newRow("one event") << qint64(1756563382000) << qint64(1756563382000) << TimelineMapping::kMinSpanMs * 1.04;
        QTest::newRow("3 ms") << qint64(1756563382000) << qint64(1756563382003) << 3.0 * 1.04;
        QTest::newRow("two weeks") << qint64(1756563382000) << qint64(1756563382000) + qint64(14) * 86400000 << 14.0 * 86400000 * 1.04;
        QTest::newRow("reversed") << qint64(2000) << qint64(1000) << 1000.0 * 1.04;
    }
    void fittingFramesTheSession()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(double, expectedSpan);
        const TimelineMapping m = TimelineMapping::fit(min, max, 190, 1410);
        // Absolute slack: at today's epoch a double resolves about 0.0002 ms.
        QVERIFY(qAbs(m.spanMs() - expectedSpan) < 1e-3 + 1e-9 * expectedSpan);
        QVERIFY(m.contains(double(qMin(min, max))));
        QVERIFY(m.contains(double(qMax(min, max))));
        QVERIFY(m.toX(double(qMin(min, max))) >= 190);
        QVERIFY(m.toX(double(qMax(min, max))) <= 1600);
    }

    void degenerateRangesAreRepaired_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::newRow("zero span") << 5000.0 << 5000.0;
        QTest::newRow("reversed") << 9000.0 << 5000.0;
        QTest::newRow("too wide") << 0.0 << TimelineMapping::kMaxSpanMs * 3;
        QTest::newRow("not a number") << qQNaN() << 1.0;
    }
    void degenerateRangesAreRepaired()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        TimelineMapping::normalize(start, end);
        QVERIFY(end - start >= TimelineMapping::kMinSpanMs);
        QVERIFY(end - start <= TimelineMapping::kMaxSpanMs);
        QVERIFY(qIsFinite(start) && qIsFinite(end));
    }
};

QTEST_GUILESS_MAIN(TimelineMappingTest)
#include "tst_timelinemapping.moc"
