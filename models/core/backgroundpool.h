#pragma once

class QThreadPool;

// The pool for this application's own background work (loading, filtering,
// validation, indexing). Not QThreadPool::globalInstance(): Qt's raster paint
// engine runs parts of ordinary painting on the global pool and waits for
// them, so a long load queued there stalled the GUI thread mid-paint for
// hundreds of milliseconds (measured with tests/bench/bench_gui_load).
namespace BackgroundPool {
QThreadPool *instance();

// Lowers the calling thread's scheduling priority (nice +10) for its
// lifetime; threads it starts inherit it. On two cores a whole-file parse
// on two threads otherwise takes the CPU from the GUI thread in slices of
// tens of milliseconds.
class NiceScope
{
public:
    NiceScope();
    ~NiceScope();
    NiceScope(const NiceScope &) = delete;
    NiceScope &operator=(const NiceScope &) = delete;

private:
    int m_previous = 0;
    bool m_changed = false;
};
}
