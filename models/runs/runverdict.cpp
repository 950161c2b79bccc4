#include "runverdict.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace {
bool loggedFinish(const QString &sessionDir, qint64 from, const QString &worker, const ProtocolProfile &protocol)
{
    QFile f(sessionDir + QLatin1String("/EVENTS.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() >= from)
        f.seek(from);
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(4 * 1024 * 1024);
        const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (!j.is_object() || !j.contains("type") || !j["type"].is_string() || !j.contains("agent") || !j["agent"].is_string())
            continue;
        if (protocol.isFinishEvent(QString::fromStdString(j["type"].get<std::string>()))
            && QString::fromStdString(j["agent"].get<std::string>()) == worker)
            return true;
    }
    return false;
}
}

QStringList RunVerdict::missingOutputs(const QString &sessionDir, const QString &worker, const ProtocolProfile &protocol)
{
    QStringList missing;
    for (const QString &rel : {protocol.notesPath(worker), protocol.responsePath(worker)}) {
        if (!QFileInfo(sessionDir + u'/' + rel).isFile())
            missing.append(rel);
    }
    return missing;
}

RunVerdict RunVerdict::check(const QString &sessionDir, qint64 eventsFrom, const QString &worker, const ProtocolProfile &protocol)
{
    const QString finishEvents = protocol.finishEvents.join(QLatin1String("/"));
    QStringList why;
    if (!loggedFinish(sessionDir, eventsFrom, worker, protocol))
        why.append(tr("%1 logged no %2 during the run").arg(worker, finishEvents));
    const QStringList missing = missingOutputs(sessionDir, worker, protocol);
    if (!missing.isEmpty())
        why.append(tr("missing %1").arg(missing.join(QLatin1String(", "))));
    RunVerdict v;
    v.ok = why.isEmpty();
    v.reason = v.ok ? tr("%1 logged %2; both outputs exist.").arg(worker, finishEvents)
                    : tr("The worker did not finish: %1.").arg(why.join(QLatin1String("; ")));
    return v;
}
