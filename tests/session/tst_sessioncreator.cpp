#include "sessioncreator.h"
#include "runspec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionCreator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slugsAreSafeAndShort_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("slug");
        QTest::newRow("words") << u"Audit the K8s cluster!"_qs << u"audit-the-k8s-cluster"_qs;
        QTest::newRow("traversal") << u"../../etc/passwd"_qs << u"etc-passwd"_qs;
        QTest::newRow("nothing usable") << u"🚀 ✅"_qs << u"session"_qs;
        QTest::newRow("long") << QString(100, u'a') << QString(40, u'a');
    }

    void slugsAreSafeAndShort()
    {
        QFETCH(QString, task);
        QFETCH(QString, slug);
        QCOMPARE(SessionCreator::slugFor(task), slug);
        QVERIFY(RunSpec::isSafeSessionId(u"2025-01-01-00-00-"_qs + SessionCreator::slugFor(task)));
    }

    void aNewSessionHasEveryRequiredFile()
    {
        QTemporaryDir tmp;
        const QString sessions = SessionCreator::sessionsDirFor(tmp.path());
        QCOMPARE(sessions, tmp.path() + u"/Docs/hive-mind/sessions"_qs);
        const QDateTime now(QDate(2025, 8, 30), QTime(14, 30), Qt::UTC);
        QString error;
        const QString task = u"Security audit\nwith \"quotes\" and $(x)"_qs;
        const QString dir = SessionCreator::create(sessions, task, &error, now);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(dir).fileName(), u"2025-08-30-14-30-security-audit-with-quotes-and-x"_qs);
        for (const char *f : {"STATE.json", "EVENTS.jsonl", "DEBUG.jsonl", "BACKLOG.jsonl", "SESSION.md"})
            QVERIFY2(QFileInfo(dir + u'/' + QLatin1String(f)).isFile(), f);
        for (const char *d : {"notes", "workers/json", "workers/prompts"})
            QVERIFY2(QFileInfo(dir + u'/' + QLatin1String(d)).isDir(), d);
        QCOMPARE(QFileInfo(dir + u"/EVENTS.jsonl"_qs).size(), 0);
        QFile state(dir + u"/STATE.json"_qs);
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(state.readAll()).object();
        QCOMPARE(s[u"version"_qs].toString(), u"2.0"_qs);
        QCOMPARE(s[u"session_id"_qs].toString(), QFileInfo(dir).fileName());
        QCOMPARE(s[u"task"_qs].toString(), task);
        QCOMPARE(s[u"timestamps"_qs][u"created_at"_qs].toString(), u"2025-08-30T14:30:00Z"_qs);
        QFile md(dir + u"/SESSION.md"_qs);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(md.readAll()).contains(task));

        // Same minute, same task: a new folder, never the old one.
        const QString second = SessionCreator::create(sessions, task, &error, now);
        QCOMPARE(QFileInfo(second).fileName(), QFileInfo(dir).fileName() + u"-2"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSessionCreator)
#include "tst_sessioncreator.moc"
