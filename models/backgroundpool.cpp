#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

namespace BackgroundPool {

QThreadPool *instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: jobs may outlive windows
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("si-background"));
        return p;
    }();
    return pool;
}

}
