// The run dialog, runs panel and preferences as real offscreen widgets,
// driving real stand-in worker processes.
#include "testpaths.h"
#include "preferencesdialog.h"
#include "rundialog.h"
#include "runconsole.h"
#include "runlistmodel.h"
#include "runner.h"
#include "runqueue.h"
#include "runspanel.h"
#include "runtranscriptview.h"

#include "workers/runtestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

class TestRunUi : public QObject
{
    Q_OBJECT

    static QList<RunProfile> profiles()
    {
        RunProfile fake = RunProfile::custom(TestPaths::fakeWorker(),
                                             u"--mode stream --session-dir {session_dir} --worker {worker} --task {task}"_qs);
        fake.name = u"Stand-in"_qs;
        return {RunProfile::claudeCode(), fake};
    }

private Q_SLOTS:
    void theDialogShowsTheExactCommandAndPromptBeforeLaunching()
    {
        TestProject p;
        RunDialog dialog(profiles(), p.root, p.sessionsDir, p.sessionDir);
        QCOMPARE(dialog.sessionBox()->currentText(), p.sessionId);
        QVERIFY(!dialog.isNewSession());
        dialog.profileBox()->setCurrentIndex(1);
        dialog.workerBox()->setCurrentText(u"devops-worker"_qs);
        dialog.taskEdit()->setPlainText(u"Audit it; $(touch x)"_qs);
        dialog.refreshNow();
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(dialog.launchButton()->isEnabled());
        QVERIFY(dialog.commandPreview().contains(QString(u'\n' + TestPaths::fakeWorker() + u" --mode stream")));
        QVERIFY(dialog.commandPreview().contains(u"--task 'Audit it; $(touch x)'"_qs));
        // The queen's file is absent here: the preview says what the run would create, and shows the run's own prompt.
        QVERIFY(dialog.promptPreview().startsWith(u"workers/prompts/devops-worker.prompt: absent"_qs));
        QVERIFY(dialog.promptPreview().contains(u"workers/runs/<run-id>.prompt (the run's own):\n---\n"_qs));
        QVERIFY(dialog.promptPreview().contains(u"Session ID: "_qs + p.sessionId));
        const RunSpec spec = dialog.spec();
        QCOMPARE(spec.sessionDir, p.sessionDir);
        QCOMPARE(spec.task, u"Audit it; $(touch x)"_qs);
    }

    void theDialogRefusesWhatCannotRun_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("profile");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown worker") << u"ghost-worker"_qs << u"t"_qs << 1 << u"Unknown worker"_qs;
        QTest::newRow("unsafe worker") << u"../x"_qs << u"t"_qs << 1 << u"not valid"_qs;
        QTest::newRow("empty task") << u"devops-worker"_qs << u"  "_qs << 1 << u"task is empty"_qs;
        QTest::newRow("program not found") << u"devops-worker"_qs << u"t"_qs << 0 << u"Program not found"_qs;
    }

    void theDialogRefusesWhatCannotRun()
    {
        QFETCH(QString, worker);
        QFETCH(QString, task);
        QFETCH(int, profile);
        QFETCH(QString, message);
        TestProject p;
        QList<RunProfile> ps = profiles();
        ps[0].program = u"/nonexistent/claude"_qs;
        RunDialog dialog(ps, p.root, p.sessionsDir, p.sessionDir);
        dialog.profileBox()->setCurrentIndex(profile);
        dialog.workerBox()->setCurrentText(worker);
        dialog.taskEdit()->setPlainText(task);
        dialog.refreshNow();
        QVERIFY(!dialog.launchButton()->isEnabled());
        QVERIFY2(dialog.problems().join(u'\n').contains(message), qPrintable(dialog.problems().join(u'\n')));
    }

    void aNewSessionIsOfferedWithItsFutureId()
    {
        TestProject p;
        RunDialog dialog(profiles(), p.root, p.sessionsDir, QString());
        dialog.sessionBox()->setCurrentIndex(0);
        QVERIFY(dialog.isNewSession());
        dialog.profileBox()->setCurrentIndex(1);
        dialog.taskEdit()->setPlainText(u"Brand new"_qs);
        dialog.refreshNow();
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(dialog.spec().sessionId.endsWith(u"-brand-new"_qs));
    }

    void thePanelFollowsARunAndCancelsAnother()
    {
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        RunsPanel panel(&queue);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1200, 500);
        panel.show();
        panel.setSessionDir(p.sessionDir);

        Runner *done = queue.enqueue(p.spec(u"stream"_qs));
        QCOMPARE(panel.selectedRunId(), done->id()); // a new run is selected
        QTRY_VERIFY(done->isFinished());
        QTRY_VERIFY(panel.transcript()->plainText().contains(u"Result: success"_qs));
        QVERIFY(panel.transcript()->plainText().contains(u"Bash"_qs));
        QVERIFY(panel.console()->text().contains(u"[err] a line on stderr"_qs));
        QVERIFY(panel.console()->find(u"stderr"_qs));
        QVERIFY(panel.detailsView()->toPlainText().contains(u"Command:"_qs));
        QVERIFY(panel.detailsView()->toPlainText().contains(u"$0.0123"_qs));
        QVERIFY(!panel.cancelButton()->isEnabled());

        const QString pidFile = p.path(u"pids"_qs);
        Runner *second = queue.enqueue(p.spec(u"grandchildren"_qs, u"--pid-file "_qs + pidFile));
        QCOMPARE(panel.selectedRunId(), second->id());
        QTRY_COMPARE_WITH_TIMEOUT(readPids(pidFile).size(), 5, 10000);
        QVERIFY(panel.cancelButton()->isEnabled());
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), RunState::Cancelled, 15000);
        for (qint64 pid : readPids(pidFile))
            QVERIFY(processIsGone(pid));
        QTRY_VERIFY(panel.model()->data(panel.model()->index(0, RunListModel::State)).toString().startsWith(u"cancelled"_qs));

        // Re-run: a third row, the same spec.
        QTest::mouseClick(panel.rerunButton(), Qt::LeftButton);
        QTRY_COMPARE(queue.runs().size(), 3);
        QCOMPARE(queue.runs().last()->spec().task, second->spec().task);
        queue.runs().last()->cancel();
        QTRY_VERIFY(queue.runs().last()->isFinished());

        // Past runs of the session come back from their provenance files.
        RunQueue empty;
        RunsPanel later(&empty);
        later.setSessionDir(p.sessionDir);
        QTRY_COMPARE(later.model()->rowCount(), 3);
        later.selectRun(done->id());
        QTRY_VERIFY(later.console()->text().contains(u"[out] {\"type\":\"result\""_qs));
        QVERIFY(later.transcript()->plainText().contains(u"Result: success"_qs));
    }

    void aFloodOfOutputKeepsThePanelResponsive()
    {
        TestProject p;
        RunQueue queue;
        queue.setTimings(fastTimings());
        RunsPanel panel(&queue);
        panel.resize(1200, 500);
        panel.show();
        QElapsedTimer clock;
        clock.start();
        Runner *run = queue.enqueue(p.spec(u"flood"_qs, u"--lines 200000"_qs));
        // The event loop keeps turning while 200k lines arrive: the longest gap is printed.
        qint64 longestGap = 0, last = clock.elapsed();
        while (!run->isFinished() && clock.elapsed() < 60000) {
            QTest::qWait(10);
            longestGap = qMax(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        }
        QVERIFY(run->isFinished());
        qInfo("200000 lines shown in %lld ms; longest event-loop gap %lld ms", clock.elapsed(), longestGap);
        QTRY_VERIFY(panel.console()->text().contains(u"[out] flood line 199999"_qs));
    }

    void preferencesAddDuplicateAndEditProfiles()
    {
        PreferencesDialog dialog(RunProfile::defaults(), 2);
        QCOMPARE(dialog.list()->count(), 3);
        dialog.list()->setCurrentRow(0);
        dialog.duplicateProfile();
        QCOMPARE(dialog.profiles().size(), 4);
        QCOMPARE(dialog.profiles().at(3).argsTemplate, RunProfile::claudeCode().argsTemplate);
        dialog.setCurrentFields(u"Pinned claude"_qs, u"/opt/claude"_qs, u"-p {prompt} --verbose"_qs);
        dialog.addProfile();
        QCOMPARE(dialog.profiles().size(), 5);
        QCOMPARE(dialog.profiles().at(3).name, u"Pinned claude"_qs);
        QCOMPARE(dialog.profiles().at(3).program, u"/opt/claude"_qs);
        dialog.removeProfile();
        QCOMPARE(dialog.profiles().size(), 4);
        QCOMPARE(dialog.maxConcurrent(), 2);
    }
};

QTEST_MAIN(TestRunUi)
#include "tst_runui.moc"
