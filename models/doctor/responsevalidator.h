#pragma once

#include "diagnostic.h"
#include "template.h"

#include <QByteArray>
#include <QString>

class SchemaEngine;

// The response rules (response.*) for one worker response file: guarded
// parse, the template's schema (through SchemaEngine), the session and
// worker it names, and placeholders left from the template's example.
namespace ResponseValidator {
// `engine` is the template's compiled schema; nullptr or not compiled skips
// response.schema (the caller reports the template problem once).
// Empty `sessionId` / `workerType` skip the mismatch rules.
Diagnostics validate(const QByteArray &bytes, const WorkerTemplate &tmpl, const SchemaEngine *engine,
                     const QString &sessionId, const QString &workerType, const QString &file);

constexpr qint64 kMaxResponseBytes = 16 * 1024 * 1024;
}
