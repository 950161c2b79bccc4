#pragma once

#include "eventstore.h"
#include "sessionfiles.h"

#include <QString>

#include <nlohmann/json.hpp>

// Everything loaded about one session: a value type handed over from the
// loader thread.
struct SessionData {
    QString dir;           // absolute session folder
    QString id;            // folder name
    SessionFiles files;
    nlohmann::json state;  // last good STATE.json (null when never read)
    bool stateOk = false;  // the last read of STATE.json succeeded
    QString stateMessage;  // why not, e.g. "STATE.json is missing" / "half-written: kept the last good copy"
    EventStore events{LogKind::Events};
    EventStore debug{LogKind::Debug};
    // The debug log is optional: when it can't be read, the events still load
    // and this says why it is missing from what is shown.
    QString debugError;
    qint64 loadMs = 0;
};
