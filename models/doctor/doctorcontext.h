#pragma once

#include "filerules.h"
#include "lifecyclerules.h"
#include "protocolprofile.h"
#include "schemaengine.h"
#include "sessiondata.h"
#include "sessionfiles.h"
#include "templateregistry.h"

#include <QDir>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>

#include <nlohmann/json.hpp>

// A worker's output files found in the session (canonical place or not).
struct WorkerOutputs {
    QVector<OutputFile> notes, responses;
};

// What the doctor's rules share while they check one session: the loaded
// data, the generation's profile, the templates, and what earlier rules
// found (the state file, the lifecycles, which outputs passed). Rules run
// in the order of DoctorRules::all() and may read what earlier ones set.
struct DoctorContext {
    DoctorContext(const SessionData &d, const TemplateRegistry &r);

    const SessionData &data;
    const TemplateRegistry &registry;
    ProtocolProfile profile;
    QDir dir;
    SessionFiles files;
    std::map<QString, WorkerOutputs> outputs; // worker file stem -> files

    // Set by the state rule.
    nlohmann::json state;       // null without a usable STATE.json
    QStringList stateWorkers;

    // Set by the lifecycle rule.
    QMap<QString, WorkerLifecycle> lifecycles;
    bool sessionFinished = false;

    // Set by the notes and response rules: did the worker's files pass?
    QMap<QString, bool> notesOk, responseOk;

    // The workers: the generation's analysis workers seen in the log or
    // STATE.json, plus any whose outputs are on disk. Sorted.
    const QStringList &workers();
    QSet<QString> workerSet();
    const WorkerTemplate &templateFor(const QString &worker);
    SchemaEngine *engineFor(const QString &worker, DiagnosticSink &sink);
    WorkerOutputs outputsOf(const QString &worker) const;
    QString stateStatus(const QString &worker) const;
    // The worker logged its generation's finish event (or STATE.json says completed).
    bool succeeded(const QString &worker) const;
    bool failed(const QString &worker) const;
    // A folder where notes (or responses) live could not be listed: whether
    // a worker left them is unknown (session.unreadable-folder says why).
    bool outputsUnknown(bool notes) const;

private:
    QStringList m_workers;
    bool m_workersKnown = false;
    std::map<QString, WorkerTemplate> m_templates;
    std::map<QString, SchemaEngine> m_engines;
};
