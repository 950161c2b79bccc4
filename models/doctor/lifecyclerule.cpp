#include "doctorrule.h"

#include <QDateTime>

namespace {

// Whether the session as a whole is over: then a worker that never finished
// is a finding, otherwise it may still be working.
bool looksFinished(const nlohmann::json &state, const EventStore &events)
{
    if (state.is_object()) {
        auto status = state.find("status");
        if (status != state.end() && status->is_string()) {
            const std::string s = status->get<std::string>();
            if (s == "completed" || s == "failed" || s == "done" || s == "synthesized")
                return true;
        }
        const nlohmann::json::json_pointer completedAt("/timestamps/phase_transitions/completed_at");
        if (state.contains(completedAt) && state.at(completedAt).is_string())
            return true;
    }
    return events.strings().find("synthesis_completed") != 0;
}

}

void DoctorRules::checkLifecycle(DoctorContext &context, DiagnosticSink &sink)
{
    context.sessionFinished = looksFinished(context.state, context.data.events);
    QHash<QString, qint64> heartbeats;
    if (context.profile.heartbeatInState) {
        for (const QString &w : std::as_const(context.stateWorkers)) {
            const QString beat = FileRules::stateHeartbeat(context.state, w);
            const QDateTime t = QDateTime::fromString(beat, Qt::ISODateWithMs);
            if (t.isValid())
                heartbeats.insert(w, t.toMSecsSinceEpoch());
        }
    }
    context.lifecycles = LifecycleRules::check(context.data.events, QStringLiteral("EVENTS.jsonl"), context.workerSet(),
                                               context.sessionFinished, context.profile, sink, heartbeats);
}
