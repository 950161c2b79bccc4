// SafeFile: what a hostile or unlucky input folder holds never blocks,
// never reads without bound, and always says why a file was not read.
#include "safefile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

class TestSafeFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRegularFileIsReadWhole()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("a.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"a\": 1}\n");
        f.close();
        const SafeFile::Result r = SafeFile::read(path, 1024);
        QVERIFY(r.ok());
        QCOMPARE(r.bytes, QByteArray("{\"a\": 1}\n"));
    }

    void aFifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("EVENTS.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer t;
        t.start();
        const SafeFile::Result r = SafeFile::read(path, 1024);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(int(r.status), int(SafeFile::Status::NotRegular));
        QVERIFY(r.error.contains(QStringLiteral("not a regular file")));
    }

    void aSymlinkToAnEndlessDeviceIsRefused()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("STATE.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        const SafeFile::Result r = SafeFile::read(path, 1 << 20);
        QCOMPARE(int(r.status), int(SafeFile::Status::NotRegular));
        QVERIFY(r.bytes.isEmpty());
    }

    void aFileOverTheLimitIsTooLargeAndReadOnlyToTheLimit()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("big.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300 * 1024, 'x'));
        f.close();
        const SafeFile::Result r = SafeFile::read(path, 100 * 1024);
        QCOMPARE(int(r.status), int(SafeFile::Status::TooLarge));
        QCOMPARE(r.bytes.size(), qsizetype(100 * 1024));
    }

    void aMissingOrUnreadableFileSaysSo()
    {
        QTemporaryDir tmp;
        QCOMPARE(int(SafeFile::read(tmp.filePath(QStringLiteral("none")), 10).status), int(SafeFile::Status::Missing));
        QCOMPARE(int(SafeFile::read(tmp.path(), 10).status), int(SafeFile::Status::NotRegular));
        if (::geteuid() == 0)
            QSKIP("root reads any file: the permission case needs an ordinary user");
        const QString path = tmp.filePath(QStringLiteral("locked"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::Permissions()));
        QCOMPARE(int(SafeFile::read(path, 10).status), int(SafeFile::Status::Unreadable));
    }
};

QTEST_MAIN(TestSafeFile)
#include "tst_safefile.moc"
