#include "testpaths.h"
#include "jsoninsertmissing.h"
#include "schemaengine.h"
#include "templateregistry.h"

#include <QFile>
#include <QTest>

namespace {
using OJson = nlohmann::ordered_json;

QString fixture(const char *name)
{
    QFile f(TestPaths::data(u"/editors/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

std::vector<std::string> requiredViolations(const nlohmann::json &schema, const QString &text)
{
    SchemaEngine engine;
    if (!engine.compile(schema))
        return {"<schema did not compile>"};
    std::vector<std::string> out;
    for (const auto &v : engine.validate(nlohmann::json::parse(text.toStdString())).violations) {
        if (v.keyword == "required" || v.keyword == "type")
            out.push_back(v.pointer + ": " + v.message);
    }
    return out;
}
}

class TestJsonInsertMissing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_schema = TemplateRegistry().templateFor(QStringLiteral("devops-worker")).schema;
        QVERIFY2(m_schema.is_object() && m_schema.contains("required"), "the built-in devops template has a schema");
    }

    void anEmptyDocumentGetsEveryRequiredKeyWithTheRightType()
    {
        std::map<std::string, OJson> known{{"session_id", "2025-08-30-14-16-x"}};
        const JsonInsertMissing::Result r = JsonInsertMissing::apply(QStringLiteral("{}"), m_schema, known);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.added.isEmpty());
        const auto violations = requiredViolations(m_schema, r.text);
        QVERIFY2(violations.empty(), violations.empty() ? "" : violations.front().c_str());
        const OJson doc = OJson::parse(r.text.toStdString());
        QCOMPARE(doc["session_id"].get<std::string>(), std::string("2025-08-30-14-16-x"));
        // Keys come in the template's order.
        QCOMPARE(QString::fromStdString(doc.begin().key()), QString::fromStdString(m_schema["required"][0].get<std::string>()));
    }

    void existingValuesAndTheirOrderStayAsTheyWere()
    {
        const QString partial = QStringLiteral(R"({"zzz_extra": [1, 2], "worker": "devops-worker", "infrastructure": {"cloud_provider": "aws", "resources": [{"name": "x"}]}})");
        const JsonInsertMissing::Result r = JsonInsertMissing::apply(partial, m_schema);
        QVERIFY2(r.ok, qPrintable(r.error));
        const OJson doc = OJson::parse(r.text.toStdString());
        auto it = doc.begin();
        QCOMPARE(it.key(), std::string("zzz_extra"));
        QCOMPARE((++it).key(), std::string("worker"));
        QCOMPARE(doc["infrastructure"]["cloud_provider"].get<std::string>(), std::string("aws"));
        QCOMPARE(doc["infrastructure"]["resources"][0]["name"].get<std::string>(), std::string("x"));
        // Inside arrays too: the resource got its missing keys.
        QVERIFY(doc["infrastructure"]["resources"][0].contains("status"));
        QVERIFY(r.added.contains(QStringLiteral("/infrastructure/resources/0/status")));
        QVERIFY(requiredViolations(m_schema, r.text).empty());
    }

    void nothingMissingMeansNothingAdded()
    {
        const JsonInsertMissing::Result r = JsonInsertMissing::apply(fixture("devops_response.json"), m_schema);
        QVERIFY(r.ok);
        QVERIFY(r.added.isEmpty());
    }

    void brokenDocumentsAreRefusedNotRewritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("syntax error") << QStringLiteral("{\"a\": ");
        QTest::newRow("duplicate key") << QStringLiteral("{\"a\":1,\"a\":2}");
    }
    void brokenDocumentsAreRefusedNotRewritten()
    {
        QFETCH(QString, text);
        const JsonInsertMissing::Result r = JsonInsertMissing::apply(text, m_schema);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void theAllowedValuesOfAnEnumAreFoundByPointer()
    {
        QCOMPARE(JsonInsertMissing::enumValuesAt(m_schema, "/infrastructure/resources/1/status"),
                 (QStringList{QStringLiteral("\"created\""), QStringLiteral("\"updated\""), QStringLiteral("\"deleted\"")}));
        QCOMPARE(JsonInsertMissing::enumValuesAt(m_schema, "/infrastructure/containers/orchestration"),
                 (QStringList{QStringLiteral("\"docker\""), QStringLiteral("\"kubernetes\"")}));
        QVERIFY(JsonInsertMissing::enumValuesAt(m_schema, "/session_id").isEmpty());
        QVERIFY(JsonInsertMissing::enumValuesAt(m_schema, "/no/such/key").isEmpty());
    }

    void aValueIsReplacedInPlaceLeavingTheRestOfTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string in array of objects")
            << QStringLiteral("{\n  \"r\": [ {\"s\": \"a\"}, {\"s\":   \"bad\" } ]\n}\n") << QStringLiteral("/r/1/s")
            << QStringLiteral("{\n  \"r\": [ {\"s\": \"a\"}, {\"s\":   \"new\" } ]\n}\n");
        QTest::newRow("escaped key") << QStringLiteral(R"({"a/b": 1, "c~d": 2})") << QStringLiteral("/c~0d")
                                     << QStringLiteral(R"({"a/b": 1, "c~d": "new"})");
        QTest::newRow("number") << QStringLiteral(R"({"n": -1.5e3, "x": true})") << QStringLiteral("/n")
                                << QStringLiteral(R"({"n": "new", "x": true})");
        QTest::newRow("string with escapes and unicode")
            << QString::fromUtf8("{\"\xC3\xA9\": \"q\\\"\xF0\x9F\x9A\x80\", \"z\": 0}") << QString::fromUtf8("/\xC3\xA9") << QString::fromUtf8("{\"\xC3\xA9\": \"new\", \"z\": 0}");
    }
    void aValueIsReplacedInPlaceLeavingTheRestOfTheText()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        const auto out = JsonInsertMissing::replaceValue(text, pointer.toStdString(), QStringLiteral("\"new\""));
        QVERIFY(out.has_value());
        QCOMPARE(*out, expected);
    }

    void aMissingPointerOrBrokenTextFindsNoSpan()
    {
        QVERIFY(!JsonInsertMissing::valueSpan(QStringLiteral(R"({"a": 1})"), "/b"));
        QVERIFY(!JsonInsertMissing::valueSpan(QStringLiteral(R"({"a": )"), "/a"));
        QVERIFY(!JsonInsertMissing::valueSpan(QString(5000, u'['), "/0/0"));
    }

private:
    nlohmann::json m_schema;
};

QTEST_GUILESS_MAIN(TestJsonInsertMissing)
#include "tst_jsoninsertmissing.moc"
