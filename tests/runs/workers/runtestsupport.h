#pragma once

// Shared set-up for the run tests: a throw-away project with one session,
// and specs that launch the stand-in worker (tests/workers/fake_worker.cpp).

#include "testpaths.h"
#include "runprocessgroup.h"
#include "runspec.h"
#include "sessioncreator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

struct TestProject {
    QTemporaryDir tmp;
    QString root, sessionsDir, sessionDir, sessionId;

    TestProject()
    {
        root = tmp.path() + QLatin1String("/project");
        QDir().mkpath(root + QLatin1String("/.claude/agents"));
        sessionsDir = root + QLatin1String("/Docs/hive-mind/sessions");
        QString error;
        sessionDir = SessionCreator::create(sessionsDir, QStringLiteral("Test session"), &error);
        sessionId = QFileInfo(sessionDir).fileName();
    }

    RunSpec spec(const QString &mode, const QString &extraArgs = QString()) const
    {
        RunSpec s;
        s.profile = RunProfile::custom(TestPaths::fakeWorker(),
                                       QLatin1String("--mode ") + mode
                                           + QLatin1String(" --session-dir {session_dir} --worker {worker} --task {task} ")
                                           + extraArgs);
        s.projectRoot = root;
        s.sessionDir = sessionDir;
        s.sessionId = sessionId;
        s.workerType = QStringLiteral("test-worker");
        s.task = QStringLiteral("Check the stand-in");
        return s;
    }

    QString path(const QString &name) const { return tmp.path() + u'/' + name; }

    QByteArray read(const QString &relative) const
    {
        QFile f(sessionDir + u'/' + relative);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

inline RunTimings fastTimings()
{
    RunTimings t;
    t.signalGraceMs = 300;
    t.silenceWarningMs = 400;
    t.resultExitMs = 400;
    t.watchdogTickMs = 50;
    return t;
}

inline QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QList<qint64> readPids(const QString &pidFile)
{
    QList<qint64> pids;
    QFile f(pidFile);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &l : f.readAll().split('\n'))
            if (!l.trimmed().isEmpty())
                pids.append(l.trimmed().toLongLong());
    return pids;
}

// True when pid is gone or only a zombie waiting to be reaped.
inline bool processIsGone(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && (stat.mid(close + 2, 1) == "Z" || stat.mid(close + 2, 1) == "X");
}
