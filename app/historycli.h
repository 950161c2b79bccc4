#pragma once

#include "historydatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// What the history commands (index, search, stats) share: the --index
// option and opening the index with its sentences on stderr.
namespace HistoryCli {
QCommandLineOption indexOption();
// Opens the index named by --index (default: the per-user file). Prints why
// not and returns false; prints the rebuild notice when there was one.
bool open(HistoryDatabase &db, const QCommandLineParser &parser, const QCommandLineOption &index);
}
