#pragma once

#include "sessiondata.h"

#include <QObject>

class SessionWatcher;

// One open session, loaded in the background and then followed live.
// Lives on the GUI thread; parsing happens on worker threads and results are
// applied here, so readers on the GUI thread never see a half-applied batch.
class LiveSession : public QObject
{
    Q_OBJECT
public:
    explicit LiveSession(const QString &dir, QObject *parent = nullptr);
    ~LiveSession() override;

    void start();       // asynchronous load, then watching
    void cancelLoad();  // keeps what was loaded so far
    bool isLoading() const { return m_loading; }

    const SessionData &data() const { return m_data; }
    const EventStore &events() const { return m_data.events; }
    const EventStore &debug() const { return m_data.debug; }
    QString dir() const { return m_data.dir; }
    QString id() const { return m_data.id; }

    // Re-checks every file now (also done on file-system notifications and by
    // a slow fallback poll).
    void poll();

Q_SIGNALS:
    void loadProgress(qint64 bytesDone, qint64 bytesTotal);
    void loadFinished(qint64 elapsedMs, bool cancelled);
    void eventsAppended(int first, int last);
    void eventsReset();
    void debugAppended(int first, int last);
    void debugReset();
    void stateChanged();
    void filesChanged();
    void badLinesChanged();
    void fileChanged(const QString &relativePath); // content of any session file changed

private:
    class Private;
    friend class Private;
    SessionData m_data;
    bool m_loading = false;
    Private *d;
};
