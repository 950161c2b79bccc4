#include "markdownoutline.h"

#include <QTest>

namespace {
QList<RequiredHeading> devopsLike()
{
    return {{1, QStringLiteral("DevOps Worker Infrastructure Report")},
            {2, QStringLiteral("Session: [session-id]")},
            {3, QStringLiteral("Executive Summary")},
            {3, QStringLiteral("Monitoring & Observability")},
            {4, QStringLiteral("Metrics")},
            {4, QStringLiteral("Logging")},
            {4, QStringLiteral("Alerting")},
            {3, QStringLiteral("Disaster Recovery")}};
}
}

class TestMarkdownOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingsAreWhatCommonMarkCallsHeadings_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<int>>("levels");
        QTest::newRow("atx") << QStringLiteral("# A\ntext\n## B\n") << QStringList{QStringLiteral("A"), QStringLiteral("B")} << QList<int>{0, 2} << QList<int>{1, 2};
        QTest::newRow("hash inside fenced code is no heading")
            << QStringLiteral("# A\n```\n# not\n```\n### C\n") << QStringList{QStringLiteral("A"), QStringLiteral("C")} << QList<int>{0, 4} << QList<int>{1, 3};
        QTest::newRow("setext") << QStringLiteral("Title\n=====\n\nSub\n---\n") << QStringList{QStringLiteral("Title"), QStringLiteral("Sub")} << QList<int>{0, 3} << QList<int>{1, 2};
        QTest::newRow("front matter is skipped but counted")
            << QStringLiteral("---\nname: x\n---\n# A\n") << QStringList{QStringLiteral("A")} << QList<int>{3} << QList<int>{1};
        QTest::newRow("seven hashes is text") << QStringLiteral("####### no\n# yes\n") << QStringList{QStringLiteral("yes")} << QList<int>{1} << QList<int>{1};
        QTest::newRow("emphasis inside") << QStringLiteral("## *Key* `Findings`\n") << QStringList{QStringLiteral("Key Findings")} << QList<int>{0} << QList<int>{2};
        QTest::newRow("crlf") << QStringLiteral("# A\r\n\r\n## B\r\n") << QStringList{QStringLiteral("A"), QStringLiteral("B")} << QList<int>{0, 2} << QList<int>{1, 2};
    }
    void headingsAreWhatCommonMarkCallsHeadings()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, lines);
        QFETCH(QList<int>, levels);
        const QList<MarkdownHeading> hs = MarkdownOutline::headings(markdown);
        QStringList gotTexts;
        QList<int> gotLines, gotLevels;
        for (const MarkdownHeading &h : hs) {
            gotTexts << h.text;
            gotLines << h.line;
            gotLevels << h.level;
        }
        QCOMPARE(gotTexts, texts);
        QCOMPARE(gotLines, lines);
        QCOMPARE(gotLevels, levels);
    }

    void missingRequiredHeadingsSitWhereTheyBelong()
    {
        const QString doc = QStringLiteral("# DevOps Worker Infrastructure Report\n## Session: abc\n### Executive Summary\nx\n"
                                           "### Monitoring & Observability\n#### Metrics\nm\n#### Alerting\na\n### Extra\n");
        const QList<OutlineRow> rows = MarkdownOutline::rows(MarkdownOutline::headings(doc), devopsLike());
        QStringList shown;
        for (const OutlineRow &r : rows)
            shown << (r.missing ? QStringLiteral("-") : QString()) + r.text;
        QCOMPARE(shown, (QStringList{QStringLiteral("DevOps Worker Infrastructure Report"), QStringLiteral("Session: abc"),
                                     QStringLiteral("Executive Summary"), QStringLiteral("Monitoring & Observability"),
                                     QStringLiteral("Metrics"), QStringLiteral("-Logging"), QStringLiteral("Alerting"),
                                     QStringLiteral("Extra"), QStringLiteral("-Disaster Recovery")}));
        QCOMPARE(rows.at(7).requiredIndex, -1);
    }

    void insertingPutsTheHeadingBeforeTheNextRequiredOne_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing subsection in the middle")
            << QStringLiteral("### Monitoring & Observability\n#### Metrics\nm\n#### Alerting\na\n") << 5
            << QStringLiteral("### Monitoring & Observability\n#### Metrics\nm\n\n#### Logging\n\n#### Alerting\na\n");
        QTest::newRow("missing last section goes to the end")
            << QStringLiteral("### Executive Summary\nx\n") << 7
            << QStringLiteral("### Executive Summary\nx\n\n### Disaster Recovery\n\n");
        QTest::newRow("placeholders are filled")
            << QStringLiteral("# DevOps Worker Infrastructure Report\n### Executive Summary\n") << 1
            << QStringLiteral("# DevOps Worker Infrastructure Report\n\n## Session: s-1\n\n### Executive Summary\n");
    }
    void insertingPutsTheHeadingBeforeTheNextRequiredOne()
    {
        QFETCH(QString, doc);
        QFETCH(int, index);
        QFETCH(QString, expected);
        QMap<QString, QString> values;
        values.insert(QStringLiteral("session-id"), QStringLiteral("s-1"));
        const QString out = MarkdownOutline::insertHeading(doc, devopsLike(), index, values);
        QCOMPARE(out, expected);
        const QList<int> matched = MarkdownOutline::match(MarkdownOutline::headings(out), devopsLike());
        QVERIFY(matched.at(index) >= 0);
    }

    void aPlaceholderOnlyTitleMatchesAnyHeadingOfItsLevel()
    {
        const RequiredHeading title{1, QStringLiteral("<Worker> Analysis Report")};
        QVERIFY(MarkdownOutline::matches(title, QStringLiteral("Backend Analysis Report"), 1));
        QVERIFY(!MarkdownOutline::matches(title, QStringLiteral("Key Findings"), 3));
    }

    void hostileInputNeitherCrashesNorHangs()
    {
        QString nested(100000, u'>');
        QVERIFY(MarkdownOutline::headings(nested + QStringLiteral(" # x")).size() <= 1);
        QString many;
        for (int i = 0; i < 20000; ++i)
            many += QStringLiteral("## h%1\n").arg(i);
        QCOMPARE(MarkdownOutline::headings(many).size(), 20000);
        QVERIFY(MarkdownOutline::headings(QStringLiteral("# a\xFFb")).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownOutline)
#include "tst_markdownoutline.moc"
