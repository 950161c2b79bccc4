#pragma once

#include "diagnostic.h"
#include "template.h"

#include <QByteArray>
#include <QString>

// The notes rules (notes.*) for one notes file against its template's
// outline. Headings come from md4c after the YAML front matter is cut off.
namespace NotesValidator {
// `file` is the path shown in diagnostics (relative to the session folder);
// `sessionId` empty skips notes.session-mismatch.
Diagnostics validate(const QByteArray &bytes, const WorkerTemplate &tmpl, const QString &sessionId,
                     const QString &file);

// Lenient: what a human or a logger writes as "Generated:" (ISO-8601 with
// `T` or a space, optional seconds, fraction and zone or " UTC").
bool isGeneratedTimestamp(const QString &text);

constexpr qint64 kMaxNotesBytes = 16 * 1024 * 1024;
}
