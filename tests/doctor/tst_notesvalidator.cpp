#include "notesvalidator.h"
#include "templateregistry.h"

#include <QTest>

namespace {

// A small outline so that each case reads on one line.
WorkerTemplate smallTemplate()
{
    WorkerTemplate t;
    t.workerType = QStringLiteral("x-worker");
    t.outline = NotesOutline::fromMarkdown("# X Report\n## Session: [session-id]\n## Generated: [timestamp]\n"
                                           "### Summary\n[summary here]\n### Findings\n[...]\n");
    return t;
}

QStringList rulesOf(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.rule + u'@' + QString::number(d.line);
    return out;
}

const QByteArray kHead = "# X Report\n## Session: s-1\n## Generated: 2025-08-30T14:40:00Z\n";

}

class TestNotesValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingsComeFromMarkdownNotFromLines_data()
    {
        QTest::addColumn<QByteArray>("notes");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("healthy") << kHead + "### Summary\ntext\n### Findings\ntext\n" << QStringList();
        QTest::newRow("setext heading counts") << QByteArray("X Report\n========\n## Session: s-1\n## Generated: 2025-08-30 14:40 UTC\nSummary\n-------\ntext\n### Findings\ntext\n") << QStringList();
        QTest::newRow("heading inside a code fence is not one") << kHead + "```\n### Summary\n```\n### Findings\ntext\n"
                                                              << QStringList{QStringLiteral("notes.missing-section@0")};
        QTest::newRow("heading inside an HTML block is not one") << kHead + "<div>\n### Summary\n</div>\n\n### Findings\ntext\n"
                                                                << QStringList{QStringLiteral("notes.missing-section@0")};
        QTest::newRow("indented four spaces is code") << kHead + "    ### Summary\n\n### Findings\ntext\n"
                                                     << QStringList{QStringLiteral("notes.missing-section@0")};
        QTest::newRow("seven hashes is text") << kHead + "####### Summary\n### Findings\ntext\n"
                                             << QStringList{QStringLiteral("notes.missing-section@0")};
        QTest::newRow("front matter is cut first") << QByteArray("---\nauthor: x\n---\n") + kHead + "### Summary\ntext\n### Findings\ntext\n" << QStringList();
        QTest::newRow("front matter shifts line numbers") << QByteArray("---\nauthor: x\n---\n") + kHead + "### Summary\n### Findings\ntext\n"
                                                         << QStringList{QStringLiteral("notes.empty-section@7")};
        QTest::newRow("no title") << QByteArray("## Session: s-1\n## Generated: 2025-08-30T14:40:00Z\n### Summary\nt\n### Findings\nt\n")
                                 << QStringList{QStringLiteral("notes.missing-title@1")};
        QTest::newRow("order") << kHead + "### Findings\ntext\n### Summary\ntext\n" << QStringList{QStringLiteral("notes.section-order@4")};
        QTest::newRow("empty section") << kHead + "### Summary\n### Findings\ntext\n" << QStringList{QStringLiteral("notes.empty-section@4")};
        QTest::newRow("subsections are content") << kHead + "### Summary\n#### Part\ntext\n### Findings\ntext\n" << QStringList();
        QTest::newRow("placeholder line") << kHead + "### Summary\n[summary here]\n### Findings\ntext\n" << QStringList{QStringLiteral("notes.placeholder-left@5")};
        QTest::newRow("placeholder in code is code") << kHead + "### Summary\n```\n[summary here]\n```\n### Findings\ntext\n" << QStringList();
        QTest::newRow("session placeholder") << QByteArray("# X Report\n## Session: [session-id]\n## Generated: 2025-08-30T14:40:00Z\n### Summary\nt\n### Findings\nt\n")
                                            << QStringList{QStringLiteral("notes.placeholder-left@2")};
        QTest::newRow("other session") << QByteArray("# X Report\n## Session: `s-2`\n## Generated: 2025-08-30T14:40:00Z\n### Summary\nt\n### Findings\nt\n")
                                      << QStringList{QStringLiteral("notes.session-mismatch@2")};
        QTest::newRow("bad timestamp") << QByteArray("# X Report\n## Session: s-1\n## Generated: late August\n### Summary\nt\n### Findings\nt\n")
                                      << QStringList{QStringLiteral("notes.bad-generated-timestamp@3")};
        QTest::newRow("case and spacing of headings do not matter") << kHead + "###   summary  \nt\n### FINDINGS\nt\n" << QStringList();
        QTest::newRow("empty file") << QByteArray(" \n\n") << QStringList{QStringLiteral("output.empty-file@0")};
    }
    void headingsComeFromMarkdownNotFromLines()
    {
        QFETCH(QByteArray, notes);
        QFETCH(QStringList, expected);
        const Diagnostics ds = NotesValidator::validate(notes, smallTemplate(), QStringLiteral("s-1"), QStringLiteral("notes/x_notes.md"));
        QCOMPARE(rulesOf(ds), expected);
        for (const Diagnostic &d : ds)
            QCOMPARE(d.file, QStringLiteral("notes/x_notes.md"));
    }

    void generatedTimestampsAreLenientISO_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("Z") << QStringLiteral("2025-08-30T14:40:00Z") << true;
        QTest::newRow("space and UTC") << QStringLiteral("2025-08-30 14:40:00 UTC") << true;
        QTest::newRow("minutes only") << QStringLiteral("2025-08-30T14:40") << true;
        QTest::newRow("offset") << QStringLiteral("2025-08-30T14:40:00.5+02:00") << true;
        QTest::newRow("date only") << QStringLiteral("2025-08-30") << false;
        QTest::newRow("bad month") << QStringLiteral("2025-13-30T14:40:00Z") << false;
        QTest::newRow("prose") << QStringLiteral("today") << false;
    }
    void generatedTimestampsAreLenientISO()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(NotesValidator::isGeneratedTimestamp(text), ok);
    }

    void hostileNotesNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("notes");
        QTest::newRow("100k nested quotes") << QByteArray(100000, '>') + " x\n";
        QTest::newRow("200k headings") << QByteArray("# h\n").repeated(200000);
        QTest::newRow("invalid UTF-8") << QByteArray("# \xff\xfe\xfd\n### Summary\n\xc3\n");
        QTest::newRow("NUL bytes") << QByteArray("# a\0b\n### Summary\0\n", 20);
        QTest::newRow("unclosed front matter") << QByteArray("---\na: b\n# X Report\n");
        QTest::newRow("huge") << QByteArray(int(NotesValidator::kMaxNotesBytes) + 1, 'a');
    }
    void hostileNotesNeverCrash()
    {
        QFETCH(QByteArray, notes);
        const Diagnostics ds = NotesValidator::validate(notes, smallTemplate(), QStringLiteral("s-1"), QStringLiteral("n.md"));
        QVERIFY(!ds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotesValidator)
#include "tst_notesvalidator.moc"
