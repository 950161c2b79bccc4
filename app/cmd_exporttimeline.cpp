#include "commands.h"

#include <cstdio>

// Placeholder until the timeline lands (issue 3); exits 2 so no script
// mistakes it for a clean result.
int runExportTimelineCommand(int, char **)
{
    std::fputs("session-inspector: export-timeline is not available in this build\n", stderr);
    return 2;
}
