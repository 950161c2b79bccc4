#pragma once

#include "diagnostic.h"
#include "templateregistry.h"

#include <QString>
#include <QVector>

struct SessionData;

// One line of a worker's protocol checklist (the GUI's per-worker view).
struct ChecklistItem {
    enum State { Passed, Failed, Pending };
    QString label;
    State state = Pending;
    QString detail;
};

struct WorkerChecklist {
    QString worker;
    QVector<ChecklistItem> items;
};

struct DoctorOptions {
    QString agentsDir;    // empty: <project>/.claude/agents found above the session
    QString templateDir;  // empty: TemplateRegistry::defaultUserDir()
    QString protocol;     // a ProtocolProfile id; empty or "auto": detected per session
};

// Everything the doctor found about one session. `errors` / `warnings` are
// the true totals even when repetitive diagnostics were capped.
struct DoctorReport {
    QString sessionDir;
    QString sessionId;
    bool readable = true;
    QString error;        // why not readable
    QString protocol;       // the generation checked against (ProtocolProfile::id)
    QString protocolReason; // what decided it
    Diagnostics diagnostics;
    int errors = 0;
    int warnings = 0;
    QVector<WorkerChecklist> checklists;
    // Per worker checked: where its template came from ("devops-worker:
    // framework templates .../devops_notes_template.md, ..."), for the
    // command line to say what it loaded.
    QStringList templateSources;
};

// Runs every rule of DoctorRules::all() over a loaded session, against the
// session's framework generation (the registry's protocol). Pure functions
// of their inputs: safe on any thread.
namespace SessionDoctor {
TemplateRegistry registryFor(const QString &sessionDir, const DoctorOptions &options);
DoctorReport check(const SessionData &data, const TemplateRegistry &registry);
// Loads the folder synchronously, then check().
DoctorReport checkDir(const QString &sessionDir, const DoctorOptions &options = DoctorOptions());
}

// Error and warning counts of one session, for the sessions browser's
// badges. Blocking (it loads the session): call it off the GUI thread.
DoctorCounts countDiagnostics(const QString &sessionDir, const DoctorOptions &options = DoctorOptions());
