#include "filechangemonitor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace {
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}
}

FileChangeMonitor::FileChangeMonitor(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_poll(new QTimer(this))
    , m_settle(new QTimer(this))
{
    m_poll->setInterval(2000);
    m_settle->setSingleShot(true);
    // Writers often truncate and then write: wait a moment before reading.
    m_settle->setInterval(150);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &FileChangeMonitor::check);
    connect(m_poll, &QTimer::timeout, this, &FileChangeMonitor::check);
}

void FileChangeMonitor::setFile(const QString &path)
{
    m_path = path;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        setKnownContent(file.readAll());
    else
        m_knownMissing = true;
    rewatch();
    m_poll->start();
}

void FileChangeMonitor::setKnownContent(const QByteArray &bytes)
{
    m_knownHash = hashOf(bytes);
    m_knownMissing = false;
    rewatch();
}

void FileChangeMonitor::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void FileChangeMonitor::rewatch()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    // The folder too: an atomic replace (rename) shows up only there.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (m_watcher->directories().isEmpty() && QFileInfo::exists(folder))
        m_watcher->addPath(folder);
}

void FileChangeMonitor::check()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.exists()) {
        if (!m_knownMissing) {
            m_knownMissing = true;
            Q_EMIT removedFromDisk();
        }
        return;
    }
    if (!file.open(QIODevice::ReadOnly))
        return;  // unreadable for a moment (being replaced): the poll retries
    const QByteArray hash = hashOf(file.readAll());
    if (m_knownMissing || hash != m_knownHash) {
        m_knownHash = hash;
        m_knownMissing = false;
        rewatch();
        Q_EMIT changedOnDisk();
    }
}
