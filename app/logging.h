#pragma once

#include <QString>

namespace Logging {
// spdlog to a rotating file in the per-user log folder and to stderr at
// warning level; Qt's own messages are routed through it. Returns the log
// file's path (empty when the folder could not be created).
QString install(bool verboseStderr = false);
QString logFilePath();
}
