// The search box's grammar: what an operator types becomes an FTS5
// expression of quoted terms (never syntax of its own) and bound filters.
#include "historyquery.h"

#include <QtTest>

class TestHistoryQuery : public QObject
{
    Q_OBJECT
private slots:
    void termsBecomeQuotedFtsStrings_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::newRow("word") << u"readinessProbe"_qs << u"\"readinessProbe\""_qs;
        QTest::newRow("words are ANDed") << u"deploy failed"_qs << u"\"deploy\" AND \"failed\""_qs;
        QTest::newRow("phrase") << u"\"rolling update\""_qs << u"\"rolling update\""_qs;
        QTest::newRow("prefix") << u"kube*"_qs << u"\"kube\"*"_qs;
        QTest::newRow("NOT") << u"deploy NOT staging"_qs << u"(\"deploy\") NOT \"staging\""_qs;
        QTest::newRow("minus") << u"deploy -staging"_qs << u"(\"deploy\") NOT \"staging\""_qs;
        QTest::newRow("NOT first") << u"NOT staging deploy"_qs << u"(\"deploy\") NOT \"staging\""_qs;
        QTest::newRow("OR") << u"helm OR kustomize"_qs << u"(\"helm\" OR \"kustomize\")"_qs;
        QTest::newRow("empty quotes inside a word vanish") << u"a\"\"b"_qs << u"\"ab\""_qs;
        QTest::newRow("SQL is words") << u"'; DROP TABLE sessions; --"_qs << u"\"DROP\" AND \"TABLE\" AND \"sessions;\""_qs;
        QTest::newRow("FTS column filter is a word") << u"body:secret"_qs << u"\"body:secret\""_qs;
        QTest::newRow("FTS operators in a phrase stay text") << u"\"NEAR(a b)\""_qs << u"\"NEAR(a b)\""_qs;
        QTest::newRow("punctuation only is dropped") << u"deploy ***"_qs << u"\"deploy\""_qs;
        QTest::newRow("unicode") << u"Überprüfung"_qs << u"\"Überprüfung\""_qs;
    }
    void termsBecomeQuotedFtsStrings()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        const HistoryQuery q = HistoryQuery::parse(typed);
        QVERIFY2(q.isValid(), qPrintable(q.error));
        QCOMPARE(q.match, match);
    }

    void filtersAreTakenOutOfTheTerms()
    {
        const HistoryQuery q = HistoryQuery::parse(
            u"worker:devops-worker project:\"my shop\" status:failed kind:notes from:2025-08-01 to:2025-08-31 probe"_qs);
        QVERIFY2(q.isValid(), qPrintable(q.error));
        QCOMPARE(q.match, u"\"probe\""_qs);
        QCOMPARE(q.workers, QStringList{u"devops-worker"_qs});
        QCOMPARE(q.projects, QStringList{u"my shop"_qs});
        QCOMPARE(q.statuses, QStringList{u"failed"_qs});
        QCOMPARE(q.kinds, QStringList{u"notes"_qs});
        QCOMPARE(q.fromMs, QDateTime(QDate(2025, 8, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(q.toMs, QDateTime(QDate(2025, 9, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1);
        QVERIFY(!q.rank);
        QVERIFY(HistoryQuery::parse(u"probe rank:on"_qs).rank);
    }

    void whatCannotBeSearchedIsSaidInASentence_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed quote") << u"\"rolling update"_qs << u"quotation mark"_qs;
        QTest::newRow("only NOT") << u"NOT staging"_qs << u"NOT needs a word"_qs;
        QTest::newRow("only minus") << u"-staging"_qs << u"NOT needs a word"_qs;
        QTest::newRow("unknown kind") << u"kind:bogus x"_qs << u"Unknown kind"_qs;
        QTest::newRow("bad date") << u"from:2025-13-01 x"_qs << u"is not a date"_qs;
        QTest::newRow("empty filter") << u"worker: x"_qs << u"needs a value"_qs;
        QTest::newRow("range backwards") << u"from:2025-09-01 to:2025-08-01 x"_qs << u"ends before it starts"_qs;
    }
    void whatCannotBeSearchedIsSaidInASentence()
    {
        QFETCH(QString, typed);
        QFETCH(QString, says);
        const HistoryQuery q = HistoryQuery::parse(typed);
        QVERIFY(!q.isValid());
        QVERIFY2(q.error.contains(says), qPrintable(q.error));
        QVERIFY(q.match.isEmpty());
    }

    void filtersAloneHaveNoTerms()
    {
        const HistoryQuery q = HistoryQuery::parse(u"worker:devops-worker"_qs);
        QVERIFY(q.isValid());
        QVERIFY(!q.hasTerms());
    }
};

QTEST_APPLESS_MAIN(TestHistoryQuery)
#include "tst_historyquery.moc"
