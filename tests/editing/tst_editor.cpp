#include "diffview.h"
#include "editor.h"
#include "editorfindbar.h"
#include "editorpage.h"
#include "externalchangebanner.h"
#include "filechangemonitor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

namespace {
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

class AsUnprivileged
{
public:
    AsUnprivileged()
    {
        // Real ids too (access(), which QFileInfo::isWritable uses, checks
        // them) and the group (egid 0 would match the files' root group);
        // the saved ids stay 0 so that root can come back.
        if (::geteuid() == 0)
            m_dropped = ::setresgid(65534, 65534, 0) == 0 && ::setresuid(65534, 65534, 0) == 0;
    }
    ~AsUnprivileged()
    {
        if (m_dropped && (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0))
            qFatal("could not restore the effective uid");
    }

private:
    bool m_dropped = false;
};

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
    }
}
}

class TestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        m_path = m_dir->filePath(QStringLiteral("devops_notes.md"));
    }

    void savingKeepsBomAndLineEndings_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("crlf") << QByteArray("# A\r\nx\r\n") << QByteArray("# A\r\nx\r\nnew\r\n");
        QTest::newRow("lf + bom") << QByteArray("\xEF\xBB\xBF# A\nx\n") << QByteArray("\xEF\xBB\xBF# A\nx\nnew\n");
        QTest::newRow("cr") << QByteArray("# A\rx\r") << QByteArray("# A\rx\rnew\r");
    }
    void savingKeepsBomAndLineEndings()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, expected);
        QVERIFY(writeFile(m_path, original));
        EditorPage page;
        QVERIFY(page.openFile(m_path));
        QVERIFY(!page.isModified());
        page.show();
        page.editor()->setFocus();
        page.editor()->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
        typeText(page.editor(), QStringLiteral("new"));
        QTest::keyClick(page.editor(), Qt::Key_Return);
        QVERIFY(page.isModified());
        QVERIFY(page.displayName().endsWith(u'*'));
        QVERIFY2(page.save(), qPrintable(page.lastError()));
        QCOMPARE(readAll(m_path), expected);
        QVERIFY(!page.isModified());
    }

    void aFailedSaveKeepsTheEditsAndSaysWhy()
    {
        const QString folder = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/devops_notes.md");
        QVERIFY(writeFile(path, "original\n"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther);
        EditorPage page;
        QVERIFY(page.openFile(path));
        page.editor()->append(QStringLiteral("my edit\n"));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        bool saved = true;
        {
            AsUnprivileged unprivileged;
            saved = page.save();
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(!page.lastError().isEmpty());
        QVERIFY(page.message().contains(page.lastError()));
        QVERIFY(page.isModified());
        QCOMPARE(page.text(), QStringLiteral("original\nmy edit\n"));
        QCOMPARE(readAll(path), QByteArray("original\n"));
        // Once the folder is writable again the same edits save.
        QVERIFY(page.save());
        QCOMPARE(readAll(path), QByteArray("original\nmy edit\n"));
    }

    void aReadOnlyFileOpensReadOnlyAndSaysWhy()
    {
        QVERIFY(writeFile(m_path, "locked\n"));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadOther);
        AsUnprivileged unprivileged;
        EditorPage page;
        QString error;
        QVERIFY2(page.openFile(m_path, &error), qPrintable(error));
        QVERIFY(page.editor()->isReadOnly());
        QVERIFY(!page.readOnlyReason().isEmpty());
        QVERIFY(page.message().contains(page.readOnlyReason()));
    }

    void anUndecodableFileOpensReadOnly()
    {
        QVERIFY(writeFile(m_path, QByteArray("ok\n\xFF\xFE\n")));
        EditorPage page;
        QVERIFY(page.openFile(m_path));
        QVERIFY(page.editor()->isReadOnly());
        QVERIFY(!page.save());
        QCOMPARE(readAll(m_path), QByteArray("ok\n\xFF\xFE\n"));
    }

    void anExternalChangeWhileUnmodifiedReloads()
    {
        QVERIFY(writeFile(m_path, "# A\n"));
        EditorPage page;
        QVERIFY(page.openFile(m_path));
        QSignalSpy reloaded(&page, &EditorPage::reloaded);
        QVERIFY(writeFile(m_path, "# B\nfrom another tool\n"));
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(page.text(), QStringLiteral("# B\nfrom another tool\n"));
        QVERIFY(!page.isModified());
        QVERIFY(page.banner()->isHidden());
    }

    void anExternalChangeWhileModifiedShowsTheBannerAndLosesNothing()
    {
        QVERIFY(writeFile(m_path, "# A\n"));
        EditorPage page;
        page.show();
        QVERIFY(page.openFile(m_path));
        page.editor()->append(QStringLiteral("mine\n"));
        QSignalSpy changed(page.monitor(), &FileChangeMonitor::changedOnDisk);
        QVERIFY(writeFile(m_path, "# A\ntheirs\n"));
        QVERIFY(changed.wait(5000));
        QVERIFY(page.banner()->isVisible());
        QCOMPARE(page.text(), QStringLiteral("# A\nmine\n"));
        QVERIFY(page.isModified());

        // Compare shows both sides; closing it changes nothing.
        QTimer::singleShot(0, &page, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *view = qobject_cast<DiffView *>(w)) {
                    QVERIFY(view->renderedText().contains(QStringLiteral("- theirs")));
                    QVERIFY(view->renderedText().contains(QStringLiteral("+ mine")));
                    view->done(DiffView::Close);
                }
            }
        });
        QCOMPARE(page.compareWithDisk(), int(DiffView::Close));
        QCOMPARE(page.text(), QStringLiteral("# A\nmine\n"));

        // Reload takes the disk version, and Undo brings the edits back.
        page.banner()->reloadButton()->click();
        QCOMPARE(page.text(), QStringLiteral("# A\ntheirs\n"));
        QVERIFY(!page.isModified());
        page.editor()->undo();
        QCOMPARE(page.text(), QStringLiteral("# A\nmine\n"));
    }

    void keepMineThenSaveWritesTheEditorsText()
    {
        QVERIFY(writeFile(m_path, "# A\n"));
        EditorPage page;
        page.show();
        QVERIFY(page.openFile(m_path));
        page.editor()->append(QStringLiteral("mine\n"));
        QSignalSpy changed(page.monitor(), &FileChangeMonitor::changedOnDisk);
        QVERIFY(writeFile(m_path, "theirs\n"));
        QVERIFY(changed.wait(5000));
        page.banner()->keepButton()->click();
        QVERIFY(page.banner()->isHidden());
        QVERIFY(page.save());
        QCOMPARE(readAll(m_path), QByteArray("# A\nmine\n"));
        // Our own save is not an external change.
        page.monitor()->check();
        QCOMPARE(changed.size(), 1);
    }

    void aDeletedFileShowsTheBannerAndCanBeWrittenAgain()
    {
        QVERIFY(writeFile(m_path, "# A\n"));
        EditorPage page;
        page.show();
        QVERIFY(page.openFile(m_path));
        QSignalSpy removed(page.monitor(), &FileChangeMonitor::removedFromDisk);
        QVERIFY(QFile::remove(m_path));
        QVERIFY(removed.wait(5000));
        QVERIFY(page.banner()->isVisible());
        QCOMPARE(page.text(), QStringLiteral("# A\n"));
        QVERIFY(page.save());
        QCOMPARE(readAll(m_path), QByteArray("# A\n"));
    }

    void findAndReplaceWork()
    {
        QVERIFY(writeFile(m_path, "alpha beta\nalpha gamma\nALPHA\n"));
        EditorPage page;
        page.show();
        QVERIFY(page.openFile(m_path));
        page.findBar()->showReplace();
        page.findBar()->findField()->setText(QStringLiteral("alpha"));
        page.findBar()->replaceField()->setText(QStringLiteral("omega"));
        page.findBar()->caseBox()->setChecked(true);
        QVERIFY(page.findBar()->findNext());
        QCOMPARE(page.editor()->selectedText(), QStringLiteral("alpha"));
        QCOMPARE(page.findBar()->replaceAll(), 2);
        QCOMPARE(page.text(), QStringLiteral("omega beta\nomega gamma\nALPHA\n"));
        page.editor()->undo();
        QCOMPARE(page.text(), QStringLiteral("alpha beta\nalpha gamma\nALPHA\n"));
        page.findBar()->regexBox()->setChecked(true);
        page.findBar()->caseBox()->setChecked(false);
        page.findBar()->findField()->setText(QStringLiteral("^a\\w+"));
        page.findBar()->replaceField()->setText(QStringLiteral("X"));
        QCOMPARE(page.findBar()->replaceAll(), 3);
        QCOMPARE(page.text(), QStringLiteral("X beta\nX gamma\nX\n"));
    }

    void hoveringADiagnosticShowsItsMessage()
    {
        QVERIFY(writeFile(m_path, "line one\nline two\n"));
        EditorPage page;
        page.resize(600, 300);
        page.show();
        QVERIFY(page.openFile(m_path));
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = QStringLiteral("notes.placeholder-left");
        d.line = 2;
        d.column = 6;
        d.message = QStringLiteral("a placeholder is left");
        page.editor()->setDiagnostics({d});
        const long pos = page.editor()->positionOf(d);
        const QPoint at(int(page.editor()->SendScintilla(QsciScintilla::SCI_POINTXFROMPOSITION, 0, pos)) + 2,
                        int(page.editor()->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0, pos)) + 2);
        QVERIFY(page.editor()->toolTipAt(at).contains(QStringLiteral("a placeholder is left")));
        QVERIFY(page.editor()->toolTipAt(QPoint(2, at.y())).contains(QStringLiteral("[notes.placeholder-left]")));
        QVERIFY(page.editor()->toolTipAt(QPoint(at.x(), 1)).isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
