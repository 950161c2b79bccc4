#include "doctorrule.h"

#include <QCoreApplication>

void DoctorRules::checkEventLog(DoctorContext &context, DiagnosticSink &sink)
{
    // jsonl.missing-final-newline: the last line was read without its
    // newline (a writer stopped mid-line, or a hand edit): counted, said.
    for (const EventStore *store : {&context.data.events, &context.data.debug}) {
        if (!store->unterminatedLine())
            continue;
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = QStringLiteral("jsonl.missing-final-newline");
        d.file = store == &context.data.events ? QStringLiteral("EVENTS.jsonl") : QStringLiteral("DEBUG.jsonl");
        d.line = int(store->unterminatedLine());
        d.column = 1;
        d.message = QCoreApplication::translate("DoctorRules", "the last line has no newline: it was read as it is, but a writer may have stopped mid-line");
        sink.add(std::move(d));
    }
    // debug.unreadable: the debug log is optional; the events were checked without it.
    if (!context.data.debugError.isEmpty()) {
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = QStringLiteral("debug.unreadable");
        d.file = QStringLiteral("DEBUG.jsonl");
        d.message = context.data.debugError;
        sink.add(std::move(d));
    }
    if (!context.files.events.isEmpty())
        EventLogRules::checkEvents(context.data.events, QStringLiteral("EVENTS.jsonl"), context.workerSet(), sink);
    if (!context.files.debug.isEmpty())
        EventLogRules::checkDebug(context.data.debug, QStringLiteral("DEBUG.jsonl"), context.profile, sink);
}
