#include "sigbusguard.h"

#include <csetjmp>
#include <csignal>
#include <mutex>

namespace {
thread_local sigjmp_buf *t_jump = nullptr;
struct sigaction g_previous;

void onSigbus(int sig, siginfo_t *info, void *context)
{
    if (t_jump)
        siglongjmp(*t_jump, 1);
    // Not a guarded read: behave as if we had never been installed.
    if (g_previous.sa_flags & SA_SIGINFO) {
        if (g_previous.sa_sigaction) {
            g_previous.sa_sigaction(sig, info, context);
            return;
        }
    } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(sig);
        return;
    }
    signal(SIGBUS, SIG_DFL);
    raise(SIGBUS);
}

void install()
{
    struct sigaction sa = {};
    sa.sa_sigaction = onSigbus;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, &g_previous);
}
}

namespace SigbusGuard {

bool run(const std::function<void()> &fn)
{
    static std::once_flag once;
    std::call_once(once, install);
    sigjmp_buf buffer;
    sigjmp_buf *outer = t_jump;
    if (sigsetjmp(buffer, 1) != 0) {
        t_jump = outer;
        return false;
    }
    t_jump = &buffer;
    fn();
    t_jump = outer;
    return true;
}

}
