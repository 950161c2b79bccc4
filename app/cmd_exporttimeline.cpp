#include "commands.h"

#include "isotime.h"
#include "timelinerange.h"

#include "sessionloader.h"
#include "sessionlocator.h"
#include "timelineexport.h"
#include "timelineindex.h"
#include "timelinelayout.h"
#include "timelinerunspans.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace {

void complain(const QString &message)
{
    std::fprintf(stderr, "session-inspector: %s\n", qPrintable(message));
}

bool parseTime(const QString &text, double &ms)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime) // no zone given: docs/FORMAT.md times are UTC
        t.setTimeZone(QTimeZone::utc());
    ms = double(t.toMSecsSinceEpoch());
    return true;
}

}

// session-inspector export-timeline PATH -o FILE.png|FILE.svg [--size WxH] [--from ISO --to ISO]
// Exit 0 on success, 2 when the session can't be read, the file can't be
// written or the arguments are unusable (reason on stderr).
int runExportTimelineCommand(int argc, char **argv)
{
    // Headless by design: never look for a display, whatever the environment says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("export-timeline",
        "Render a session's timeline to a PNG or SVG file without a display."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("export-timeline", "Output file (.png or .svg)."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("export-timeline", "Picture size, default 1600x900."), QStringLiteral("WIDTHxHEIGHT"),
        QStringLiteral("1600x900"));
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("export-timeline", "Start of the time range (ISO-8601, UTC unless a zone is given)."), QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("export-timeline", "End of the time range (ISO-8601)."), QStringLiteral("ISO"));
    parser.addOptions({output, size, from, to});
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("export-timeline", "Session folder."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(output)) {
        std::fputs("usage: session-inspector export-timeline PATH -o FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--from ISO --to ISO]\n", stderr);
        return 2;
    }
    const QString outFile = parser.value(output);
    if (!TimelineExport::isSupported(outFile)) {
        complain(QCoreApplication::translate("export-timeline", "%1: the output must end in .png or .svg").arg(outFile));
        return 2;
    }
    const QRegularExpressionMatch sizeMatch =
        QRegularExpression(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$")).match(parser.value(size));
    if (!sizeMatch.hasMatch()) {
        complain(QCoreApplication::translate("export-timeline", "--size wants WIDTHxHEIGHT, e.g. 1600x900"));
        return 2;
    }
    const QSize pictureSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());

    const SessionLocation loc = SessionLocator::locate(args.first());
    if (loc.kind == SessionLocation::Invalid || loc.sessions.isEmpty()) {
        complain(loc.error.isEmpty() ? QCoreApplication::translate("export-timeline", "%1: no session there").arg(args.first())
                                     : loc.error);
        return 2;
    }
    // A folder of sessions: the newest (ids start with the date).
    const QString dir = loc.sessions.last();
    SessionData data;
    QString error;
    if (!SessionLoader::loadSync(dir, data, &error)) {
        complain(error);
        return 2;
    }
    if (!data.debugError.isEmpty())
        complain(QCoreApplication::translate("export-timeline", "the debug log is left out: %1").arg(data.debugError));

    const TimelineIndex index = TimelineIndex::build(data.events, data.debug);
    TimelineLayout layout;
    layout.compute(index, data.events, index.maxTime());
    // The tool calls of the session's Claude Code runs, as the window shows
    // them: a few small files, read here since a command may block.
    const TimelineRunSpans runSpans = TimelineRunSpans::load(dir);
    qint64 first = index.minTime(), last = index.maxTime();
    const TimelineRange bulk = TimelineRange::of(data.events, data.debug);
    if (bulk.valid && bulk.outliers > 0 && !parser.isSet(from) && !parser.isSet(to)) {
        first = bulk.first;
        last = bulk.last;
        complain(QCoreApplication::translate("export-timeline",
                     "%n entries with times far outside the session (one at %1) are left out of the picture; "
                     "--from/--to include them", nullptr, bulk.outliers)
                     .arg(IsoTime::toIso(bulk.exampleOutlier)));
    }
    if (index.hasTime() && runSpans.hasTime()) {
        first = std::min(first, runSpans.minTime());
        last = std::max(last, runSpans.maxTime());
    }
    TimelineView view;
    const TimelineMapping whole = TimelineMapping::fit(first, last, 0, 1000);
    view.startMs = view.overviewStartMs = whole.startMs;
    view.endMs = view.overviewEndMs = whole.endMs;
    view.nowMs = index.maxTime();
    if (index.isEmpty())
        view.message = QCoreApplication::translate("export-timeline", "No events");
    if (parser.isSet(from) || parser.isSet(to)) {
        double a = view.startMs, b = view.endMs;
        if ((parser.isSet(from) && !parseTime(parser.value(from), a)) || (parser.isSet(to) && !parseTime(parser.value(to), b)) || b <= a) {
            complain(QCoreApplication::translate("export-timeline", "--from/--to want ISO-8601 times with --from before --to"));
            return 2;
        }
        view.startMs = a;
        view.endMs = b;
    }
    TimelineScene scene;
    scene.events = &data.events;
    scene.debug = &data.debug;
    scene.index = &index;
    scene.layout = &layout;
    scene.runSpans = runSpans.isEmpty() ? nullptr : &runSpans;
    if (!TimelineExport::write(outFile, pictureSize, scene, view, &error)) {
        complain(error);
        return 2;
    }
    return 0;
}
