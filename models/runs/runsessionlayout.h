#pragma once

#include "protocolprofile.h"

#include <QDateTime>
#include <QString>

// "New session" for a run, in the layout of the project's framework
// generation: the 2025-08-30 one through SessionCreator (STATE.json, notes/),
// the 2025-09-13 one as the framework's scribe creates it (no STATE.json,
// workers/notes/, SESSION.md from scribe/templates/session.md's outline).
namespace RunSessionLayout {
// Returns the new session folder, or empty with *error. Never touches an
// existing folder.
QString create(const ProtocolProfile &protocol, const QString &sessionsDir, const QString &task, QString *error,
               const QDateTime &now = QDateTime::currentDateTimeUtc());
}
