#include "historycli.h"

#include <QCoreApplication>

#include <cstdio>

QCommandLineOption HistoryCli::indexOption()
{
    return QCommandLineOption(QStringLiteral("index"),
        QCoreApplication::translate("history", "The index: a SQLite file (or sqlite:PATH). Default: %1.").arg(HistoryDatabase::defaultLocation()),
        QStringLiteral("URL"));
}

bool HistoryCli::open(HistoryDatabase &db, const QCommandLineParser &parser, const QCommandLineOption &index)
{
    QString error;
    if (!db.open(parser.value(index), &error)) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(error));
        return false;
    }
    if (!db.notice().isEmpty())
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(db.notice()));
    return true;
}
