#include "testpaths.h"
#include "schemainference.h"
#include "templateimporter.h"
#include "templateregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString js(const nlohmann::json &j)
{
    return QString::fromStdString(j.dump());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QString fixturePath()
{
    return TestPaths::shared(u"/fixtures/agents/devops-worker.md");
}

WorkerTemplate builtIn(const QString &type)
{
    const QVector<WorkerTemplate> all = TemplateRegistry::builtIns();
    for (const WorkerTemplate &t : all) {
        if (t.workerType == type)
            return t;
    }
    return WorkerTemplate();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

}

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theBuiltInTemplatesArePresent()
    {
        QVERIFY(builtIn(QStringLiteral("generic")).isValid());
        QVERIFY(builtIn(QStringLiteral("devops-worker")).isValid());
        const WorkerTemplate generic = builtIn(QStringLiteral("generic"));
        QCOMPARE(generic.outline.headings.size(), 8);
        QCOMPARE(generic.schema["required"].size(), size_t(11));
        QVERIFY(generic.problems.isEmpty());
    }

    void importingTheDevopsFixtureGivesTheBuiltInTemplate()
    {
        const WorkerTemplate imported = TemplateImporter::importFile(fixturePath());
        const WorkerTemplate b = builtIn(QStringLiteral("devops-worker"));
        QVERIFY2(imported.problems.isEmpty(), qPrintable(imported.problems.join(u'\n')));
        QCOMPARE(imported.workerType, QStringLiteral("devops-worker"));
        QCOMPARE(imported.notesFile, QStringLiteral("notes/devops_notes.md"));
        QCOMPARE(imported.responseFile, QStringLiteral("workers/json/devops_response.json"));
        QCOMPARE(js(imported.schema), js(b.schema));
        QVERIFY(imported.outline == b.outline);
        QCOMPARE(imported.outline.title.text, QStringLiteral("DevOps Worker Infrastructure Report"));
        QCOMPARE(imported.responsePlaceholders, b.responsePlaceholders);
        QVERIFY(imported.responsePlaceholders.contains(QStringLiteral("created|updated|deleted")));
        QVERIFY(imported.responsePlaceholders.contains(QStringLiteral("docker|kubernetes")));
    }

    void theDevopsSchemaFollowsThePlaceholderRules()
    {
        const nlohmann::json s = builtIn(QStringLiteral("devops-worker")).schema;
        QCOMPARE(js(s["properties"]["worker"]), js(nlohmann::json({{"const", "devops-worker"}})));
        QCOMPARE(js(s["properties"]["timestamp"]["format"]), js(nlohmann::json("date-time")));
        QCOMPARE(js(s["properties"]["security"]["properties"]["scanning_enabled"]["type"]), js(nlohmann::json("boolean")));
        const nlohmann::json res = s["properties"]["infrastructure"]["properties"]["resources"];
        QCOMPARE(js(res["type"]), js(nlohmann::json("array")));
        QCOMPARE(js(res["items"]["properties"]["status"]["enum"]), js(nlohmann::json({"created", "updated", "deleted"})));
        QCOMPARE(js(s["required"].front()), js(nlohmann::json("session_id")));
        QVERIFY(!s.contains("additionalProperties"));
    }

    void brokenEmojiBytesDoNotDisturbTheImport_data()
    {
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("truncated 4-byte sequence") << QByteArray("\xF0\x9F\x9A");
        QTest::newRow("lone continuation bytes") << QByteArray("\x80\x80\xBF");
        QTest::newRow("invalid lead byte") << QByteArray("\xFF\xFE");
        QTest::newRow("NUL byte") << QByteArray("\0x", 2);
    }
    void brokenEmojiBytesDoNotDisturbTheImport()
    {
        QFETCH(QByteArray, replacement);
        QByteArray bytes = readAll(fixturePath());
        const QByteArray mojibake("\xC3\xB0\xC5\xB8\xC5\xA1\xC2\xA8");
        QVERIFY(bytes.contains(mojibake));
        bytes.replace(mojibake, replacement);
        const WorkerTemplate t = TemplateImporter::importDefinition(bytes, fixturePath());
        const WorkerTemplate b = builtIn(QStringLiteral("devops-worker"));
        QCOMPARE(js(t.schema), js(b.schema));
        QVERIFY(t.outline == b.outline);
    }

    void aDefinitionWithADifferentShapeIsImported()
    {
        const WorkerTemplate t = TemplateImporter::importFile(TestPaths::data(u"/doctor/agents/test-worker.md"));
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(u'\n')));
        QCOMPARE(t.workerType, QStringLiteral("test-worker"));
        QCOMPARE(t.displayName, QStringLiteral("Test planning and execution specialist"));
        QCOMPARE(t.notesFile, QStringLiteral("notes/test_notes.md"));
        QCOMPARE(t.responseFile, QStringLiteral("workers/json/test_response.json"));
        // The blocks before the output section are examples, not the template.
        QCOMPARE(t.outline.title.text, QStringLiteral("Test Worker Report"));
        QStringList headings;
        for (const OutlineHeading &h : t.outline.headings)
            headings << QString::number(h.level) + u' ' + h.text;
        QCOMPARE(headings, (QStringList{QStringLiteral("2 Session"), QStringLiteral("2 Generated"),
                                        QStringLiteral("2 Setext Summary"), QStringLiteral("2 Coverage"),
                                        QStringLiteral("3 Unit"), QStringLiteral("3 Integration"),
                                        QStringLiteral("2 Risks")}));
        QCOMPARE(t.outline.headings.at(0).valueKind, OutlineHeading::SessionId);
        QCOMPARE(t.outline.headings.at(1).valueKind, OutlineHeading::Timestamp);
        QCOMPARE(t.outline.placeholders, (QStringList{QStringLiteral("[One paragraph]"), QStringLiteral("[unit coverage]"),
                                                      QStringLiteral("[integration coverage]")}));
        const nlohmann::json &s = t.schema;
        const nlohmann::json suite = s["properties"]["suites"]["items"];
        QCOMPARE(js(suite["required"]), js(nlohmann::json({"name", "kind", "passed", "failed", "flaky", "tags"})));
        QCOMPARE(js(suite["properties"]["kind"]["enum"]), js(nlohmann::json({"unit", "integration", "e2e"})));
        QCOMPARE(js(suite["properties"]["tags"]["items"]["type"]), js(nlohmann::json("string")));
        QCOMPARE(js(s["properties"]["coverage"]["properties"]["lines"]["type"]), js(nlohmann::json("number")));
        QCOMPARE(js(s["properties"]["notes"]), js(nlohmann::json::object()));
        QCOMPARE(js(s["properties"]["matrix"]["items"]["items"]["type"]), js(nlohmann::json("number")));
    }

    void schemaInferenceFollowsThePlaceholderRules_data()
    {
        QTest::addColumn<QByteArray>("example");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("string") << QByteArray("\"string\"") << QByteArray("{\"type\":\"string\"}");
        QTest::newRow("timestamp") << QByteArray("\"ISO-8601\"") << QByteArray("{\"type\":\"string\",\"format\":\"date-time\"}");
        QTest::newRow("enum") << QByteArray("\"a|b|c\"") << QByteArray("{\"type\":\"string\",\"enum\":[\"a\",\"b\",\"c\"]}");
        QTest::newRow("prose with a bar is a literal") << QByteArray("\"yes | no\"") << QByteArray("{\"const\":\"yes | no\"}");
        QTest::newRow("literal") << QByteArray("\"devops-worker\"") << QByteArray("{\"const\":\"devops-worker\"}");
        QTest::newRow("boolean") << QByteArray("false") << QByteArray("{\"type\":\"boolean\"}");
        QTest::newRow("number") << QByteArray("0") << QByteArray("{\"type\":\"number\"}");
        QTest::newRow("empty array") << QByteArray("[]") << QByteArray("{\"type\":\"array\"}");
        QTest::newRow("array of examples") << QByteArray("[{\"a\":\"string\"}]")
            << QByteArray("{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"a\"]}}");
        QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{\"type\":\"object\"}");
        QTest::newRow("keys in example order") << QByteArray("{\"z\":0,\"a\":true}")
            << QByteArray("{\"type\":\"object\",\"properties\":{\"z\":{\"type\":\"number\"},\"a\":{\"type\":\"boolean\"}},\"required\":[\"z\",\"a\"]}");
    }
    void schemaInferenceFollowsThePlaceholderRules()
    {
        QFETCH(QByteArray, example);
        QFETCH(QByteArray, expected);
        nlohmann::json schema = SchemaInference::inferSchema(nlohmann::ordered_json::parse(example.toStdString()));
        schema.erase("$schema");
        QCOMPARE(js(schema), js(nlohmann::json::parse(expected.toStdString())));
    }

    void theUserFolderOverridesTheBuiltInTemplate()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("devops-worker.schema.json")), "{\"type\":\"object\",\"required\":[\"custom\"]}");
        TemplateRegistry reg;
        reg.setUserDir(dir.path());
        const WorkerTemplate t = reg.templateFor(QStringLiteral("devops-worker"));
        QCOMPARE(t.source, WorkerTemplate::UserFolder);
        QCOMPARE(js(t.schema["required"]), js(nlohmann::json({"custom"})));
        // The outline was not overridden: it still comes from the built-in.
        QCOMPARE(t.outline.title.text, QStringLiteral("DevOps Worker Infrastructure Report"));
    }

    void theProjectAgentsFolderWinsOverTheUserFolder()
    {
        QTemporaryDir user, agents;
        writeFile(user.filePath(QStringLiteral("test-worker.schema.json")), "{\"type\":\"object\",\"required\":[\"user\"]}");
        QFile::copy(TestPaths::data(u"/doctor/agents/test-worker.md"), agents.filePath(QStringLiteral("test-worker.md")));
        TemplateRegistry reg;
        reg.setUserDir(user.path());
        reg.setAgentsDir(agents.path());
        const WorkerTemplate t = reg.templateFor(QStringLiteral("test-worker"));
        QCOMPARE(t.source, WorkerTemplate::ProjectAgents);
        QVERIFY(t.schema["properties"].contains("suites"));
        QCOMPARE(t.notesFile, QStringLiteral("notes/test_notes.md"));
        bool listed = false;
        for (const WorkerTemplate &x : reg.allTemplates())
            listed |= x.workerType == QLatin1String("test-worker") && x.source == WorkerTemplate::UserFolder;
        QVERIFY(listed); // overridden templates are still listed, with their source
    }

    void anUnknownWorkerGetsTheGenericTemplate()
    {
        TemplateRegistry reg;
        const WorkerTemplate t = reg.templateFor(QStringLiteral("backend-worker"));
        QCOMPARE(t.workerType, QStringLiteral("backend-worker"));
        QCOMPARE(t.notesFile, QStringLiteral("notes/backend_notes.md"));
        QCOMPARE(t.responseFile, QStringLiteral("workers/json/backend_response.json"));
        QVERIFY(t.schema["properties"].contains("next_actions"));
        QCOMPARE(t.outline.headings.size(), 8);
    }

    void hostileDefinitionsGiveProblemsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unclosed front matter") << QByteArray("---\nname: x-worker\n# Output\n```json\n{}\n```\n");
        QTest::newRow("invalid json block") << QByteArray("---\nname: x-worker\n---\n# Output\n```json\n{\"a\": }\n```\n");
        QTest::newRow("deep json block") << (QByteArray("---\nname: x-worker\n---\n# Output\n```json\n") + QByteArray(100000, '[') + "\n```\n");
        QTest::newRow("NUL in json") << QByteArray("---\nname: x-worker\n---\n# Output\n```json\n{\"a\":\0}\n```\n", 44);
        QTest::newRow("path in name") << QByteArray("---\nname: ../../etc/passwd\n---\n");
        QTest::newRow("unterminated fence") << QByteArray("---\nname: x-worker\n---\n# Output\n```markdown\n# T\n");
    }
    void hostileDefinitionsGiveProblemsNotCrashes()
    {
        QFETCH(QByteArray, bytes);
        const WorkerTemplate t = TemplateImporter::importDefinition(bytes, QStringLiteral("/tmp/x-worker.md"));
        QVERIFY(!t.problems.isEmpty() || t.schema.is_object());
        QVERIFY(!t.workerType.contains(u'/'));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
