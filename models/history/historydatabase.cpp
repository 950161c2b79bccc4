#include "historydatabase.h"

#include "safefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryDatabase", text);
}

// The schema of version 1. Names of workers and files are interned (they
// repeat on every text row); text rows carry a time-ordered id so that
// "newest first" is the full-text index's own order (historysearch.cpp).
const char *const kSchemaV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE roots(path TEXT PRIMARY KEY, added_ms INTEGER)",
    "CREATE TABLE names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE sessions(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, session_id TEXT, project TEXT,"
    " project_root TEXT, protocol TEXT, task TEXT, status TEXT, first_ms INTEGER, last_ms INTEGER,"
    " duration_s REAL, events INTEGER, bad_lines INTEGER, errors INTEGER, warnings INTEGER, problem TEXT,"
    " fingerprint TEXT, indexed_ms INTEGER)",
    "CREATE INDEX sessions_last ON sessions(last_ms)",
    "CREATE TABLE workers(session INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    " status TEXT, events INTEGER, first_ms INTEGER, last_ms INTEGER, duration_s REAL, errors INTEGER,"
    " warnings INTEGER, infos INTEGER, input_tokens INTEGER, output_tokens INTEGER, cache_write_tokens INTEGER,"
    " cache_read_tokens INTEGER, cost_usd REAL, model TEXT, PRIMARY KEY(session, name)) WITHOUT ROWID",
    "CREATE INDEX workers_name ON workers(name)",
    "CREATE TABLE rules(session INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, worker TEXT,"
    " rule TEXT NOT NULL, severity TEXT NOT NULL, count INTEGER NOT NULL)",
    "CREATE INDEX rules_session ON rules(session)",
    "CREATE TABLE texts(id INTEGER PRIMARY KEY, session INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " worker INTEGER, file INTEGER, line INTEGER, pointer TEXT, body TEXT NOT NULL)",
    "CREATE INDEX texts_session ON texts(session)",
    "CREATE VIRTUAL TABLE texts_fts USING fts5(body, content='texts', content_rowid='id', columnsize=0,"
    " tokenize=\"unicode61 remove_diacritics 2\")",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

QVariant orNull(qint64 v, qint64 none)
{
    return v == none ? QVariant() : QVariant(v);
}

} // namespace

HistoryDatabase::HistoryDatabase()
    : m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryDatabase::defaultLocation()
{
    // Beside the logs (~/.local/share/SessionInspector/session-inspector/),
    // whichever application object asks: the GUI and the headless commands
    // share one index.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/SessionInspector/session-inspector/history.sqlite");
}

bool HistoryDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool HistoryDatabase::open(const QString &location, QString *error)
{
    close();
    m_notice.clear();
    QString path = location;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.startsWith(QLatin1String("postgresql:")) || path.startsWith(QLatin1String("postgres:"))) {
        if (error)
            *error = tr("A PostgreSQL index is not available in this build; use a SQLite file.");
        return false;
    }
    if (path.isEmpty())
        path = defaultLocation();
    m_path = QFileInfo(path).absoluteFilePath();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite).");
        return false;
    }
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        if (error)
            *error = tr("%1 is not a regular file, so it cannot hold the index.").arg(m_path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("The folder %1 cannot be created.").arg(info.absolutePath());
        return false;
    }
    QString why;
    if (openFile(&why) && createOrUpgrade(&why))
        return true;
    if (why.startsWith(QLatin1String("newer:"))) {
        if (error)
            *error = why.mid(6);
        close();
        return false;
    }
    // Damaged or foreign: the index is a cache, so it is rebuilt; the old
    // file is kept beside it in case it was something else of the user's.
    close();
    if (!moveAside(why, error))
        return false;
    return openFile(error) && createOrUpgrade(error);
}

bool HistoryDatabase::openFile(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    // A file that is not a database opens fine and fails here.
    QString e;
    if (!exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &e) || !exec(m_db, QStringLiteral("PRAGMA foreign_keys=ON"), &e)
        || !exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), &e)) {
        if (error)
            *error = e;
        return false;
    }
    return true;
}

bool HistoryDatabase::createOrUpgrade(QString *error)
{
    // A cheap look instead of PRAGMA quick_check, which reads the whole file
    // on every open (a search opens its own connection): a file cut short
    // is caught by its header's page count, garbage by the first query.
    const SafeFile::Result head = SafeFile::read(m_path, 100);
    if (head.bytes.size() >= 100 && head.bytes.startsWith("SQLite format 3")) {
        const auto be = [&](int at, int n) {
            quint64 v = 0;
            for (int i = 0; i < n; ++i)
                v = (v << 8) | quint8(head.bytes.at(at + i));
            return v;
        };
        quint64 pageSize = be(16, 2);
        if (pageSize == 1)
            pageSize = 65536;
        const quint64 pages = be(28, 4);
        if (pages > 0 && pageSize * pages > quint64(QFileInfo(m_path).size()) && !QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
            if (error)
                *error = tr("the file is shorter than its header says: it was cut off");
            return false;
        }
    }
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !check.next()) {
        if (error)
            *error = check.lastError().databaseText().isEmpty() ? check.lastError().text() : check.lastError().databaseText();
        return false;
    }
    const int appId = scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt();
    const int version = scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
    const qint64 tables = scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toLongLong();
    if (appId != kApplicationId && tables > 0) {
        if (error)
            *error = tr("it is not a Session Inspector index");
        return false;
    }
    if (version > kSchemaVersion) {
        if (error)
            *error = QStringLiteral("newer:") + tr("The index %1 was written by a newer Session Inspector (schema %2, this one knows %3); "
                                                   "choose another index file or update.").arg(m_path).arg(version).arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    // Upgrades run in one transaction each: a failure leaves the old schema.
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QString e;
    bool ok = true;
    if (version == 0) {
        for (const char *sql : kSchemaV1) {
            if (!(ok = exec(m_db, QString::fromLatin1(sql), &e)))
                break;
        }
    }
    // Later versions add their steps here: if (ok && version < 2) { ... }
    if (ok)
        ok = exec(m_db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), &e)
            && exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), &e);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        if (error)
            *error = e.isEmpty() ? m_db.lastError().text() : e;
        return false;
    }
    return true;
}

bool HistoryDatabase::moveAside(const QString &why, QString *error)
{
    const QString aside = m_path + QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (!QFile::rename(m_path, aside)) {
        if (error)
            *error = tr("The index %1 cannot be read (%2) and cannot be moved aside to rebuild it.").arg(m_path, why);
        return false;
    }
    m_notice = tr("The index %1 could not be used (%2); it was moved to %3 and a new index is built.").arg(m_path, why, aside);
    return true;
}

qint64 HistoryDatabase::nameId(const QString &name)
{
    if (name.isEmpty())
        return 0;
    auto it = m_names.constFind(name);
    if (it != m_names.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO names(name) VALUES(?) ON CONFLICT(name) DO UPDATE SET name=excluded.name RETURNING id"));
    q.addBindValue(name);
    qint64 id = 0;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    m_names.insert(name, id);
    return id;
}

bool HistoryDatabase::removeSession(const QString &path, QString *error)
{
    // One transaction: a session row left without its texts would keep its
    // fingerprint and never be read again.
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!removeSessionRows(path, error) || !m_db.commit()) {
        if (error && error->isEmpty())
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool HistoryDatabase::removeSessionRows(const QString &path, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM sessions WHERE path=?"));
    q.addBindValue(path);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true;
    const qint64 id = q.value(0).toLongLong();
    // External-content FTS forgets a row only when told its old text.
    const char *const steps[] = {
        "INSERT INTO texts_fts(texts_fts, rowid, body) SELECT 'delete', id, body FROM texts WHERE session=?",
        "DELETE FROM texts WHERE session=?",
        "DELETE FROM sessions WHERE id=?",
    };
    for (const char *sql : steps) {
        QSqlQuery s(m_db);
        s.prepare(QString::fromLatin1(sql));
        s.addBindValue(id);
        if (!s.exec()) {
            if (error)
                *error = s.lastError().text();
            return false;
        }
    }
    return true;
}

bool HistoryDatabase::writeSession(const SessionRecord &r, QString *error)
{
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        m_db.rollback();
        m_names.clear(); // ids inserted in the rolled-back transaction are gone
        return false;
    };
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!removeSessionRows(r.path, error)) {
        m_db.rollback();
        return false;
    }
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("INSERT INTO sessions(path, session_id, project, project_root, protocol, task, status, first_ms, last_ms,"
                             " duration_s, events, bad_lines, errors, warnings, problem, fingerprint, indexed_ms)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(r.path), QVariant(r.sessionId), QVariant(r.project), QVariant(r.projectRoot), QVariant(r.protocol),
                              QVariant(r.task), QVariant(r.status), orNull(r.firstMs, 0), orNull(r.lastMs, 0), QVariant(r.durationS()),
                              QVariant(r.events), QVariant(r.badLines), QVariant(r.errors), QVariant(r.warnings), QVariant(r.problem),
                              QVariant(r.fingerprint), QVariant(QDateTime::currentMSecsSinceEpoch())})
        s.addBindValue(v);
    if (!s.exec())
        return fail(s);
    const qint64 sessionRow = s.lastInsertId().toLongLong();

    QSqlQuery w(m_db);
    w.prepare(QStringLiteral("INSERT OR REPLACE INTO workers(session, name, status, events, first_ms, last_ms, duration_s, errors, warnings,"
                             " infos, input_tokens, output_tokens, cache_write_tokens, cache_read_tokens, cost_usd, model)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const WorkerRecord &wr : r.workers) {
        const double duration = wr.lastMs > wr.firstMs ? double(wr.lastMs - wr.firstMs) / 1000.0 : 0.0;
        for (const QVariant &v : {QVariant(sessionRow), QVariant(wr.name), QVariant(wr.status), QVariant(wr.events), orNull(wr.firstMs, 0),
                                  orNull(wr.lastMs, 0), QVariant(duration), QVariant(wr.errors), QVariant(wr.warnings), QVariant(wr.infos),
                                  orNull(wr.inputTokens, -1), orNull(wr.outputTokens, -1), orNull(wr.cacheWriteTokens, -1),
                                  orNull(wr.cacheReadTokens, -1), wr.costUsd < 0 ? QVariant() : QVariant(wr.costUsd),
                                  wr.model.isEmpty() ? QVariant() : QVariant(wr.model)})
            w.addBindValue(v);
        if (!w.exec())
            return fail(w);
    }
    QSqlQuery ru(m_db);
    ru.prepare(QStringLiteral("INSERT INTO rules(session, worker, rule, severity, count) VALUES(?,?,?,?,?)"));
    for (const RuleCount &rc : r.rules) {
        for (const QVariant &v : {QVariant(sessionRow), QVariant(rc.worker), QVariant(rc.rule), QVariant(rc.severity), QVariant(rc.count)})
            ru.addBindValue(v);
        if (!ru.exec())
            return fail(ru);
    }

    // Text ids are time * 4096 + a slot: the newest text has the largest id,
    // so a newest-first search walks the FTS index in its own order and stops
    // after the first page. A slot taken by another session's text at the
    // same millisecond moves on to the next one.
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("INSERT INTO texts(id, session, kind, worker, file, line, pointer, body) VALUES(?,?,?,?,?,?,?,?)"));
    QSqlQuery f(m_db);
    f.prepare(QStringLiteral("INSERT INTO texts_fts(rowid, body) VALUES(?,?)"));
    const quint32 seed = qHash(r.path);
    qint64 lastBase = -1;
    int slot = 0;
    for (size_t i = 0; i < r.texts.size(); ++i) {
        const TextRecord &tx = r.texts[i];
        const qint64 timeMs = std::max<qint64>(0, tx.timeMs ? tx.timeMs : r.lastMs);
        const qint64 base = std::min<qint64>(timeMs, (qint64(1) << 50)) * 4096;
        slot = base == lastBase ? slot + 1 : int(seed % 4096u);
        lastBase = base;
        bool inserted = false;
        for (int attempt = 0; attempt < 4096 && !inserted; ++attempt) {
            const qint64 id = base + ((slot + attempt) % 4096);
            t.bindValue(0, id);
            t.bindValue(1, sessionRow);
            t.bindValue(2, int(tx.kind));
            t.bindValue(3, orNull(nameId(tx.worker), 0));
            t.bindValue(4, orNull(nameId(tx.file), 0));
            t.bindValue(5, orNull(tx.line, 0));
            t.bindValue(6, tx.pointer.isEmpty() ? QVariant() : QVariant(tx.pointer));
            t.bindValue(7, tx.body);
            if (t.exec()) {
                inserted = true;
                slot = (slot + attempt) % 4096;
                f.bindValue(0, id);
                f.bindValue(1, tx.body);
                if (!f.exec())
                    return fail(f);
            } else if (t.lastError().nativeErrorCode() != QLatin1String("1555")
                       && t.lastError().nativeErrorCode() != QLatin1String("19")) { // SQLITE_CONSTRAINT_PRIMARYKEY / CONSTRAINT
                return fail(t);
            }
        }
        // 4096 texts of the same millisecond: the rest of them is not searchable.
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        m_names.clear();
        return false;
    }
    return true;
}

QHash<QString, QString> HistoryDatabase::fingerprints(const QString &root)
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    if (root.isEmpty()) {
        q.prepare(QStringLiteral("SELECT path, fingerprint FROM sessions"));
    } else {
        // Prefix match by range, not LIKE: a path may hold % or _.
        q.prepare(QStringLiteral("SELECT path, fingerprint FROM sessions WHERE path = ? OR (path >= ? AND path < ?)"));
        const QString prefix = QDir::cleanPath(root) + QLatin1Char('/');
        q.addBindValue(QDir::cleanPath(root));
        q.addBindValue(prefix);
        q.addBindValue(QString(QDir::cleanPath(root) + QLatin1Char('0'))); // '0' follows '/'
    }
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

QStringList HistoryDatabase::roots()
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT path FROM roots ORDER BY path"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool HistoryDatabase::addRoot(const QString &path, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO roots(path, added_ms) VALUES(?, ?)"));
    q.addBindValue(QDir::cleanPath(path));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryDatabase::removeRoot(const QString &path, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    const QHash<QString, QString> under = fingerprints(path);
    for (auto it = under.begin(); it != under.end(); ++it) {
        if (!removeSessionRows(it.key(), error)) {
            m_db.rollback();
            return false;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM roots WHERE path=?"));
    q.addBindValue(QDir::cleanPath(path));
    if (!q.exec() || !m_db.commit()) {
        if (error)
            *error = q.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

qint64 HistoryDatabase::sessionCount()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM sessions")).toLongLong();
}

qint64 HistoryDatabase::textCount()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM texts")).toLongLong();
}

qint64 HistoryDatabase::eventCount()
{
    return scalar(m_db, QStringLiteral("SELECT coalesce(sum(events), 0) FROM sessions")).toLongLong();
}
