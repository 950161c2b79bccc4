#include "filerules.h"

#include "safefile.h"

#include "jsonlocator.h"
#include "templateimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace FileRules {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("FileRules", s);
}

QString stripWorkerSuffix(QString s)
{
    for (const char *suffix : {"-worker", "_worker"}) {
        if (s.endsWith(QLatin1String(suffix)))
            s.chop(int(qstrlen(suffix)));
    }
    return s;
}

}

OutputFile classify(const QString &relativePath, OutputFile::Kind kind, const ProtocolProfile &profile)
{
    OutputFile f;
    f.kind = kind;
    f.path = relativePath;
    const QFileInfo fi(relativePath);
    const QString name = fi.fileName();
    QString stem;
    if (kind == OutputFile::Notes) {
        for (const char *suffix : {"_notes.md", "-notes.md"}) {
            if (name.endsWith(QLatin1String(suffix))) {
                stem = name.left(name.size() - int(qstrlen(suffix)));
                break;
            }
        }
        f.shortName = stripWorkerSuffix(stem);
        f.standard = relativePath == profile.notesPattern.arg(f.shortName);
    } else {
        for (const char *suffix : {"_response.json", "-response.json", "_output.json", "-output.json", ".json"}) {
            if (name.endsWith(QLatin1String(suffix))) {
                stem = name.left(name.size() - int(qstrlen(suffix)));
                break;
            }
        }
        f.shortName = stripWorkerSuffix(stem);
        f.standard = relativePath == profile.responsePattern.arg(f.shortName);
    }
    if (f.shortName.isEmpty())
        f.standard = false;
    return f;
}

nlohmann::json checkState(const QString &sessionDir, DiagnosticSink &sink)
{
    const QString file = QStringLiteral("STATE.json");
    const SafeFile::Result read = SafeFile::read(QDir(sessionDir).filePath(file), kMaxStateBytes);
    Diagnostic d;
    d.severity = Diagnostic::Error;
    d.file = file;
    if (read.status == SafeFile::Status::Missing) {
        d.rule = QStringLiteral("state.missing");
        d.message = tr("the session has no STATE.json");
        sink.add(d);
        return nlohmann::json();
    }
    d.rule = QStringLiteral("state.invalid-json");
    if (!read.ok()) {
        d.message = read.status == SafeFile::Status::TooLarge ? tr("STATE.json is larger than 16 MB") : read.error;
        sink.add(d);
        return nlohmann::json();
    }
    const QByteArray &bytes = read.bytes;
    nlohmann::json state;
    QString error;
    qint64 offset = 0;
    if (!TemplateImporter::parseGuarded(bytes, state, &error, &offset)) {
        const JsonLocator::Position p = JsonLocator(bytes).positionOfOffset(offset);
        d.line = p.line;
        d.column = p.column;
        d.message = bytes.trimmed().isEmpty() ? tr("STATE.json is empty") : error;
        sink.add(d);
        return nlohmann::json();
    }
    if (!state.is_object()) {
        d.line = 1;
        d.column = 1;
        d.message = tr("STATE.json is not a JSON object");
        sink.add(d);
        return nlohmann::json();
    }
    return state;
}

QStringList stateWorkers(const nlohmann::json &state)
{
    QStringList out;
    if (!state.is_object())
        return out;
    for (const char *key : {"worker_states", "workers"}) {
        auto it = state.find(key);
        if (it != state.end() && it->is_object()) {
            for (auto w = it->begin(); w != it->end(); ++w) {
                const QString name = QString::fromStdString(w.key());
                if (!out.contains(name))
                    out << name;
            }
        }
    }
    return out;
}

namespace {
QString workerStateField(const nlohmann::json &state, const QString &worker, const char *field)
{
    if (!state.is_object())
        return QString();
    const std::string key = worker.toStdString();
    for (const char *section : {"worker_states", "workers"}) {
        auto it = state.find(section);
        if (it == state.end() || !it->is_object())
            continue;
        auto w = it->find(key);
        if (w != it->end() && w->is_object()) {
            auto s = w->find(field);
            if (s != w->end() && s->is_string())
                return QString::fromStdString(s->get<std::string>());
        }
    }
    return QString();
}
}

QString stateStatus(const nlohmann::json &state, const QString &worker)
{
    return workerStateField(state, worker, "status");
}

QString stateHeartbeat(const nlohmann::json &state, const QString &worker)
{
    return workerStateField(state, worker, "last_heartbeat");
}

}
