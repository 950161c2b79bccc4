#include "testpaths.h"
#include "livesession.h"
#include "runprovenance.h"
#include "featurelist.h"
#include "mainwindow.h"
#include "timelinewidget.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kFixture = TestPaths::data(u"/timeline/2025-08-30-14-00-timeline-fixture");

int findEvent(const EventStore &events, const QString &type, const QString &agent = QString())
{
    for (int i = 0; i < events.size(); ++i) {
        if (events.kindName(i) == type && (agent.isEmpty() || events.agent(i) == agent))
            return i;
    }
    return -1;
}
}

// The timeline inside the real main window: selection both ways with the
// event table, the stalls dock and the export action.
class TimelineFeatureTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    TimelineWidget *m_timeline = nullptr;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>(QString());
        installFeatures(m_window.get());
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::sessionOpened);
        m_window->openPath(kFixture);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && !m_window->session()->isLoading(), 10000);
        m_timeline = m_window->findChild<TimelineWidget *>();
        QVERIFY(m_timeline);
        QTRY_VERIFY(m_timeline->isIndexReady() && m_timeline->index().eventsIndexed() == m_window->session()->events().size());
    }
    void cleanup() { m_window.reset(); }

    void aClickOnTheTimelineSelectsTheTableRow()
    {
        const EventStore &events = m_window->session()->events();
        const int target = findEvent(events, QStringLiteral("custom_metric_emitted"));
        QVERIFY(target >= 0);
        const QPoint p = m_timeline->eventPoint(target) + QPoint(2, 0);
        QVERIFY(m_timeline->geometry().body.contains(p));
        const NavigationState::Range before = m_timeline->navigation()->visibleRange();
        QTest::mouseClick(m_timeline, Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(m_window->selectedEvent(), target);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
        QVERIFY(table);
        QVERIFY(table->currentIndex().isValid());
        // The view did not jump under the user's pointer.
        QCOMPARE(m_timeline->navigation()->visibleRange(), before);
    }

    void aTableSelectionCentresTheTimeline()
    {
        const EventStore &events = m_window->session()->events();
        const int target = findEvent(events, QStringLiteral("worker_failed"));
        const double t0 = double(events.timeMs(0));
        m_timeline->navigation()->setVisibleRange({t0, t0 + 30000});
        m_window->selectEvent(target);
        QCOMPARE(m_timeline->navigation()->selectedEvent(), target);
        QVERIFY(qAbs(m_timeline->navigation()->visibleRange().centre() - double(events.timeMs(target))) < 1.0);
        QCOMPARE(m_timeline->eventAt(m_timeline->eventPoint(target)), target);
    }

    void theStallsDockListsTheSilentWorker()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("timelineStallsDock"));
        QVERIFY(dock);
        QTRY_COMPARE(m_timeline->layout().allStalls().size(), size_t(1));
    }

    void fileMenuExportsTheTimeline()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportTimeline"));
        QVERIFY(action);
        QVERIFY(m_window->host()->menu(FeatureHost::Menu::File)->actions().contains(action));
    }

    // Issue 9, item 5: the feature reads the session's runs and their Claude
    // Code transcripts in the background when the session opens and again
    // when a run's provenance is written.
    void theRunsToolCallsAreLoadedAndFollowed()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("2025-08-30-14-00-timeline-fixture"));
        QVERIFY(QDir().mkpath(session + QStringLiteral("/workers/runs")));
        for (const QString &f : QDir(kFixture).entryList(QDir::Files))
            QVERIFY(QFile::copy(kFixture + u'/' + f, session + u'/' + f));
        const QString transcript = dir.filePath(QStringLiteral("sid.jsonl"));
        QVERIFY(QFile::copy(TestPaths::data(u"/runs/claude-real-transcript.jsonl"), transcript));
        RunRecord run;
        run.runId = QStringLiteral("20250830-140500000-devops-worker-00aa");
        run.worker = QStringLiteral("devops-worker");
        run.sessionDir = session;
        run.state = RunState::Succeeded;
        run.claudeTranscriptPath = transcript;
        run.totals.costUsd = 0.028545;
        QString error;
        QVERIFY2(RunProvenance::write(run, &error), qPrintable(error));

        m_window->openPath(session);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->dir() == session
                                     && !m_window->session()->isLoading(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_timeline->runSpans().size(), 2, 10000);
        QVERIFY(m_timeline->runSpans().lane(QStringLiteral("devops-worker")));
        QVERIFY(m_timeline->scene().runSpans);

        // A second run of another worker, written while the session is open.
        run.runId = QStringLiteral("20250830-141000000-backend-worker-00bb");
        run.worker = QStringLiteral("backend-worker");
        QVERIFY(RunProvenance::write(run, &error));
        QTRY_COMPARE_WITH_TIMEOUT(m_timeline->runSpans().size(), 4, 10000);
        QVERIFY(m_timeline->runSpans().lane(QStringLiteral("backend-worker")));

        // Another session: the runs go with the one they belong to.
        m_window->openPath(kFixture);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->dir() != session, 10000);
        QTRY_VERIFY(m_timeline->runSpans().isEmpty());
    }
};

QTEST_MAIN(TimelineFeatureTest)
#include "tst_timelinefeature.moc"
