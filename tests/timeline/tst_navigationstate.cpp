#include "navigationstate.h"

#include <QSignalSpy>
#include <QTest>

class NavigationStateTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFirstBoundsFitTheView()
    {
        NavigationState nav;
        QSignalSpy changed(&nav, &NavigationState::visibleRangeChanged);
        nav.setBounds(1000, 61000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(nav.visibleRange().start <= 1000);
        QVERIFY(nav.visibleRange().end >= 61000);
        QVERIFY(!nav.canGoBack()); // fitting a new session is not a step to undo
    }

    void zoomingKeepsTheAnchorTimeInPlace_data()
    {
        QTest::addColumn<double>("anchorFraction");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at the left third") << 1.0 / 3 << 0.8;
        QTest::newRow("out at the centre") << 0.5 << 1.25;
        QTest::newRow("deep in near the right edge") << 0.9 << 0.01;
    }
    void zoomingKeepsTheAnchorTimeInPlace()
    {
        QFETCH(double, anchorFraction);
        QFETCH(double, factor);
        NavigationState nav;
        nav.setBounds(0, 3600000);
        const NavigationState::Range before = nav.visibleRange();
        const double anchor = before.start + anchorFraction * before.span();
        nav.zoomAround(anchor, factor);
        const NavigationState::Range after = nav.visibleRange();
        QVERIFY(qAbs(after.span() - before.span() * factor) < 1e-6 * before.span());
        QVERIFY(qAbs((anchor - after.start) / after.span() - anchorFraction) < 1e-9);
    }

    void backAndForwardWalkTheZoomHistory()
    {
        NavigationState nav;
        nav.setBounds(0, 100000);
        const NavigationState::Range fitted = nav.visibleRange();
        nav.setVisibleRange({10000, 20000});
        nav.setVisibleRange({12000, 14000});
        QVERIFY(nav.canGoBack());
        nav.back();
        QCOMPARE(nav.visibleRange(), (NavigationState::Range{10000, 20000}));
        nav.back();
        QCOMPARE(nav.visibleRange(), fitted);
        QVERIFY(!nav.canGoBack());
        nav.forward();
        QCOMPARE(nav.visibleRange(), (NavigationState::Range{10000, 20000}));
        nav.setVisibleRange({30000, 40000});
        QVERIFY(!nav.canGoForward()); // a new step drops the forward branch
    }

    void aWheelGestureIsOneHistoryStep()
    {
        NavigationState nav;
        nav.setBounds(0, 100000);
        const NavigationState::Range fitted = nav.visibleRange();
        for (int i = 0; i < 5; ++i)
            nav.zoomAround(50000, 0.8, NavigationState::History::Coalesce);
        nav.back();
        QCOMPARE(nav.visibleRange(), fitted);
        QVERIFY(!nav.canGoBack());
    }

    void pansAreNotHistory()
    {
        NavigationState nav;
        nav.setBounds(0, 100000);
        nav.setVisibleRange({10000, 20000});
        QSignalSpy history(&nav, &NavigationState::historyChanged);
        nav.panBy(1000);
        QCOMPARE(nav.visibleRange(), (NavigationState::Range{11000, 21000}));
        QCOMPARE(history.count(), 0);
    }

    void theViewCannotLeaveTheSessionBehind()
    {
        NavigationState nav;
        nav.setBounds(0, 100000);
        nav.setVisibleRange({10000, 20000});
        nav.panBy(1e9);
        QVERIFY(nav.visibleRange().start < 100000);
        nav.panBy(-1e12);
        QVERIFY(nav.visibleRange().end > 0);
        nav.zoomAround(50000, 1e6);
        QVERIFY(nav.visibleRange().span() <= 4 * 100000 + 1);
        nav.zoomAround(50000, 1e-12);
        QVERIFY(nav.visibleRange().span() >= 1.0 - 1e-9);
    }

    void selectionChangesAreSignalledOnce()
    {
        NavigationState nav;
        QSignalSpy spy(&nav, &NavigationState::selectionChanged);
        nav.setSelectedEvent(7);
        nav.setSelectedEvent(7);
        nav.setSelectedEvent(-5);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(nav.selectedEvent(), -1);
        QSignalSpy lane(&nav, &NavigationState::selectedLaneChanged);
        nav.setSelectedLane(QStringLiteral("devops-worker"));
        QCOMPARE(lane.count(), 1);
        QCOMPARE(nav.selectedLane(), QStringLiteral("devops-worker"));
    }
};

QTEST_GUILESS_MAIN(NavigationStateTest)
#include "tst_navigationstate.moc"
