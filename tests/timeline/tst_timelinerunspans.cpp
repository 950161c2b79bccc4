// The tool calls of a worker's Claude Code runs as spans in its lane (issue
// 9, item 5): built from a real transcript (tests/data/runs/) and the run's
// provenance, and painted by the renderer in their own row.
#include "testpaths.h"
#include "claudetranscript.h"
#include "runprovenance.h"
#include "sessionloader.h"
#include "timelineindex.h"
#include "timelinelayout.h"
#include "timelinerenderer.h"
#include "timelinerunspans.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kTranscript = TestPaths::data(u"/runs/claude-real-transcript.jsonl");
const QString kFixture = TestPaths::data(u"/timeline/2025-08-30-14-00-timeline-fixture");
// total_cost_usd of the same run's result line (claude-real-stream.jsonl).
constexpr double kRunCost = 0.028545;
// Every message's tokens (input + output), the three of the transcript.
constexpr double kRunTokens = (1661 + 36) + (1771 + 29) + (1887 + 13);

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

RunRecord devopsRun(const QString &sessionDir, const QString &transcript)
{
    RunRecord r;
    r.runId = QStringLiteral("20261202-024600000-devops-worker-00aa");
    r.worker = QStringLiteral("devops-worker");
    r.sessionDir = sessionDir;
    r.state = RunState::Succeeded;
    r.claudeSessionId = QStringLiteral("df2e502d-358a-4d04-91e8-8bc70bd42c10");
    r.claudeTranscriptPath = transcript;
    r.totals.present = true;
    r.totals.costUsd = kRunCost;
    return r;
}

TimelineRunSpan span(const QString &lane, qint64 start, qint64 end, bool error = false)
{
    TimelineRunSpan s;
    s.lane = lane;
    s.toolName = QStringLiteral("Bash");
    s.startMs = start;
    s.endMs = end;
    s.isError = error;
    return s;
}

}

class TimelineRunSpansTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRealTranscriptGivesTheWorkersToolCalls()
    {
        const RunRecord run = devopsRun(QStringLiteral("/nowhere"), kTranscript);
        const std::vector<TimelineRunSpan> spans = TimelineRunSpans::spansOf(run, ClaudeTranscript::load(kTranscript, kRunCost));
        QCOMPARE(spans.size(), size_t(2));
        const TimelineRunSpan &bash = spans[0];
        const TimelineRunSpan &write = spans[1];
        for (const TimelineRunSpan &s : spans) {
            QCOMPARE(s.lane, u"devops-worker"_qs);
            QCOMPARE(s.runId, run.runId);
            QCOMPARE(s.agent, u"main"_qs);
            QVERIFY(!s.open && !s.isError);
            QCOMPARE(s.cacheTokens, qint64(0));
        }
        // From the assistant line that asked to its tool_result line.
        QCOMPARE(bash.toolName, u"Bash"_qs);
        QCOMPARE(bash.startMs, ms("2026-12-02T02:46:02.535Z"));
        QCOMPARE(bash.endMs, ms("2026-12-02T02:46:02.609Z"));
        QCOMPARE(bash.inputTokens, qint64(1661));
        QCOMPARE(bash.outputTokens, qint64(36));
        QCOMPARE(write.toolName, u"Write"_qs);
        QCOMPARE(write.startMs, ms("2026-12-02T02:46:02.639Z"));
        QCOMPARE(write.endMs, ms("2026-12-02T02:46:02.666Z"));
        QCOMPARE(write.inputTokens, qint64(1771));
        QCOMPARE(write.outputTokens, qint64(29));
        // The run's cost shared by tokens over all three messages.
        QVERIFY(qAbs(bash.costUsd - kRunCost * (1661 + 36) / kRunTokens) < 1e-9);
        QVERIFY(qAbs(write.costUsd - kRunCost * (1771 + 29) / kRunTokens) < 1e-9);
    }

    void aCallWithoutResultRunsToTheTranscriptsEnd()
    {
        QTemporaryDir dir;
        // The transcript cut after the Write call's request: no tool_result.
        QFile in(kTranscript);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        QByteArray cut;
        for (const QByteArray &l : lines) {
            if (l.contains("\"tool_use_id\":\"toolu_stub_0002\""))
                break;
            cut += l + '\n';
        }
        const QString path = dir.filePath(u"cut.jsonl"_qs);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(cut) == cut.size());
        out.close();
        const std::vector<TimelineRunSpan> spans =
            TimelineRunSpans::spansOf(devopsRun(dir.path(), path), ClaudeTranscript::load(path));
        QCOMPARE(spans.size(), size_t(2));
        QVERIFY(spans[1].open);
        QCOMPARE(spans[1].endMs, spans[1].startMs); // the request is the transcript's last line
        QCOMPARE(spans[1].costUsd, -1.0);           // no cost known for the run
    }

    void aSessionsRunsAreLoadedFromTheirProvenance()
    {
        QTemporaryDir dir;
        const QString transcript = dir.filePath(u"claude/sid.jsonl"_qs);
        QVERIFY(QDir().mkpath(dir.filePath(u"claude"_qs)));
        QVERIFY(QFile::copy(kTranscript, transcript));
        const QString session = dir.filePath(u"session"_qs);
        QVERIFY(QDir().mkpath(session));
        QString error;
        QVERIFY2(RunProvenance::write(devopsRun(session, transcript), &error), qPrintable(error));
        // Runs that cannot give spans: no transcript recorded, or one that is gone.
        RunRecord plain = devopsRun(session, QString());
        plain.runId = u"20261202-024700000-backend-worker-00bb"_qs;
        plain.worker = u"backend-worker"_qs;
        QVERIFY(RunProvenance::write(plain, &error));
        RunRecord gone = plain;
        gone.runId = u"20261202-024800000-backend-worker-00cc"_qs;
        gone.claudeTranscriptPath = dir.filePath(u"claude/missing.jsonl"_qs);
        QVERIFY(RunProvenance::write(gone, &error));

        const TimelineRunSpans spans = TimelineRunSpans::load(session);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.laneNames(), QStringList{u"devops-worker"_qs});
        QVERIFY(!spans.lane(u"backend-worker"_qs));
        const TimelineRunSpans::Lane *lane = spans.lane(u"devops-worker"_qs);
        QVERIFY(lane);
        QCOMPARE(lane->spans.size(), size_t(2));
        QCOMPARE(lane->spans[0].toolName, u"Bash"_qs);
        QCOMPARE(lane->spans[1].toolName, u"Write"_qs);
        QVERIFY(lane->costKnown);
        QVERIFY(qAbs(lane->costUsd - kRunCost * (1697 + 1800) / kRunTokens) < 1e-9);
        QCOMPARE(spans.minTime(), ms("2026-12-02T02:46:02.535Z"));
        QCOMPARE(spans.maxTime(), ms("2026-12-02T02:46:02.666Z"));
        // Sessions name a worker's lane either way.
        QCOMPARE(spans.lane(u"devops"_qs), lane);
    }

    void overlappingSpansAreFoundByTimeAndByPoint()
    {
        // A long subagent call with short ones inside and after it.
        const TimelineRunSpans spans({span(u"w"_qs, 0, 1000), span(u"w"_qs, 100, 200), span(u"w"_qs, 300, 400),
                                      span(u"w"_qs, 2000, 2100)});
        const TimelineRunSpans::Lane &lane = *spans.lane(u"w"_qs);
        QCOMPARE(TimelineRunSpans::range(lane, 500, 600), std::make_pair(0, 3)); // the long one reaches in
        QCOMPARE(TimelineRunSpans::range(lane, 1500, 1600), std::make_pair(3, 3));
        QCOMPARE(TimelineRunSpans::range(lane, 1500, 5000), std::make_pair(3, 4));
        QCOMPARE(TimelineRunSpans::spanAt(lane, 150, 10), 1);   // the short call over the long one
        QCOMPARE(TimelineRunSpans::spanAt(lane, 700, 10), 0);
        QCOMPARE(TimelineRunSpans::spanAt(lane, 1990, 20), 3);  // within the tolerance
        QCOMPARE(TimelineRunSpans::spanAt(lane, 1500, 20), -1);
    }

    void theRendererPaintsThemInTheirRowAtLeastOnePixelWide()
    {
        SessionData data;
        QString error;
        QVERIFY2(SessionLoader::loadSync(kFixture, data, &error), qPrintable(error));
        const TimelineIndex index = TimelineIndex::build(data.events, data.debug);
        TimelineLayout layout;
        layout.compute(index, data.events, index.maxTime());
        const int lane = index.laneNamed(u"devops-worker"_qs);
        QVERIFY(lane >= 0);
        const qint64 t0 = index.minTime();
        // 100 ms, far below a pixel of this 15-minute view; 2 minutes; a
        // failed call of 100 ms beside a successful one that hides it otherwise.
        const TimelineRunSpans spans({span(u"devops-worker"_qs, t0 + 300000, t0 + 300100),
                                      span(u"devops-worker"_qs, t0 + 420000, t0 + 540000),
                                      span(u"devops-worker"_qs, t0 + 600000, t0 + 600050),
                                      span(u"devops-worker"_qs, t0 + 600060, t0 + 600100, true)});
        TimelineScene scene;
        scene.events = &data.events;
        scene.debug = &data.debug;
        scene.index = &index;
        scene.layout = &layout;
        TimelineView view;
        view.startMs = double(t0);
        view.endMs = double(index.maxTime());
        view.nowMs = index.maxTime();
        const QSize size(1200, 320);
        const TimelineRenderer::Geometry g = TimelineRenderer::geometry(size);
        const TimelineMapping m = TimelineRenderer::mapping(g, view);
        auto paint = [&](const TimelineRunSpans *runs, int *rects = nullptr) {
            QImage img(size, QImage::Format_RGB32);
            img.fill(Qt::black);
            QPainter p(&img);
            scene.runSpans = runs;
            TimelineRenderer r;
            r.paintBody(p, g, scene, view);
            if (rects)
                *rects = r.lastStats().rects;
            return img;
        };
        int withRects = 0, withoutRects = 0;
        const QImage with = paint(&spans, &withRects);
        const QImage without = paint(nullptr, &withoutRects);
        const int y = TimelineRenderer::laneTop(g, lane, 0) + TimelineRenderer::runSpansTop() + 1;
        auto colourAt = [&](const QImage &img, qint64 t) { return QColor(img.pixel(int(std::floor(m.toX(double(t)))), y)); };
        const QColor call = TimelineRenderer::runSpanColor(false);
        QCOMPARE(colourAt(with, t0 + 300000), call);
        QVERIFY(colourAt(without, t0 + 300000) != call);
        QCOMPARE(colourAt(with, t0 + 480000), call);
        QCOMPARE(colourAt(with, t0 + 600000), TimelineRenderer::runSpanColor(true));
        // Only in the run row: the marks below are untouched.
        const int marksY = TimelineRenderer::laneTop(g, lane, 0) + TimelineRenderer::marksTop() + 2;
        for (int x = g.body.left(); x <= g.body.right(); ++x)
            QCOMPARE(with.pixel(x, marksY), without.pixel(x, marksY));
        // One fill per visible call or merge (the two at 10 min share a pixel), plus the failed one on top.
        QCOMPARE(withRects - withoutRects, 4);
        // Other lanes show none.
        const int other = TimelineRenderer::laneTop(g, index.laneNamed(u"backend-worker"_qs), 0) + TimelineRenderer::runSpansTop() + 1;
        for (int x = g.body.left(); x <= g.body.right(); ++x)
            QCOMPARE(with.pixel(x, other), without.pixel(x, other));
    }
};

QTEST_MAIN(TimelineRunSpansTest)
#include "tst_timelinerunspans.moc"
