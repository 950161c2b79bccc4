#include "doctorrule.h"

// The state file of generations that keep one (2025-08-30); later ones have
// none, and its absence is no finding there.
void DoctorRules::checkState(DoctorContext &context, DiagnosticSink &sink)
{
    if (!context.profile.hasStateFile)
        return;
    context.state = FileRules::checkState(context.data.dir, sink);
    context.stateWorkers = FileRules::stateWorkers(context.state);
}
