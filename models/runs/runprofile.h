#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QSettings;

// How to launch one kind of worker runner: a program and an argument
// template. The template is split into arguments once, at parse time, and
// each placeholder ({task}, {session}, ...) is substituted INSIDE one argument,
// so a value can never become a second argument, an option or a shell command
// (no shell is ever involved). A group in square brackets, e.g.
// "[--model {model}]", is dropped when any placeholder in it is empty.
struct RunProfile {
    // Framework3Phase follows the framework's own worker lifecycle
    // (docs/FORMAT.md, "the three-phase worker lifecycle"): `cli.py <w> --setup`,
    // then `program` (Claude Code) with `argsTemplate` on the worker's files,
    // then `cli.py <w> --output`, as one run of three steps.
    enum Kind { ClaudeCode, PythonCli, Custom, Framework3Phase };

    QString name;           // unique, shown to the user and given to `run --profile`
    Kind kind = Custom;
    QString program;        // a name looked up in PATH, or a path
    QString argsTemplate;
    bool builtIn = false;   // one of the defaults (the user may still edit a copy)
    // Framework3Phase: the interpreter of the framework's cli.py (phases 1 and 3).
    QString cliProgram = QStringLiteral("python3");

    static RunProfile claudeCode();
    static RunProfile framework3Phase();
    static RunProfile pythonCli();
    static RunProfile custom(const QString &program, const QString &argsTemplate);
    static QList<RunProfile> defaults();

    static QString kindName(Kind kind);         // "claude-code", "python-cli", "custom", "framework-3phase"
    static Kind kindFromName(const QString &name);

    // Profiles from QSettings (group "runners"), the defaults when none are stored.
    static QList<RunProfile> load(QSettings &settings);
    static void save(QSettings &settings, const QList<RunProfile> &profiles);
    static int maxConcurrentRuns(QSettings &settings);   // default 2
    static void setMaxConcurrentRuns(QSettings &settings, int n);

    bool operator==(const RunProfile &o) const
    {
        return name == o.name && kind == o.kind && program == o.program && argsTemplate == o.argsTemplate
               && cliProgram == o.cliProgram;
    }
};

namespace RunTemplate {
// One parsed token of a template.
struct Token {
    QString text;        // with placeholders still in it
    int group = -1;      // index of its optional [...] group, -1 when mandatory
};

// Splits a template into argument tokens. Whitespace separates arguments;
// '...' and "..." keep spaces inside one argument (no escapes, no expansion).
// Returns false with a message on an unbalanced quote or bracket.
bool parse(const QString &templ, QList<Token> *tokens, QString *error);

// Expands a template into the final argument list. Unknown placeholders are
// an error (a typo must not silently become a literal argument).
bool expand(const QString &templ, const QMap<QString, QString> &values, QStringList *args, QString *error);

// The placeholders a template may use, for the dialog's help text.
QStringList knownPlaceholders();
}
