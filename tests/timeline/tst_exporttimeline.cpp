#include "testpaths.h"
#include "apprun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kFixture = TestPaths::data(u"/timeline/2025-08-30-14-00-timeline-fixture");
const QStringList kAgents{QStringLiteral("queen-coordinator"), QStringLiteral("devops-worker"),
                          QStringLiteral("backend-worker"), QStringLiteral("test-worker")};

int runExport(const QStringList &args, QString *stderrText = nullptr)
{
    const AppRun r = runApp(QStringList{QStringLiteral("export-timeline")} + args);
    if (stderrText)
        *stderrText = QString::fromLocal8Bit(r.err);
    return r.exitCode;
}

}

class ExportTimelineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SI_APP")), "SI_APP must name the session-inspector executable");
    }

    void aPngHasTheAskedSizeAndPaintedLanes_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("default") << QString() << 1600 << 900;
        QTest::newRow("small") << QStringLiteral("800x400") << 800 << 400;
        QTest::newRow("wide") << QStringLiteral("2400x300") << 2400 << 300;
    }
    void aPngHasTheAskedSizeAndPaintedLanes()
    {
        QFETCH(QString, size);
        QFETCH(int, width);
        QFETCH(int, height);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.png"));
        QStringList args{kFixture, QStringLiteral("-o"), out};
        if (!size.isEmpty())
            args << QStringLiteral("--size") << size;
        QString err;
        QCOMPARE(runExport(args, &err), 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(width, height));
        // Each lane's band of event marks holds painted marks (not just its background).
        const int header = 190, axis = 26, lane = 46, marksMid = 27;
        for (int l = 0; l < kAgents.size(); ++l) {
            const int y = axis + l * lane + marksMid;
            if (y >= height - 34)
                break;
            QSet<QRgb> colours;
            for (int x = header; x < width; ++x)
                colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() >= 3, qPrintable(QStringLiteral("lane %1 looks empty").arg(l)));
        }
    }

    void anSvgCarriesEveryAgentName()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.svg"));
        QCOMPARE(runExport({kFixture, QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("1200x600")}), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.startsWith(QLatin1String("<?xml")) || svg.contains(QLatin1String("<svg")));
        for (const QString &agent : kAgents)
            QVERIFY2(svg.contains(agent), qPrintable(agent));
    }

    void aTimeRangeNarrowsThePicture()
    {
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.png"));
        const QString part = dir.filePath(QStringLiteral("part.png"));
        QCOMPARE(runExport({kFixture, QStringLiteral("-o"), whole}), 0);
        QCOMPARE(runExport({kFixture, QStringLiteral("-o"), part, QStringLiteral("--from"), QStringLiteral("2025-08-30T14:01:00Z"),
                            QStringLiteral("--to"), QStringLiteral("2025-08-30T14:02:00Z")}), 0);
        QVERIFY(QImage(whole) != QImage(part));
    }

    void failuresExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("missing session") << QStringList{QStringLiteral("/nonexistent/session"), QStringLiteral("-o"), QStringLiteral("OUT.png")};
        QTest::newRow("unwritable output") << QStringList{kFixture, QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x/t.png")};
        QTest::newRow("unknown format") << QStringList{kFixture, QStringLiteral("-o"), QStringLiteral("OUT.gif")};
        QTest::newRow("bad size") << QStringList{kFixture, QStringLiteral("-o"), QStringLiteral("OUT.png"), QStringLiteral("--size"), QStringLiteral("huge")};
        QTest::newRow("reversed range") << QStringList{kFixture, QStringLiteral("-o"), QStringLiteral("OUT.png"), QStringLiteral("--from"),
                                                       QStringLiteral("2025-08-30T15:00:00Z"), QStringLiteral("--to"), QStringLiteral("2025-08-30T14:00:00Z")};
        QTest::newRow("no output") << QStringList{kFixture};
    }
    void failuresExitWithTwo()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        for (QString &a : args)
            a.replace(QLatin1String("OUT"), dir.filePath(QStringLiteral("out")));
        QString err;
        QCOMPARE(runExport(args, &err), 2);
        QVERIFY(!err.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.png"))));
    }
};

QTEST_GUILESS_MAIN(ExportTimelineTest)
#include "tst_exporttimeline.moc"
