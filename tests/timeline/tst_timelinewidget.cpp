#include "testpaths.h"
#include "claudetranscript.h"
#include "livesession.h"
#include "runprovenance.h"
#include "sessiongenerator.h"
#include "sessionloader.h"
#include "timelineexport.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

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

void sendWheel(QWidget *w, QPoint pos, int delta, Qt::KeyboardModifiers mods)
{
    QWheelEvent ev(QPointF(pos), QPointF(w->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton, mods,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &ev);
}

void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent ev(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, mods);
    QApplication::sendEvent(w, &ev);
}

bool copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &f : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(from + QLatin1Char('/') + f, to + QLatin1Char('/') + f))
            return false;
    }
    return true;
}

}

class TimelineWidgetTest : public QObject
{
    Q_OBJECT
private:
    SessionData m_data;
    std::unique_ptr<TimelineWidget> m_widget;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_data = SessionData();
        QVERIFY2(SessionLoader::loadSync(kFixture, m_data, &error), qPrintable(error));
        m_widget = std::make_unique<TimelineWidget>();
        m_widget->resize(1200, 320);
        m_widget->setStores(&m_data.events, &m_data.debug);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        QVERIFY(m_widget->isIndexReady());
    }
    void cleanup() { m_widget.reset(); }

    void ctrlWheelKeepsTheTimeUnderTheCursorFixed_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("delta");
        QTest::newRow("zoom in at the left") << 0.1 << 120;
        QTest::newRow("zoom in at the centre") << 0.5 << 240;
        QTest::newRow("zoom out at the right") << 0.9 << -120;
    }
    void ctrlWheelKeepsTheTimeUnderTheCursorFixed()
    {
        QFETCH(double, fraction);
        QFETCH(int, delta);
        const QRect body = m_widget->geometry().body;
        const QPoint pos(body.left() + int(fraction * body.width()), body.center().y());
        const TimelineMapping before = m_widget->mapping();
        const double timeUnderCursor = before.toTime(pos.x());
        sendWheel(m_widget.get(), pos, delta, Qt::ControlModifier);
        const TimelineMapping after = m_widget->mapping();
        QVERIFY(after.spanMs() != before.spanMs());
        QVERIFY2(qAbs(after.toTime(pos.x()) - timeUnderCursor) < 1e-6 * before.spanMs(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(after.toTime(pos.x()), 0, 'f', 3).arg(timeUnderCursor, 0, 'f', 3)));
    }

    void aPlainWheelScrollsLanesAndShiftWheelPans()
    {
        m_widget->resize(1200, 200); // fewer lanes than fit: the lanes scroll
        const QPoint pos = m_widget->geometry().body.center();
        const NavigationState::Range range = m_widget->navigation()->visibleRange();
        sendWheel(m_widget.get(), pos, -120, Qt::NoModifier);
        QCOMPARE(m_widget->navigation()->visibleRange(), range);
        QVERIFY(m_widget->viewState().scrollY > 0);
        sendWheel(m_widget.get(), pos, -120, Qt::ShiftModifier);
        QVERIFY(m_widget->navigation()->visibleRange().start > range.start);
        QCOMPARE(m_widget->navigation()->visibleRange().span(), range.span());
    }

    void aClickSelectsTheNearestEventWithinThreePixels_data()
    {
        QTest::addColumn<int>("dx");
        QTest::addColumn<bool>("selects");
        QTest::newRow("on the mark") << 0 << true;
        QTest::newRow("2 px right") << 2 << true;
        QTest::newRow("3 px left") << -3 << true;
        QTest::newRow("6 px right") << 6 << false;
    }
    void aClickSelectsTheNearestEventWithinThreePixels()
    {
        QFETCH(int, dx);
        QFETCH(bool, selects);
        const int target = findEvent(m_data.events, QStringLiteral("custom_metric_emitted"));
        QVERIFY(target >= 0);
        QSignalSpy clicked(m_widget.get(), &TimelineWidget::eventClicked);
        const QPoint p = m_widget->eventPoint(target) + QPoint(dx, 0);
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, Qt::NoModifier, p);
        if (selects) {
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(clicked.first().first().toInt(), target);
            QCOMPARE(m_widget->navigation()->selectedEvent(), target);
            QCOMPARE(m_widget->navigation()->selectedLane(), QStringLiteral("backend-worker"));
        } else {
            QCOMPARE(clicked.count(), 0);
            QCOMPARE(m_widget->navigation()->selectedEvent(), -1);
        }
    }

    void aTableSelectionCentresAndScrollsTheTimeline()
    {
        m_widget->resize(1200, 180); // one or two lanes visible
        const int target = findEvent(m_data.events, QStringLiteral("worker_failed"), QStringLiteral("test-worker"));
        QVERIFY(target >= 0);
        // Zoomed into the first minute, far from the event.
        const double t0 = double(m_data.events.timeMs(0));
        m_widget->navigation()->setVisibleRange({t0, t0 + 60000});
        m_widget->revealEvent(target);
        const NavigationState::Range r = m_widget->navigation()->visibleRange();
        QVERIFY(qAbs(r.centre() - double(m_data.events.timeMs(target))) < 1.0);
        QCOMPARE(r.span(), 60000.0); // the zoom is kept
        QCOMPARE(m_widget->navigation()->selectedEvent(), target);
        const QPoint p = m_widget->eventPoint(target);
        QVERIFY2(m_widget->geometry().body.contains(p), "the lane was scrolled into view");
        QCOMPARE(m_widget->eventAt(p), target);
    }

    void leftAndRightStepThroughTheSelectedLane()
    {
        const QString lane = QStringLiteral("devops-worker");
        const TimelineLane &l = m_widget->index().lanes()[size_t(m_widget->index().laneNamed(lane))];
        m_widget->revealEvent(int(l.events[0]));
        QTest::keyClick(m_widget.get(), Qt::Key_Right);
        QCOMPARE(m_widget->navigation()->selectedEvent(), int(l.events[1]));
        QTest::keyClick(m_widget.get(), Qt::Key_Right);
        QTest::keyClick(m_widget.get(), Qt::Key_Left);
        QCOMPARE(m_widget->navigation()->selectedEvent(), int(l.events[1]));
    }

    void aModifierDragZoomsToTheSliceAndBackReturns()
    {
        const QRect body = m_widget->geometry().body;
        const NavigationState::Range before = m_widget->navigation()->visibleRange();
        const QPoint a(body.left() + 200, body.top() + 30), b(body.left() + 500, body.top() + 30);
        const double ta = m_widget->mapping().toTime(a.x()), tb = m_widget->mapping().toTime(b.x());
        sendMouse(m_widget.get(), QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(m_widget.get(), QEvent::MouseMove, b, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(m_widget.get(), QEvent::MouseButtonRelease, b, Qt::NoButton, Qt::ShiftModifier);
        const NavigationState::Range after = m_widget->navigation()->visibleRange();
        QVERIFY(qAbs(after.start - ta) < 1.0 && qAbs(after.end - tb) < 1.0);
        QTest::keyClick(m_widget.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_widget->navigation()->visibleRange(), before);
        QTest::keyClick(m_widget.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_widget->navigation()->visibleRange(), after);
    }

    void aPlainDragPans()
    {
        const QRect body = m_widget->geometry().body;
        const NavigationState::Range before = m_widget->navigation()->visibleRange();
        const double msPerPx = m_widget->mapping().msPerPixel();
        const QPoint a(body.left() + 300, body.top() + 5);
        sendMouse(m_widget.get(), QEvent::MouseButtonPress, a, Qt::LeftButton);
        sendMouse(m_widget.get(), QEvent::MouseMove, a + QPoint(100, 0), Qt::LeftButton);
        sendMouse(m_widget.get(), QEvent::MouseButtonRelease, a + QPoint(100, 0), Qt::NoButton);
        const NavigationState::Range after = m_widget->navigation()->visibleRange();
        QVERIFY(qAbs((before.start - after.start) - 100 * msPerPx) < 1.0);
        QCOMPARE(m_widget->navigation()->selectedEvent(), -1); // a drag is not a click
    }

    void filteredEventsAreDimmedOrHidden()
    {
        const int target = findEvent(m_data.events, QStringLiteral("custom_metric_emitted"));
        std::vector<bool> mask(size_t(m_data.events.size()), true);
        mask[size_t(target)] = false;
        m_widget->setFilterMask(&mask);
        const QPoint p = m_widget->eventPoint(target);
        m_widget->setDimFiltered(true);
        QCOMPARE(m_widget->eventAt(p), target);   // dimmed, still there
        const QImage dimmed = m_widget->grab().toImage();
        m_widget->setDimFiltered(false);
        QCOMPARE(m_widget->eventAt(p), -1);       // hidden
        const QImage hidden = m_widget->grab().toImage();
        QVERIFY(dimmed.pixelColor(p) != hidden.pixelColor(p));
    }

    void theExportMatchesTheScreen()
    {
        const int target = findEvent(m_data.events, QStringLiteral("worker_failed"));
        m_widget->revealEvent(target);
        const QImage screen = m_widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("view.png"));
        QString error;
        QVERIFY2(TimelineExport::write(file, m_widget->plotSize(), m_widget->scene(), m_widget->viewState(), &error), qPrintable(error));
        const QImage exported = QImage(file).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(exported.size(), m_widget->plotSize());
        QCOMPARE(exported, screen.copy(QRect(QPoint(0, 0), m_widget->plotSize())));
    }

    void appendedEventsAppearLive()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("2025-08-30-14-00-live"));
        QVERIFY(copyDir(kFixture, dir));
        LiveSession session(dir);
        QSignalSpy loaded(&session, &LiveSession::loadFinished);
        session.start();
        QVERIFY(loaded.wait(10000));
        m_widget->setSession(&session);
        QVERIFY(m_widget->isIndexReady());
        const int before = m_widget->index().laneCount();
        QSignalSpy content(m_widget.get(), &TimelineWidget::contentChanged);
        QFile events(dir + QStringLiteral("/EVENTS.jsonl"));
        QVERIFY(events.open(QIODevice::Append));
        events.write(R"({"timestamp":"2025-08-30T14:15:30Z","type":"worker_spawned","agent":"late-worker","details":"late"})" "\n");
        events.write(R"({"timestamp":"2025-08-30T14:15:40Z","type":"worker_failed","agent":"late-worker","details":"boom"})" "\n");
        events.close();
        session.poll();
        QTRY_VERIFY_WITH_TIMEOUT(m_widget->index().laneCount() == before + 1, 10000);
        QVERIFY(content.count() > 0);
        const int failed = findEvent(session.events(), QStringLiteral("worker_failed"), QStringLiteral("late-worker"));
        QVERIFY(failed >= 0);
        // Nobody moved the view: it keeps the whole session, the new event included.
        QVERIFY(m_widget->navigation()->visibleRange().end >= double(session.events().timeMs(failed)));
        m_widget->resize(1200, 400);
        const QPoint p = m_widget->eventPoint(failed);
        QVERIFY(m_widget->geometry().body.contains(p));
        QCOMPARE(m_widget->eventAt(p), failed);
        const QImage shot = m_widget->grab().toImage();
        QCOMPARE(shot.pixelColor(p), TimelineRenderer::categoryColor(EventCategory::Failure));
    }

    void aBigSessionIsIndexedInTheBackground()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("2025-08-30-14-16-big"));
        GeneratorOptions options;
        options.events = 150000;
        options.outputs = false;
        QVERIFY(SessionGenerator::write(dir, options));
        SessionData big;
        QVERIFY(SessionLoader::loadSync(dir, big));
        QSignalSpy ready(m_widget.get(), &TimelineWidget::indexReady);
        m_widget->setStores(&big.events, &big.debug);
        QVERIFY(!m_widget->isIndexReady()); // the GUI thread did not wait
        m_widget->repaint();                // paints an "indexing" state meanwhile
        QVERIFY(ready.wait(30000));
        QCOMPARE(m_widget->index().eventsIndexed(), big.events.size());
        QCOMPARE(m_widget->index().debugIndexed(), big.debug.size());
        // Replacing the stores while a build runs drops the stale result.
        m_widget->setStores(&big.events, &big.debug);
        m_widget->setStores(&m_data.events, &m_data.debug);
        QVERIFY(m_widget->isIndexReady());
        QTest::qWait(200);
        QCOMPARE(m_widget->index().eventsIndexed(), m_data.events.size());
    }

    void newEventsOffScreenOfferAButton()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("2025-08-30-14-00-live"));
        QVERIFY(copyDir(kFixture, dir));
        LiveSession session(dir);
        QSignalSpy loaded(&session, &LiveSession::loadFinished);
        session.start();
        QVERIFY(loaded.wait(10000));
        m_widget->setSession(&session);
        // The user looks at the start of the session.
        const QRect body = m_widget->geometry().body;
        sendWheel(m_widget.get(), QPoint(body.left() + 10, body.center().y()), 480, Qt::ControlModifier);
        QVERIFY(!m_widget->isFollowingLive());
        QFile events(dir + QStringLiteral("/EVENTS.jsonl"));
        QVERIFY(events.open(QIODevice::Append));
        events.write(R"({"timestamp":"2025-08-30T14:15:30Z","type":"worker_progress","agent":"devops-worker","details":"more"})" "\n");
        events.close();
        session.poll();
        QTRY_COMPARE_WITH_TIMEOUT(m_widget->newEventCount(), 1, 10000);
        auto *button = m_widget->findChild<QPushButton *>();
        QVERIFY(button && button->isVisible());
        QVERIFY(button->text().contains(QLatin1Char('1')));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isVisible());
        QVERIFY(m_widget->navigation()->visibleRange().end >= m_widget->navigation()->bounds().end);
    }

    // Issue 9, item 5: the tool calls of the devops worker's Claude Code run
    // (a real transcript, moved into the fixture's time) in its lane.
    void aRunSpansTooltipNamesTheToolAndItsTokens()
    {
        RunRecord run;
        run.runId = QStringLiteral("20250830-140500000-devops-worker-00aa");
        run.worker = QStringLiteral("devops-worker");
        std::vector<TimelineRunSpan> spans = TimelineRunSpans::spansOf(
            run, ClaudeTranscript::load(TestPaths::data(u"/runs/claude-real-transcript.jsonl"), 0.028545));
        QCOMPARE(spans.size(), size_t(2));
        const qint64 shift = m_widget->index().minTime() + 5 * 60000 - spans[0].startMs;
        for (TimelineRunSpan &s : spans) {
            s.startMs += shift;
            s.endMs += shift;
        }
        const TimelineRunSpan bashSpan = spans[0];
        QSignalSpy changed(m_widget.get(), &TimelineWidget::contentChanged);
        m_widget->setRunSpans(TimelineRunSpans(spans));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_widget->runSpans().size(), 2);

        // The whole session: both calls (130 ms apart) share a pixel.
        QPoint p = m_widget->runSpanPoint(bashSpan);
        QVERIFY(m_widget->geometry().body.contains(p));
        QString tip = m_widget->toolTipAt(p);
        QVERIFY2(tip.contains(QLatin1String("Claude Code tool call")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("1 more in this pixel")), qPrintable(tip));

        // Zoomed in to a second: each call is wide, the tooltip is its own.
        const double mid = double(bashSpan.startMs) + 100;
        m_widget->navigation()->setVisibleRange({mid - 500, mid + 500});
        p = m_widget->runSpanPoint(bashSpan);
        const TimelineRunSpan *hit = m_widget->runSpanAt(p);
        QVERIFY(hit);
        QCOMPARE(hit->toolName, QStringLiteral("Bash"));
        tip = m_widget->toolTipAt(p);
        QVERIFY2(tip.contains(QLatin1String("<b>Bash</b>")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(qint64(1661)) + QLatin1String(" input")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("36 output")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("$0.0090")), qPrintable(tip)); // 0.028545 * 1697 / 5397
        QVERIFY2(tip.contains(QLatin1String("devops-worker")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("more in this pixel")), qPrintable(tip));
        const TimelineRunSpan writeSpan = m_widget->runSpans().lane(QStringLiteral("devops-worker"))->spans[1];
        QVERIFY(m_widget->toolTipAt(m_widget->runSpanPoint(writeSpan)).contains(QLatin1String("<b>Write</b>")));

        // The tooltip the user sees, through the real event.
        QHelpEvent help(QEvent::ToolTip, p, m_widget->mapToGlobal(p));
        QApplication::sendEvent(m_widget.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("<b>Bash</b>")));
        QToolTip::hideText();

        // Below the run row (the marks) and in other lanes: no run span.
        QVERIFY(!m_widget->runSpanAt(p + QPoint(0, TimelineRenderer::marksTop())));
        QVERIFY(!m_widget->runSpanAt(p + QPoint(0, TimelineRenderer::kLaneHeight)));
        QVERIFY(!m_widget->toolTipAt(p + QPoint(0, TimelineRenderer::marksTop())).contains(QLatin1String("tool call")));

        // The lane header sums the worker's calls.
        const QPoint header(20, p.y() + 10);
        tip = m_widget->toolTipAt(header);
        QVERIFY2(tip.contains(u"tool calls: 2 · runs: 1"_qs), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(qint64(1661 + 1771)) + QLatin1String(" input")), qPrintable(tip));

        // Cleared again: nothing left to hit.
        m_widget->setRunSpans(TimelineRunSpans());
        QVERIFY(!m_widget->runSpanAt(p));
    }
};

QTEST_MAIN(TimelineWidgetTest)
#include "tst_timelinewidget.moc"
