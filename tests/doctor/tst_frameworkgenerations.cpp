// Sessions of both framework generations, laid out as the framework's own
// code writes them (tests/data/framework/README.md names the function each
// line copies): correct sessions give no false error or warning, unfilled
// setup copies and planted defects give exactly the known diagnostics.
#include "testpaths.h"
#include "protocolprofile.h"
#include "sessiondoctor.h"
#include "sessionloader.h"
#include "sessionscanner.h"
#include "sessionsummary.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

namespace {

const QString kData = TestPaths::data(u"/framework");

QString sessionDir(const char *generation, const char *session)
{
    return kData + u'/' + QLatin1String(generation) + QStringLiteral("/project/Docs/hive-mind/sessions/") + QLatin1String(session);
}

// The user's own template folder must not take part.
DoctorReport check(const QString &dir, const QString &protocol = QString())
{
    static QTemporaryDir emptyTemplates;
    DoctorOptions options;
    options.templateDir = emptyTemplates.path();
    options.protocol = protocol;
    return SessionDoctor::checkDir(dir, options);
}

QStringList findings(const DoctorReport &r)
{
    QStringList out;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity != Diagnostic::Info)
            out << d.toText();
    }
    return out;
}

std::map<QString, int> countByRule(const DoctorReport &r, Diagnostic::Severity severity)
{
    std::map<QString, int> out;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity == severity)
            ++out[d.rule];
    }
    return out;
}

}

class TestFrameworkGenerations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachSessionIsCheckedAsItsOwnGeneration_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("protocol");
        for (const char *s : {"2025-08-30-14-00-filled", "2025-08-30-15-30-unfilled", "2025-08-30-16-45-defective"})
            QTest::newRow(s) << sessionDir("gen-2025-08-30", s) << QStringLiteral("hive-mind-2025-08-30");
        for (const char *s : {"2025-09-13-14-00-filled", "2025-09-13-15-30-unfilled", "2025-09-13-16-45-defective"})
            QTest::newRow(s) << sessionDir("gen-2025-09-13", s) << QStringLiteral("hive-mind-2025-09-13");
    }
    void eachSessionIsCheckedAsItsOwnGeneration()
    {
        QFETCH(QString, dir);
        QFETCH(QString, protocol);
        QString why;
        const QString root = QFileInfo(dir + QStringLiteral("/../../../..")).canonicalFilePath();
        QCOMPARE(ProtocolProfile::detect(dir, root, &why).id, protocol);
        QVERIFY(!why.isEmpty());
        QCOMPARE(check(dir).protocol, protocol);
    }

    void correctSessionsOfBothGenerationsGiveNoFalseErrorOrWarning_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::newRow("2025-08-30") << sessionDir("gen-2025-08-30", "2025-08-30-14-00-filled");
        QTest::newRow("2025-09-13") << sessionDir("gen-2025-09-13", "2025-09-13-14-00-filled");
    }
    void correctSessionsOfBothGenerationsGiveNoFalseErrorOrWarning()
    {
        QFETCH(QString, dir);
        const DoctorReport r = check(dir);
        QVERIFY(r.readable);
        QCOMPARE(findings(r), QStringList());
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.warnings, 0);
        for (const WorkerChecklist &cl : r.checklists) {
            for (const ChecklistItem &item : cl.items)
                QVERIFY2(item.state == ChecklistItem::Passed, qPrintable(cl.worker + u' ' + item.label));
        }
    }

    void theCurrentGenerationCheckedAsTheOldOneWouldGiveFalseErrors()
    {
        // Why the generation matters: the same correct session against the
        // 2025-08-30 rules (STATE.json, notes/, built-in templates).
        const DoctorReport r = check(sessionDir("gen-2025-09-13", "2025-09-13-14-00-filled"), QStringLiteral("hive-mind-2025-08-30"));
        QCOMPARE(r.protocol, QStringLiteral("hive-mind-2025-08-30"));
        QVERIFY(r.errors > 0);
    }

    void anUnfilledSetupCopyIsFlaggedLineByLineOnceTheWorkerFinished()
    {
        const DoctorReport r = check(sessionDir("gen-2025-09-13", "2025-09-13-15-30-unfilled"));
        // devops ran --output on untouched files: errors; backend is still
        // in phase 2: the same markers are notes.
        int devopsErrors = 0, backendErrors = 0, backendNotes = 0;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.agent == u"devops-worker" && d.severity == Diagnostic::Error)
                ++devopsErrors;
            if (d.agent == u"backend-worker" && d.severity == Diagnostic::Error)
                ++backendErrors;
            if (d.agent == u"backend-worker" && d.severity == Diagnostic::Info && d.rule.endsWith(u".unfilled"))
                ++backendNotes;
        }
        QVERIFY(devopsErrors > 0);
        QCOMPARE(backendErrors, 0);
        QVERIFY(backendNotes > 0);
        QCOMPARE(r.warnings, 0);
        const auto errors = countByRule(r, Diagnostic::Error);
        QCOMPARE(errors.at(QStringLiteral("notes.unfilled")), 33);   // one per *REQUIRED: line and {{...}}
        QCOMPARE(errors.at(QStringLiteral("response.unfilled")), 14); // TBD, -TEMPLATE ids, "Template - remove if"
        QCOMPARE(errors.at(QStringLiteral("response.placeholder-left")), 12); // "a|b|c" left
        QCOMPARE(errors.at(QStringLiteral("response.schema")), 12);  // the same values against their enums
        QStringList got = findings(r);
        QVERIFY(got.contains(QStringLiteral("workers/json/devops_output.json:6:26: error: \"TBD\" left as a value [response.unfilled]")));
        QVERIFY(got.contains(QStringLiteral(
            "workers/json/devops_output.json:19:13: error: the template's example id \"INFRA-001-TEMPLATE\" is still here: fill the entry in or remove it [response.unfilled]")));
        QVERIFY(got.contains(QStringLiteral(
            "workers/notes/devops_notes.md:11:1: error: the template's instruction is still here: *REQUIRED: List critical infrastructure issues as DEVOPS-CRIT-XXX. If there are none, explain why the infrastructure hol [notes.unfilled]")));
        // The filled session of the same project: none of these.
        const DoctorReport filled = check(sessionDir("gen-2025-09-13", "2025-09-13-14-00-filled"));
        QCOMPARE(filled.errors, 0);
    }

    void anUnfilledCopyOfTheOldGenerationsDefinitionIsFlagged()
    {
        const DoctorReport r = check(sessionDir("gen-2025-08-30", "2025-08-30-15-30-unfilled"));
        const auto errors = countByRule(r, Diagnostic::Error);
        QCOMPARE(errors.at(QStringLiteral("notes.placeholder-left")), 22);
        QCOMPARE(errors.at(QStringLiteral("response.placeholder-left")), 15);
        QCOMPARE(errors.at(QStringLiteral("response.schema")), 5);
        QCOMPARE(r.errors, 42);
        QCOMPARE(r.warnings, 0);
    }

    void theDefectsPlantedInTheCurrentGenerationAreFoundExactly()
    {
        const DoctorReport r = check(sessionDir("gen-2025-09-13", "2025-09-13-16-45-defective"));
        const QString root = QFileInfo(sessionDir("gen-2025-09-13", "2025-09-13-16-45-defective") + QStringLiteral("/../../../..")).canonicalFilePath();
        const QStringList expected{
            root + QStringLiteral("/.claude/agents/pydantic_ai/frontend/templates/frontend_notes_template.md: warning: no framework templates for frontend-worker (looked for .claude/agents/pydantic_ai/frontend/templates/frontend_notes_template.md and .claude/agents/pydantic_ai/frontend/templates/frontend_output_template.json): its outputs are not checked against a template [template.import-problem]"),
            QStringLiteral("EVENTS.jsonl: warning: frontend-worker never logged setup_completed [lifecycle.missing-event]"),
            // A: the output phase of a worker that never ran its setup.
            QStringLiteral("EVENTS.jsonl:4:1: warning: frontend-worker never logged worker_spawned [lifecycle.missing-event]"),
            // B: a line cut mid-object, with lines after it.
            QStringLiteral("EVENTS.jsonl:8:1: error: invalid JSON at column 133: syntax error while parsing value - invalid string: missing closing quote; last read: '\"backend-wor' (A string is opened, but never closed.) [jsonl.invalid-json]"),
            // F, G: values outside the template's "a|b|c".
            QStringLiteral("workers/json/backend_output.json:19:17: error: enum: Failed to match against any enum values. Found string \"CAPTURE\". Expected one of: \"GET\", \"POST\", \"PUT\", \"DELETE\", \"PATCH\". [response.schema]"),
            QStringLiteral("workers/json/backend_output.json:130:19: error: enum: Failed to match against any enum values. Found string \"urgent\". Expected one of: \"critical\", \"high\", \"medium\", \"low\". [response.schema]"),
            // C: devops ran --output without its JSON output.
            QStringLiteral("workers/json/devops_output.json: error: devops-worker wrote no JSON response (expected workers/json/devops_output.json) [output.missing-response]"),
            QStringLiteral("workers/json/frontend_output.json: error: frontend-worker wrote no JSON response (expected workers/json/frontend_output.json) [output.missing-response]"),
            // E: a required ## section removed.
            QStringLiteral("workers/notes/backend_notes.md: error: missing section \"## Security Implementation\" [notes.missing-section]"),
            // D: one instruction line left in otherwise filled notes.
            QStringLiteral("workers/notes/devops_notes.md:43:1: error: the template's instruction is still here: *REQUIRED: Container deployment findings as DEVOPS-[SEVERITY]-XXX.* [notes.unfilled]"),
            QStringLiteral("workers/notes/frontend_notes.md: error: frontend-worker wrote no notes (expected workers/notes/frontend_notes.md) [output.missing-notes]"),
        };
        QCOMPARE(findings(r), expected);
        QCOMPARE(r.errors, 8);
        QCOMPARE(r.warnings, 3);
    }

    void theDefectsPlantedInTheOldGenerationAreFoundExactly()
    {
        const DoctorReport r = check(sessionDir("gen-2025-08-30", "2025-08-30-16-45-defective"));
        const QStringList expected{
            QStringLiteral("EVENTS.jsonl:6:1: warning: backend-worker's first event is \"worker_progress\", not worker_spawned (line 12) [lifecycle.spawn-not-first]"),
            QStringLiteral("EVENTS.jsonl:11:1: error: invalid JSON at column 1: syntax error while parsing value - invalid literal; last read: 'd' [jsonl.invalid-json]"),
            QStringLiteral("EVENTS.jsonl:16:1: warning: event type \"devops_analysis_started\" carries the worker prefix [event.worker-prefixed-type]"),
            QStringLiteral("EVENTS.jsonl:17:1: warning: events must not carry a \"session_id\" key [event.session-id-field]"),
            // Not planted, but true of this file: its workers' events are far apart.
            QStringLiteral("EVENTS.jsonl:17:1: warning: backend-worker was silent for 5 min 29 s before this event (limit 5 min) [lifecycle.unhealthy-gap]"),
            QStringLiteral("EVENTS.jsonl:18:1: warning: devops-worker was silent for 19 min 59 s before this event (limit 5 min) [lifecycle.unhealthy-gap]"),
            QStringLiteral("EVENTS.jsonl:21:1: warning: backend-worker was silent for 22 min 30 s before this event (limit 5 min) [lifecycle.unhealthy-gap]"),
            QStringLiteral("notes/devops_notes.md: error: missing section \"### Disaster Recovery\" [notes.missing-section]"),
            QStringLiteral("workers/json/backend_response.json: error: backend-worker wrote no JSON response (expected workers/json/backend_response.json) [output.missing-response]"),
            QStringLiteral("workers/json/devops_response.json:15:19: error: enum: Failed to match against any enum values. Found string \"modified\". Expected one of: \"created\", \"updated\", \"deleted\". [response.schema]"),
            QStringLiteral("workers/json/devops_response.json:19:24: error: enum: Failed to match against any enum values. Found string \"swarm\". Expected one of: \"docker\", \"kubernetes\". [response.schema]"),
        };
        QCOMPARE(findings(r), expected);
    }

    void aSessionWithoutStateTakesItsTaskFromSessionMd()
    {
        const QString dir = sessionDir("gen-2025-09-13", "2025-09-13-14-00-filled");
        QCOMPARE(SessionScanner::scan(dir).task, QStringLiteral("Review checkout service release safety and payment API"));
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        const SessionSummary s = SessionSummary::compute(data);
        QCOMPARE(s.task, QStringLiteral("Review checkout service release safety and payment API"));
        // Every worker that logged outputs_completed is completed, not "active".
        for (const AgentSummary &a : s.agents) {
            if (a.name.endsWith(QLatin1String("-worker")))
                QCOMPARE(a.status, QStringLiteral("completed"));
        }
    }

    void theFrameworkTemplatesAreImportedAndRankedFirst()
    {
        const QString dir = sessionDir("gen-2025-09-13", "2025-09-13-14-00-filled");
        const TemplateRegistry reg = SessionDoctor::registryFor(dir, DoctorOptions());
        const WorkerTemplate t = reg.templateFor(QStringLiteral("devops-worker"));
        QCOMPARE(int(t.source), int(WorkerTemplate::FrameworkTemplates));
        QVERIFY(t.unfilledMarkers);
        QCOMPARE(t.notesFile, QStringLiteral("workers/notes/devops_notes.md"));
        QCOMPARE(t.responseFile, QStringLiteral("workers/json/devops_output.json"));
        // "## Evidence Requirements Summary" is guidance (no *REQUIRED: line): not required.
        QStringList headings;
        for (const OutlineHeading &h : t.outline.headings)
            headings << h.text;
        QVERIFY(headings.contains(QStringLiteral("Executive Summary")));
        QVERIFY(!headings.contains(QStringLiteral("Evidence Requirements Summary")));
        for (const OutlineHeading &h : t.outline.headings)
            QCOMPARE(h.level, 2); // ### sections may be removed
        // Closed enums from "a|b|c"; free-choice lists stay strings.
        const nlohmann::json item = t.schema["properties"]["infrastructure_configurations"]["items"];
        QCOMPARE(item["properties"]["cost_impact"]["enum"].size(), size_t(5));
        QVERIFY(!item["properties"]["technology_stack"].contains("enum"));
    }
};

QTEST_MAIN(TestFrameworkGenerations)
#include "tst_frameworkgenerations.moc"
