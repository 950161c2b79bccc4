#include "sessionmarkdown.h"

#include "safefile.h"

#include <QRegularExpression>

SessionMarkdown SessionMarkdown::read(const QString &sessionDir)
{
    SessionMarkdown out;
    // The fields are at the top; a huge or hostile file is cut, not read whole.
    const SafeFile::Result file = SafeFile::read(sessionDir + QStringLiteral("/SESSION.md"), 64 * 1024);
    if (!file.ok() && file.status != SafeFile::Status::TooLarge)
        return out;
    static const QRegularExpression field(QStringLiteral("^\\s*\\*\\*(Task|Created|Status):\\*\\*\\s*(.*?)\\s*$"));
    const QStringList lines = QString::fromUtf8(file.bytes).split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = field.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1), value = m.captured(2);
        if (key == u"Task" && out.task.isEmpty())
            out.task = value;
        else if (key == u"Created" && out.created.isEmpty())
            out.created = value;
        else if (key == u"Status" && out.status.isEmpty())
            out.status = value;
    }
    return out;
}
