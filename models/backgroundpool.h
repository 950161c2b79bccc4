#pragma once

class QThreadPool;

// The pool for this application's own background work (loading, filtering,
// validation, indexing). Not QThreadPool::globalInstance(): Qt's raster paint
// engine runs parts of ordinary painting on the global pool and waits for
// them, so a long load queued there stalled the GUI thread mid-paint for
// hundreds of milliseconds (measured with tests/bench/bench_gui_load).
namespace BackgroundPool {
QThreadPool *instance();
}
