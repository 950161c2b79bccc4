// RunsFeature inside the real main window: its action, its dock, and the
// question on quit while runs go (cancel them, or leave them running).
#include "featurelist.h"
#include "mainwindow.h"
#include "runner.h"
#include "runqueue.h"
#include "runsfeature.h"

#include "workers/runtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QtTest>

class TestRunsFeature : public QObject
{
    Q_OBJECT

    // Answers the next modal message box with the button whose text starts with `text`.
    static void answerNextQuestion(const QString &text)
    {
        QTimer::singleShot(300, qApp, [text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons())
                if (b->text().remove(u'&').startsWith(text))
                    b->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void theFeatureAddsItsActionAndDock()
    {
        MainWindow window{QString()};
        installFeatures(&window);
        auto *feature = window.findChild<RunsFeature *>();
        QVERIFY(feature);
        QCOMPARE(feature->runAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(window.host()->toolBar()->actions().contains(feature->runAction()));
        QVERIFY(window.findChild<QDockWidget *>(u"runsDock"_qs));
    }

    void quittingCanCancelTheRuns()
    {
        TestProject p;
        MainWindow window{QString()};
        installFeatures(&window);
        window.show();
        auto *feature = window.findChild<RunsFeature *>();
        feature->queue()->setTimings(fastTimings());
        Runner *run = feature->queue()->enqueue(p.spec(u"silent"_qs));
        QTRY_VERIFY(run->record().pid > 0);
        answerNextQuestion(u"Cancel Runs"_qs);
        window.close();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), RunState::Cancelled, 10000);
        QTRY_VERIFY(!window.isVisible()); // closed itself once the run had ended
        QVERIFY(RunProcessGroup::isEmpty(run->record().pgid));
    }

    void quittingCanLeaveTheRunsRunning()
    {
        TestProject p;
        qint64 pgid = 0;
        {
            MainWindow window{QString()};
            installFeatures(&window);
            window.show();
            auto *feature = window.findChild<RunsFeature *>();
            Runner *run = feature->queue()->enqueue(p.spec(u"silent"_qs));
            QTRY_VERIFY(run->record().pid > 0);
            pgid = run->record().pgid;
            answerNextQuestion(u"Leave Running"_qs);
            window.close();
            QTRY_VERIFY(!window.isVisible());
            QVERIFY(run->record().detached);
        }
        // The window is gone; the worker still runs, and its provenance says so.
        QVERIFY(!RunProcessGroup::isEmpty(pgid));
        const QList<RunRecord> past = RunProvenance::loadAll(p.sessionDir);
        QCOMPARE(past.size(), 1);
        QVERIFY(past.first().detached);
        RunProcessGroup::signal(pgid, SIGKILL); // tidy up after ourselves
        QTRY_VERIFY(RunProcessGroup::isEmpty(pgid));
    }
};

QTEST_MAIN(TestRunsFeature)
#include "tst_runsfeature.moc"
