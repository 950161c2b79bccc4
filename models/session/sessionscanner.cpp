#include "sessionscanner.h"
#include "jsonutil.h"

#include "isotime.h"
#include "statefile.h"

#include <QDateTime>
#include <QDir>
#include "safefile.h"
#include "sessionmarkdown.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstring>

namespace {


// Time of the last complete line, read from the file's tail.
qint64 lastLineTime(QFile &f)
{
    const qint64 size = f.size();
    const qint64 from = std::max<qint64>(0, size - 65536);
    if (!f.seek(from))
        return 0;
    const QByteArray tail = f.read(size - from);
    int end = int(tail.lastIndexOf('\n'));
    while (end > 0) {
        const int start = int(tail.lastIndexOf('\n', end - 1)) + 1;
        const QByteArray line = tail.mid(start, end - start);
        const auto j = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        if (j.is_object()) {
            auto it = j.find("timestamp");
            if (it != j.end() && it->is_string()) {
                if (auto ms = IsoTime::parseMs(it->get<std::string>()))
                    return *ms;
            }
        }
        end = start - 1;
    }
    return 0;
}

}

namespace SessionScanner {

SessionInfo scan(const QString &dir)
{
    SessionInfo info;
    info.dir = dir;
    info.id = QDir(dir).dirName();
    const StateFile::Result state = StateFile::read(dir + QStringLiteral("/STATE.json"));
    if (state.ok) {
        info.task = JsonUtil::stringField(state.json, "task");
        info.status = JsonUtil::stringField(state.json, "status");
        auto ts = state.json.find("timestamps");
        if (ts != state.json.end() && ts->is_object()) {
            if (auto ms = IsoTime::parseMs(JsonUtil::stringField(*ts, "created_at").toStdString()))
                info.createdMs = *ms;
        }
        for (const char *key : {"worker_states", "workers"}) {
            auto w = state.json.find(key);
            if (w != state.json.end() && (w->is_object() || w->is_array())) {
                info.workers = int(w->size());
                break;
            }
        }
    }
    if (!state.ok) {
        // No STATE.json (the 2025-09-13 generation): SESSION.md has the task.
        const SessionMarkdown md = SessionMarkdown::read(dir);
        info.task = md.task;
        if (auto ms = IsoTime::parseMs(md.created.toStdString()))
            info.createdMs = *ms;
    }
    // Opened without blocking and only when it is a regular file: one FIFO
    // in a sessions folder must not hold the whole list's scan.
    QFile events;
    const int fd = SafeFile::openRegular(dir + QStringLiteral("/EVENTS.jsonl"), nullptr, nullptr);
    if (fd >= 0 && events.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        qint64 lines = 0;
        QByteArray buf;
        while (!(buf = events.read(1 << 20)).isEmpty()) {
            const char *p = buf.constData();
            const char *e = p + buf.size();
            while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(e - p))))) {
                ++lines;
                ++p;
            }
        }
        info.events = lines;
        info.lastActivityMs = lastLineTime(events);
    } else {
        info.events = 0;
    }
    if (info.lastActivityMs == 0)
        info.lastActivityMs = QFileInfo(dir).lastModified().toMSecsSinceEpoch();
    info.scanned = true;
    return info;
}

}
