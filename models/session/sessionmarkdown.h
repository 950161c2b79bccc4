#pragma once

#include <QString>

// What SESSION.md says about a session: the 2025-09-13 framework has no
// STATE.json, and its scribe writes the task and creation time here
// ("**Task:** ...", "**Created:** ..."; scribe/runner.py).
struct SessionMarkdown {
    QString task;
    QString created; // as written (ISO-8601)
    QString status;

    static SessionMarkdown read(const QString &sessionDir);
};
