#include "statejsonupdater.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestStateJsonUpdater : public QObject
{
    Q_OBJECT

    static QJsonObject read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void markingAWorkerKeepsEveryOtherKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"STATE.json"_qs);
        write(path, "{\"version\":\"2.0\",\"task\":\"keep me\",\"custom\":{\"x\":[1,2]},\n            \"worker_states\":{\"other-worker\":{\"status\":\"completed\"}},\n            \"coordination_status\":{\"workers_completed\":[\"other-worker\"],\"phase\":\"execution\"}}");
        QString error;
        QVERIFY(StateJsonUpdater::markWorker(path, u"devops-worker"_qs, u"spawned"_qs, u"Audit ✅"_qs, &error));
        QJsonObject s = read(path);
        QCOMPARE(s[u"task"_qs].toString(), u"keep me"_qs);
        QCOMPARE(s[u"custom"_qs][u"x"_qs].toArray().size(), 2);
        QCOMPARE(s[u"worker_states"_qs][u"other-worker"_qs][u"status"_qs].toString(), u"completed"_qs);
        QCOMPARE(s[u"worker_states"_qs][u"devops-worker"_qs][u"status"_qs].toString(), u"spawned"_qs);
        QCOMPARE(s[u"worker_states"_qs][u"devops-worker"_qs][u"task"_qs].toString(), u"Audit ✅"_qs);
        QVERIFY(s[u"coordination_status"_qs][u"workers_active"_qs].toArray().contains(u"devops-worker"_qs));
        QCOMPARE(s[u"coordination_status"_qs][u"phase"_qs].toString(), u"execution"_qs);

        QVERIFY(StateJsonUpdater::markWorker(path, u"devops-worker"_qs, u"failed"_qs, QString(), &error));
        s = read(path);
        QVERIFY(!s[u"coordination_status"_qs][u"workers_active"_qs].toArray().contains(u"devops-worker"_qs));
        QVERIFY(s[u"coordination_status"_qs][u"workers_failed"_qs].toArray().contains(u"devops-worker"_qs));
        QCOMPARE(s[u"worker_states"_qs][u"devops-worker"_qs][u"task"_qs].toString(), u"Audit ✅"_qs); // kept
        // No temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"STATE.json"_qs});
    }

    void aMissingFileStartsFromAnEmptyObject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"STATE.json"_qs);
        QString error;
        QVERIFY(StateJsonUpdater::markWorker(path, u"w"_qs, u"spawned"_qs, QString(), &error));
        QCOMPARE(read(path)[u"worker_states"_qs][u"w"_qs][u"status"_qs].toString(), u"spawned"_qs);
    }

    void anUnreadableFileIsLeftUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("half written") << QByteArray("{\"version\":\"2.0\",\"worker_sta");
        QTest::newRow("not an object") << QByteArray("[1,2,3]");
        QTest::newRow("nul") << QByteArray("{\"a\":1}\0x", 9);
        QTest::newRow("deep") << QByteArray(5000, '[');
        QTest::newRow("invalid utf8") << QByteArray("{\"a\":\"\xff\"}");
    }

    void anUnreadableFileIsLeftUnchanged()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"STATE.json"_qs);
        write(path, content);
        QString error;
        QVERIFY(!StateJsonUpdater::update(path, [](nlohmann::json &s) { s["w"] = 1; }, &error, 2));
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void wrongTypesInTheFileAreRepairedOnlyWhereWeWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"STATE.json"_qs);
        write(path, "{\"worker_states\":\"oops\",\"coordination_status\":{\"workers_active\":\"x\"},\"timestamps\":3}");
        QString error;
        QVERIFY(StateJsonUpdater::markWorker(path, u"w"_qs, u"active"_qs, QString(), &error));
        const QJsonObject s = read(path);
        QCOMPARE(s[u"worker_states"_qs][u"w"_qs][u"status"_qs].toString(), u"active"_qs);
        QCOMPARE(s[u"coordination_status"_qs][u"workers_active"_qs].toArray().size(), 1);
        QVERIFY(!s[u"timestamps"_qs][u"updated_at"_qs].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStateJsonUpdater)
#include "tst_statejsonupdater.moc"
