#include "jsonformatter.h"

#include <QElapsedTimer>
#include <QTest>

#include <limits>

#include <nlohmann/json.hpp>

namespace {
using OJson = nlohmann::ordered_json;

// Every key in document order, with its path, to compare order exactly.
void keysInOrder(const OJson &v, const std::string &path, std::vector<std::string> &out)
{
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            out.push_back(path + '/' + it.key());
            keysInOrder(it.value(), path + '/' + it.key(), out);
        }
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i)
            keysInOrder(v[i], path + '/' + std::to_string(i), out);
    }
}
}

class TestJsonFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formattingKeepsKeyOrderAndContent_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("compact, keys not sorted") << QStringLiteral(R"({"zeta":1,"alpha":{"y":[1,2,{"b":true,"a":null}],"x":"s"},"mid":-0.5})");
        QTest::newRow("already pretty") << QStringLiteral("{\n  \"b\": 1,\n  \"a\": 2\n}\n");
        QTest::newRow("unicode and escapes") << QString::fromUtf8("{\"t\":\"caf\\u00e9 \xF0\x9F\x9A\x80 \\\"q\\\" \\\\ \\n\",\"z\":\"\xE6\x97\xA5\"}");
        QTest::newRow("big and exact numbers") << QStringLiteral(R"({"big":18446744073709551615,"neg":-9223372036854775808,"f":0.1,"e":1e-7})");
        QTest::newRow("empty containers") << QStringLiteral(R"({"o":{},"a":[],"s":""})");
        QTest::newRow("top-level array") << QStringLiteral(R"([3,1,2])");
    }
    void formattingKeepsKeyOrderAndContent()
    {
        QFETCH(QString, input);
        const JsonFormatter::Result r = JsonFormatter::format(input);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.text.endsWith(u'\n'));
        const OJson before = OJson::parse(input.toStdString());
        const OJson after = OJson::parse(r.text.toStdString());
        QVERIFY(before == after);
        std::vector<std::string> keysBefore, keysAfter;
        keysInOrder(before, {}, keysBefore);
        keysInOrder(after, {}, keysAfter);
        QVERIFY(keysBefore == keysAfter);
        // Byte for byte the JSON library's own pretty printing.
        QCOMPARE(r.text, QString::fromStdString(before.dump(2)) + u'\n');
        // Idempotent: formatting a formatted document changes nothing.
        QCOMPARE(JsonFormatter::format(r.text).text, r.text);
    }

    void itIndentsByTwoSpaces()
    {
        QCOMPARE(JsonFormatter::format(QStringLiteral(R"({"a":[1]})")).text, QStringLiteral("{\n  \"a\": [\n    1\n  ]\n}\n"));
    }

    void invalidJsonIsRefusedWithItsPosition_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::newRow("missing comma on line 3") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << 3;
        QTest::newRow("truncated") << QStringLiteral("{\"a\": [1, 2") << 1;
        QTest::newRow("trailing garbage") << QStringLiteral("{}\nx") << 2;
    }
    void invalidJsonIsRefusedWithItsPosition()
    {
        QFETCH(QString, input);
        QFETCH(int, line);
        const JsonFormatter::Result r = JsonFormatter::format(input);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.line, line);
    }

    void contentAJsonLibraryWouldChangeIsRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("duplicate key") << QStringLiteral(R"({"a":1,"b":2,"a":3})");
        QTest::newRow("nested duplicate") << QStringLiteral(R"({"o":{"k":1,"k":1}})");
        QTest::newRow("nul byte") << (QStringLiteral("{\"a\":1}") + QChar(u'\0'));
        QTest::newRow("too deep") << (QString(JsonFormatter::kMaxDepth + 10, u'[') + QString(JsonFormatter::kMaxDepth + 10, u']'));
        QTest::newRow("invalid utf-16 surrogate escape") << QStringLiteral(R"({"a":"\ud800"})");
    }
    void contentAJsonLibraryWouldChangeIsRefused()
    {
        QFETCH(QString, input);
        const JsonFormatter::Result r = JsonFormatter::format(input);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void theSameKeyInDifferentObjectsIsFine()
    {
        QVERIFY(JsonFormatter::format(QStringLiteral(R"({"a":{"k":1},"b":{"k":2},"c":[{"k":1},{"k":2}]})")).ok);
    }

    void hugeFlatDocumentsFormat()
    {
        QString big = QStringLiteral("[");
        for (int i = 0; i < 100000; ++i)
            big += QStringLiteral("{\"i\":%1,\"s\":\"x\"},").arg(i);
        big += QStringLiteral("0]");
        QVERIFY(JsonFormatter::format(big).ok);
    }

    void aNegativeIndentFormatsCompactly()
    {
        QCOMPARE(JsonFormatter::format(QStringLiteral("{ \"a\" : [ 1 , {} ], \"b\": {\"c\": null} }"), -1).text,
                 QStringLiteral("{\"a\":[1,{}],\"b\":{\"c\":null}}\n"));
    }

    // Linear, not quadratic (issue 10: 200,000 objects took 14 s). Proved by
    // the ratio of ten times the input, not by a time limit that a slow or
    // sanitized build would miss: linear work gives about 10, the old
    // quadratic code gave about 90 for arrays of objects. The bound is loose
    // because each side is the best of three runs on a possibly busy machine.
    void formattingTwoHundredThousandObjectsIsLinear_data()
    {
        QTest::addColumn<bool>("keysInOneObject");
        QTest::newRow("an array of objects") << false;
        QTest::newRow("one object with that many keys") << true;
    }
    void formattingTwoHundredThousandObjectsIsLinear()
    {
        QFETCH(bool, keysInOneObject);
        auto document = [keysInOneObject](int count) {
            QString text = keysInOneObject ? QStringLiteral("{") : QStringLiteral("[");
            for (int i = 0; i < count; ++i) {
                if (keysInOneObject)
                    text += QStringLiteral("\"k%1\":{\"s\":\"x\"},").arg(i);
                else
                    text += QStringLiteral("{\"i\":%1,\"s\":\"x\"},").arg(i);
            }
            text += keysInOneObject ? QStringLiteral("\"end\":0}") : QStringLiteral("0]");
            return text;
        };
        auto bestOfThree = [](const QString &text) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                const JsonFormatter::Result r = JsonFormatter::format(text);
                best = std::min(best, timer.nsecsElapsed());
                if (!r.ok)
                    return qint64(-1);
            }
            return best;
        };
        const qint64 small = bestOfThree(document(20000));
        const qint64 large = bestOfThree(document(200000));
        QVERIFY(small > 0 && large > 0);
        const double ratio = double(large) / double(small);
        QVERIFY2(ratio < 30, qPrintable(QStringLiteral("10x the objects took %1x the time").arg(ratio)));
    }
};

QTEST_GUILESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
