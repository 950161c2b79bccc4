#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <nlohmann/json.hpp>

// A heading the notes outline requires. `valueKind` marks the
// "## Session: [session-id]" / "## Generated: [timestamp]" lines whose text
// after the colon is a value, not a fixed title.
struct OutlineHeading {
    enum ValueKind { Fixed, SessionId, Timestamp };
    int level = 0;
    QString text;          // normalized; for value headings only the label ("Session")
    ValueKind valueKind = Fixed;
    bool operator==(const OutlineHeading &o) const
    {
        return level == o.level && text == o.text && valueKind == o.valueKind;
    }
};

// The notes outline of a template, read from its markdown skeleton.
struct NotesOutline {
    QString markdown;                  // the skeleton as written
    OutlineHeading title;              // level-1 heading; its text may hold [placeholders]
    QVector<OutlineHeading> headings;  // required headings after the title, in order
    QStringList placeholders;          // "[...]" lines a real report must replace

    static NotesOutline fromMarkdown(const QByteArray &markdown);
    // A 2025-09-13 framework notes template (agents/pydantic_ai/<w>/templates/
    // <w>_notes_template.md): its "##" sections are required, its "###"
    // sections may be removed ("remove sections with no relevant content"),
    // and a "##" section of instructions only (no "*REQUIRED:" line, its
    // first line an italic note such as "*MANDATORY for all sections*") is
    // guidance the worker may drop.
    static NotesOutline fromFrameworkMarkdown(const QByteArray &markdown);
    bool operator==(const NotesOutline &o) const
    {
        return title == o.title && headings == o.headings && placeholders == o.placeholders;
    }
};

// What a worker type must produce: file names, notes outline, response schema.
struct WorkerTemplate {
    enum Source { BuiltIn, UserFolder, ProjectAgents, Imported, FrameworkTemplates };

    QString workerType;     // "devops-worker"; "generic" for the fallback
    QString displayName;    // front matter "description" or the type
    QString notesFile;      // relative to the session: notes/devops_notes.md
    QString responseFile;   // workers/json/devops_response.json
    NotesOutline outline;
    nlohmann::json schema;  // draft-07, as inferred or as given
    QStringList responsePlaceholders; // string values that are template placeholders
    Source source = BuiltIn;
    QString sourcePath;     // file (or qrc path) it came from
    QStringList problems;   // why parts of it could not be read
    // Setup-phase copies of this template carry markers a worker must
    // replace ({{...}}, "*REQUIRED:" lines, "Template - remove if" values,
    // ids ending in -TEMPLATE, "TBD"): the validators flag each one left.
    bool unfilledMarkers = false;
    QString notesTemplatePath, responseTemplatePath; // FrameworkTemplates: the two files

    bool isValid() const { return !workerType.isEmpty(); }
    static QString sourceName(Source s);
    // Placeholders of a schema: "string", "ISO-8601" and each enum joined by "|".
    static QStringList placeholdersOf(const nlohmann::json &schema);
};

// "devops-worker" -> "devops" (docs/FORMAT.md's <w>).
QString workerShortName(const QString &workerType);
