#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A citation of one event of the session's EVENTS.jsonl inside a notes or
// response document. It names the line and what the event was, so that a
// line that no longer holds that event (the log was edited or replaced) can
// be reported:
//   markdown: [worker_spawned · devops-worker · 2025-08-30T14:16:22Z](../EVENTS.jsonl#L42)
//   JSON:     "EVENTS.jsonl#L42 worker_spawned devops-worker 2025-08-30T14:16:22Z"
struct Citation {
    int eventLine = 0;   // 1-based line in EVENTS.jsonl
    QString type, agent, timestamp;
    int docLine = 0;     // 0-based position of the citation in the document
    int docColumn = 0;   // 0-based, UTF-16
    int length = 0;
};

class CitationFormat
{
public:
    // relativePrefix: the way from the document's folder to the session
    // folder ("../" for notes/, "../../" for workers/json/).
    static QString markdownLink(int eventLine, const QString &type, const QString &agent, const QString &timestamp,
                                const QString &relativePrefix);
    static QString jsonString(int eventLine, const QString &type, const QString &agent, const QString &timestamp);
    // The way up from a session-relative document path to the session folder.
    static QString prefixFor(const QString &relativeDocPath);

    static QList<Citation> find(const QString &document);

    // Does the raw EVENTS.jsonl line hold the cited event? Compares type,
    // agent and timestamp; `why` says what differs.
    static bool holds(const Citation &citation, const QByteArray &rawLine, QString *why = nullptr);
};
