#include "testpaths.h"
#include "sessiondata.h"
#include "sessiondoctor.h"
#include "sessionloader.h"
#include "diagnosticmodel.h"
#include "diagnosticspanel.h"
#include "protocolchecklist.h"
#include "doctorfeature.h"
#include "livesession.h"
#include "featurelist.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTreeView>
#include <QDirIterator>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

const QString kSessionId = QStringLiteral("2025-08-30-14-30-doctor-test");

QByteArray readData(const QString &name)
{
    QFile f(TestPaths::data(u"/doctor/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll().replace("@SESSION@", kSessionId.toUtf8());
}

QByteArray eventLine(int second, const char *type, const char *agent = "devops-worker", const QByteArray &details = "\"ok\"")
{
    const int m = 30 + second / 60, s = second % 60;
    return QByteArray("{\"timestamp\": \"2025-08-30T14:") + QByteArray::number(m).rightJustified(2, '0') + ':'
        + QByteArray::number(s).rightJustified(2, '0') + "Z\", \"type\": \"" + type + "\", \"agent\": \"" + agent
        + "\", \"details\": " + details + "}";
}

// A session that follows every rule; each test case breaks one.
struct SessionSpec {
    QList<QByteArray> events;
    QList<QByteArray> debug;
    QByteArray state;
    QByteArray notes = readData(QStringLiteral("healthy-notes.md"));
    QByteArray response = readData(QStringLiteral("healthy-response.json"));
    QString notesPath = QStringLiteral("notes/devops_notes.md");
    QString responsePath = QStringLiteral("workers/json/devops_response.json");
    bool writeState = true, writeNotes = true, writeResponse = true;

    SessionSpec()
    {
        events << eventLine(0, "queen_spawned", "queen") << eventLine(1, "session_created", "queen")
               << eventLine(2, "worker_spawned") << eventLine(3, "worker_configured") << eventLine(4, "analysis_started")
               << eventLine(5, "worker_progress", "devops-worker", "{\"action\": \"scan\", \"target\": \"k8s/\"}")
               << eventLine(6, "custom_unknown_type") << eventLine(60, "notes_created") << eventLine(61, "json_created")
               << eventLine(62, "worker_completed") << eventLine(70, "synthesis_completed", "queen");
        debug << "{\"timestamp\": \"2025-08-30T14:30:02Z\", \"level\": \"INFO\", \"agent\": \"devops-worker\", \"message\": \"Session ID extracted\", \"context\": {\"source\": \"prompt\"}}"
              << "{\"timestamp\": \"2025-08-30T14:30:03Z\", \"level\": \"DECISION\", \"agent\": \"queen\", \"message\": \"deploy one worker\"}";
        // Not a multi-line raw string: moc's tokenizer loses the class after one.
        state = QByteArray("{\n"
                           "  \"version\": \"2.0\",\n"
                           "  \"session_id\": \"@S@\",\n"
                           "  \"status\": \"completed\",\n"
                           "  \"worker_states\": {\n"
                           "    \"devops-worker\": {\n"
                           "      \"status\": \"completed\"\n"
                           "    }\n"
                           "  }\n"
                           "}").replace("@S@", kSessionId.toUtf8());
    }

    QString write(const QTemporaryDir &tmp) const
    {
        const QString dir = tmp.filePath(QStringLiteral("Docs/hive-mind/sessions/") + kSessionId);
        QDir().mkpath(dir);
        auto put = [&](const QString &rel, const QByteArray &bytes) {
            const QString path = QDir(dir).filePath(rel);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        };
        put(QStringLiteral("EVENTS.jsonl"), events.join('\n') + '\n');
        put(QStringLiteral("DEBUG.jsonl"), debug.join('\n') + '\n');
        put(QStringLiteral("BACKLOG.jsonl"), QByteArray());
        put(QStringLiteral("SESSION.md"), "# Doctor test\n");
        if (writeState)
            put(QStringLiteral("STATE.json"), state);
        if (writeNotes)
            put(notesPath, notes);
        if (writeResponse)
            put(responsePath, response);
        return dir;
    }
};

using Mutation = std::function<void(SessionSpec &)>;

int indexOfType(const SessionSpec &s, const char *type)
{
    for (int i = 0; i < s.events.size(); ++i) {
        const QByteArray needle = QByteArray("\"type\": \"") + QByteArray(type) + QByteArray("\"");
        if (s.events.at(i).contains(needle))
            return i;
    }
    return -1;
}

DoctorReport runDoctor(const QString &dir)
{
    DoctorOptions opt;
    opt.templateDir = dir + QStringLiteral("/no-user-templates");
    return SessionDoctor::checkDir(dir, opt);
}

QString describe(const Diagnostics &ds)
{
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << d.toText();
    return lines.join(u'\n');
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + src.mid(from.size());
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QFile::copy(src, dst);
    }
}

}

Q_DECLARE_METATYPE(Mutation)

class TestSessionDoctor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aHealthySessionHasNoErrorsAndNoWarnings()
    {
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(SessionSpec().write(tmp));
        QVERIFY(r.readable);
        QVERIFY2(r.errors == 0 && r.warnings == 0, qPrintable(describe(r.diagnostics)));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
        QCOMPARE(r.checklists.size(), 1);
        for (const ChecklistItem &i : r.checklists.first().items)
            QVERIFY2(i.state == ChecklistItem::Passed, qPrintable(i.label));
    }

    void eachRuleFiresOnItsCase_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line"); // -1: any
        auto appendEvent = [](const QByteArray &line) { return Mutation([line](SessionSpec &s) { s.events.insert(9, line); }); };
        QTest::newRow("jsonl.invalid-json") << appendEvent("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"type\": ") << QStringLiteral("jsonl.invalid-json") << 10;
        QTest::newRow("jsonl.invalid-utf8") << appendEvent("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"type\": \"x\xff\", \"agent\": \"q\", \"details\": \"\"}") << QStringLiteral("jsonl.invalid-utf8") << 10;
        QTest::newRow("jsonl.not-object") << appendEvent("[1, 2]") << QStringLiteral("jsonl.not-object") << 10;
        QTest::newRow("event.missing-field") << appendEvent("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"type\": \"worker_heartbeat\", \"agent\": \"devops-worker\"}") << QStringLiteral("event.missing-field") << 10;
        QTest::newRow("event.bad-timestamp") << appendEvent("{\"timestamp\": \"yesterday\", \"type\": \"worker_heartbeat\", \"agent\": \"devops-worker\", \"details\": \"\"}") << QStringLiteral("event.bad-timestamp") << 10;
        QTest::newRow("event.session-id-field") << appendEvent("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"type\": \"worker_heartbeat\", \"agent\": \"devops-worker\", \"details\": \"\", \"session_id\": \"x\"}") << QStringLiteral("event.session-id-field") << 10;
        QTest::newRow("event.worker-prefixed-type") << appendEvent(eventLine(59, "devops_progress")) << QStringLiteral("event.worker-prefixed-type") << 10;
        QTest::newRow("event.worker-prefixed-action") << appendEvent(eventLine(59, "worker_progress", "devops-worker", "{\"action\": \"devops_scan\"}")) << QStringLiteral("event.worker-prefixed-action") << 10;
        auto appendDebug = [](const QByteArray &line) { return Mutation([line](SessionSpec &s) { s.debug << line; }); };
        QTest::newRow("debug.missing-field") << appendDebug("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"level\": \"INFO\", \"agent\": \"q\"}") << QStringLiteral("debug.missing-field") << 3;
        QTest::newRow("debug.bad-level") << appendDebug("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"level\": \"TRACE\", \"agent\": \"q\", \"message\": \"m\"}") << QStringLiteral("debug.bad-level") << 3;
        QTest::newRow("debug.bad-timestamp") << appendDebug("{\"timestamp\": \"2025-08-30T14:30:59+00:00\", \"level\": \"INFO\", \"agent\": \"q\", \"message\": \"m\"}") << QStringLiteral("debug.bad-timestamp") << 3;
        QTest::newRow("debug.message-too-long") << appendDebug("{\"timestamp\": \"2025-08-30T14:30:59Z\", \"level\": \"INFO\", \"agent\": \"q\", \"message\": \"" + QByteArray(1001, 'm') + "\"}") << QStringLiteral("debug.message-too-long") << 3;
        QTest::newRow("lifecycle.spawn-not-first") << Mutation([](SessionSpec &s) { s.events.swapItemsAt(2, 3); }) << QStringLiteral("lifecycle.spawn-not-first") << 3;
        QTest::newRow("lifecycle.missing-event") << Mutation([](SessionSpec &s) { s.events.removeAt(indexOfType(s, "worker_configured")); }) << QStringLiteral("lifecycle.missing-event") << -1;
        QTest::newRow("lifecycle.out-of-order") << Mutation([](SessionSpec &s) { s.events.swapItemsAt(indexOfType(s, "notes_created"), indexOfType(s, "json_created")); }) << QStringLiteral("lifecycle.out-of-order") << 8;
        QTest::newRow("lifecycle.event-after-completion") << Mutation([](SessionSpec &s) { s.events.insert(10, eventLine(63, "worker_heartbeat")); }) << QStringLiteral("lifecycle.event-after-completion") << 11;
        QTest::newRow("lifecycle.never-finished") << Mutation([](SessionSpec &s) { s.events.removeAt(indexOfType(s, "worker_completed")); }) << QStringLiteral("lifecycle.never-finished") << 9;
        QTest::newRow("lifecycle.unhealthy-gap") << Mutation([](SessionSpec &s) { s.events.insert(6, eventLine(5 + 301, "worker_progress")); }) << QStringLiteral("lifecycle.unhealthy-gap") << 7;
        QTest::newRow("output.missing-notes") << Mutation([](SessionSpec &s) { s.writeNotes = false; }) << QStringLiteral("output.missing-notes") << -1;
        QTest::newRow("output.missing-response") << Mutation([](SessionSpec &s) { s.writeResponse = false; }) << QStringLiteral("output.missing-response") << -1;
        QTest::newRow("output.nonstandard-path") << Mutation([](SessionSpec &s) { s.responsePath = QStringLiteral("workers/json/devops-worker.json"); }) << QStringLiteral("output.nonstandard-path") << -1;
        QTest::newRow("output.nonstandard-path notes") << Mutation([](SessionSpec &s) { s.notesPath = QStringLiteral("workers/notes/devops_notes.md"); }) << QStringLiteral("output.nonstandard-path") << -1;
        QTest::newRow("output.empty-file") << Mutation([](SessionSpec &s) { s.notes.clear(); }) << QStringLiteral("output.empty-file") << -1;
        QTest::newRow("state.missing") << Mutation([](SessionSpec &s) { s.writeState = false; }) << QStringLiteral("state.missing") << -1;
        QTest::newRow("state.invalid-json") << Mutation([](SessionSpec &s) { s.state.chop(20); }) << QStringLiteral("state.invalid-json") << -1;
        QTest::newRow("state.worker-status-mismatch") << Mutation([](SessionSpec &s) { s.state.replace("\"completed\"\n    }", "\"failed\"\n    }"); }) << QStringLiteral("state.worker-status-mismatch") << 7;
        auto notes = [](const QByteArray &from, const QByteArray &to) { return Mutation([from, to](SessionSpec &s) { s.notes.replace(from, to); }); };
        QTest::newRow("notes.missing-title") << notes("# DevOps Worker Infrastructure Report\n", "") << QStringLiteral("notes.missing-title") << -1;
        QTest::newRow("notes.missing-section") << notes("### Cost Optimization", "### Costs") << QStringLiteral("notes.missing-section") << -1;
        QTest::newRow("notes.missing-section (heading in a fence)") << notes("### Cost Optimization\n", "```\n### Cost Optimization\n```\n") << QStringLiteral("notes.missing-section") << -1;
        QTest::newRow("notes.section-order") << notes("### Cost Optimization\nSpot instances for the batch pool.\n\n### Disaster Recovery\nNightly snapshots, restore tested monthly.",
                                                      "### Disaster Recovery\nNightly snapshots, restore tested monthly.\n\n### Cost Optimization\nSpot instances for the batch pool.")
                                           << QStringLiteral("notes.section-order") << 40;
        QTest::newRow("notes.empty-section") << notes("Spot instances for the batch pool.\n", "") << QStringLiteral("notes.empty-section") << 40;
        QTest::newRow("notes.placeholder-left") << notes("Nightly snapshots, restore tested monthly.", "[Backup and recovery procedures]") << QStringLiteral("notes.placeholder-left") << 44;
        QTest::newRow("notes.session-mismatch") << notes(kSessionId.toUtf8(), "2025-01-01-00-00-other") << QStringLiteral("notes.session-mismatch") << 2;
        QTest::newRow("notes.bad-generated-timestamp") << notes("2025-08-30T14:40:00Z", "yesterday") << QStringLiteral("notes.bad-generated-timestamp") << 3;
        auto response = [](const QByteArray &from, const QByteArray &to) { return Mutation([from, to](SessionSpec &s) { s.response.replace(from, to); }); };
        QTest::newRow("response.invalid-json") << response("\"configurations\": []\n}", "\"configurations\": [") << QStringLiteral("response.invalid-json") << -1;
        QTest::newRow("response.schema type") << response("\"scanning_enabled\": true", "\"scanning_enabled\": \"yes\"") << QStringLiteral("response.schema") << 39;
        QTest::newRow("response.schema enum") << response("\"status\": \"created\"", "\"status\": \"made\"") << QStringLiteral("response.schema") << 12;
        QTest::newRow("response.schema format") << response("2025-08-30T14:41:00Z", "14:41") << QStringLiteral("response.schema") << 4;
        QTest::newRow("response.session-mismatch") << response(kSessionId.toUtf8(), "other") << QStringLiteral("response.session-mismatch") << 2;
        QTest::newRow("response.worker-mismatch") << response("\"worker\": \"devops-worker\"", "\"worker\": \"backend-worker\"") << QStringLiteral("response.worker-mismatch") << 3;
        QTest::newRow("response.placeholder-left") << response("\"cloud_provider\": \"aws\"", "\"cloud_provider\": \"string\"") << QStringLiteral("response.placeholder-left") << 6;
    }
    void eachRuleFiresOnItsCase()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, rule);
        QFETCH(int, line);
        SessionSpec spec;
        mutate(spec);
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(spec.write(tmp));
        bool found = false;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.rule == rule && (line < 0 || d.line == line))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1 at line %2, got:\n").arg(rule).arg(line) + describe(r.diagnostics)));
        // The healthy session never triggers it (the "must not" half of the table).
        QTemporaryDir healthyDir;
        for (const Diagnostic &d : runDoctor(SessionSpec().write(healthyDir)).diagnostics)
            QVERIFY(d.rule != rule);
    }

    void schemaDiagnosticsNameTheKeywordAndPointAtTheValue()
    {
        SessionSpec spec;
        spec.response.replace("\"scanning_enabled\": true", "\"scanning_enabled\": \"yes\"");
        spec.response.replace("\"cicd\": {", "\"cicd_renamed\": {");
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(spec.write(tmp));
        QStringList got;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.rule == QLatin1String("response.schema"))
                got << QStringLiteral("%1:%2 %3 %4").arg(d.line).arg(d.column).arg(d.pointer, d.message.section(u':', 0, 0));
        }
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("1:1  required"), QStringLiteral("39:25 /security/scanning_enabled type")}));
    }

    void unknownEventTypesAreNeverDiagnostics()
    {
        SessionSpec spec;
        for (int i = 0; i < 20; ++i)
        {
            const QByteArray type = QByteArray("mystery_").append(QByteArray::number(i));
            spec.events.insert(5, eventLine(5, type.constData(), i % 2 ? "queen" : "devops-worker"));
        }
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(spec.write(tmp));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
    }

    void hostileOutputsGiveDiagnosticsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QByteArray>("notes");
        QTest::newRow("deep JSON") << QByteArray(100000, '[') << QByteArray("#\n");
        QTest::newRow("NUL bytes") << QByteArray("{\"a\":\0}", 7) << QByteArray("# T\0\n## x\n", 10);
        QTest::newRow("invalid UTF-8") << QByteArray("{\"worker\": \"\xff\xfe\"}") << QByteArray("# \xff\xfe\n### \xc3\n");
        QTest::newRow("huge string") << (QByteArray("{\"worker\": \"") + QByteArray(2000000, 'w') + "\"}") << QByteArray(200000, '#');
        QTest::newRow("deep markdown") << QByteArray("null") << (QByteArray(100000, '>') + " x\n");
        QTest::newRow("front matter only") << QByteArray("[]") << QByteArray("---\na: b\n---\n");
        QTest::newRow("unclosed fences") << QByteArray("\"") << QByteArray("```\n# a\n~~~\n");
    }
    void hostileOutputsGiveDiagnosticsNotCrashes()
    {
        QFETCH(QByteArray, response);
        QFETCH(QByteArray, notes);
        SessionSpec spec;
        spec.response = response;
        spec.notes = notes;
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(spec.write(tmp));
        QVERIFY(r.errors > 0);
        bool responseFlagged = false;
        for (const Diagnostic &d : r.diagnostics)
            responseFlagged |= d.file == spec.responsePath;
        QVERIFY(responseFlagged);
    }

    void aFolderThatIsNotReadableIsReported()
    {
        const DoctorCounts c = countDiagnostics(QStringLiteral("/nonexistent/session/folder"));
        QVERIFY(!c.readable);
    }

    void countsMatchTheReport()
    {
        SessionSpec spec;
        spec.notes.replace("### Cost Optimization", "### Costs");
        spec.events.insert(9, "{\"timestamp\": \"2025-08-30T14:30:59Z\", \"type\": \"worker_heartbeat\", \"agent\": \"devops-worker\", \"details\": \"\", \"session_id\": \"x\"}");
        QTemporaryDir tmp;
        const QString dir = spec.write(tmp);
        DoctorOptions opt;
        opt.templateDir = dir + QStringLiteral("/none");
        const DoctorCounts c = countDiagnostics(dir, opt);
        QVERIFY(c.readable);
        QCOMPARE(c.errors, 1);
        QCOMPARE(c.warnings, 1);
    }

    void projectAgentDefinitionsDecideTheTemplate()
    {
        // A project whose devops-worker definition demands a key the
        // healthy response lacks: the project's template wins.
        SessionSpec spec;
        QTemporaryDir tmp;
        const QString dir = spec.write(tmp);
        QDir().mkpath(tmp.filePath(QStringLiteral(".claude/agents")));
        QFile def(tmp.filePath(QStringLiteral(".claude/agents/devops-worker.md")));
        QVERIFY(def.open(QIODevice::WriteOnly));
        def.write("---\nname: devops-worker\n---\n## Output\n```json\n{\"worker\": \"devops-worker\", \"rollout\": \"string\"}\n```\n");
        def.close();
        const DoctorReport r = runDoctor(dir);
        bool requiredRollout = false;
        for (const Diagnostic &d : r.diagnostics)
            requiredRollout |= d.rule == QLatin1String("response.schema") && d.message.contains(QLatin1String("rollout"));
        QVERIFY2(requiredRollout, qPrintable(describe(r.diagnostics)));
    }

    void theBundledSampleSessionGivesExactlyItsKnownDiagnostics()
    {
        const QString dir = TestPaths::resources(u"/sample-project/Docs/hive-mind/sessions/2025-08-30-14-16-k8s-deploy-audit");
        if (!QFileInfo::exists(dir))
            QSKIP("the sample session is not there");
        const DoctorReport r = runDoctor(dir);
        QStringList got;
        for (const Diagnostic &d : r.diagnostics)
            got << d.toText();
        const QStringList expected{
            QStringLiteral("EVENTS.jsonl:44:1: error: invalid JSON at column 120: syntax error while parsing value - invalid string: missing closing quote; last read: '\"anal' (A string is opened, but never closed.) [jsonl.invalid-json]"),
            QStringLiteral("EVENTS.jsonl:46:1: warning: backend-worker was silent for 5 min 3 s before this event (limit 5 min) [lifecycle.unhealthy-gap]"),
            QStringLiteral("notes/devops_notes.md: error: missing section \"### Disaster Recovery\" [notes.missing-section]"),
            QStringLiteral("notes/devops_notes.md:29:1: error: template placeholder \"[Log aggregation and analysis]\" left in the notes [notes.placeholder-left]"),
            QStringLiteral("workers/json/devops_response.json:22:19: error: enum: Failed to match against any enum values. Found string \"provisioned\". Expected one of: \"created\", \"updated\", \"deleted\". [response.schema]"),
            QStringLiteral("workers/json/devops_response.json:73:27: error: template placeholder \"string\" left as a value [response.placeholder-left]"),
        };
        QCOMPARE(got, expected);
        QCOMPARE(r.errors, 5);
        QCOMPARE(r.warnings, 1);
        QCOMPARE(r.diagnostics.at(4).pointer, QStringLiteral("/infrastructure/resources/1/status"));
    }

    void theDiagnosticModelFiltersAndCounts()
    {
        SessionSpec spec;
        spec.notes.replace("### Cost Optimization", "### Costs");
        spec.events.insert(9, "{\"timestamp\": \"2025-08-30T14:30:59Z\", \"type\": \"worker_heartbeat\", \"agent\": \"devops-worker\", \"details\": \"\", \"session_id\": \"x\"}");
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(spec.write(tmp));
        DiagnosticModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &DiagnosticModel::countsChanged);
        model.setDiagnostics(r.diagnostics);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(Diagnostic::Error), 1);
        QCOMPARE(model.count(Diagnostic::Warning), 1);
        QCOMPARE(model.rules(), (QStringList{QStringLiteral("event.session-id-field"), QStringLiteral("notes.missing-section")}));
        QCOMPARE(model.workers(), QStringList{QStringLiteral("devops-worker")});
        model.setSeverityVisible(Diagnostic::Error, false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DiagnosticModel::RuleColumn).data().toString(), QStringLiteral("event.session-id-field"));
        QCOMPARE(model.index(0, 0).data(DiagnosticModel::EventIndexRole).toInt(), 9);
        QCOMPARE(model.index(0, DiagnosticModel::LineColumn).data().toInt(), 10);
        model.setSeverityVisible(Diagnostic::Error, true);
        model.setRuleFilter(QStringLiteral("notes.missing-section"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DiagnosticModel::FileColumn).data().toString(), QStringLiteral("notes/devops_notes.md"));
        model.setWorkerFilter(QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(Diagnostic::Error), 1); // counts ignore the filters
    }

    void doubleClickingADiagnosticAsksForTheEventOrTheFile()
    {
        Diagnostic onEvent;
        onEvent.rule = QStringLiteral("event.session-id-field");
        onEvent.file = QStringLiteral("EVENTS.jsonl");
        onEvent.line = 10;
        onEvent.eventIndex = 9;
        Diagnostic onFile;
        onFile.rule = QStringLiteral("notes.empty-section");
        onFile.file = QStringLiteral("notes/devops_notes.md");
        onFile.line = 40;
        DiagnosticsPanel panel;
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDiagnostics({onEvent, onFile});
        QSignalSpy events(&panel, &DiagnosticsPanel::eventRequested);
        QSignalSpy files(&panel, &DiagnosticsPanel::fileRequested);
        QTreeView *view = panel.view();
        view->doItemsLayout();
        const QRect second = view->visualRect(panel.model()->index(1, DiagnosticModel::MessageColumn));
        QVERIFY(second.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
        QCOMPARE(files.count(), 1);
        QCOMPARE(files.first().at(0).toString(), QStringLiteral("notes/devops_notes.md"));
        QCOMPARE(files.first().at(1).toInt(), 40);
        panel.activateRow(0);
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.first().at(0).toInt(), 9);
    }

    void theChecklistShowsEachWorkersSteps()
    {
        SessionSpec spec;
        spec.events.swapItemsAt(indexOfType(spec, "notes_created"), indexOfType(spec, "json_created"));
        QTemporaryDir tmp;
        const DoctorReport r = runDoctor(spec.write(tmp));
        ProtocolChecklist list;
        list.setChecklists(r.checklists);
        QCOMPARE(list.topLevelItemCount(), 1);
        QTreeWidgetItem *worker = list.topLevelItem(0);
        QCOMPARE(worker->text(0), QStringLiteral("devops-worker"));
        QStringList failed;
        for (int i = 0; i < worker->childCount(); ++i) {
            if (worker->child(i)->data(0, Qt::UserRole).toInt() == ChecklistItem::Failed)
                failed << worker->child(i)->text(0);
        }
        QCOMPARE(failed, QStringList{QStringLiteral("Notes, then JSON")});
    }

    void theMainWindowShowsDiagnosticsAndRefreshesWhenAFileChanges()
    {
        const QString sample = TestPaths::resources(u"/sample-project");
        if (!QFileInfo::exists(sample))
            QSKIP("the sample project is not there");
        QTemporaryDir tmp;
        copyTree(sample, tmp.path());
        const QString session = tmp.filePath(QStringLiteral("Docs/hive-mind/sessions/2025-08-30-14-16-k8s-deploy-audit"));
        MainWindow window{QString()};
        installFeatures(&window);
        auto *feature = window.findChild<DoctorFeature *>();
        QVERIFY(feature);
        feature->setDebounceMs(50);
        DoctorOptions opt;
        opt.templateDir = tmp.filePath(QStringLiteral("no-user-templates"));
        feature->setOptions(opt);
        QSignalSpy reports(feature, &DoctorFeature::reportReady);
        window.show();
        window.openPath(session);
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() && feature->lastReport().sessionDir == window.session()->dir(), 30000);
        QCOMPARE(feature->lastReport().errors, 5);
        QCOMPARE(feature->diagnosticsPanel()->model()->rowCount(), 6);
        QCOMPARE(feature->checklist()->topLevelItemCount(), 4);

        // A new bad line arrives: the doctor runs again by itself.
        {
            QFile events(session + QStringLiteral("/EVENTS.jsonl"));
            QVERIFY(events.open(QIODevice::Append));
            events.write("{\"timestamp\": \"2025-08-30T15:00:00Z\", \"type\": \"worker_heartbeat\", \"agent\": \"devops-worker\", \"details\": \"\", \"session_id\": \"x\"}\n");
        }
        window.session()->poll();
        QTRY_VERIFY_WITH_TIMEOUT(feature->lastReport().warnings >= 2, 30000);
        bool found = false;
        for (const Diagnostic &d : feature->lastReport().diagnostics)
            found |= d.rule == QLatin1String("event.session-id-field");
        QVERIFY(found);
    }

    void theValidateCommandPrintsDiagnosticsAndExitCodes()
    {
        const QString app = qEnvironmentVariable("SI_APP");
        if (app.isEmpty() || !QFileInfo(app).isExecutable())
            QSKIP("SI_APP is not built");
        QTemporaryDir tmp;
        const QString healthy = SessionSpec().write(tmp);
        QProcess p;
        p.start(app, {QStringLiteral("validate"), healthy});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray());

        SessionSpec broken;
        broken.notes.replace("### Cost Optimization", "### Costs");
        QTemporaryDir tmp2;
        const QString dir = broken.write(tmp2);
        p.start(app, {QStringLiteral("validate"), dir});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(p.readAllStandardOutput(),
                 QByteArray("notes/devops_notes.md: error: missing section \"### Cost Optimization\" [notes.missing-section]\n"));

        p.start(app, {QStringLiteral("validate"), QStringLiteral("--json"), dir});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject s = root.value(QStringLiteral("sessions")).toArray().at(0).toObject();
        QCOMPARE(s.value(QStringLiteral("session_id")).toString(), kSessionId);
        QCOMPARE(s.value(QStringLiteral("errors")).toInt(), 1);
        const QJsonObject d = s.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("rule")).toString(), QStringLiteral("notes.missing-section"));
        QVERIFY(!d.contains(QStringLiteral("line")));
        QVERIFY(!d.contains(QStringLiteral("pointer")));

        p.start(app, {QStringLiteral("validate"), tmp.filePath(QStringLiteral("missing"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_MAIN(TestSessionDoctor)
#include "tst_sessiondoctor.moc"
