#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Tells an open document that its file changed on disk. Compares content
// hashes, not time stamps, so a touch or our own save (announced with
// setKnownContent) is no change. A file-system watcher gives quick notice; a
// slow poll covers what watchers miss (files replaced by rename, network
// folders).
class FileChangeMonitor : public QObject
{
    Q_OBJECT
public:
    explicit FileChangeMonitor(QObject *parent = nullptr);

    void setFile(const QString &path);  // starts from the file's current content
    QString file() const { return m_path; }
    // The bytes now on disk are ours (after a save or a reload).
    void setKnownContent(const QByteArray &bytes);
    void setPollInterval(int ms);
    // Checks now; emits at most one signal.
    void check();

Q_SIGNALS:
    void changedOnDisk();
    void removedFromDisk();

private:
    void rewatch();
    QString m_path;
    QByteArray m_knownHash;
    bool m_knownMissing = false;
    QFileSystemWatcher *m_watcher;
    QTimer *m_poll;
    QTimer *m_settle;
};
