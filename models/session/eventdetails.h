#pragma once

#include "logchunk.h"

#include <QByteArray>
#include <QString>

// Details are read from the line on demand (the store keeps no DOM); these
// turn a raw line into what the table and the details pane show.
namespace EventDetails {
// One line for the table: details (or message) as text, objects as
// "key=value, ..."; Python-repr strings read as objects.
QString summary(const QByteArray &rawLine, LogKind kind, int maxChars = 200);
// The whole entry pretty-printed (key order kept). Python-repr details are
// shown as the object they stand for, marked as such.
QString pretty(const QByteArray &rawLine, LogKind kind);
}
