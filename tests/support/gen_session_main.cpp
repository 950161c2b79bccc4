#include "sessiongenerator.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// gen-session DIR [EVENTS] [WORKERS]: writes a synthetic session (see sessiongenerator.h).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: gen-session DIR [EVENTS] [WORKERS]\n", stderr);
        return 2;
    }
    GeneratorOptions o;
    if (argc > 2)
        o.events = std::atoll(argv[2]);
    if (argc > 3)
        o.workers = std::atoi(argv[3]);
    QString error;
    if (!SessionGenerator::write(QString::fromLocal8Bit(argv[1]), o, &error)) {
        std::fprintf(stderr, "gen-session: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
