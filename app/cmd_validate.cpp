#include "commands.h"

#include <cstdio>

// Placeholder until the session doctor lands (issue 4); exits 2 so no script
// mistakes it for a clean result.
int runValidateCommand(int, char **)
{
    std::fputs("session-inspector: validate is not available in this build\n", stderr);
    return 2;
}
