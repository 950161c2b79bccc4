#include "editor.h"
#include "editorarea.h"
#include "editorpage.h"
#include "recoverydialog.h"
#include "recoverystore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {
const char kHelperFlag[] = "--edit-and-wait";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The child process of the crash test: opens the file in a real editor,
// types, waits until the autosave has reached the recovery folder, says
// READY and waits to be killed. Recovery folder from SI_RECOVERY_DIR.
int runEditingChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString file = QString::fromLocal8Bit(argv[2]);
    const QString typed = QString::fromUtf8(argv[3]);
    EditorArea area;
    area.setAutosaveInterval(100);
    EditorPage *page = area.openFile(file);
    if (!page)
        return 3;
    area.show();
    page->editor()->setFocus();
    page->editor()->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    // Real key events, as a person types (QTest::keyClicks only knows ASCII).
    for (const QChar c : typed) {
        if (c == u'\n') {
            QTest::keyClick(page->editor(), Qt::Key_Return);
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(page->editor(), &press);
        }
    }
    const QString expected = page->text();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        for (const RecoveryEntry &e : RecoveryStore().all()) {
            if (e.pid == QCoreApplication::applicationPid() && e.text == expected) {
                std::fputs("READY\n", stdout);
                std::fflush(stdout);
                poll.stop();
            }
        }
    });
    poll.start(50);
    return app.exec();
}
}

class TestRecoveryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void anEntryOfALiveProcessIsNotOfferedButOneOfADeadProcessIs()
    {
        RecoveryStore store(m_dir.path());
        QVERIFY(store.write(QStringLiteral("/s/notes/devops_notes.md"), QStringLiteral("mine")));
        QCOMPARE(store.all().size(), 1);
        QVERIFY(store.orphaned().isEmpty());

        // An entry written by a process that has ended.
        QProcess finished;
        finished.start(QStringLiteral("true"), {});
        QVERIFY(finished.waitForFinished());
        const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999;
        QJsonObject obj;
        obj.insert(QStringLiteral("file"), QStringLiteral("/s/workers/json/devops_response.json"));
        obj.insert(QStringLiteral("saved_at"), QStringLiteral("2026-01-01T10:00:00.000Z"));
        obj.insert(QStringLiteral("pid"), 999999);
        obj.insert(QStringLiteral("text"), QStringLiteral("{\"lost\": true}"));
        Q_UNUSED(deadPid);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("abc-999999.recovery.json")), QJsonDocument(obj).toJson()));

        const QList<RecoveryEntry> orphaned = store.orphaned();
        QCOMPARE(orphaned.size(), 1);
        QCOMPARE(orphaned.first().filePath, QStringLiteral("/s/workers/json/devops_response.json"));
        QCOMPARE(orphaned.first().text, QStringLiteral("{\"lost\": true}"));
        QCOMPARE(orphaned.first().savedAt, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(store.discard(orphaned.first()));
        QVERIFY(store.orphaned().isEmpty());

        store.remove(QStringLiteral("/s/notes/devops_notes.md"));
        QVERIFY(store.all().isEmpty());
    }

    void unreadableEntriesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"file\": \"/x\", \"text\": \"ab");
        QTest::newRow("no text") << QByteArray("{\"file\": \"/x\", \"pid\": 1}");
        QTest::newRow("not an object") << QByteArray("[1,2]");
        QTest::newRow("binary") << QByteArray("\0\xff\xfe", 3);
    }
    void unreadableEntriesAreSkipped()
    {
        QFETCH(QByteArray, content);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("bad-1.recovery.json")), content));
        QVERIFY(RecoveryStore(m_dir.path()).all().isEmpty());
    }

    void anEditorWritesItsUnsavedTextAndForgetsItOnSave()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("devops_notes.md"));
        QVERIFY(writeFile(file, "# Report\n"));
        EditorPage page;
        page.setRecoveryStore(RecoveryStore(m_dir.path()));
        QVERIFY(page.openFile(file));
        page.editor()->append(QStringLiteral("more\n"));
        page.writeRecoveryNow();
        EditorPage::flushRecoveryWrites();
        const QList<RecoveryEntry> all = RecoveryStore(m_dir.path()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().text, QStringLiteral("# Report\nmore\n"));
        QCOMPARE(QFileInfo(all.first().filePath), QFileInfo(file));
        QVERIFY(page.save());
        EditorPage::flushRecoveryWrites();
        QVERIFY(RecoveryStore(m_dir.path()).all().isEmpty());
    }

    void killingTheEditingProcessLeavesItsTextForTheNextStart()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("devops_notes.md"));
        const QByteArray original("# DevOps Worker Infrastructure Report\n");
        QVERIFY(writeFile(file, original));
        const QString typed = QStringLiteral("### Disaster Recovery\nNightly snapshots, caf\u00e9.");

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SI_RECOVERY_DIR"), m_dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHelperFlag), file, typed});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("READY") && child.state() == QProcess::Running) {
            if (!child.waitForReadyRead(30000))
                break;
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("READY"), out.constData());
        const qint64 childPid = child.processId();
        child.kill();  // SIGKILL: no destructor, no save, no clean-up
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The file itself was never touched...
        QCOMPARE(readAll(file), original);
        // ...and the next start finds the edits.
        const QList<RecoveryEntry> orphaned = RecoveryStore(m_dir.path()).orphaned();
        QCOMPARE(orphaned.size(), 1);
        QCOMPARE(orphaned.first().pid, childPid);
        QCOMPARE(QFileInfo(orphaned.first().filePath), QFileInfo(file));
        QCOMPARE(orphaned.first().text, QString::fromUtf8(original) + typed);
        QVERIFY(orphaned.first().savedAt.isValid());

        RecoveryDialog dialog(orphaned);
        QCOMPARE(dialog.rowCount(), 1);
        QSignalSpy restore(&dialog, &RecoveryDialog::restoreRequested);
        EditorArea area;
        area.setRecoveryStore(RecoveryStore(m_dir.path()));
        connect(&dialog, &RecoveryDialog::restoreRequested, &area, [&area](const QList<RecoveryEntry> &entries) { area.restore(entries); });
        QMetaObject::invokeMethod(&dialog, [&dialog] {
            for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
                if (b->text() == RecoveryDialog::tr("Restore Checked"))
                    b->click();
            }
        }, Qt::QueuedConnection);
        dialog.exec();
        QCOMPARE(restore.size(), 1);

        EditorPage *page = area.pageFor(file);
        QVERIFY(page);
        QCOMPARE(page->text(), QString::fromUtf8(original) + typed);
        QVERIFY(page->isModified());
        // Undo goes back to the file as it is on disk.
        page->editor()->undo();
        QCOMPARE(page->text(), QString::fromUtf8(original));
        page->editor()->redo();
        // The entry is not offered twice; this process keeps its own copy now.
        EditorPage::flushRecoveryWrites();
        QVERIFY(RecoveryStore(m_dir.path()).orphaned().isEmpty());
        QVERIFY(page->save());
        QCOMPARE(readAll(file), (QString::fromUtf8(original) + typed).toUtf8());
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], kHelperFlag) == 0)
        return runEditingChild(argc, argv);
    QApplication app(argc, argv);
    TestRecoveryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recoverystore.moc"
