#include "runprofile.h"
#include "runspec.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestRunProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templatesExpandIntoWholeArguments_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << u"-p {task} --verbose"_qs << u"a b c"_qs << QStringList{u"-p"_qs, u"a b c"_qs, u"--verbose"_qs};
        QTest::newRow("glued") << u"--task={task}"_qs << u"x y"_qs << QStringList{u"--task=x y"_qs};
        QTest::newRow("path inside") << u"{project}/cli.py"_qs << u"t"_qs << QStringList{u"/proj/cli.py"_qs};
        QTest::newRow("quoted literal") << u"'two words' \"and more\" {task}"_qs << u"t"_qs
                                        << QStringList{u"two words"_qs, u"and more"_qs, u"t"_qs};
        QTest::newRow("empty quoted") << u"'' {task}"_qs << u"t"_qs << QStringList{QString(), u"t"_qs};
        QTest::newRow("optional kept") << u"[--model {model}] x"_qs << u"t"_qs << QStringList{u"--model"_qs, u"opus"_qs, u"x"_qs};
        QTest::newRow("optional dropped") << u"[--agent {agent}] x"_qs << u"t"_qs << QStringList{u"x"_qs};
        QTest::newRow("value not rescanned") << u"{task}"_qs << u"{project} $(id) [--x]"_qs << QStringList{u"{project} $(id) [--x]"_qs};
        QTest::newRow("empty task stays an argument") << u"a {task} b"_qs << QString() << QStringList{u"a"_qs, QString(), u"b"_qs};
        QTest::newRow("newlines") << u"{task}"_qs << u"a\nb"_qs << QStringList{u"a\nb"_qs};
    }

    void templatesExpandIntoWholeArguments()
    {
        QFETCH(QString, templ);
        QFETCH(QString, task);
        QFETCH(QStringList, expected);
        QMap<QString, QString> values{{u"task"_qs, task}, {u"project"_qs, u"/proj"_qs}, {u"model"_qs, u"opus"_qs}};
        QStringList args;
        QString error;
        QVERIFY2(RunTemplate::expand(templ, values, &args, &error), qPrintable(error));
        QCOMPARE(args, expected);
    }

    void brokenTemplatesAreReported_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::newRow("unknown placeholder") << u"{taks}"_qs;
        QTest::newRow("unbalanced quote") << u"'abc"_qs;
        QTest::newRow("unclosed group") << u"[--model {model}"_qs;
        QTest::newRow("nested group") << u"[a [b]]"_qs;
    }

    void brokenTemplatesAreReported()
    {
        QFETCH(QString, templ);
        QStringList args;
        QString error;
        QVERIFY(!RunTemplate::expand(templ, {}, &args, &error));
        QVERIFY(!error.isEmpty());
    }

    void profilesSurviveASettingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        QCOMPARE(RunProfile::load(settings), RunProfile::defaults()); // nothing stored yet
        QCOMPARE(RunProfile::maxConcurrentRuns(settings), 2);
        QList<RunProfile> profiles = RunProfile::defaults();
        RunProfile mine = RunProfile::custom(u"/opt/claude/bin/claude"_qs, u"-p {prompt} --verbose"_qs);
        mine.name = u"Pinned claude"_qs;
        profiles.append(mine);
        RunProfile::save(settings, profiles);
        RunProfile::setMaxConcurrentRuns(settings, 4);
        QCOMPARE(RunProfile::load(settings), profiles);
        QCOMPARE(RunProfile::maxConcurrentRuns(settings), 4);
    }

    void theDefaultProfilesExpandAsDocumented()
    {
        RunSpec spec;
        spec.profile = RunProfile::claudeCode();
        spec.projectRoot = u"/p"_qs;
        spec.sessionDir = u"/p/Docs/hive-mind/sessions/s1"_qs;
        spec.sessionId = u"s1"_qs;
        spec.workerType = u"devops-worker"_qs;
        spec.task = u"Audit"_qs;
        spec.passAgent = true;
        spec.permissionMode = u"plan"_qs;
        ResolvedCommand cmd = RunResolver::resolve(spec);
        QCOMPARE(cmd.args.mid(2), (QStringList{u"--output-format"_qs, u"stream-json"_qs, u"--verbose"_qs, u"--agent"_qs,
                                              u"devops-worker"_qs, u"--permission-mode"_qs, u"plan"_qs}));
        QVERIFY(cmd.args.at(1).contains(u"Session ID: s1\n"_qs));

        spec.profile = RunProfile::pythonCli();
        cmd = RunResolver::resolve(spec);
        QCOMPARE(cmd.args, (QStringList{u"/p/.claude/agents/pydantic_ai/cli.py"_qs, u"devops"_qs, u"--session"_qs, u"s1"_qs,
                                        u"--task=Audit"_qs, u"--setup"_qs}));
        QVERIFY(cmd.env.value(u"PYTHONIOENCODING"_qs) == u"utf-8"_qs);
    }

    void theCommandLineIsShownQuoted()
    {
        ResolvedCommand cmd;
        cmd.program = u"/usr/bin/prog"_qs;
        cmd.args = {u"plain"_qs, u"two words"_qs, u"it's"_qs, QString(), u"$(x)"_qs};
        QCOMPARE(cmd.displayCommandLine(), u"/usr/bin/prog plain 'two words' 'it'\\''s' '' '$(x)'"_qs);
    }

    void sessionIdsAreCheckedAsOnePathComponent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("safe");
        QTest::newRow("usual") << u"2025-08-30-14-30-crypto-audit"_qs << true;
        QTest::newRow("any name") << u"my session (2)"_qs << true;
        QTest::newRow("dot") << u"."_qs << false;
        QTest::newRow("dotdot") << u".."_qs << false;
        QTest::newRow("slash") << u"a/b"_qs << false;
        QTest::newRow("backslash") << u"a\\b"_qs << false;
        QTest::newRow("nul") << QString(u"a"_qs + QChar(0)) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << QString(300, u'a') << false;
    }

    void sessionIdsAreCheckedAsOnePathComponent()
    {
        QFETCH(QString, id);
        QFETCH(bool, safe);
        QCOMPARE(RunSpec::isSafeSessionId(id), safe);
    }
};

QTEST_GUILESS_MAIN(TestRunProfile)
#include "tst_runprofile.moc"
