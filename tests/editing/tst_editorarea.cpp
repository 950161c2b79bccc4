#include "editor.h"
#include "editorarea.h"
#include "noteseditor.h"
#include "responseeditor.h"
#include "templateregistry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers the next message box with the button whose role is `role`.
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
}

class TestEditorArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = m_dir->filePath(QStringLiteral("Docs/hive-mind/sessions/2025-08-30-14-16-x"));
        QVERIFY(writeFile(m_session + QStringLiteral("/EVENTS.jsonl"), "{}\n"));
        m_area = std::make_unique<EditorArea>();
        m_area->setRecoveryStore(RecoveryStore(m_dir->filePath(QStringLiteral("recovery"))));
        const QString session = m_session;
        m_area->setContextProvider([session](const QString &path) {
            EditorContext c;
            c.sessionDir = session;
            c.sessionId = QDir(session).dirName();
            c.relativePath = QDir(session).relativeFilePath(path);
            c.workerType = EditorArea::workerTypeOf(c.relativePath);
            if (!c.workerType.isEmpty())
                c.workerTemplate = TemplateRegistry().templateFor(c.workerType);
            return c;
        });
        m_area->show();
    }
    void cleanup()
    {
        m_area.reset();
    }

    void filesGoToTheRightEditor_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("worker");
        QTest::newRow("canonical notes") << QStringLiteral("notes/devops_notes.md") << int(EditorArea::Kind::Notes) << QStringLiteral("devops-worker");
        QTest::newRow("hyphen notes variant") << QStringLiteral("workers/notes/backend-notes.md") << int(EditorArea::Kind::Notes) << QStringLiteral("backend-worker");
        QTest::newRow("suffix kept") << QStringLiteral("devops-worker_notes.md") << int(EditorArea::Kind::Notes) << QStringLiteral("devops-worker");
        QTest::newRow("canonical response") << QStringLiteral("workers/json/devops_response.json") << int(EditorArea::Kind::Response) << QStringLiteral("devops-worker");
        QTest::newRow("worker-type json") << QStringLiteral("workers/json/devops-worker.json") << int(EditorArea::Kind::Response) << QStringLiteral("devops-worker");
        QTest::newRow("output variant at root") << QStringLiteral("test_output.json") << int(EditorArea::Kind::Response) << QStringLiteral("test-worker");
        QTest::newRow("state") << QStringLiteral("STATE.json") << int(EditorArea::Kind::Other) << QString();
        QTest::newRow("events") << QStringLiteral("EVENTS.jsonl") << int(EditorArea::Kind::Other) << QString();
        QTest::newRow("synthesis") << QStringLiteral("notes/RESEARCH_SYNTHESIS.md") << int(EditorArea::Kind::Other) << QString();
    }
    void filesGoToTheRightEditor()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, worker);
        QCOMPARE(int(EditorArea::kindOf(path)), kind);
        QCOMPARE(EditorArea::workerTypeOf(path), worker);
    }

    void openingTwiceFocusesTheSamePage()
    {
        const QString notes = m_session + QStringLiteral("/notes/devops_notes.md");
        QVERIFY(writeFile(notes, "# DevOps Worker Infrastructure Report\n"));
        EditorPage *page = m_area->openFile(notes, 1);
        QVERIFY(qobject_cast<NotesEditor *>(page));
        QCOMPARE(m_area->openFile(notes), page);
        QCOMPARE(m_area->pages().size(), 1);
        QCOMPARE(page->context().workerType, QStringLiteral("devops-worker"));
    }

    void otherSessionFilesOpenReadOnly()
    {
        const QString state = m_session + QStringLiteral("/STATE.json");
        QVERIFY(writeFile(state, "{}\n"));
        EditorPage *page = m_area->openFile(state);
        QVERIFY(page);
        QVERIFY(page->editor()->isReadOnly());
        QVERIFY(!page->message().isEmpty());
    }

    void aMissingFileIsCreatedFromTheTemplateAtItsPath_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("notes") << QStringLiteral("notes/devops_notes.md");
        QTest::newRow("response") << QStringLiteral("workers/json/devops_response.json");
    }
    void aMissingFileIsCreatedFromTheTemplateAtItsPath()
    {
        QFETCH(QString, relative);
        const QString path = m_session + u'/' + relative;
        QString error;
        EditorPage *page = m_area->createFromTemplate(path, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!page->isModified());
        const QString onDisk = QString::fromUtf8(readAll(path));
        QCOMPARE(page->text(), onDisk);
        QVERIFY(onDisk.contains(QStringLiteral("2025-08-30-14-16-x")));
        if (relative.endsWith(u".json")) {
            const auto doc = nlohmann::json::parse(onDisk.toStdString());
            QCOMPARE(doc["worker"].get<std::string>(), std::string("devops-worker"));
            QVERIFY(!doc["timestamp"].get<std::string>().empty());
        } else {
            QVERIFY(onDisk.contains(QStringLiteral("## Generated: 20")));
        }
        // Creating again opens what is there instead of overwriting it.
        QVERIFY(writeFile(path, "edited by hand\n"));
        page->reloadFromDisk();
        QCOMPARE(m_area->createFromTemplate(path), page);
        QCOMPARE(readAll(path), QByteArray("edited by hand\n"));
    }

    void closingAModifiedPageAsksAndCancelKeepsIt()
    {
        const QString notes = m_session + QStringLiteral("/notes/devops_notes.md");
        QVERIFY(writeFile(notes, "# A\n"));
        EditorPage *page = m_area->openFile(notes);
        page->editor()->append(QStringLiteral("unsaved\n"));
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_area->closePage(page));
        QCOMPARE(m_area->pages().size(), 1);
        QCOMPARE(page->text(), QStringLiteral("# A\nunsaved\n"));

        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(m_area->closePage(page));
        QCOMPARE(readAll(notes), QByteArray("# A\nunsaved\n"));
        QTRY_VERIFY(m_area->pages().isEmpty());
    }

    void closingEverythingAsksOnceAndDiscardLeavesTheFiles()
    {
        const QString a = m_session + QStringLiteral("/notes/devops_notes.md");
        const QString b = m_session + QStringLiteral("/workers/json/devops_response.json");
        QVERIFY(writeFile(a, "# A\n"));
        QVERIFY(writeFile(b, "{}\n"));
        m_area->openFile(a)->editor()->append(QStringLiteral("x\n"));
        m_area->openFile(b)->editor()->append(QStringLiteral("y\n"));
        QCOMPARE(m_area->modifiedPages().size(), 2);
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_area->maybeCloseAll());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(m_area->maybeCloseAll());
        QCOMPARE(readAll(a), QByteArray("# A\n"));
        QCOMPARE(readAll(b), QByteArray("{}\n"));
        QVERIFY(RecoveryStore(m_dir->filePath(QStringLiteral("recovery"))).all().isEmpty());
    }

    void nothingModifiedMeansNoQuestion()
    {
        const QString a = m_session + QStringLiteral("/notes/devops_notes.md");
        QVERIFY(writeFile(a, "# A\n"));
        m_area->openFile(a);
        QVERIFY(m_area->maybeCloseAll());
    }

    void closingPagesWithDeleteLaterDuringDestructionIsSafe()
    {
        const QString a = m_session + QStringLiteral("/notes/devops_notes.md");
        const QString b = m_session + QStringLiteral("/workers/json/devops_response.json");
        QVERIFY(writeFile(a, "# A\n"));
        QVERIFY(writeFile(b, "{}\n"));
        QPointer<EditorPage> closed = m_area->openFile(a);
        QPointer<EditorPage> open = m_area->openFile(b);
        QVERIFY(closed && open);
        QVERIFY(m_area->closePage(closed, false));
        QVERIFY(closed);  // deleteLater: still alive, still in the tab widget's stack

        // Destroyed before the event loop runs the deferred delete: ~QWidget
        // deletes the closed page as a child, and no handler of the area may
        // run then (UBSan: member access on a half-destroyed EditorArea).
        QSignalSpy changed(m_area.get(), &EditorArea::pagesChanged);
        m_area.reset();
        QVERIFY(!closed);
        QVERIFY(!open);
        QCOMPARE(changed.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_session;
    std::unique_ptr<EditorArea> m_area;
};

QTEST_MAIN(TestEditorArea)
#include "tst_editorarea.moc"
