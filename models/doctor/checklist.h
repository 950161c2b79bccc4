#pragma once

#include "doctorcontext.h"
#include "sessiondoctor.h"

// The per-worker protocol checklist the GUI shows, from what the rules
// found (run it after DoctorRules::all()).
namespace Checklist {
WorkerChecklist build(DoctorContext &context, const QString &worker);
}
