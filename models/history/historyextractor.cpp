#include "historyextractor.h"

#include "filerules.h"
#include "jsonlocator.h"
#include "protocolprofile.h"
#include "safefile.h"
#include "sessiondoctor.h"
#include "sessionloader.h"
#include "sessionlocator.h"
#include "sessionsummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <map>

namespace {

void appendCut(QString &out, const QString &piece, int maxBytes)
{
    if (out.size() >= maxBytes)
        return;
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    out += piece.left(maxBytes - int(out.size()));
}

template<typename Json>
void collectStrings(const Json &v, QString &out, int maxBytes, int depth)
{
    if (out.size() >= maxBytes || depth > 32)
        return;
    switch (v.type()) {
    case Json::value_t::string: {
        const std::string &s = v.template get_ref<const std::string &>();
        appendCut(out, QString::fromUtf8(s.data(), qsizetype(s.size())), maxBytes);
        break;
    }
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        appendCut(out, QString::fromStdString(v.dump()), maxBytes);
        break;
    case Json::value_t::object:
    case Json::value_t::array:
        for (const auto &item : v)
            collectStrings(item, out, maxBytes, depth + 1);
        break;
    default:
        break;
    }
}

// Notes by paragraph: a heading or a run of non-empty lines is one text,
// found again at its first line.
void addNotes(SessionRecord &r, const QString &rel, const QString &worker, const QByteArray &bytes, qint64 timeMs,
              const HistoryExtractor::Limits &limits)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    QString block;
    int blockLine = 0;
    auto flush = [&] {
        if (!block.trimmed().isEmpty() && int(r.texts.size()) < limits.maxTexts) {
            TextRecord t;
            t.kind = TextRecord::Notes;
            t.worker = worker;
            t.file = rel;
            t.line = blockLine;
            t.timeMs = timeMs;
            t.body = block.left(limits.maxBodyBytes);
            r.texts.push_back(std::move(t));
        }
        block.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const bool heading = line.startsWith(QLatin1Char('#'));
        if (line.trimmed().isEmpty() || heading)
            flush();
        if (line.trimmed().isEmpty())
            continue;
        if (block.isEmpty())
            blockLine = i + 1;
        appendCut(block, line.trimmed(), limits.maxBodyBytes);
        if (heading)
            flush();
    }
    flush();
}

void addResponse(SessionRecord &r, const QString &rel, const QString &worker, const QByteArray &bytes, qint64 timeMs,
                 const HistoryExtractor::Limits &limits)
{
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded()) {
        // Not JSON (half-written, hand-broken): still searchable as text.
        addNotes(r, rel, worker, bytes, timeMs, limits);
        return;
    }
    const nlohmann::json flat = doc.flatten();
    const JsonLocator locator(bytes); // a hit opens the response at its line
    for (auto it = flat.begin(); it != flat.end() && int(r.texts.size()) < limits.maxTexts; ++it) {
        QString body;
        collectStrings(it.value(), body, limits.maxBodyBytes, 0);
        if (body.isEmpty())
            continue;
        TextRecord t;
        t.kind = TextRecord::Response;
        t.worker = worker;
        t.file = rel;
        t.pointer = QString::fromStdString(it.key());
        t.line = locator.positionOfPointer(it.key()).line;
        t.timeMs = timeMs;
        t.body = body;
        r.texts.push_back(std::move(t));
    }
}

// The worker a notes or response file belongs to, as the doctor names it
// (FileRules::classify: "notes/backend_notes.md" -> "backend-worker").
QString workerOfFile(const QString &rel, OutputFile::Kind kind, const ProtocolProfile &profile)
{
    const OutputFile f = FileRules::classify(rel, kind, profile);
    return f.shortName.isEmpty() ? QString() : f.shortName + QStringLiteral("-worker");
}

} // namespace

QString HistoryExtractor::searchableText(const QByteArray &jsonLine, int maxBytes)
{
    QString out;
    // Ordered: the words come in the line's own order (type before details).
    const nlohmann::ordered_json v = nlohmann::ordered_json::parse(jsonLine.constBegin(), jsonLine.constEnd(), nullptr, false);
    if (v.is_discarded()) {
        appendCut(out, QString::fromUtf8(jsonLine), maxBytes);
        return out;
    }
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() == "timestamp")
                continue; // a number nobody searches for, and the text's time anyway
            collectStrings(it.value(), out, maxBytes, 0);
        }
    } else {
        collectStrings(v, out, maxBytes, 0);
    }
    return out;
}

SessionRecord HistoryExtractor::extract(const QString &sessionDir, const Limits &limits, const std::atomic<bool> *cancel)
{
    SessionRecord r;
    r.path = QDir::cleanPath(QFileInfo(sessionDir).absoluteFilePath());
    r.sessionId = QFileInfo(r.path).fileName();
    r.projectRoot = SessionLocator::findProjectRoot(r.path);
    r.project = r.projectRoot.isEmpty() ? QString() : QFileInfo(r.projectRoot).fileName();

    SessionData data;
    QString error;
    if (!SessionLoader::loadSync(r.path, data, &error, 1, cancel)) {
        r.problem = error.isEmpty() ? QCoreApplication::translate("history", "The session could not be read.") : error;
        r.status = QStringLiteral("unreadable");
        // What STATE.json still says (the task, mostly) keeps the session
        // findable even when its log cannot be read.
        const SafeFile::Result state = SafeFile::read(r.path + QStringLiteral("/STATE.json"), 1 << 20);
        if (state.ok()) {
            const nlohmann::json j = nlohmann::json::parse(state.bytes.constBegin(), state.bytes.constEnd(), nullptr, false);
            if (j.is_object() && j.contains("task") && j["task"].is_string())
                r.task = QString::fromStdString(j["task"].get<std::string>());
        }
        if (!r.task.isEmpty()) {
            TextRecord t;
            t.kind = TextRecord::Task;
            t.file = QStringLiteral("STATE.json");
            t.body = r.task.left(limits.maxBodyBytes);
            r.texts.push_back(std::move(t));
        }
        return r;
    }
    QStringList problems;
    if (!data.debugError.isEmpty())
        problems << data.debugError;

    SessionSummary summary = SessionSummary::compute(data);
    const ProtocolProfile profile = ProtocolProfile::resolve(QStringLiteral("auto"), r.path, r.projectRoot);
    r.protocol = profile.id;
    r.task = summary.task;
    r.status = summary.status;
    r.events = summary.events;
    r.badLines = qint64(summary.badLines.size());
    if (summary.timed) {
        r.firstMs = summary.first;
        r.lastMs = summary.last;
    }
    std::map<QString, size_t> workerIndex;
    for (const AgentSummary &a : summary.agents) {
        WorkerRecord w;
        w.name = a.name;
        w.status = a.status;
        w.events = a.events;
        if (summary.timed) {
            w.firstMs = a.first;
            w.lastMs = a.last;
        }
        workerIndex[w.name] = r.workers.size();
        r.workers.push_back(w);
    }

    if (!r.task.isEmpty()) {
        TextRecord t;
        t.kind = TextRecord::Task;
        t.timeMs = r.firstMs;
        t.body = r.task.left(limits.maxBodyBytes);
        t.file = data.files.sessionMd;
        r.texts.push_back(std::move(t));
    }

    // Event and debug texts, read from the files in one pass each (the
    // store keeps byte ranges, not details).
    auto addLog = [&](const EventStore &store, TextRecord::Kind kind) {
        if (store.isEmpty())
            return;
        const SafeFile::Result file = SafeFile::read(store.filePath(), qint64(store.bytesConsumed()) + 1);
        const QByteArray &bytes = file.bytes;
        for (int i = 0; i < store.size(); ++i) {
            if (int(r.texts.size()) >= limits.maxTexts) {
                problems << QCoreApplication::translate("history", "Only the first %1 texts are searchable.").arg(limits.maxTexts);
                return;
            }
            if (cancel && (i & 1023) == 0 && cancel->load())
                return;
            const quint64 off = store.lineOffset(i);
            const quint32 len = store.lineLength(i);
            if (off + len > quint64(bytes.size()))
                break; // the file shrank since it was loaded: index what is there
            TextRecord t;
            t.kind = kind;
            t.worker = store.agent(i);
            t.file = QDir(r.path).relativeFilePath(store.filePath());
            t.line = int(store.lineNumber(i));
            t.timeMs = store.timeMs(i);
            t.body = searchableText(QByteArray::fromRawData(bytes.constData() + off, qsizetype(len)), limits.maxBodyBytes);
            if (!t.body.isEmpty())
                r.texts.push_back(std::move(t));
        }
        // Bad lines are searchable too (as what they hold, invalid bytes
        // replaced): a line the loader could not read is not a lost line.
        for (const BadLine &bad : store.badLines()) {
            if (int(r.texts.size()) >= limits.maxTexts)
                break;
            if (bad.offset + bad.length > quint64(bytes.size()) || bad.length == 0)
                continue;
            TextRecord t;
            t.kind = kind;
            t.file = QDir(r.path).relativeFilePath(store.filePath());
            t.line = int(bad.line);
            t.timeMs = r.lastMs ? r.lastMs : r.firstMs;
            t.body = QString::fromUtf8(bytes.constData() + bad.offset, qsizetype(std::min<quint32>(bad.length, quint32(limits.maxBodyBytes))));
            r.texts.push_back(std::move(t));
        }
    };
    addLog(data.events, TextRecord::Event);
    addLog(data.debug, TextRecord::Debug);

    auto readOutput = [&](const QString &rel, bool notes) {
        const SafeFile::Result file = SafeFile::read(QDir(r.path).filePath(rel), limits.maxFileBytes);
        if (!file.ok()) {
            problems << file.error;
            return;
        }
        const qint64 mtime = QFileInfo(QDir(r.path).filePath(rel)).lastModified().toMSecsSinceEpoch();
        const qint64 timeMs = r.lastMs ? r.lastMs : mtime;
        if (notes)
            addNotes(r, rel, workerOfFile(rel, OutputFile::Notes, profile), file.bytes, timeMs, limits);
        else
            addResponse(r, rel, workerOfFile(rel, OutputFile::Response, profile), file.bytes, timeMs, limits);
    };
    for (const QString &rel : data.files.notes)
        readOutput(rel, true);
    for (const QString &rel : data.files.responses)
        readOutput(rel, false);

    if (cancel && cancel->load())
        return r;

    // The doctor, against the session's own templates and generation.
    const TemplateRegistry registry = SessionDoctor::registryFor(r.path, DoctorOptions());
    const DoctorReport report = SessionDoctor::check(data, registry);
    r.errors = report.errors;
    r.warnings = report.warnings;
    std::map<std::tuple<QString, QString, QString>, int> rules;
    for (const Diagnostic &d : report.diagnostics) {
        const QString severity = Diagnostic::severityName(d.severity);
        ++rules[{d.agent, d.rule, severity}];
        auto w = workerIndex.find(d.agent);
        if (w != workerIndex.end()) {
            WorkerRecord &wr = r.workers[w->second];
            (d.severity == Diagnostic::Error ? wr.errors : d.severity == Diagnostic::Warning ? wr.warnings : wr.infos)++;
        }
        if (int(r.texts.size()) < limits.maxTexts) {
            TextRecord t;
            t.kind = TextRecord::Diagnostic;
            t.worker = d.agent;
            t.file = d.file;
            t.line = d.line;
            t.pointer = d.pointer;
            t.timeMs = r.lastMs;
            t.body = QString(d.message + QLatin1Char(' ') + d.rule).left(limits.maxBodyBytes);
            r.texts.push_back(std::move(t));
        }
    }
    for (const auto &[key, count] : rules)
        r.rules.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
    problems.removeDuplicates();
    r.problem = problems.join(QLatin1Char(' '));
    return r;
}
