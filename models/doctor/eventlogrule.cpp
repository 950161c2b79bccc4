#include "doctorrule.h"

void DoctorRules::checkEventLog(DoctorContext &context, DiagnosticSink &sink)
{
    if (!context.files.events.isEmpty())
        EventLogRules::checkEvents(context.data.events, QStringLiteral("EVENTS.jsonl"), context.workerSet(), sink);
    if (!context.files.debug.isEmpty())
        EventLogRules::checkDebug(context.data.debug, QStringLiteral("DEBUG.jsonl"), context.profile, sink);
}
