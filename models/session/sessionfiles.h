#pragma once

#include <QString>
#include <QStringList>

#include <vector>

struct SessionData;

// The files of one session, as paths relative to the session folder. Notes
// and responses include the non-standard variants of docs/FORMAT.md.
struct SessionFiles {
    QString sessionMd, state, events, debug, backlog, notifications; // empty when missing
    QStringList notes;      // notes/<w>_notes.md and variants
    QStringList responses;  // workers/json/<w>_response.json and variants
    QStringList prompts;    // workers/prompts/*.prompt
    QStringList others;     // anything else worth showing (synthesis, run logs, ...)
    // Output folders that are there but cannot be listed (a symlink loop or
    // to nowhere, not a folder, no permission): their files are unknown, so
    // "wrote no notes" would be a false word. Path relative, reason a sentence.
    struct Unreadable {
        QString path;
        QString reason;
    };
    std::vector<Unreadable> unreadableFolders;

    static SessionFiles scan(const QString &sessionDir);
    QStringList all() const;

    // The file an output event (notes_created, json_created and their
    // variants) refers to: the path in its details when that file exists,
    // else the worker's file among the notes or responses. Empty otherwise.
    static QString outputFileOf(const SessionData &data, int eventIndex);
};
