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
};

// Everything the doctor found about one session. `errors` / `warnings` are
// the true totals even when repetitive diagnostics were capped.
struct DoctorReport {
    QString sessionDir;
    QString sessionId;
    bool readable = true;
    QString error;        // why not readable
    Diagnostics diagnostics;
    int errors = 0;
    int warnings = 0;
    QVector<WorkerChecklist> checklists;
};

// Runs every rule (event log, lifecycle, files, notes, responses) over a
// loaded session. Pure functions of their inputs: safe on any thread.
namespace SessionDoctor {
TemplateRegistry registryFor(const QString &sessionDir, const DoctorOptions &options);
DoctorReport check(const SessionData &data, const TemplateRegistry &registry);
// Loads the folder synchronously, then check().
DoctorReport checkDir(const QString &sessionDir, const DoctorOptions &options = DoctorOptions());
}

// Error and warning counts of one session, for the sessions browser's
// badges. Blocking (it loads the session): call it off the GUI thread.
DoctorCounts countDiagnostics(const QString &sessionDir, const DoctorOptions &options = DoctorOptions());
