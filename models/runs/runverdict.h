#pragma once

#include "protocolprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Did a framework run's worker finish by its generation's own rule? Not a
// process exiting 0, but the finish event logged during the run (only what
// the run appended to EVENTS.jsonl counts) and both outputs on disk
// (docs/RUNNERS.md). Plain functions over files: run off the GUI thread.
struct RunVerdict {
    Q_DECLARE_TR_FUNCTIONS(RunVerdict)

public:
    bool ok = false;
    QString reason; // a sentence for the run's end reason

    // eventsFrom: EVENTS.jsonl's size when the run started.
    static RunVerdict check(const QString &sessionDir, qint64 eventsFrom, const QString &worker, const ProtocolProfile &protocol);
    // The worker's notes and response paths (relative) that are not files yet.
    static QStringList missingOutputs(const QString &sessionDir, const QString &worker, const ProtocolProfile &protocol);
};
