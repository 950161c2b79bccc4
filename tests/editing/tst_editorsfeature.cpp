#include "editor.h"
#include "editorarea.h"
#include "editorsfeature.h"
#include "jsoninsertmissing.h"
#include "livesession.h"
#include "featurelist.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "responseeditor.h"
#include "samplesession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, qApp, [button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
        answerNextMessageBox(button);
    });
}

QStringList describe(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << QStringLiteral("%1:%2 %3 %4").arg(d.line).arg(d.column).arg(d.rule, d.message);
    return out;
}

void settle(EditorPage *page)
{
    QTest::qWait(400);
    QTRY_VERIFY_WITH_TIMEOUT(!page->validation()->isBusy(), 10000);
    QTest::qWait(50);
}
}

class TestEditorsFeature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SessionInspectorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editorsfeature"));
        qputenv("SI_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QString error;
        m_sessionDir = SampleSession::install(&error, m_tmp->filePath(QStringLiteral("sample")));
        QVERIFY2(!m_sessionDir.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(QString());
        installFeatures(m_window.get());
        m_window->resize(1400, 900);
        m_window->show();
        m_window->openPath(m_sessionDir);
        QVERIFY(m_window->session());
        QSignalSpy finished(m_window->session(), &LiveSession::loadFinished);
        QVERIFY(finished.wait(10000));
        m_feature = m_window->findChild<EditorsFeature *>();
        QVERIFY(m_feature);
    }
    void cleanup()
    {
        if (m_feature) {
            for (EditorPage *page : m_feature->area()->pages())
                page->editor()->setModified(false);
        }
        m_window.reset();
    }

    void theSampleDevopsOutputsCanBeFixedInTheAppUntilTheyAreClean()
    {
        // Notes: open from the session's files, see the problems, fix them.
        m_window->openSessionFile(QStringLiteral("notes/devops_notes.md"), 1);
        auto *notes = qobject_cast<NotesEditor *>(m_feature->area()->pageFor(m_sessionDir + QStringLiteral("/notes/devops_notes.md")));
        QVERIFY(notes);
        QVERIFY(m_window->isAncestorOf(notes));  // a document of the central tabs
        settle(notes);
        QVERIFY2(!notes->diagnostics().isEmpty(), "the sample notes have problems");
        QCOMPARE(notes->insertAllMissing(), 1);
        QString text = notes->text();
        text.replace(QStringLiteral("[Log aggregation and analysis]"), QStringLiteral("Fluent Bit ships logs to CloudWatch."));
        const qsizetype dr = text.indexOf(QStringLiteral("### Disaster Recovery"));
        QVERIFY(dr > 0);
        text.insert(text.indexOf(u'\n', dr) + 1, QStringLiteral("Nightly RDS snapshots, restore tested monthly.\n"));
        notes->replaceText(text);
        settle(notes);
        QVERIFY2(notes->diagnostics().isEmpty(), qPrintable(describe(notes->diagnostics()).join(u'\n')));
        QVERIFY(notes->save());

        // Response: the enum quick fix and the placeholder.
        m_window->openSessionFile(QStringLiteral("workers/json/devops_response.json"), 0);
        auto *response = qobject_cast<ResponseEditor *>(m_feature->area()->pageFor(m_sessionDir + QStringLiteral("/workers/json/devops_response.json")));
        QVERIFY(response);
        settle(response);
        const Diagnostics enums = response->enumViolations();
        QCOMPARE(enums.size(), 1);
        QVERIFY(response->applyEnumFix(enums.first(), response->allowedValues(enums.first()).first()));
        const auto fixed = JsonInsertMissing::replaceValue(response->text(), "/security/secrets_management", QStringLiteral("\"aws-secrets-manager\""));
        QVERIFY(fixed);
        response->replaceText(*fixed);
        settle(response);
        QVERIFY2(response->diagnostics().isEmpty(), qPrintable(describe(response->diagnostics()).join(u'\n')));
        QVERIFY(response->save());
    }

    void aCitationOfTheSelectedEventIsInsertedAndChecked()
    {
        m_window->openSessionFile(QStringLiteral("notes/devops_notes.md"), 0);
        EditorPage *notes = m_feature->area()->pageFor(m_sessionDir + QStringLiteral("/notes/devops_notes.md"));
        QVERIFY(notes);
        notes->editor()->setCursorPosition(5, 0);
        const EventStore &events = m_window->session()->events();
        int spawn = -1;
        for (int i = 0; i < events.size() && spawn < 0; ++i) {
            if (events.kindName(i) == u"worker_spawned" && events.agent(i) == u"devops-worker")
                spawn = i;
        }
        QVERIFY(spawn >= 0);
        m_window->selectEvent(spawn);
        m_window->openSessionFile(QStringLiteral("notes/devops_notes.md"), 6);
        QVERIFY(m_feature->insertCitation(spawn));
        const QString link = QStringLiteral("](../EVENTS.jsonl#L%1)").arg(events.lineNumber(spawn));
        QVERIFY2(notes->text().contains(link), qPrintable(notes->text().left(400)));
        notes->revalidate();
        settle(notes);
        for (const Diagnostic &d : notes->diagnostics())
            QVERIFY2(d.rule != u"citation.stale", qPrintable(d.message));

        // A citation of a line that holds another event is flagged.
        QString text = notes->text();
        text.replace(link, QStringLiteral("](../EVENTS.jsonl#L1)"));
        notes->replaceText(text);
        settle(notes);
        QVERIFY(std::any_of(notes->diagnostics().begin(), notes->diagnostics().end(),
                            [](const Diagnostic &d) { return d.rule == u"citation.stale"; }));
    }

    void aNotesCreatedEventOpensItsFile()
    {
        const EventStore &events = m_window->session()->events();
        int created = -1;
        for (int i = 0; i < events.size() && created < 0; ++i) {
            if (events.kindName(i) == u"json_created" && events.agent(i) == u"devops-worker")
                created = i;
        }
        QVERIFY(created >= 0);
        QVERIFY(m_feature->openOutputOfEvent(created));
        QVERIFY(qobject_cast<ResponseEditor *>(m_feature->area()->currentPage()));
        QVERIFY(!m_feature->openOutputOfEvent(0));
    }

    void otherSessionFilesStayInTheReadOnlyViewer()
    {
        m_window->openSessionFile(QStringLiteral("SESSION.md"));
        QVERIFY(m_feature->area()->pages().isEmpty());
        bool found = false;
        for (QPlainTextEdit *v : m_window->findChildren<QPlainTextEdit *>())
            found = found || (v->isReadOnly() && v->toPlainText().startsWith(QStringLiteral("# Session ")));
        QVERIFY(found);
    }

    void aMissingOutputIsCreatedFromTheTemplate()
    {
        QVERIFY(QFile::remove(m_sessionDir + QStringLiteral("/workers/json/devops_response.json")));
        QString error;
        EditorPage *page = m_feature->createOutput(QStringLiteral("devops-worker"), false, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(QFileInfo(page->filePath()), QFileInfo(m_sessionDir + QStringLiteral("/workers/json/devops_response.json")));
        QVERIFY(page->text().contains(QFileInfo(m_sessionDir).fileName()));
    }

    void closingTheWindowWithUnsavedEditsAsks()
    {
        m_window->openSessionFile(QStringLiteral("notes/devops_notes.md"), 0);
        EditorPage *notes = m_feature->area()->pageFor(m_sessionDir + QStringLiteral("/notes/devops_notes.md"));
        QVERIFY(notes);
        notes->editor()->append(QStringLiteral("unsaved\n"));
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(notes->text().endsWith(QStringLiteral("unsaved\n")));
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(m_window->close());
    }

private:
    QTemporaryDir m_recovery;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_sessionDir;
    std::unique_ptr<MainWindow> m_window;
    QPointer<EditorsFeature> m_feature;
};

QTEST_MAIN(TestEditorsFeature)
#include "tst_editorsfeature.moc"
