#include "testpaths.h"
#include "editor.h"
#include "jsonformatter.h"
#include "responseeditor.h"
#include "templateregistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QFile>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace {
const QString kSession = QStringLiteral("2025-08-30-14-16-k8s-deploy-audit");

QByteArray fixture(const char *name)
{
    QFile f(TestPaths::data(u"/editors/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList describe(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << QStringLiteral("%1:%2 %3 %4 %5").arg(d.line).arg(d.column).arg(d.rule, d.pointer, d.message);
    return out;
}

bool hasDiagnostic(const Diagnostics &ds, const QString &rule, const QString &pointer = QString())
{
    return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic &d) {
        return d.rule == rule && (pointer.isNull() || d.pointer == pointer);
    });
}

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
    }
}
}

class TestResponseEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("devops_response.json"));
        QVERIFY(writeFile(m_path, fixture("devops_response.json")));
        m_editor = std::make_unique<ResponseEditor>();
        m_editor->resize(900, 700);
        m_editor->show();
        QVERIFY(m_editor->openFile(m_path));
        EditorContext context;
        context.sessionDir = m_dir.path();
        context.sessionId = kSession;
        context.workerType = QStringLiteral("devops-worker");
        context.relativePath = QStringLiteral("workers/json/devops_response.json");
        context.workerTemplate = TemplateRegistry().templateFor(QStringLiteral("devops-worker"));
        QSignalSpy validated(m_editor.get(), &EditorPage::diagnosticsChanged);
        m_editor->setContext(context);
        QVERIFY2(validated.wait(10000), m_editor->validation()->isBusy() ? "busy" : "idle");
        while (m_editor->validation()->isBusy())
            QVERIFY(validated.wait(10000));
    }
    void cleanup()
    {
        m_editor.reset();
    }

    void theSampleResponseShowsItsEnumViolationInPlace()
    {
        const Diagnostics ds = m_editor->diagnostics();
        QVERIFY2(hasDiagnostic(ds, QStringLiteral("response.schema"), QStringLiteral("/infrastructure/resources/1/status")),
                 qPrintable(describe(ds).join(u'\n')));
        const Diagnostics onLine = m_editor->enumViolations();
        QCOMPARE(onLine.size(), 1);
        // The squiggle sits on the offending value's line.
        QVERIFY(m_editor->editor()->text(onLine.first().line - 1).contains(QStringLiteral("\"provisioned\"")));
        QCOMPARE(m_editor->editor()->diagnosticsOnLine(onLine.first().line - 1).size(), 1);
    }

    void typingThatBreaksAndFixesTheSchemaUpdatesTheDiagnostics()
    {
        // "orchestration": "kubernetes" -> type a value outside the enum.
        const QString text = m_editor->text();
        const int line = int(text.left(text.indexOf(QStringLiteral("\"kubernetes\""))).count(u'\n'));
        const QString lineText = m_editor->editor()->text(line);
        const int valueStart = int(lineText.indexOf(QStringLiteral("kubernetes")));
        m_editor->editor()->setFocus();
        m_editor->editor()->setSelection(line, valueStart, line, valueStart + 10);
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        typeText(m_editor->editor(), QStringLiteral("nomad"));
        QVERIFY(m_editor->editor()->text(line).contains(QStringLiteral("\"nomad\"")));
        QVERIFY(changed.wait(10000));
        QVERIFY2(hasDiagnostic(m_editor->diagnostics(), QStringLiteral("response.schema"), QStringLiteral("/infrastructure/containers/orchestration")),
                 qPrintable(describe(m_editor->diagnostics()).join(u'\n')));

        // Fix it by typing again.
        m_editor->editor()->setSelection(line, valueStart, line, valueStart + 5);
        typeText(m_editor->editor(), QStringLiteral("docker"));
        QVERIFY(changed.wait(10000));
        QVERIFY(!hasDiagnostic(m_editor->diagnostics(), QStringLiteral("response.schema"), QStringLiteral("/infrastructure/containers/orchestration")));
    }

    void aSyntaxErrorWhileTypingIsReportedAndCleared()
    {
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        m_editor->editor()->setCursorPosition(0, 1);
        typeText(m_editor->editor(), QStringLiteral("\"broken"));
        QVERIFY(changed.wait(10000));
        QVERIFY(hasDiagnostic(m_editor->diagnostics(), QStringLiteral("response.invalid-json")));
        m_editor->editor()->undo();
        QVERIFY(changed.wait(10000));
        QVERIFY(!hasDiagnostic(m_editor->diagnostics(), QStringLiteral("response.invalid-json")));
    }

    void theEnumQuickFixOffersTheAllowedValuesAndAppliesOne()
    {
        const Diagnostics violations = m_editor->enumViolations();
        QCOMPARE(violations.size(), 1);
        const QStringList values = m_editor->allowedValues(violations.first());
        QCOMPARE(values, (QStringList{QStringLiteral("\"created\""), QStringLiteral("\"updated\""), QStringLiteral("\"deleted\"")}));
        const QString before = m_editor->text();
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        QVERIFY(m_editor->applyEnumFix(violations.first(), QStringLiteral("\"created\"")));
        QCOMPARE(m_editor->text(), QString(before).replace(QStringLiteral("\"provisioned\""), QStringLiteral("\"created\"")));
        QVERIFY(changed.wait(10000));
        QVERIFY(m_editor->enumViolations().isEmpty());
        // One undo step brings the old value back.
        m_editor->editor()->undo();
        QCOMPARE(m_editor->text(), before);
    }

    void formattingKeepsKeyOrderAndContent()
    {
        const QString compact = QString::fromStdString(nlohmann::ordered_json::parse(fixture("devops_response.json").toStdString()).dump());
        m_editor->replaceText(compact);
        QSignalSpy finished(m_editor.get(), &ResponseEditor::formatFinished);
        m_editor->format();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        const QString formatted = m_editor->text();
        QVERIFY(formatted.count(u'\n') > 50);
        QVERIFY(nlohmann::ordered_json::parse(formatted.toStdString()) == nlohmann::ordered_json::parse(compact.toStdString()));
        QCOMPARE(nlohmann::ordered_json::parse(formatted.toStdString()).dump(), compact.toStdString());
        m_editor->editor()->undo();
        QCOMPARE(m_editor->text(), compact);
    }

    void formattingBrokenJsonChangesNothingAndSaysWhere()
    {
        m_editor->replaceText(QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}\n"));
        const QString before = m_editor->text();
        QSignalSpy finished(m_editor.get(), &ResponseEditor::formatFinished);
        m_editor->format();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_editor->text(), before);
        QVERIFY(m_editor->message().contains(QStringLiteral("line 3")));
    }

    // Issue 10: 200,000 objects kept the GUI thread for 14 s. format()
    // returns at once; the result arrives later, as one undo step.
    void formattingALargeResponseRunsOffTheGuiThread()
    {
        QString big = QStringLiteral("[");
        for (int i = 0; i < 200000; ++i)
            big += QStringLiteral("{\"i\":%1,\"s\":\"x\"},").arg(i);
        big += QStringLiteral("0]");
        m_editor->replaceText(big);
        QSignalSpy finished(m_editor.get(), &ResponseEditor::formatFinished);
        m_editor->format();
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_editor->text(), big);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(m_editor->text().startsWith(QStringLiteral("[\n  {\n    \"i\": 0,\n")));
        m_editor->editor()->undo();
        QCOMPARE(m_editor->text(), big);
    }

    void anEditWhileFormattingWinsOverTheStaleResult()
    {
        const QString compact = QStringLiteral(R"({"a":[1,2,3],"b":{"c":null}})");
        m_editor->replaceText(compact);
        QSignalSpy finished(m_editor.get(), &ResponseEditor::formatFinished);
        m_editor->format();
        m_editor->editor()->setCursorPosition(0, 0);
        m_editor->insertAtCursor(QStringLiteral(" "));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_editor->text(), QStringLiteral(" ") + compact);
    }

    void insertMissingKeysAddsRequiredKeysWithTypedValues()
    {
        m_editor->replaceText(QStringLiteral("{\n  \"worker\": \"devops-worker\",\n  \"extra\": 1\n}\n"));
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        const int added = m_editor->insertMissingKeys();
        QVERIFY(added > 5);
        QVERIFY(changed.wait(10000));
        while (m_editor->validation()->isBusy())
            QVERIFY(changed.wait(10000));
        const Diagnostics ds = m_editor->diagnostics();
        for (const Diagnostic &d : ds)
            QVERIFY2(!(d.rule == u"response.schema" && (d.message.startsWith(u"required") || d.message.startsWith(u"type"))), qPrintable(d.message));
        const auto doc = nlohmann::ordered_json::parse(m_editor->text().toStdString());
        QCOMPARE(doc.begin().key(), std::string("worker"));
        QCOMPARE(doc["session_id"].get<std::string>(), kSession.toStdString());
        QCOMPARE(doc["extra"].get<int>(), 1);
    }

    void aNewResponseFromTheTemplateNamesItsSessionAndWorker()
    {
        const WorkerTemplate tmpl = TemplateRegistry().templateFor(QStringLiteral("devops-worker"));
        const QString text = ResponseEditor::skeleton(tmpl, kSession, QStringLiteral("2026-01-01T00:00:00Z"));
        const auto doc = nlohmann::ordered_json::parse(text.toStdString());
        QCOMPARE(doc["session_id"].get<std::string>(), kSession.toStdString());
        QCOMPARE(doc["worker"].get<std::string>(), std::string("devops-worker"));
        QCOMPARE(doc["timestamp"].get<std::string>(), std::string("2026-01-01T00:00:00Z"));
        QCOMPARE(QString::fromStdString(doc.begin().key()), QString::fromStdString(tmpl.schema["required"][0].get<std::string>()));
    }

    void aCitationIsAJsonStringThatIsCheckedAgainstTheLog()
    {
        QByteArray eventsLine = R"({"timestamp": "2025-08-30T14:16:50Z", "type": "worker_spawned", "agent": "devops-worker", "details": "x"})";
        m_editor->setCitationResolver([&eventsLine](int line) { return line == 3 ? eventsLine : QByteArray(); });
        m_editor->editor()->setCursorPosition(2, 0);
        m_editor->insertCitation(3, QStringLiteral("worker_spawned"), QStringLiteral("devops-worker"), QStringLiteral("2025-08-30T14:16:50Z"));
        m_editor->insertAtCursor(QStringLiteral(",\n"));
        QVERIFY(m_editor->editor()->text(2).startsWith(QStringLiteral("\"EVENTS.jsonl#L3 worker_spawned")));
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        m_editor->revalidate();
        QVERIFY(changed.wait(10000));
        QVERIFY(!hasDiagnostic(m_editor->diagnostics(), QStringLiteral("citation.stale")));
        // The log line now holds another event: the citation is flagged on its line.
        eventsLine = R"({"timestamp": "2025-08-30T14:16:51Z", "type": "worker_configured", "agent": "devops-worker", "details": "x"})";
        m_editor->revalidate();
        QVERIFY(changed.wait(10000));
        QVERIFY(hasDiagnostic(m_editor->diagnostics(), QStringLiteral("citation.stale")));
        for (const Diagnostic &d : m_editor->diagnostics()) {
            if (d.rule == u"citation.stale") {
                QCOMPARE(d.line, 3);
                QCOMPARE(d.severity, Diagnostic::Warning);
            }
        }
    }

    void f8WalksTheProblemsInOrder()
    {
        m_editor->replaceText(QStringLiteral("{\n  \"worker\": \"devops-worker\",\n  \"session_id\": \"other\"\n}\n"));
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        QVERIFY(changed.wait(10000));
        QVERIFY(m_editor->diagnostics().size() >= 2);
        m_editor->editor()->setCursorPosition(0, 0);
        m_editor->editor()->setFocus();
        QVERIFY(m_editor->editor()->nextDiagnostic());
        const long first = m_editor->editor()->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
        QTest::keyClick(m_editor->editor(), Qt::Key_F8);
        const long second = m_editor->editor()->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
        QTest::keyClick(m_editor->editor(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(m_editor->editor()->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS), first);
        QVERIFY(second != first || m_editor->diagnostics().size() > 1);
    }

    void aLargeDocumentIsValidatedOffTheGuiThread()
    {
        // About 1.5 MB: 8000 resources. Prints figures; asserts only results.
        auto doc = nlohmann::ordered_json::parse(fixture("devops_response.json").toStdString());
        auto &resources = doc["infrastructure"]["resources"];
        for (int i = 0; i < 8000; ++i)
            resources.push_back({{"type", "Service"}, {"name", "svc-" + std::to_string(i)}, {"configuration", {{"port", i}}}, {"status", i == 7999 ? "bogus" : "created"}});
        const QString big = QString::fromStdString(doc.dump(2));
        QElapsedTimer load;
        load.start();
        m_editor->replaceText(big);
        const qint64 loadMs = load.elapsed();
        QSignalSpy changed(m_editor.get(), &EditorPage::diagnosticsChanged);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        m_editor->editor()->setCursorPosition(1, 2);
        QElapsedTimer keystroke;
        keystroke.start();
        typeText(m_editor->editor(), QStringLiteral(" "));
        const qint64 keystrokeUs = keystroke.nsecsElapsed() / 1000;
        QElapsedTimer until;
        until.start();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !m_editor->validation()->isBusy(), 30000);
        qInfo("large response: %lld bytes, load into editor %lld ms, keystroke handled in %lld us, diagnostics after %lld ms "
              "(300 ms of it the typing pause), GUI timer ticks meanwhile: %d",
              qint64(big.toUtf8().size()), loadMs, keystrokeUs, until.elapsed(), ticks);
        QVERIFY(hasDiagnostic(m_editor->diagnostics(), QStringLiteral("response.schema"), QStringLiteral("/infrastructure/resources/8001/status")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ResponseEditor> m_editor;
};

QTEST_MAIN(TestResponseEditor)
#include "tst_responseeditor.moc"
