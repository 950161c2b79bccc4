#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Unsaved edits kept in a per-user folder so that a crash loses at most the
// last few seconds of typing. One entry per (open file, process): the entry
// names the process that wrote it, and the next start offers the entries of
// processes that are gone. Stateless apart from the folder, so it can be
// used from a worker thread.
struct RecoveryEntry {
    QString entryPath;   // the entry's own file in the recovery folder
    QString filePath;    // the document it belongs to (absolute)
    QDateTime savedAt;   // UTC, when the edits were written
    qint64 pid = 0;      // the process that wrote it
    QString text;        // the unsaved text
};

class RecoveryStore
{
public:
    // SI_RECOVERY_DIR overrides the default (tests, portable installs).
    static QString defaultDir();

    explicit RecoveryStore(const QString &dir = defaultDir());
    QString dir() const { return m_dir; }

    // Writes (atomically) this process's entry for filePath.
    bool write(const QString &filePath, const QString &text, QString *error = nullptr) const;
    // Drops this process's entry for filePath (after a save or a deliberate discard).
    void remove(const QString &filePath) const;
    // Entries left by processes that no longer run, newest first. Unreadable
    // entries are skipped, never fatal.
    QList<RecoveryEntry> orphaned() const;
    // Every readable entry, including live processes' ones.
    QList<RecoveryEntry> all() const;
    bool discard(const RecoveryEntry &entry) const;

    static bool processAlive(qint64 pid);

private:
    QString entryPathFor(const QString &filePath, qint64 pid) const;
    static bool read(const QString &entryPath, RecoveryEntry *entry);
    QString m_dir;
};
