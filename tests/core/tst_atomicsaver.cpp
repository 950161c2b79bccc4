#include "atomicsaver.h"
#include "documentbuffer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Root may write anywhere: drop the effective uid to "nobody" for the
// duration of a permission test, as a normal user would run the app.
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
}

class TestAtomicSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewFileIsWrittenWithItsFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes/sub/devops_notes.md"));
        const AtomicSaver::Result r = AtomicSaver::save(path, "# T\n", true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readAll(path), QByteArray("# T\n"));
    }

    void withoutCreateFoldersAMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        const AtomicSaver::Result r = AtomicSaver::save(dir.filePath(QStringLiteral("missing/x.md")), "x");
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void savingKeepsBomAndLineEndingsOfTheOriginal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        const QByteArray original("\xEF\xBB\xBF{\r\n  \"a\": 1\r\n}\r\n");
        QVERIFY(writeFile(path, original));
        DocumentBuffer doc = DocumentBuffer::fromBytes(readAll(path));
        doc.text.replace(QStringLiteral("1"), QStringLiteral("2"));
        QVERIFY(AtomicSaver::save(path, doc.toBytes()).ok);
        QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBF{\r\n  \"a\": 2\r\n}\r\n"));
    }

    void aSaveIntoAReadOnlyFolderFailsAndLeavesTheOriginalUntouched()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/devops_notes.md");
        QVERIFY(writeFile(path, "original\n"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));

        AtomicSaver::Result r;
        {
            AsUnprivileged unprivileged;
            r = AtomicSaver::save(path, "new content that must not land\n");
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("devops_notes.md")), qPrintable(r.error));
        QCOMPARE(readAll(path), QByteArray("original\n"));
        // No temporary file left behind either.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("devops_notes.md")});
    }

    void aReadOnlyFileIsNotReplacedEvenInAWritableFolder()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        const QString path = dir.filePath(QStringLiteral("locked.md"));
        QVERIFY(writeFile(path, "keep\n"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther);
        AtomicSaver::Result r;
        {
            AsUnprivileged unprivileged;
            r = AtomicSaver::save(path, "replaced\n");
        }
        QVERIFY(!r.ok);
        QCOMPARE(readAll(path), QByteArray("keep\n"));
    }

    void aDirectoryPathIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!AtomicSaver::save(dir.path(), "x").ok);
    }
};

QTEST_GUILESS_MAIN(TestAtomicSaver)
#include "tst_atomicsaver.moc"
