#pragma once

#include <functional>

// Reading a memory-mapped file that another program truncates raises SIGBUS.
// Run the reading code through this guard: the fault unwinds back here
// (siglongjmp) and run() returns false instead of the process dying.
// Objects created inside fn are not destroyed on that path, so fn should
// only fill state owned by the caller, which the caller then discards.
namespace SigbusGuard {
bool run(const std::function<void()> &fn);
}
