#pragma once

// Headless subcommands. Each one creates its own application object
// (QCoreApplication, or QGuiApplication on the offscreen platform where it
// paints) and returns the process exit code documented in README.md.
int runSummaryCommand(int argc, char **argv);
int runValidateCommand(int argc, char **argv);
int runExportTimelineCommand(int argc, char **argv);
int runRunCommand(int argc, char **argv);
