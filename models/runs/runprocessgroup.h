#pragma once

#include <QList>

// The processes of one process group, as the kernel lists them in /proc.
// A run starts its worker as the leader of a new group, so every tool
// subprocess it spawns (and their children) stays findable and killable
// after the worker itself is gone.
namespace RunProcessGroup {
// Live (non-zombie) members of the group; empty when none.
QList<qint64> members(qint64 pgid);
bool isEmpty(qint64 pgid);
// Sends sig to the whole group; false when nothing received it. Refuses
// pgid <= 1 (which would address the caller's group or every process).
bool signal(qint64 pgid, int sig);
}
