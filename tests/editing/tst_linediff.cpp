#include "linediff.h"

#include <QTest>

namespace {
// Applies a diff to its left side: the result must be the right side.
QStringList rightOf(const QList<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &d : diff) {
        if (d.kind != DiffLine::Removed)
            out << d.text;
    }
    return out;
}
QStringList leftOf(const QList<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &d : diff) {
        if (d.kind != DiffLine::Added)
            out << d.text;
    }
    return out;
}
}

class TestLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDiffRebuildsBothSidesWithFewestChanges_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("changed");
        QTest::newRow("identical") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb\n") << 0;
        QTest::newRow("one line edited") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n") << 2;
        QTest::newRow("inserted in the middle") << QStringLiteral("a\nc\n") << QStringLiteral("a\nb\nc\n") << 1;
        QTest::newRow("removed at the end") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb") << 1;
        QTest::newRow("crlf vs lf is no change") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n") << 0;
        QTest::newRow("empty to text") << QString() << QStringLiteral("x\ny\n") << 2;
        QTest::newRow("moved block") << QStringLiteral("1\n2\n3\n4\n5\n") << QStringLiteral("4\n5\n1\n2\n3\n") << 4;
    }
    void theDiffRebuildsBothSidesWithFewestChanges()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, changed);
        const QList<DiffLine> diff = LineDiff::compute(left, right);
        QCOMPARE(leftOf(diff), LineDiff::splitLines(left));
        QCOMPARE(rightOf(diff), LineDiff::splitLines(right));
        QCOMPARE(LineDiff::changedCount(diff), changed);
    }

    void lineNumbersPointIntoEachSide()
    {
        const QList<DiffLine> diff = LineDiff::compute(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nx\nc\n"));
        for (const DiffLine &d : diff) {
            if (d.kind == DiffLine::Removed)
                QCOMPARE(d.leftLine, 1);
            if (d.kind == DiffLine::Added)
                QCOMPARE(d.rightLine, 1);
            if (d.kind == DiffLine::Same && d.text == u"c")
                QCOMPARE(d.rightLine, 2);
        }
    }

    void aHugeChangedMiddleStillGivesACorrectDiff()
    {
        QStringList left, right;
        for (int i = 0; i < 6000; ++i) {
            left << QStringLiteral("l%1").arg(i);
            right << QStringLiteral("r%1").arg(i);
        }
        const QList<DiffLine> diff = LineDiff::compute(left, right);
        QCOMPARE(leftOf(diff), left);
        QCOMPARE(rightOf(diff), right);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
