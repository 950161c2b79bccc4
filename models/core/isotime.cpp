#include "isotime.h"

#include <QDateTime>

namespace IsoTime {

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<qint64> parseMs(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    int y, mo, d;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' || !digits(s, 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return std::nullopt;
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > kDays[mo - 1] || (mo == 2 && d == 29 && !leap))
        return std::nullopt;
    qint64 ms = daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400000LL;
    if (s.size() == 10)
        return ms;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return std::nullopt;
    int h, mi, sec = 0;
    if (!digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2, mi))
        return std::nullopt;
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, 17, 2, sec))
            return std::nullopt;
        pos = 19;
    }
    if (h > 23 || mi > 59 || sec > 60) // 60: a leap second, folded into the next
        return std::nullopt;
    ms += (qint64(h) * 3600 + mi * 60 + sec) * 1000;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int frac = 0, n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 3) {
                frac = frac * 10 + (s[pos] - '0');
            }
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int k = n; k < 3; ++k)
            frac *= 10;
        ms += frac;
    }
    if (pos == s.size())
        return ms;
    const char z = s[pos];
    if ((z == 'Z' || z == 'z') && pos + 1 == s.size())
        return ms;
    if (z != '+' && z != '-')
        return std::nullopt;
    int oh, om = 0;
    if (!digits(s, pos + 1, 2, oh))
        return std::nullopt;
    size_t end = pos + 3;
    if (end < s.size()) {
        if (s[end] == ':')
            ++end;
        if (!digits(s, end, 2, om))
            return std::nullopt;
        end += 2;
    }
    if (end != s.size() || oh > 23 || om > 59)
        return std::nullopt;
    const qint64 offset = (qint64(oh) * 60 + om) * 60000;
    return z == '+' ? ms - offset : ms + offset;
}

bool isStrictSecondsZ(std::string_view s)
{
    if (s.size() != 20 || s[19] != 'Z' || s[10] != 'T')
        return false;
    return parseMs(s).has_value();
}

QString toIso(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // Qt has no year 0 (year -1 is 1 BC); ISO 8601 does (0000 is 1 BC), and
    // Qt's "yyyy" would print it as -0001.
    int year = t.date().year();
    if (year < 0)
        ++year;
    const QString y = year >= 0 ? QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'))
                                : QStringLiteral("-%1").arg(-year, 4, 10, QLatin1Char('0'));
    return y + t.toString(ms % 1000 ? QStringLiteral("-MM-ddTHH:mm:ss.zzzZ") : QStringLiteral("-MM-ddTHH:mm:ssZ"));
}

}
