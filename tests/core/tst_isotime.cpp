#include "isotime.h"

#include <QtTest>

class TestIsoTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheFormsSeenInPractice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: rejected
        const qint64 base = 1756563382000; // 2025-08-30T14:16:22Z
        QTest::newRow("Z") << "2025-08-30T14:16:22Z" << base;
        QTest::newRow("lowercase z") << "2025-08-30t14:16:22z" << base;
        QTest::newRow("+00:00") << "2025-08-30T14:16:22+00:00" << base;
        QTest::newRow("-05:30") << "2025-08-30T08:46:22-05:30" << base;
        QTest::newRow("+0200") << "2025-08-30T16:16:22+0200" << base;
        QTest::newRow("+02") << "2025-08-30T16:16:22+02" << base;
        QTest::newRow("fraction ms") << "2025-08-30T14:16:22.123Z" << base + 123;
        QTest::newRow("fraction us") << "2025-08-30T14:16:22.123999Z" << base + 123;
        QTest::newRow("fraction 1 digit") << "2025-08-30T14:16:22.5Z" << base + 500;
        QTest::newRow("python isoformat") << "2025-08-30T14:16:22.123456+00:00" << base + 123;
        QTest::newRow("no zone = UTC") << "2025-08-30T14:16:22" << base;
        QTest::newRow("space separator") << "2025-08-30 14:16:22Z" << base;
        QTest::newRow("no seconds") << "2025-08-30T14:16Z" << base - 22000;
        QTest::newRow("date only") << "2025-08-30" << base - (14 * 3600 + 16 * 60 + 22) * 1000LL;
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << 1709164800000LL;
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << 0LL;
        QTest::newRow("not a date") << "yesterday" << -1LL;
        QTest::newRow("bad month") << "2025-13-01T00:00:00Z" << -1LL;
        QTest::newRow("Feb 30") << "2025-02-30T00:00:00Z" << -1LL;
        QTest::newRow("Feb 29 non-leap") << "2025-02-29T00:00:00Z" << -1LL;
        QTest::newRow("hour 24") << "2025-08-30T24:00:00Z" << -1LL;
        QTest::newRow("trailing junk") << "2025-08-30T14:16:22Zjunk" << -1LL;
        QTest::newRow("empty fraction") << "2025-08-30T14:16:22.Z" << -1LL;
        QTest::newRow("empty") << "" << -1LL;
    }
    void parsesTheFormsSeenInPractice()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = IsoTime::parseMs(text.toStdString());
        if (ms < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, ms);
        }
    }
    void strictFormIsOnlySecondsWithZ()
    {
        QVERIFY(IsoTime::isStrictSecondsZ("2025-08-30T14:16:22Z"));
        QVERIFY(!IsoTime::isStrictSecondsZ("2025-08-30T14:16:22.1Z"));
        QVERIFY(!IsoTime::isStrictSecondsZ("2025-08-30T14:16:22+00:00"));
        QVERIFY(!IsoTime::isStrictSecondsZ("2025-02-30T14:16:22Z"));
    }
    void formatsBackToIso()
    {
        QCOMPARE(IsoTime::toIso(1756563382000), QStringLiteral("2025-08-30T14:16:22Z"));
        QCOMPARE(IsoTime::toIso(1756563382123), QStringLiteral("2025-08-30T14:16:22.123Z"));
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
