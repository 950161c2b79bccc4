#pragma once

#include "historyrecord.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The history index on disk: one SQLite file (WAL; FTS5 over the texts).
// A connection belongs to the thread that opened it (Qt SQL's rule), so each
// job opens its own HistoryDatabase on the same file; one writer at a time
// (SQLite's WAL lets readers go on meanwhile).
//
// The schema is versioned (PRAGMA user_version) and upgraded in place; a file
// that is damaged or not ours is moved aside (".damaged-<time>") and a new
// index is built, with `notice()` saying so in a sentence. A newer schema than
// this build knows is refused, not rebuilt: it belongs to a newer app.
class HistoryDatabase
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kApplicationId = 0x53494858; // "SIHX"

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // The per-user index file (the app's data folder).
    static QString defaultLocation();
    // `location`: a file path, "sqlite:PATH" or empty for defaultLocation().
    bool open(const QString &location, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString notice() const { return m_notice; } // what open() had to do (a rebuild), else empty
    QSqlDatabase &db() { return m_db; }

    // Replaces everything known about the session at record.path.
    bool writeSession(const SessionRecord &record, QString *error);
    bool removeSession(const QString &path, QString *error);
    // path -> fingerprint of every indexed session (under `root`, when given).
    QHash<QString, QString> fingerprints(const QString &root = QString());

    QStringList roots();
    bool addRoot(const QString &path, QString *error);
    bool removeRoot(const QString &path, QString *error);

    // Counts for the status line and the size benchmark.
    qint64 sessionCount();
    qint64 textCount();
    qint64 eventCount();

private:
    bool openFile(QString *error);
    bool createOrUpgrade(QString *error);
    bool moveAside(const QString &why, QString *error);
    bool removeSessionRows(const QString &path, QString *error); // inside the caller's transaction
    qint64 nameId(const QString &name);
    void close();

    QString m_path;
    QString m_connection;
    QString m_notice;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_names;
};
