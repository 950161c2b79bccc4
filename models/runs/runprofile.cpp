#include "runprofile.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

RunProfile RunProfile::claudeCode()
{
    RunProfile p;
    p.name = QStringLiteral("Claude Code");
    p.kind = ClaudeCode;
    p.program = QStringLiteral("claude");
    // stream-json requires --verbose (docs/RUNNERS.md). The optional groups vanish
    // when the dialog leaves the value empty.
    p.argsTemplate = QStringLiteral("-p {prompt} --output-format stream-json --verbose "
                                    "[--agent {agent}] [--model {model}] [--permission-mode {mode}]");
    p.builtIn = true;
    return p;
}

RunProfile RunProfile::pythonCli()
{
    RunProfile p;
    p.name = QStringLiteral("Python CLI");
    p.kind = PythonCli;
    p.program = QStringLiteral("python3");
    // "--task={task}" rather than "--task {task}": with the value glued to its
    // option, argparse takes a task such as "--output" as the task and not as
    // an option, so a task text can never change what the CLI does.
    p.argsTemplate = QStringLiteral("{project}/.claude/agents/pydantic_ai/cli.py {worker_short} "
                                    "--session {session} --task={task} [--model {model}] --setup");
    p.builtIn = true;
    return p;
}

RunProfile RunProfile::framework3Phase()
{
    RunProfile p;
    p.name = QStringLiteral("framework 3-phase");
    p.kind = Framework3Phase;
    p.program = QStringLiteral("claude");
    // Phase 2 only edits the two files that --setup copied from the templates,
    // so only file tools are pre-approved (as root, never bypassPermissions).
    p.argsTemplate = QStringLiteral("-p {prompt} --output-format stream-json --verbose "
                                    "--allowedTools 'Read Edit Write' [--model {model}] [--permission-mode {mode}]");
    p.cliProgram = QStringLiteral("python3");
    p.builtIn = true;
    return p;
}

RunProfile RunProfile::custom(const QString &program, const QString &argsTemplate)
{
    RunProfile p;
    p.name = QStringLiteral("custom");
    p.kind = Custom;
    p.program = program;
    p.argsTemplate = argsTemplate;
    return p;
}

QList<RunProfile> RunProfile::defaults()
{
    return {claudeCode(), framework3Phase(), pythonCli()};
}

QString RunProfile::kindName(Kind kind)
{
    switch (kind) {
    case ClaudeCode: return QStringLiteral("claude-code");
    case PythonCli: return QStringLiteral("python-cli");
    case Framework3Phase: return QStringLiteral("framework-3phase");
    case Custom: break;
    }
    return QStringLiteral("custom");
}

RunProfile::Kind RunProfile::kindFromName(const QString &name)
{
    if (name == QLatin1String("claude-code"))
        return ClaudeCode;
    if (name == QLatin1String("python-cli"))
        return PythonCli;
    if (name == QLatin1String("framework-3phase"))
        return Framework3Phase;
    return Custom;
}

QList<RunProfile> RunProfile::load(QSettings &settings)
{
    QList<RunProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("runners/profiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        RunProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.kind = kindFromName(settings.value(QStringLiteral("kind")).toString());
        p.program = settings.value(QStringLiteral("program")).toString();
        p.argsTemplate = settings.value(QStringLiteral("args")).toString();
        p.builtIn = settings.value(QStringLiteral("builtIn")).toBool();
        p.cliProgram = settings.value(QStringLiteral("cliProgram"), QStringLiteral("python3")).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    settings.endArray();
    if (out.isEmpty())
        return defaults();
    // Settings saved before the framework profile existed still get it.
    const bool hasFramework = std::any_of(out.cbegin(), out.cend(), [](const RunProfile &p) { return p.kind == Framework3Phase; });
    if (!hasFramework)
        out.append(framework3Phase());
    return out;
}

void RunProfile::save(QSettings &settings, const QList<RunProfile> &profiles)
{
    settings.remove(QStringLiteral("runners/profiles"));
    settings.beginWriteArray(QStringLiteral("runners/profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const RunProfile &p = profiles.at(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("kind"), kindName(p.kind));
        settings.setValue(QStringLiteral("program"), p.program);
        settings.setValue(QStringLiteral("args"), p.argsTemplate);
        settings.setValue(QStringLiteral("builtIn"), p.builtIn);
        settings.setValue(QStringLiteral("cliProgram"), p.cliProgram);
    }
    settings.endArray();
}

int RunProfile::maxConcurrentRuns(QSettings &settings)
{
    const int n = settings.value(QStringLiteral("runners/maxConcurrent"), 2).toInt();
    return n < 1 ? 1 : n;
}

void RunProfile::setMaxConcurrentRuns(QSettings &settings, int n)
{
    settings.setValue(QStringLiteral("runners/maxConcurrent"), n < 1 ? 1 : n);
}

namespace RunTemplate {

QStringList knownPlaceholders()
{
    return {QStringLiteral("prompt"), QStringLiteral("prompt_file"), QStringLiteral("task"),
            QStringLiteral("session"), QStringLiteral("session_dir"), QStringLiteral("project"),
            QStringLiteral("worker"), QStringLiteral("worker_short"), QStringLiteral("agent"),
            QStringLiteral("model"), QStringLiteral("mode"), QStringLiteral("timeout")};
}

bool parse(const QString &templ, QList<Token> *tokens, QString *error)
{
    tokens->clear();
    int group = -1, groups = 0;
    QString cur;
    bool inToken = false;
    QChar quote;
    auto flush = [&] {
        if (inToken)
            tokens->append(Token{cur, group});
        cur.clear();
        inToken = false;
    };
    for (const QChar c : templ) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                cur += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inToken = true; // '' is an empty argument on purpose
        } else if (c.isSpace()) {
            flush();
        } else if (c == u'[' && !inToken) {
            if (group >= 0) {
                *error = QCoreApplication::translate("RunTemplate", "Optional groups [...] cannot be nested.");
                return false;
            }
            group = groups++;
        } else if (c == u']' && group >= 0) {
            flush();
            group = -1;
        } else {
            cur += c;
            inToken = true;
        }
    }
    if (!quote.isNull()) {
        *error = QCoreApplication::translate("RunTemplate", "Unbalanced quote in the argument template.");
        return false;
    }
    if (group >= 0) {
        *error = QCoreApplication::translate("RunTemplate", "Unclosed [ in the argument template.");
        return false;
    }
    flush();
    return true;
}

// Substitutes every {name} of one token. Returns false on an unknown name;
// *anyEmpty tells whether a placeholder expanded to nothing.
static bool substitute(const QString &token, const QMap<QString, QString> &values, QString *out, bool *anyEmpty,
                       QString *error)
{
    out->clear();
    int i = 0;
    while (i < token.size()) {
        const int open = token.indexOf(u'{', i);
        const int close = open < 0 ? -1 : token.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            out->append(QStringView(token).mid(i));
            break;
        }
        out->append(QStringView(token).mid(i, open - i));
        const QString name = token.mid(open + 1, close - open - 1);
        if (!knownPlaceholders().contains(name)) {
            *error = QCoreApplication::translate("RunTemplate", "Unknown placeholder {%1} in the argument template.").arg(name);
            return false;
        }
        const QString v = values.value(name);
        if (v.isEmpty())
            *anyEmpty = true;
        out->append(v);
        i = close + 1;
    }
    return true;
}

bool expand(const QString &templ, const QMap<QString, QString> &values, QStringList *args, QString *error)
{
    QList<Token> tokens;
    if (!parse(templ, &tokens, error))
        return false;
    args->clear();
    QMap<int, bool> groupEmpty;
    QList<QPair<int, QString>> expanded;
    for (const Token &t : tokens) {
        QString v;
        bool empty = false;
        if (!substitute(t.text, values, &v, &empty, error))
            return false;
        if (t.group >= 0 && empty)
            groupEmpty[t.group] = true;
        expanded.append({t.group, v});
    }
    for (const auto &e : expanded) {
        if (e.first >= 0 && groupEmpty.value(e.first))
            continue;
        args->append(e.second);
    }
    return true;
}

} // namespace RunTemplate
