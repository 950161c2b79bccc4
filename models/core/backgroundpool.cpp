#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

#include <cerrno>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

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

namespace {
id_t currentTid()
{
    return id_t(::syscall(SYS_gettid));
}
}

NiceScope::NiceScope()
{
    errno = 0;
    m_previous = ::getpriority(PRIO_PROCESS, currentTid());
    if (errno == 0)
        m_changed = ::setpriority(PRIO_PROCESS, currentTid(), std::min(19, m_previous + 10)) == 0;
}

NiceScope::~NiceScope()
{
    // Raising it back needs no privilege only up to the value at start;
    // a failure leaves a pool thread nicer than needed, never less nice.
    if (m_changed)
        ::setpriority(PRIO_PROCESS, currentTid(), m_previous);
}

}
