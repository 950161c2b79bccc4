#include "timeaxis.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TimeAxisTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStepAdaptsFromMillisecondsToDays_data()
    {
        QTest::addColumn<double>("spanMs");
        QTest::addColumn<qint64>("step");
        // 1000 px wide, labels at least 90 px apart.
        QTest::newRow("5 ms session") << 5.0 << qint64(1);
        QTest::newRow("1 s") << 1000.0 << qint64(100);
        QTest::newRow("1 min") << 60000.0 << qint64(10000);
        QTest::newRow("1 h") << 3600000.0 << qint64(10 * 60000);
        QTest::newRow("1 day") << 86400000.0 << qint64(3 * 3600000);
        QTest::newRow("3 weeks") << 21.0 * 86400000 << qint64(2 * 86400000);
        QTest::newRow("a year") << 365.0 * 86400000 << qint64(28) * 2 * 86400000;
    }
    void theStepAdaptsFromMillisecondsToDays()
    {
        QFETCH(double, spanMs);
        QFETCH(qint64, step);
        QCOMPARE(TimeAxis::stepFor(spanMs / 1000.0, 90), step);
    }

    void ticksAreRoundAndInsideTheView_data()
    {
        QTest::addColumn<double>("spanMs");
        QTest::newRow("ms") << 7.0;
        QTest::newRow("seconds") << 12000.0;
        QTest::newRow("hours") << 5.0 * 3600000;
        QTest::newRow("weeks") << 21.0 * 86400000;
    }
    void ticksAreRoundAndInsideTheView()
    {
        QFETCH(double, spanMs);
        const double start = 1756563382123.0;
        const TimelineMapping m(start, start + spanMs, 100, 1000);
        const auto ticks = TimeAxis::ticks(m, TimeAxis::Zone::Utc, 90);
        QVERIFY(ticks.size() >= 2);
        QVERIFY(ticks.size() <= 1000 / 90 + 2);
        const qint64 step = TimeAxis::stepFor(m.msPerPixel(), 90);
        for (const TimeAxis::Tick &t : ticks) {
            QVERIFY(m.contains(t.timeMs));
            QCOMPARE(qint64(t.timeMs) % step, qint64(0)); // UTC ticks sit on multiples of the step
            QVERIFY(!t.label.isEmpty());
            QVERIFY(qAbs(t.x - m.toX(t.timeMs)) < 1e-6);
        }
    }

    void labelsShowTheUnitOfTheStep_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("label");
        const qint64 t = 1756563382123; // 2025-08-30T14:16:22.123Z
        QTest::newRow("milliseconds") << t << qint64(100) << QStringLiteral("14:16:22.123");
        QTest::newRow("seconds") << t << qint64(5000) << QStringLiteral("14:16:22");
        QTest::newRow("minutes") << t << qint64(600000) << QStringLiteral("14:16");
        QTest::newRow("midnight shows the date") << qint64(1756512000000) << qint64(3600000) << QStringLiteral("Aug 30");
        QTest::newRow("days") << t << qint64(86400000) << QStringLiteral("Aug 30");
    }
    void labelsShowTheUnitOfTheStep()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, step);
        QFETCH(QString, label);
        QCOMPARE(TimeAxis::label(time, step, TimeAxis::Zone::Utc), label);
    }

    void localTicksAreRoundInLocalTime()
    {
        // Whatever the machine's zone, local ticks fall on round local minutes.
        const double start = 1756563382123.0;
        const TimelineMapping m(start, start + 3 * 3600000.0, 0, 1000);
        const auto ticks = TimeAxis::ticks(m, TimeAxis::Zone::Local, 90);
        QVERIFY(!ticks.empty());
        for (const TimeAxis::Tick &t : ticks) {
            const QTime local = QDateTime::fromMSecsSinceEpoch(qint64(t.timeMs)).time();
            QCOMPARE(local.second(), 0);
            QCOMPARE(local.minute() % 15, 0);
        }
    }

    void durationsReadNaturally_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(250) << QStringLiteral("250 ms");
        QTest::newRow("s") << qint64(4500) << QStringLiteral("4.5 s");
        QTest::newRow("min") << qint64(8 * 60000 + 30000) << QStringLiteral("8 min");
        QTest::newRow("h") << qint64(3 * 3600000 + 5 * 60000) << QStringLiteral("3 h 5 min");
        QTest::newRow("d") << qint64(2 * 86400000 + 4 * 3600000) << QStringLiteral("2 d 4 h");
    }
    void durationsReadNaturally()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(TimeAxis::formatDuration(ms), text);
    }

    void theCaptionNamesDateAndZone()
    {
        const TimelineMapping m(1756563382000.0, 1756563382000.0 + 60000, 0, 1000);
        QCOMPARE(TimeAxis::caption(m, TimeAxis::Zone::Utc), QStringLiteral("2025-08-30 UTC"));
    }
};

QTEST_GUILESS_MAIN(TimeAxisTest)
#include "tst_timeaxis.moc"
