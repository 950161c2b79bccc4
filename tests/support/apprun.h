#pragma once

#include "testpaths.h"
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The real executable the tests run: $SI_APP (ctest sets it to the target's
// file) or the build tree's (TestPaths::binary).
inline QString appPath()
{
    return qEnvironmentVariable("SI_APP", TestPaths::binary(u"/bin/session-inspector"));
}

// What one run of the app left behind.
struct AppRun {
    bool finished = false; // ended within the 60 s
    int exitCode = -1;     // -1 also when it did not end or crashed
    QByteArray out;
    QByteArray err;
};

// Runs the app to its end the way an operator's CI script does: no display
// and no platform plugin chosen, which the headless commands must not need.
inline AppRun runApp(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(appPath(), args);
    AppRun r;
    r.finished = p.waitForFinished(60000);
    if (r.finished && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
