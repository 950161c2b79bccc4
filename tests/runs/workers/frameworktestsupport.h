#pragma once

// A throw-away project of the 2025-09-13 framework generation: the fixture's
// .claude/ (agent definitions, templates) plus the stand-in cli.py
// (tests/runs/workers/cli.py), and one session made by RunSessionLayout.

#include "testpaths.h"
#include "protocolprofile.h"
#include "runsessionlayout.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

struct FrameworkProject {
    QTemporaryDir tmp;
    QString root, sessionsDir, sessionDir, sessionId;
    bool ok = false;

    FrameworkProject()
    {
        root = tmp.path() + QLatin1String("/project");
        const QString fixture = TestPaths::data(u"/framework/gen-2025-09-13/project/.claude");
        QDirIterator it(fixture, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = root + QLatin1String("/.claude/") + QDir(fixture).relativeFilePath(from);
            QDir().mkpath(QFileInfo(to).absolutePath());
            QFile::copy(from, to);
        }
        const QString cli = root + QLatin1String("/.claude/agents/pydantic_ai/cli.py");
        QFile::copy(TestPaths::workersDir(u"/cli.py"), cli);
        sessionsDir = root + QLatin1String("/Docs/hive-mind/sessions");
        QString error;
        sessionDir = RunSessionLayout::create(ProtocolProfile::generation20250913(), sessionsDir,
                                              QStringLiteral("Audit the deployment"), &error);
        sessionId = QFileInfo(sessionDir).fileName();
        ok = !sessionDir.isEmpty() && QFileInfo(cli).isFile();
    }

    QString file(const QString &relative) const { return sessionDir + u'/' + relative; }

    QByteArray read(const QString &relative) const
    {
        QFile f(file(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool write(const QString &relative, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(file(relative)).absolutePath());
        QFile f(file(relative));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

    // The event types of EVENTS.jsonl, in file order.
    QStringList eventTypes() const
    {
        QStringList out;
        for (const QByteArray &line : read(QStringLiteral("EVENTS.jsonl")).split('\n')) {
            const qsizetype at = line.indexOf("\"type\":\"");
            if (at >= 0)
                out.append(QString::fromUtf8(line.mid(at + 8, line.indexOf('"', at + 8) - at - 8)));
        }
        return out;
    }
};
