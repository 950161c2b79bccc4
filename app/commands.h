#pragma once

// Headless subcommands. Each one creates its own application object
// (QCoreApplication, or QGuiApplication on the offscreen platform where it
// paints) and returns the process exit code documented in README.md.
#include "protocolprofile.h"

#include <QStringList>

int runSummaryCommand(int argc, char **argv);
int runValidateCommand(int argc, char **argv);
int runExportTimelineCommand(int argc, char **argv);
int runRunCommand(int argc, char **argv);
int runIndexCommand(int argc, char **argv);
int runSearchCommand(int argc, char **argv);
int runStatsCommand(int argc, char **argv);

// "hive-mind-2025-08-30, hive-mind-2025-09-13": for --protocol's help and errors.
inline QString protocolIds()
{
    QStringList ids;
    for (const ProtocolProfile &p : ProtocolProfile::all())
        ids << p.id;
    return ids.join(QStringLiteral(", "));
}
