#include "commands.h"
#include "logging.h"

#include "featurelist.h"
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
    {"index", runIndexCommand},
    {"search", runSearchCommand},
    {"stats", runStatsCommand},
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

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Inspect multi-agent worker sessions.\n\nHeadless commands: summary, validate, export-timeline, run, index, search, stats "
        "(see 'session-inspector COMMAND --help')."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
        QCoreApplication::translate("main", "A session folder, a sessions folder or a project root."), QStringLiteral("[path]"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("SessionInspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
}

bool wantsOnlyInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int runGui(int argc, char **argv)
{
    if (wantsOnlyInformation(argc, argv)) {
        // --help and --version must work without a display.
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Session Inspector"));
    installTranslations(app);
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    const QString logFile = Logging::install();
    MainWindow window(logFile);
    installFeatures(&window);
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
