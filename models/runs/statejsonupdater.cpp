#include "statejsonupdater.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QThread>

namespace StateJsonUpdater {

namespace {

bool parseState(const QByteArray &bytes, nlohmann::json *out)
{
    if (bytes.contains('\0'))
        return false;
    // Depth cap: STATE.json is a few levels deep; a hostile file must not
    // crash dump() later (docs/LIBRARIES.md).
    bool tooDeep = false;
    auto cb = [&](int d, nlohmann::json::parse_event_t, nlohmann::json &) {
        if (d > 200)
            tooDeep = true;
        return !tooDeep;
    };
    try {
        nlohmann::json j = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), cb);
        if (tooDeep || !j.is_object())
            return false;
        *out = std::move(j);
        return true;
    } catch (const nlohmann::json::exception &) {
        return false;
    }
}

void addUnique(nlohmann::json &obj, const char *key, const std::string &value)
{
    nlohmann::json &arr = obj[key];
    if (!arr.is_array())
        arr = nlohmann::json::array();
    for (const auto &v : arr)
        if (v.is_string() && v.get<std::string>() == value)
            return;
    arr.push_back(value);
}

void removeValue(nlohmann::json &obj, const char *key, const std::string &value)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array())
        return;
    nlohmann::json kept = nlohmann::json::array();
    for (const auto &v : *it)
        if (!(v.is_string() && v.get<std::string>() == value))
            kept.push_back(v);
    *it = std::move(kept);
}

}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool update(const QString &statePath, const Merge &merge, QString *error, int readAttempts)
{
    nlohmann::json state = nlohmann::json::object();
    QFile in(statePath);
    if (in.exists()) {
        bool ok = false;
        for (int attempt = 0; attempt < readAttempts && !ok; ++attempt) {
            if (attempt > 0)
                QThread::msleep(40); // another writer is mid-rename: give it a moment
            if (in.open(QIODevice::ReadOnly)) {
                ok = parseState(in.readAll(), &state);
                in.close();
            }
        }
        if (!ok) {
            *error = QCoreApplication::translate("StateJsonUpdater",
                                                 "%1 could not be read as a JSON object; it was left unchanged.")
                         .arg(statePath);
            return false;
        }
    }
    merge(state);
    QSaveFile out(statePath);
    const std::string text = state.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !out.commit()) {
        *error = QCoreApplication::translate("StateJsonUpdater", "Cannot write %1: %2").arg(statePath, out.errorString());
        return false;
    }
    return true;
}

bool markWorker(const QString &statePath, const QString &workerType, const QString &status, const QString &task,
                QString *error)
{
    const std::string worker = workerType.toStdString();
    const std::string st = status.toStdString();
    const std::string now = nowIso().toStdString();
    return update(statePath, [&](nlohmann::json &state) {
        nlohmann::json &workers = state["worker_states"];
        if (!workers.is_object())
            workers = nlohmann::json::object();
        nlohmann::json &w = workers[worker];
        if (!w.is_object())
            w = nlohmann::json::object();
        w["status"] = st;
        w["last_update"] = now;
        if (!task.isEmpty())
            w["task"] = task.toStdString();
        if (status == QLatin1String("spawned"))
            w["spawned_at"] = now;

        nlohmann::json &coord = state["coordination_status"];
        if (!coord.is_object())
            coord = nlohmann::json::object();
        if (status == QLatin1String("spawned") || status == QLatin1String("active")) {
            addUnique(coord, "workers_spawned", worker);
            addUnique(coord, "workers_active", worker);
            removeValue(coord, "workers_completed", worker);
            removeValue(coord, "workers_failed", worker);
        } else if (status == QLatin1String("completed")) {
            removeValue(coord, "workers_active", worker);
            addUnique(coord, "workers_completed", worker);
        } else if (status == QLatin1String("failed")) {
            removeValue(coord, "workers_active", worker);
            addUnique(coord, "workers_failed", worker);
        }
        nlohmann::json &ts = state["timestamps"];
        if (!ts.is_object())
            ts = nlohmann::json::object();
        ts["updated_at"] = now;
    }, error);
}

}
