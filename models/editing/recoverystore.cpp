#include "recoverystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {
constexpr qint64 kMaxEntryBytes = 256 * 1024 * 1024;
const QLatin1String kSuffix(".recovery.json");
}

QString RecoveryStore::defaultDir()
{
    const QString env = qEnvironmentVariable("SI_RECOVERY_DIR");
    if (!env.isEmpty())
        return env;
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.session-inspector");
    return base + QStringLiteral("/recovery");
}

RecoveryStore::RecoveryStore(const QString &dir)
    : m_dir(dir)
{
}

bool RecoveryStore::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // A zombie still answers kill(0); /proc tells us when it is one.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

QString RecoveryStore::entryPathFor(const QString &filePath, qint64 pid) const
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(filePath).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_dir + u'/' + QString::fromLatin1(hash) + u'-' + QString::number(pid) + kSuffix;
}

bool RecoveryStore::write(const QString &filePath, const QString &text, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QCoreApplication::translate("RecoveryStore", "Can't create the recovery folder %1.").arg(m_dir);
        return false;
    }
    QJsonObject obj;
    obj.insert(QStringLiteral("file"), QDir::cleanPath(filePath));
    obj.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    obj.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    obj.insert(QStringLiteral("text"), text);
    QSaveFile file(entryPathFor(filePath, QCoreApplication::applicationPid()));
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(obj).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void RecoveryStore::remove(const QString &filePath) const
{
    QFile::remove(entryPathFor(filePath, QCoreApplication::applicationPid()));
}

bool RecoveryStore::read(const QString &entryPath, RecoveryEntry *entry)
{
    QFile file(entryPath);
    if (file.size() > kMaxEntryBytes || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return false;
    const QJsonObject obj = doc.object();
    entry->entryPath = entryPath;
    entry->filePath = obj.value(QStringLiteral("file")).toString();
    entry->savedAt = QDateTime::fromString(obj.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    entry->pid = obj.value(QStringLiteral("pid")).toInteger();
    entry->text = obj.value(QStringLiteral("text")).toString();
    return !entry->filePath.isEmpty() && obj.value(QStringLiteral("text")).isString();
}

QList<RecoveryEntry> RecoveryStore::all() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_dir);
    const QStringList names = dir.entryList({u'*' + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        RecoveryEntry entry;
        if (read(dir.filePath(name), &entry))
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

QList<RecoveryEntry> RecoveryStore::orphaned() const
{
    QList<RecoveryEntry> entries = all();
    entries.removeIf([](const RecoveryEntry &e) { return processAlive(e.pid); });
    return entries;
}

bool RecoveryStore::discard(const RecoveryEntry &entry) const
{
    return QFile::remove(entry.entryPath);
}
