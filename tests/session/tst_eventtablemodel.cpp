#include "eventtablemodel.h"
#include "livesession.h"
#include "sessiongenerator.h"
#include "sessiondoctor.h"
#include "sessionlistmodel.h"
#include "sessionlocator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestEventTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;

    static bool waitFor(const std::function<bool()> &done, int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QTest::qWait(10);
        return done();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = m_tmp.filePath(QStringLiteral("Docs/hive-mind/sessions/2025-08-30-14-16-table"));
        GeneratorOptions o;
        o.events = 2000;
        QVERIFY(SessionGenerator::write(m_dir, o));
    }

    void rowsFollowTheStoreInFileOrder()
    {
        LiveSession s(m_dir);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.data(model.index(0, EventTableModel::TypeColumn)).toString(), QStringLiteral("queen_spawned"));
        QCOMPARE(model.data(model.index(0, EventTableModel::AgentColumn)).toString(), QStringLiteral("queen"));
        QCOMPARE(model.data(model.index(0, EventTableModel::TimeColumn)).toString(), QStringLiteral("2025-08-30 14:16:22.000"));
        QCOMPARE(model.data(model.index(5, 0), EventTableModel::LineNumberRole).toInt(), 6);
        QVERIFY(!model.data(model.index(20, EventTableModel::DetailsColumn)).toString().isEmpty());
    }

    void filtersByAgentTypeAndText()
    {
        LiveSession s(m_dir);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(10000));

        EventFilterSpec byAgent;
        byAgent.agents << QStringLiteral("devops-worker");
        model.setFilter(byAgent);
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, EventTableModel::AgentColumn)).toString(), QStringLiteral("devops-worker"));
        QCOMPARE(int(model.mask().size()), 2000);
        const int devopsRows = model.rowCount();

        EventFilterSpec both = byAgent;
        both.types << QStringLiteral("notes_created");
        model.setFilter(both);
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QCOMPARE(model.rowCount(), 1);

        EventFilterSpec text;
        text.text = QStringLiteral("HELM/VALUES.YAML"); // case-insensitive, searched in the raw line
        model.setFilter(text);
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 2000);
        const int textRows = model.rowCount();

        EventFilterSpec regex;
        regex.text = QStringLiteral("helm/values\\.ya?ml");
        regex.regex = true;
        model.setFilter(regex);
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QCOMPARE(model.rowCount(), textRows);
        QVERIFY(devopsRows != textRows);

        model.setFilter(EventFilterSpec());
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QCOMPARE(model.rowCount(), 2000);
        QVERIFY(model.mask().empty());
    }

    void sortsByColumnAndMapsEventsToRows()
    {
        LiveSession s(m_dir);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(10000));
        model.sort(EventTableModel::TypeColumn, Qt::AscendingOrder);
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QCOMPARE(model.rowCount(), 2000);
        QString previous;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString t = model.data(model.index(r, EventTableModel::TypeColumn)).toString();
            QVERIFY(previous <= t);
            previous = t;
            QCOMPARE(model.rowForEvent(model.eventAt(r)), r);
        }
        model.sort(EventTableModel::TimeColumn, Qt::DescendingOrder);
        QVERIFY(waitFor([&] { return !model.isBusy(); }));
        QVERIFY(model.data(model.index(0, 0), EventTableModel::TimeMsRole).toLongLong()
                >= model.data(model.index(1999, 0), EventTableModel::TimeMsRole).toLongLong());
    }

    void sessionsBrowserModelScansEachSession()
    {
        SessionListModel model;
        // The badges' counter comes from the doctor (the shell wires it in the app).
        model.setProblemCounter([](const QString &dir) { return countDiagnostics(dir); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SessionLocation loc = SessionLocator::locate(m_tmp.path());
        QCOMPARE(int(loc.kind), int(SessionLocation::ProjectRoot));
        QCOMPARE(loc.sessions.size(), 1);
        model.setSessions(loc.sessions);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(waitFor([&] { return model.info(0).scanned; }));
        QCOMPARE(model.info(0).events, 2000);
        QCOMPARE(model.info(0).workers, 4);
        QCOMPARE(model.data(model.index(0, SessionListModel::StatusColumn)).toString(), QStringLiteral("completed"));
        QCOMPARE(model.data(model.index(0, SessionListModel::TaskColumn)).toString(), QStringLiteral("Generated benchmark session"));
        // The doctor's counts follow (the generated outputs don't follow their templates).
        QVERIFY(waitFor([&] { return model.info(0).errors >= 0; }));
        QVERIFY(model.info(0).errors > 0);
        QVERIFY(model.data(model.index(0, SessionListModel::ProblemsColumn)).toString().contains(QStringLiteral("errors")));
        model.setProblemCounts(loc.sessions.first(), 2, 3);
        QCOMPARE(model.data(model.index(0, SessionListModel::ProblemsColumn)).toString(), QStringLiteral("2 errors, 3 warnings"));
    }

    void locatorRecognisesEachKindOfPath()
    {
        QCOMPARE(int(SessionLocator::locate(m_dir).kind), int(SessionLocation::Session));
        QCOMPARE(int(SessionLocator::locate(m_tmp.filePath(QStringLiteral("Docs/hive-mind/sessions"))).kind), int(SessionLocation::SessionsFolder));
        QCOMPARE(int(SessionLocator::locate(m_tmp.path()).kind), int(SessionLocation::ProjectRoot));
        QCOMPARE(int(SessionLocator::locate(m_tmp.filePath(QStringLiteral("nope"))).kind), int(SessionLocation::Invalid));
        QCOMPARE(SessionLocator::findProjectRoot(m_dir), QDir(m_tmp.path()).absolutePath());
        QVERIFY(SessionLocator::isSafeSessionId(QStringLiteral("2025-08-30-14-30-audit")));
        for (const char *bad : {"", ".", "..", "a/b", "a\\b", "x..y", "../etc"})
            QVERIFY2(!SessionLocator::isSafeSessionId(QString::fromLatin1(bad)), bad);
        QVERIFY(!SessionLocator::isSafeSessionId(QStringLiteral("a") + QChar(0) + QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
