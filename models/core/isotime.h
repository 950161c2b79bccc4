#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace IsoTime {
// Parses an ISO-8601 timestamp to UTC milliseconds since the epoch. Accepts
// `T` or a space between date and time, optional fractional seconds (any
// number of digits, truncated to ms), and `Z`, `+HH:MM`, `+HHMM`, `+HH` or no
// zone (read as UTC, as the reference logger writes UTC). Date-only strings
// are accepted as midnight UTC.
std::optional<qint64> parseMs(std::string_view text);
// True for exactly `YYYY-MM-DDTHH:MM:SSZ` (the DEBUG.jsonl protocol form).
bool isStrictSecondsZ(std::string_view text);
// `2025-08-30T14:16:22.123Z` (milliseconds only when non-zero).
QString toIso(qint64 ms);
qint64 daysFromCivil(int y, unsigned m, unsigned d);
}
