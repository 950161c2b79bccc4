#include "testpaths.h"
#include "schemaengine.h"
#include "templateimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstdio>

#ifndef SI_JSON_SCHEMA_TEST_SUITE
#define SI_JSON_SCHEMA_TEST_SUITE "/usr/share/json-schema-test-suite"
#endif

// Runs the official JSON-Schema-Test-Suite (draft-07, every file, core and
// optional) through SchemaEngine. A schema the engine refuses to compile
// skips its tests; a wrong answer fails them. Crashes fail the whole test.
class TestSchemaConformance : public QObject
{
    Q_OBJECT

    struct Tally {
        int passed = 0, failed = 0, skipped = 0;
    };

    static std::optional<nlohmann::json> fetchRemote(const std::string &uri)
    {
        static const std::string prefix = "http://localhost:1234/";
        QString path;
        if (uri.rfind("http://json-schema.org/draft-07/schema", 0) == 0) {
            // The draft-07 meta-schema, a copy kept with the test data (no network in tests).
            path = TestPaths::data(u"/doctor/draft-07-schema.json");
        } else if (uri.rfind(prefix, 0) == 0) {
            std::string rel = uri.substr(prefix.size());
            const size_t hash = rel.find("#");
            if (hash != std::string::npos)
                rel.erase(hash);
            if (rel.find("..") != std::string::npos)
                return std::nullopt;
            path = QStringLiteral(SI_JSON_SCHEMA_TEST_SUITE "/remotes/") + QString::fromStdString(rel);
        } else {
            return std::nullopt;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        nlohmann::json doc;
        if (!TemplateImporter::parseGuarded(f.readAll(), doc, nullptr))
            return std::nullopt;
        return doc;
    }

    static Tally runFile(const QString &path, QStringList &failures)
    {
        Tally t;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return t;
        nlohmann::json groups;
        if (!TemplateImporter::parseGuarded(f.readAll(), groups, nullptr) || !groups.is_array())
            return t;
        for (const nlohmann::json &group : groups) {
            SchemaEngine engine;
            const bool compiled = engine.compile(group.at("schema"), fetchRemote);
            if (!compiled)
                std::printf("skipped: %s: %s (%s)\n", qPrintable(QFileInfo(path).fileName()),
                            group.at("description").get<std::string>().c_str(), engine.compileError().c_str());
            for (const nlohmann::json &test : group.at("tests")) {
                if (!compiled) {
                    ++t.skipped;
                    continue;
                }
                const SchemaEngine::Result r = engine.validate(test.at("data"));
                if (!r.checked) {
                    ++t.skipped;
                    continue;
                }
                if (r.valid == test.at("valid").get<bool>()) {
                    ++t.passed;
                } else {
                    ++t.failed;
                    failures << QFileInfo(path).fileName() + QStringLiteral(": ")
                            + QString::fromStdString(group.at("description").get<std::string>()) + QStringLiteral(" / ")
                            + QString::fromStdString(test.at("description").get<std::string>());
                }
            }
        }
        return t;
    }

private Q_SLOTS:
    void theDraft07SuitePassesAtLeastAsWellAsValijsonAlone()
    {
        const QString root = QStringLiteral(SI_JSON_SCHEMA_TEST_SUITE "/tests/draft7");
        if (!QDir(root).exists())
            QSKIP("json-schema-test-suite is not installed");
        Tally core, optional;
        QStringList coreFailures, optionalFailures;
        QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : std::as_const(files)) {
            const bool isOptional = file.contains(QLatin1String("/optional/"));
            const Tally t = runFile(file, isOptional ? optionalFailures : coreFailures);
            Tally &sum = isOptional ? optional : core;
            sum.passed += t.passed;
            sum.failed += t.failed;
            sum.skipped += t.skipped;
        }
        for (const QString &f : std::as_const(coreFailures))
            std::printf("core failure: %s\n", qPrintable(f));
        for (const QString &f : std::as_const(optionalFailures))
            std::printf("optional failure: %s\n", qPrintable(f));
        std::printf("draft-07 core:     passed %d, failed %d, skipped %d (of %d)\n", core.passed, core.failed,
                    core.skipped, core.passed + core.failed + core.skipped);
        std::printf("draft-07 optional: passed %d, failed %d, skipped %d (of %d)\n", optional.passed, optional.failed,
                    optional.skipped, optional.passed + optional.failed + optional.skipped);
        std::fflush(stdout);
        QCOMPARE(core.passed + core.failed + core.skipped, 423);
        QVERIFY2(core.passed >= 412, qPrintable(QStringLiteral("only %1 of 423 core tests pass").arg(core.passed)));
    }

    void hostileSchemasAreRefusedNotFatal_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<bool>("compiles");
        QTest::newRow("$ref to itself") << QByteArray("{\"$ref\":\"#\"}") << false;
        QTest::newRow("$ref cycle through definitions")
            << QByteArray("{\"definitions\":{\"a\":{\"$ref\":\"#/definitions/b\"},\"b\":{\"$ref\":\"#/definitions/a\"}},\"$ref\":\"#/definitions/a\"}") << false;
        QTest::newRow("unused $ref cycle") << QByteArray("{\"definitions\":{\"a\":{\"$ref\":\"#/definitions/a\"}}}") << false;
        QTest::newRow("recursion through a keyword is fine") << QByteArray("{\"properties\":{\"child\":{\"$ref\":\"#\"}}}") << true;
        QTest::newRow("unresolvable $ref") << QByteArray("{\"$ref\":\"#/definitions/nope\"}") << false;
        QTest::newRow("remote $ref without fetcher") << QByteArray("{\"$ref\":\"http://example.com/x.json\"}") << false;
        // Found by the long fuzz run: "scheme:rest" without "//" is relative
        // to the document for valijson, so this is a root cycle.
        QTest::newRow("scheme without authority back to the root") << QByteArray("{\"$ref\":\"securitit4443:4C:h64Z3\"}") << false;
        // Found by the long fuzz run: "URN:" without valijson's RFC 8141
        // shape is this document too.
        QTest::newRow("URN-looking $ref back to the root") << QByteArray("{\"$ref\":\"URN:finitions/nodeid\"}") << false;
        QTest::newRow("a real URN leaves the document") << QByteArray("{\"$ref\":\"urn:example:thing\"}") << false;
        QTest::newRow("overlong $ref") << (QByteArray("{\"$ref\":\"urn:") + QByteArray(200000, 'a') + "\"}") << false;
        QTest::newRow("deep schema") << (QByteArray(300, '[').replace('[', "{\"not\":") + "{}" + QByteArray(300, '}')) << false;
        QTest::newRow("wrong keyword types") << QByteArray("{\"type\":12,\"required\":\"x\",\"properties\":[]}") << false;
        QTest::newRow("catastrophic pattern is dropped") << QByteArray("{\"pattern\":\"^(a+)+$\"}") << true;
        QTest::newRow("invalid pattern is dropped") << QByteArray("{\"pattern\":\"([\"}") << true;
    }
    void hostileSchemasAreRefusedNotFatal()
    {
        QFETCH(QByteArray, schema);
        QFETCH(bool, compiles);
        SchemaEngine engine;
        const bool ok = engine.compile(nlohmann::json::parse(schema.toStdString()));
        QCOMPARE(ok, compiles);
        if (!ok)
            QVERIFY(!engine.compileError().empty());
        const SchemaEngine::Result r = engine.validate(nlohmann::json::parse("{\"child\":{\"child\":{}}}"));
        QCOMPARE(r.checked, ok);
    }

    void remoteRefCyclesAreRefusedNotFatal_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("error");
        QTest::newRow("two documents referring to each other")
            << QByteArray("{\"$ref\":\"http://docs.test/a.json\"}") << QStringLiteral("$ref cycle across documents");
        QTest::newRow("a chain that comes back to a pointer of the first document")
            << QByteArray("{\"$ref\":\"http://docs.test/a.json#/definitions/x\"}") << QStringLiteral("$ref cycle across documents");
        QTest::newRow("a cycle inside a fetched document")
            << QByteArray("{\"properties\":{\"p\":{\"$ref\":\"http://docs.test/self.json\"}}}") << QStringLiteral("$ref cycle in http://docs.test/self.json");
        QTest::newRow("a fetched document's own recursion through a keyword is fine")
            << QByteArray("{\"$ref\":\"http://docs.test/tree.json\"}") << QString();
    }
    void remoteRefCyclesAreRefusedNotFatal()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, error);
        int fetches = 0;
        const SchemaEngine::Fetch fetch = [&fetches](const std::string &uri) -> std::optional<nlohmann::json> {
            ++fetches;
            const std::string doc = uri.substr(0, uri.find('#'));
            if (doc == "http://docs.test/a.json")
                return nlohmann::json::parse("{\"definitions\":{\"x\":{\"$ref\":\"http://docs.test/b.json#/definitions/y\"}},\"$ref\":\"http://docs.test/b.json\"}");
            if (doc == "http://docs.test/b.json")
                return nlohmann::json::parse("{\"definitions\":{\"y\":{\"$ref\":\"http://docs.test/a.json#/definitions/x\"}},\"$ref\":\"http://docs.test/a.json\"}");
            if (doc == "http://docs.test/self.json")
                return nlohmann::json::parse("{\"definitions\":{\"loop\":{\"$ref\":\"#/definitions/loop\"}},\"type\":\"object\"}");
            if (doc == "http://docs.test/tree.json")
                return nlohmann::json::parse("{\"type\":\"object\",\"properties\":{\"child\":{\"$ref\":\"#\"}}}");
            return std::nullopt;
        };
        SchemaEngine engine;
        const bool ok = engine.compile(nlohmann::json::parse(schema.toStdString()), fetch);
        QCOMPARE(ok, error.isEmpty());
        if (!ok)
            QVERIFY2(QString::fromStdString(engine.compileError()).contains(error), engine.compileError().c_str());
        QVERIFY(fetches <= 2); // each document fetched once
        if (ok) {
            QVERIFY(engine.validate(nlohmann::json::parse("{\"child\":{\"child\":{}}}")).valid);
            QVERIFY(!engine.validate(nlohmann::json::parse("{\"child\":{\"child\":1}}")).valid);
        }
    }

    void theFuzzersRemoteCycleFindingIsRefused()
    {
        // tests/fuzz/crashes/schemaengine/remote-ref-cycle-stack-overflow.bin,
        // compiled with a fetcher as the conformance run has one.
        QFile f(TestPaths::data(u"/../fuzz/crashes/schemaengine/remote-ref-cycle-stack-overflow.bin"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const qsizetype nul = bytes.indexOf('\0');
        QVERIFY(nul > 0);
        SchemaEngine engine;
        const bool ok = engine.compile(nlohmann::json::parse(bytes.left(nul).toStdString()), fetchRemote);
        if (ok)
            engine.validate(nlohmann::json::parse(bytes.mid(nul + 1).toStdString(), nullptr, false));
        else
            QVERIFY(!engine.compileError().empty());
    }

    void hostileDocumentsGetAnAnswerNotACrash_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("stringLength");
        QTest::addColumn<bool>("checked");
        QTest::newRow("20000 deep against a recursive schema")
            << QByteArray("{\"items\":{\"$ref\":\"#\"}}") << 20000 << 0 << false;
        QTest::newRow("100 deep against a recursive schema") << QByteArray("{\"items\":{\"$ref\":\"#\"}}") << 100 << 0 << true;
        QTest::newRow("long string against a pattern") << QByteArray("{\"items\":{\"pattern\":\"^(ab|a)*$\"}}") << 1 << 100000 << true;
        QTest::newRow("catastrophic pattern") << QByteArray("{\"items\":{\"pattern\":\"^(a+)+$\"}}") << 1 << 40 << true;
        QTest::newRow("date-time on many values") << QByteArray("{\"items\":{\"format\":\"date-time\"}}") << 1 << 25 << true;
    }
    void hostileDocumentsGetAnAnswerNotACrash()
    {
        QFETCH(QByteArray, schema);
        QFETCH(int, depth);
        QFETCH(int, stringLength);
        QFETCH(bool, checked);
        SchemaEngine engine;
        QVERIFY(engine.compile(nlohmann::json::parse(schema.toStdString())));
        nlohmann::json doc = nlohmann::json::array();
        if (stringLength > 0)
            doc.push_back(std::string(size_t(stringLength), 'a') + "!");
        // Built by moving, never copying: a copy of a deep value recurses.
        for (int i = 1; i < depth; ++i) {
            nlohmann::json outer = nlohmann::json::array();
            outer.push_back(std::move(doc));
            doc = std::move(outer);
        }
        const SchemaEngine::Result r = engine.validate(doc);
        QCOMPARE(r.checked, checked);
        if (!checked)
            QVERIFY(!r.error.empty());
        if (stringLength > 10000)
            QVERIFY(!r.notes.empty()); // pattern skipped, and said so
    }

    void timestampsAreCheckedInCpp_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Z") << QStringLiteral("2025-08-30T14:16:22Z") << true;
        QTest::newRow("offset") << QStringLiteral("2025-08-30T14:16:22+00:00") << true;
        QTest::newRow("fraction") << QStringLiteral("2025-08-30T14:16:22.123456Z") << true;
        QTest::newRow("lower case") << QStringLiteral("2025-08-30t14:16:22z") << true;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << true;
        QTest::newRow("no leap day") << QStringLiteral("2025-02-29T00:00:00Z") << false;
        QTest::newRow("no zone") << QStringLiteral("2025-08-30T14:16:22") << false;
        QTest::newRow("space") << QStringLiteral("2025-08-30 14:16:22Z") << false;
        QTest::newRow("hour 24") << QStringLiteral("2025-08-30T24:00:00Z") << false;
        QTest::newRow("placeholder") << QStringLiteral("ISO-8601") << false;
        QTest::newRow("leap second") << QStringLiteral("1998-12-31T23:59:60Z") << true;
        QTest::newRow("wrong leap second") << QStringLiteral("1998-12-31T22:59:60Z") << false;
    }
    void timestampsAreCheckedInCpp()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        SchemaEngine engine;
        QVERIFY(engine.compile(nlohmann::json::parse("{\"properties\":{\"t\":{\"type\":\"string\",\"format\":\"date-time\"}}}")));
        const SchemaEngine::Result r = engine.validate({{"t", value.toStdString()}});
        QCOMPARE(r.valid, valid);
        if (!valid) {
            QCOMPARE(r.violations.size(), size_t(1));
            QCOMPARE(r.violations.front().keyword, std::string("format"));
            QCOMPARE(r.violations.front().pointer, std::string("/t"));
        }
    }

    void riskyPatternsAreRecognised_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("risky");
        QTest::newRow("(a+)+") << QStringLiteral("^(a+)+$") << true;
        QTest::newRow("(a*)*") << QStringLiteral("(a*)*") << true;
        QTest::newRow("((ab)+)+") << QStringLiteral("((ab)+)+") << true;
        QTest::newRow("(\\d+){2,}") << QStringLiteral("(\\d+){2,}") << true;
        QTest::newRow("plain") << QStringLiteral("^[a-z]+$") << false;
        QTest::newRow("group without inner quantifier") << QStringLiteral("^(ab)+$") << false;
        QTest::newRow("quantifier chars in a class") << QStringLiteral("([+*])+") << false;
        QTest::newRow("escaped") << QStringLiteral("(a\\+)+") << false;
        // Found by fuzzing: a quantifier on a quantifier is nested repetition to std::regex.
        QTest::newRow("a++") << QStringLiteral("^(a++)$") << true;
        QTest::newRow("a{2}*") << QStringLiteral("a{2}*") << true;
        QTest::newRow("lazy a+?") << QStringLiteral("^a+?$") << false;
    }
    void riskyPatternsAreRecognised()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, risky);
        QCOMPARE(SchemaEngine::isRiskyPattern(pattern.toStdString()), risky);
    }

    // Found by the long fuzz run (tests/fuzz/crashes/schemaengine): libstdc++
    // 12 reads a count or back-reference into a long with no overflow check,
    // so a{2147483648} matched "a" (UBSan: signed overflow in std::regex).
    void numbersStdRegexMisreadsAreRecognised_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("overlong");
        QTest::newRow("count over int") << QStringLiteral("a{2147483648}") << true;
        QTest::newRow("range bound over int") << QStringLiteral("^a{1,99999999999}$") << true;
        QTest::newRow("back-reference of 20 digits") << QStringLiteral("(a)\\11111111111111111111") << true;
        QTest::newRow("nine-digit count") << QStringLiteral("a{0,999999999}") << false;
        QTest::newRow("literal digits") << QStringLiteral("^12345678901234567890$") << false;
        QTest::newRow("digit class and count") << QStringLiteral("^\\d{4}-\\d{2}$") << false;
        QTest::newRow("escaped brace") << QStringLiteral("\\{12345678901\\}") << false;
        QTest::newRow("escaped backslash then digits") << QStringLiteral("\\\\12345678901") << false;
    }
    void numbersStdRegexMisreadsAreRecognised()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, overlong);
        QCOMPARE(SchemaEngine::hasOverlongNumber(pattern.toStdString()), overlong);
    }

    void aPatternStdRegexMisreadsIsSaidNotChecked()
    {
        SchemaEngine engine;
        QVERIFY(engine.compile(nlohmann::json::parse(
            "{\"properties\":{\"s\":{\"type\":\"string\",\"pattern\":\"^a{2147483648}$\"}}}")));
        QCOMPARE(engine.compileWarnings().size(), size_t(1));
        QVERIFY(engine.compileWarnings().front().find("cannot read; it is not checked") != std::string::npos);
        const SchemaEngine::Result r = engine.validate({{"s", "a"}});
        QVERIFY(r.checked);
        QVERIFY(r.valid); // the pattern is skipped and said so, not misread
        QVERIFY(!engine.validate({{"s", 1}}).valid); // the rest of the schema still holds
    }
};

QTEST_GUILESS_MAIN(TestSchemaConformance)
#include "tst_schemaconformance.moc"
