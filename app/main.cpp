#include "commands.h"
#include "logging.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace {

struct Subcommand {
    const char *name;
    int (*run)(int, char **);
};

const Subcommand kSubcommands[] = {
    {"summary", runSummaryCommand},
    {"validate", runValidateCommand},
    {"export-timeline", runExportTimelineCommand},
    {"run", runRunCommand},
};

void installTranslations(QCoreApplication &app)
{
    // Both translators are parented to the app so they live as long as it.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("session-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("session-inspector"));
    QApplication::setOrganizationName(QStringLiteral("SessionInspector"));
    QApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Session Inspector"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Inspect multi-agent worker sessions.\n\nHeadless commands: summary, validate, export-timeline, run "
        "(see 'session-inspector COMMAND --help')."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
        QCoreApplication::translate("main", "A session folder, a sessions folder or a project root."), QStringLiteral("[path]"));
    parser.process(app);

    const QString logFile = Logging::install();
    MainWindow window(logFile);
    window.show();
    const QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty())
        window.openPath(paths.first());
    else
        window.openDefault();
    return app.exec();
}

}

int main(int argc, char **argv)
{
    if (argc > 1) {
        for (const Subcommand &cmd : kSubcommands) {
            if (std::strcmp(argv[1], cmd.name) == 0)
                return cmd.run(argc - 1, argv + 1);
        }
    }
    return runGui(argc, argv);
}
