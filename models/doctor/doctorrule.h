#pragma once

#include "doctorcontext.h"

#include <vector>

// One rule of the session doctor: a small function over the shared context
// that adds its findings to the sink. To add a rule, write it in a file of
// its own (<name>rule.cpp), declare it below and list it in doctorrules.cpp
// at the place its inputs are ready (docs/ARCHITECTURE.md).
struct DoctorRule {
    const char *id;       // stable; also the prefix of the rule ids it reports
    const char *summary;  // what it checks, for the Templates view and docs
    void (*run)(DoctorContext &context, DiagnosticSink &sink);
};

namespace DoctorRules {
// Every rule, in the order they run.
const std::vector<DoctorRule> &all();

void checkState(DoctorContext &context, DiagnosticSink &sink);        // state.*
void checkLayout(DoctorContext &context, DiagnosticSink &sink);       // session.*
void checkEventLog(DoctorContext &context, DiagnosticSink &sink);     // jsonl.*, event.*, debug.*
void checkLifecycle(DoctorContext &context, DiagnosticSink &sink);    // lifecycle.*
void checkStateStatus(DoctorContext &context, DiagnosticSink &sink);  // state.worker-status-mismatch
void checkTemplates(DoctorContext &context, DiagnosticSink &sink);    // template.*
void checkOutputPresence(DoctorContext &context, DiagnosticSink &sink); // output.missing-*
void checkNotes(DoctorContext &context, DiagnosticSink &sink);        // notes.*, output.nonstandard-path
void checkResponses(DoctorContext &context, DiagnosticSink &sink);    // response.*, output.nonstandard-path
}
