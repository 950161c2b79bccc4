#include "citation.h"

#include <QTest>

class TestCitation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMarkdownCitationIsFoundWhereItWasWritten()
    {
        const QString link = CitationFormat::markdownLink(42, QStringLiteral("worker_spawned"), QStringLiteral("devops-worker"),
                                                          QStringLiteral("2025-08-30T14:16:50Z"), CitationFormat::prefixFor(QStringLiteral("notes/devops_notes.md")));
        QVERIFY(link.contains(QStringLiteral("](../EVENTS.jsonl#L42)")));
        const QString doc = QStringLiteral("# T\n\nSee ") + link + QStringLiteral(" for the spawn.\n");
        const QList<Citation> found = CitationFormat::find(doc);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().eventLine, 42);
        QCOMPARE(found.first().type, QStringLiteral("worker_spawned"));
        QCOMPARE(found.first().agent, QStringLiteral("devops-worker"));
        QCOMPARE(found.first().timestamp, QStringLiteral("2025-08-30T14:16:50Z"));
        QCOMPARE(found.first().docLine, 2);
        QCOMPARE(found.first().docColumn, 4);
        QCOMPARE(doc.mid(doc.indexOf(u'[')), link + QStringLiteral(" for the spawn.\n"));
    }

    void aJsonCitationIsFound()
    {
        const QString value = CitationFormat::jsonString(7, QStringLiteral("json_created"), QStringLiteral("devops-worker"), QStringLiteral("2025-08-30T14:40:15Z"));
        const QList<Citation> found = CitationFormat::find(QStringLiteral("{\n  \"evidence\": [") + value + QStringLiteral("]\n}\n"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().eventLine, 7);
        QCOMPARE(found.first().docLine, 1);
    }

    void prefixesLeadBackToTheSessionFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("root") << QStringLiteral("devops_notes.md") << QString();
        QTest::newRow("notes") << QStringLiteral("notes/devops_notes.md") << QStringLiteral("../");
        QTest::newRow("response") << QStringLiteral("workers/json/devops_response.json") << QStringLiteral("../../");
    }
    void prefixesLeadBackToTheSessionFolder()
    {
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QCOMPARE(CitationFormat::prefixFor(path), prefix);
    }

    void aLineHoldsTheCitedEventOnlyWhenTypeAgentAndTimeAgree_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("holds");
        QTest::newRow("same event, spaced writer") << QByteArray(R"({"timestamp": "2025-08-30T14:16:50Z", "type": "worker_spawned", "agent": "devops-worker", "details": "x"})") << true;
        QTest::newRow("same event, compact writer") << QByteArray(R"({"timestamp":"2025-08-30T14:16:50Z","type":"worker_spawned","agent":"devops-worker","details":{}})") << true;
        QTest::newRow("other type") << QByteArray(R"({"timestamp":"2025-08-30T14:16:50Z","type":"worker_configured","agent":"devops-worker","details":""})") << false;
        QTest::newRow("other agent") << QByteArray(R"({"timestamp":"2025-08-30T14:16:50Z","type":"worker_spawned","agent":"test-worker","details":""})") << false;
        QTest::newRow("line gone") << QByteArray() << false;
        QTest::newRow("not json") << QByteArray("garbage {") << false;
        QTest::newRow("nul") << QByteArray("{\"a\":1}\0", 8) << false;
    }
    void aLineHoldsTheCitedEventOnlyWhenTypeAgentAndTimeAgree()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, holds);
        Citation c;
        c.eventLine = 5;
        c.type = QStringLiteral("worker_spawned");
        c.agent = QStringLiteral("devops-worker");
        c.timestamp = QStringLiteral("2025-08-30T14:16:50Z");
        QString why;
        QCOMPARE(CitationFormat::holds(c, line, &why), holds);
        QCOMPARE(why.isEmpty(), holds);
    }
};

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
