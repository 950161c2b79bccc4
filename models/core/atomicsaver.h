#pragma once

#include <QByteArray>
#include <QString>

// Writes a file so that, after a crash or power cut at any moment, it holds
// either the old or the new content: QSaveFile writes a temporary file in the
// same folder, syncs it and renames it over the target. Never falls back to
// writing in place (which is what QSaveFile would do in a folder where it
// can't create the temporary file).
class AtomicSaver
{
public:
    struct Result {
        bool ok = false;
        QString error;  // translated, for the user; empty when ok
    };

    // createFolders: make missing parent folders (for a file created from a
    // template at its canonical path).
    static Result save(const QString &path, const QByteArray &bytes, bool createFolders = false);
};
