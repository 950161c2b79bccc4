#include "eventdetails.h"
#include "pythonrepr.h"

#include <QtTest>

class TestPythonRepr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsReprLiterals_data()
    {
        QTest::addColumn<QString>("repr");
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("dict") << "{'action': 'scan', 'files': 12}" << "{\"action\":\"scan\",\"files\":12}" << false;
        QTest::newRow("constants") << "{'ok': True, 'bad': False, 'none': None}" << "{\"ok\":true,\"bad\":false,\"none\":null}" << false;
        QTest::newRow("nested, tuple, float") << "{'a': [1, (2, 3)], 'b': {'c': -1.5}}" << "{\"a\":[1,[2,3]],\"b\":{\"c\":-1.5}}" << false;
        QTest::newRow("quotes and escapes") << "{'msg': \"it's\", 'p': 'a\\'b', 'n': 'x\\ny'}" << "{\"msg\":\"it's\",\"p\":\"a'b\",\"n\":\"x\\ny\"}" << false;
        QTest::newRow("set") << "{'a', 'b'}" << "[\"a\",\"b\"]" << false;
        QTest::newRow("cut in a string") << "{'action': 'scan', 'target': 'k8s/dep" << "{\"action\":\"scan\",\"target\":\"k8s/dep\"}" << true;
        QTest::newRow("cut after a colon") << "{'action': 'scan', 'files':" << "{\"action\":\"scan\",\"files\":null}" << true;
        QTest::newRow("cut in a constant") << "{'ok': Tr" << "{\"ok\":\"Tr\"}" << true;
        QTest::newRow("cut in a list") << "{'files': ['a.py', 'b.py'" << "{\"files\":[\"a.py\",\"b.py\"]}" << true;
        QTest::newRow("unicode") << "{'note': 'café ✅'}" << "{\"note\":\"café ✅\"}" << false;
    }
    void readsReprLiterals()
    {
        QFETCH(QString, repr);
        QFETCH(QString, json);
        QFETCH(bool, truncated);
        bool cut = false;
        const auto v = PythonRepr::parse(repr.toStdString(), &cut);
        QVERIFY(v.has_value());
        QCOMPARE(QString::fromStdString(v->dump()), json);
        QCOMPARE(cut, truncated);
    }
    void rejectsWhatIsNotARepr()
    {
        QVERIFY(!PythonRepr::parse("Beginning domain analysis").has_value());
        QVERIFY(!PythonRepr::parse("{'a': 1} trailing").has_value());
        QVERIFY(!PythonRepr::looksLikeRepr("plain text"));
        QVERIFY(PythonRepr::looksLikeRepr("{'a': 1}"));
    }
    void deepReprIsRefusedNotCrashed()
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        QVERIFY(!PythonRepr::parse(deep).has_value());
    }
    void detailsSummaryShowsReprAsKeyValues()
    {
        const QByteArray line = "{\"timestamp\":\"2025-08-30T14:16:22Z\",\"type\":\"worker_progress\",\"agent\":\"a\",\"details\":\"{'action': 'scan', 'files': 12}\"}";
        QCOMPARE(EventDetails::summary(line, LogKind::Events), QStringLiteral("action=scan, files=12"));
        const QString pretty = EventDetails::pretty(line, LogKind::Events);
        QVERIFY(pretty.contains(QStringLiteral("\"files\": 12")));
        QVERIFY(pretty.contains(QStringLiteral("Python repr")));
    }
};

QTEST_GUILESS_MAIN(TestPythonRepr)
#include "tst_pythonrepr.moc"
