#include "diagnostic.h"

QString Diagnostic::severityName(Severity s)
{
    // Untranslated on purpose: the text and JSON formats are machine-read.
    switch (s) {
    case Error: return QStringLiteral("error");
    case Warning: return QStringLiteral("warning");
    case Info: return QStringLiteral("note");
    }
    return QString();
}

namespace {
// One diagnostic is one line: a path or message holding a newline or
// another control character (a session folder may be named anything) would
// break `file:line:column:` parsing in scripts. Escaped C-style.
QString oneLine(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
}

QString Diagnostic::toText() const
{
    QString where = oneLine(file);
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + oneLine(message)
        + QStringLiteral(" [") + rule + u']';
}

nlohmann::ordered_json Diagnostic::toJson() const
{
    nlohmann::ordered_json j;
    j["severity"] = severityName(severity).toStdString();
    j["rule"] = rule.toStdString();
    j["file"] = file.toStdString();
    if (line > 0)
        j["line"] = line;
    if (column > 0)
        j["column"] = column;
    if (!pointer.isEmpty())
        j["pointer"] = pointer.toStdString();
    j["message"] = message.toStdString();
    return j;
}

bool Diagnostic::operator==(const Diagnostic &o) const
{
    return severity == o.severity && rule == o.rule && file == o.file && line == o.line && column == o.column
        && pointer == o.pointer && message == o.message;
}

DoctorCounts countOf(const Diagnostics &diagnostics)
{
    DoctorCounts c;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Error)
            ++c.errors;
        else if (d.severity == Diagnostic::Warning)
            ++c.warnings;
    }
    return c;
}
