#include "historyrecord.h"

namespace {
const char *const kKindNames[] = {"event", "debug", "notes", "response", "diagnostic", "task"};
}

QString TextRecord::kindName(Kind k)
{
    return QLatin1String(kKindNames[int(k)]);
}

bool TextRecord::kindFromName(const QString &name, Kind *out)
{
    for (int i = 0; i < int(sizeof kKindNames / sizeof *kKindNames); ++i) {
        if (name == QLatin1String(kKindNames[i])) {
            *out = Kind(i);
            return true;
        }
    }
    return false;
}
