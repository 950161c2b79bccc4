#include "filechangemonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
}

class TestFileChangeMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anExternalWriteIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.md"));
        QVERIFY(writeFile(path, "a\n"));
        FileChangeMonitor monitor;
        monitor.setFile(path);
        QSignalSpy changed(&monitor, &FileChangeMonitor::changedOnDisk);
        QVERIFY(writeFile(path, "b\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
    }

    void aReplaceByRenameIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.md"));
        QVERIFY(writeFile(path, "a\n"));
        FileChangeMonitor monitor;
        monitor.setFile(path);
        QSignalSpy changed(&monitor, &FileChangeMonitor::changedOnDisk);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("tmp")), "replaced\n"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("tmp")), path));
        QVERIFY(changed.wait(5000));
    }

    void ourOwnSaveAndATouchAreNoChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.md"));
        QVERIFY(writeFile(path, "a\n"));
        FileChangeMonitor monitor;
        monitor.setFile(path);
        QSignalSpy changed(&monitor, &FileChangeMonitor::changedOnDisk);
        monitor.setKnownContent("mine\n");
        QVERIFY(writeFile(path, "mine\n"));
        QVERIFY(writeFile(path, "mine\n"));  // rewritten, same bytes
        monitor.check();
        QCOMPARE(changed.size(), 0);
    }

    void aDeletionIsReportedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.md"));
        QVERIFY(writeFile(path, "a\n"));
        FileChangeMonitor monitor;
        monitor.setFile(path);
        QSignalSpy removed(&monitor, &FileChangeMonitor::removedFromDisk);
        QVERIFY(QFile::remove(path));
        QVERIFY(removed.wait(5000));
        monitor.check();
        QCOMPARE(removed.size(), 1);
        QSignalSpy changed(&monitor, &FileChangeMonitor::changedOnDisk);
        QVERIFY(writeFile(path, "back\n"));
        monitor.check();
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFileChangeMonitor)
#include "tst_filechangemonitor.moc"
