#include "testpaths.h"
#include "editor.h"
#include "markdownpreview.h"
#include "noteseditor.h"
#include "outlinepane.h"
#include "templateregistry.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSession = QStringLiteral("2025-08-30-14-16-k8s-deploy-audit");

QByteArray fixture(const char *name)
{
    QFile f(TestPaths::data(u"/editors/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList describe(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << QStringLiteral("%1:%2 %3 %4").arg(d.line).arg(d.column).arg(d.rule, d.message);
    return out;
}

int countRule(const Diagnostics &ds, const QString &rule, const QString &mentioning = QString())
{
    return int(std::count_if(ds.begin(), ds.end(), [&](const Diagnostic &d) {
        return d.rule == rule && (mentioning.isEmpty() || d.message.contains(mentioning));
    }));
}
}

class TestNotesEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("devops_notes.md"));
        QVERIFY(writeFile(m_path, fixture("devops_notes.md")));
        m_editor = std::make_unique<NotesEditor>();
        m_editor->resize(1200, 800);
        m_editor->show();
        QVERIFY(m_editor->openFile(m_path));
        EditorContext context;
        context.sessionDir = m_dir.path();
        context.sessionId = kSession;
        context.workerType = QStringLiteral("devops-worker");
        context.relativePath = QStringLiteral("notes/devops_notes.md");
        context.workerTemplate = TemplateRegistry().templateFor(QStringLiteral("devops-worker"));
        m_editor->setContext(context);
        waitForDiagnostics();
        QSignalSpy views(m_editor.get(), &NotesEditor::viewsRefreshed);
        m_editor->refreshViews();
        QVERIFY(views.wait(10000));
    }
    void cleanup()
    {
        m_editor.reset();
    }

    void theSampleNotesShowTheMissingSectionAndThePlaceholder()
    {
        const Diagnostics ds = m_editor->diagnostics();
        QVERIFY2(countRule(ds, QStringLiteral("notes.missing-section"), QStringLiteral("Disaster Recovery")) == 1, qPrintable(describe(ds).join(u'\n')));
        QVERIFY2(countRule(ds, QStringLiteral("notes.placeholder-left")) >= 1, qPrintable(describe(ds).join(u'\n')));
        // Each one has a margin marker on its line.
        for (const Diagnostic &d : ds) {
            if (d.line > 0)
                QVERIFY(!m_editor->editor()->diagnosticsOnLine(d.line - 1).isEmpty());
        }
    }

    void theOutlineListsMissingRequiredHeadingsGreyed()
    {
        OutlinePane *outline = m_editor->outline();
        QCOMPARE(outline->missingCount(), 1);
        const OutlineRow last = outline->rows().last();
        QVERIFY(last.missing);
        QCOMPARE(last.text, QStringLiteral("Disaster Recovery"));
        QListWidgetItem *item = outline->list()->item(int(outline->rows().size()) - 1);
        QVERIFY(item->font().italic());
        // A present heading jumps to its line.
        int row = -1;
        for (int i = 0; i < outline->rows().size(); ++i) {
            if (outline->rows().at(i).text == u"CI/CD Pipeline")
                row = i;
        }
        QVERIFY(row >= 0);
        outline->activateRow(row);
        QCOMPARE(m_editor->editor()->currentLine(), outline->rows().at(row).line);
    }

    void theOutlineInsertPutsTheSectionInPlaceAndTheDiagnosticGoes()
    {
        OutlinePane *outline = m_editor->outline();
        const int row = int(outline->rows().size()) - 1;
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        QSignalSpy views(m_editor.get(), &NotesEditor::viewsRefreshed);
        outline->list()->setCurrentRow(row);
        outline->activateRow(row);
        QVERIFY(m_editor->text().contains(QStringLiteral("\n### Disaster Recovery\n")));
        // After the last section, as the template orders it.
        QVERIFY(m_editor->text().indexOf(QStringLiteral("### Disaster Recovery")) > m_editor->text().indexOf(QStringLiteral("### Cost Optimization")));
        waitForDiagnostics();
        QCOMPARE(countRule(m_editor->diagnostics(), QStringLiteral("notes.missing-section")), 0);
        if (views.isEmpty())
            QVERIFY(views.wait(10000));
        QCOMPARE(outline->missingCount(), 0);
        // One undo takes it out again.
        m_editor->editor()->undo();
        QVERIFY(!m_editor->text().contains(QStringLiteral("Disaster Recovery")));
    }

    void aSectionMissingInTheMiddleIsInsertedBeforeTheNextOne()
    {
        QString text = m_editor->text();
        const qsizetype from = text.indexOf(QStringLiteral("#### Logging"));
        const qsizetype to = text.indexOf(QStringLiteral("#### Alerting"));
        text.remove(from, to - from);
        m_editor->replaceText(text);
        waitForDiagnostics();
        QVERIFY2(countRule(m_editor->diagnostics(), QStringLiteral("notes.missing-section"), QStringLiteral("Logging")) == 1,
                 qPrintable(describe(m_editor->diagnostics()).join(u'\n')));
        const QList<RequiredHeading> required = m_editor->requiredHeadings();
        int index = -1;
        for (int i = 0; i < required.size(); ++i) {
            if (required.at(i).text == u"Logging")
                index = i;
        }
        QVERIFY(index >= 0);
        QVERIFY(m_editor->insertRequiredHeading(index));
        const QString after = m_editor->text();
        QVERIFY(after.indexOf(QStringLiteral("#### Logging")) > after.indexOf(QStringLiteral("#### Metrics")));
        QVERIFY(after.indexOf(QStringLiteral("#### Logging")) < after.indexOf(QStringLiteral("#### Alerting")));
        waitForDiagnostics();
        QCOMPARE(countRule(m_editor->diagnostics(), QStringLiteral("notes.missing-section"), QStringLiteral("Logging")), 0);
        QCOMPARE(countRule(m_editor->diagnostics(), QStringLiteral("notes.section-order")), 0);
    }

    void thePreviewRendersAndFollowsTheCursor()
    {
        MarkdownPreview *preview = m_editor->preview();
        QVERIFY(preview->toPlainText().contains(QStringLiteral("DevOps Worker Infrastructure Report")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("### ")));
        const int line = int(m_editor->text().left(m_editor->text().indexOf(QStringLiteral("### Cost Optimization"))).count(u'\n'));
        m_editor->editor()->setCursorPosition(line + 1, 0);
        QTRY_VERIFY(preview->currentSection() > 0);
        const int before = preview->currentSection();
        m_editor->editor()->setCursorPosition(0, 0);
        QTRY_VERIFY(preview->currentSection() < before);
    }

    void aNewNotesFileFromTheTemplateHasSessionAndTimeFilledIn()
    {
        const WorkerTemplate tmpl = TemplateRegistry().templateFor(QStringLiteral("devops-worker"));
        const QString text = NotesEditor::skeleton(tmpl, kSession, QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY(text.startsWith(QStringLiteral("# DevOps Worker Infrastructure Report\n")));
        QVERIFY(text.contains(QStringLiteral("## Session: ") + kSession));
        QVERIFY(text.contains(QStringLiteral("## Generated: 2026-01-01T00:00:00Z")));
        QVERIFY(!text.contains(QStringLiteral("[session-id]")));
        m_editor->replaceText(text);
        waitForDiagnostics();
        QCOMPARE(countRule(m_editor->diagnostics(), QStringLiteral("notes.missing-section")), 0);
        QCOMPARE(countRule(m_editor->diagnostics(), QStringLiteral("notes.session-mismatch")), 0);
    }

private:
    void waitForDiagnostics()
    {
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !m_editor->validation()->isBusy(), 10000);
        // A debounced run may still follow the last edit: let it land too.
        QTest::qWait(400);
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->validation()->isBusy(), 10000);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<NotesEditor> m_editor;
};

QTEST_MAIN(TestNotesEditor)
#include "tst_noteseditor.moc"
