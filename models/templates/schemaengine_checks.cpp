// SchemaEngine's own checks, kept apart from the valijson glue: RFC 3339
// timestamps (checked in C++ instead of valijson's std::regex per value) and
// the catastrophic-pattern screen.
#include "schemaengine.h"

#include <cctype>
#include <string>

namespace {

bool digits(std::string_view s, size_t pos, size_t n, int &value)
{
    if (pos + n > s.size())
        return false;
    value = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

}

bool SchemaEngine::isDate(std::string_view s)
{
    int y, m, d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m)
        || !digits(s, 8, 2, d))
        return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    return d <= days[m - 1] + (m == 2 && isLeap(y) ? 1 : 0);
}

bool SchemaEngine::isTime(std::string_view s)
{
    int h, mi, sec;
    if (s.size() < 9 || s[2] != ':' || s[5] != ':' || !digits(s, 0, 2, h) || !digits(s, 3, 2, mi)
        || !digits(s, 6, 2, sec))
        return false;
    if (h > 23 || mi > 59 || sec > 60)
        return false;
    size_t pos = 8;
    if (pos < s.size() && s[pos] == '.') {
        const size_t start = ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        if (pos == start)
            return false;
    }
    if (pos >= s.size())
        return false;
    int offH = 0, offM = 0, sign = 0;
    if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
        sign = 0;
    } else if ((s[pos] == '+' || s[pos] == '-') && s.size() == pos + 6 && s[pos + 3] == ':'
               && digits(s, pos + 1, 2, offH) && digits(s, pos + 4, 2, offM)) {
        if (offH > 23 || offM > 59)
            return false;
        sign = s[pos] == '+' ? 1 : -1;
    } else {
        return false;
    }
    if (sec == 60) {
        // A leap second exists only at 23:59:60 UTC.
        int utc = h * 60 + mi - sign * (offH * 60 + offM);
        utc = ((utc % 1440) + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }
    return true;
}

bool SchemaEngine::isDateTime(std::string_view s)
{
    if (s.size() < 20 || (s[10] != 'T' && s[10] != 't'))
        return false;
    return isDate(s.substr(0, 10)) && isTime(s.substr(11));
}

bool SchemaEngine::hasOverlongNumber(const std::string &pattern)
{
    // Where std::regex parses digits as a number: after a backslash (a
    // back-reference, ECMAScript's only numeric escape of unbounded length)
    // and inside a brace quantifier. Digits elsewhere are literal characters.
    constexpr size_t kMaxDigits = 9; // fits an int, as the compiler stores it
    bool inBrace = false;
    size_t run = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && !inBrace) {
            size_t j = i + 1;
            while (j < pattern.size() && std::isdigit((unsigned char)pattern[j]))
                ++j;
            if (j - (i + 1) > kMaxDigits)
                return true;
            i = j > i + 1 ? j - 1 : i + 1; // past the digits, or the escaped character
            continue;
        }
        if (c == '{') {
            inBrace = true;
            run = 0;
        } else if (c == '}') {
            inBrace = false;
        } else if (inBrace && std::isdigit((unsigned char)c)) {
            if (++run > kMaxDigits)
                return true;
        } else {
            run = 0;
        }
    }
    return false;
}

bool SchemaEngine::isRiskyPattern(const std::string &pattern)
{
    // Track, for each open group, whether a quantifier occurred inside it; a
    // quantifier right after such a group closes is nested repetition.
    std::vector<bool> groupHasQuantifier;
    bool lastGroupHadQuantifier = false;
    // A quantifier right after a quantifier ("a++", "a*+", "a{2}+"): std::regex
    // takes it as repetition of a repetition, as slow as "(a+)+" (fuzzing
    // found "^(a++)$" taking seconds on 40 characters).
    bool lastWasQuantifier = false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        const bool quantifier = c == '*' || c == '+' || (c == '{' && i + 1 < pattern.size() && std::isdigit((unsigned char)pattern[i + 1]));
        if (c == '\\') {
            ++i;
            lastGroupHadQuantifier = false;
            continue;
        }
        if (c == '[') {
            // Skip a character class: quantifier characters inside are literal.
            ++i;
            if (i < pattern.size() && pattern[i] == '^')
                ++i;
            if (i < pattern.size() && pattern[i] == ']')
                ++i;
            while (i < pattern.size() && pattern[i] != ']') {
                if (pattern[i] == '\\')
                    ++i;
                ++i;
            }
            lastGroupHadQuantifier = false;
            continue;
        }
        if (c == '(') {
            groupHasQuantifier.push_back(false);
            lastGroupHadQuantifier = false;
            continue;
        }
        if (c == ')') {
            lastGroupHadQuantifier = !groupHasQuantifier.empty() && groupHasQuantifier.back();
            if (!groupHasQuantifier.empty())
                groupHasQuantifier.pop_back();
            if (lastGroupHadQuantifier && !groupHasQuantifier.empty())
                groupHasQuantifier.back() = true;
            continue;
        }
        if (quantifier) {
            if (lastGroupHadQuantifier || lastWasQuantifier)
                return true;
            if (!groupHasQuantifier.empty())
                groupHasQuantifier.back() = true;
            if (c == '{') {
                const size_t close = pattern.find('}', i);
                i = close == std::string::npos ? pattern.size() : close;
            }
            lastWasQuantifier = true;
            lastGroupHadQuantifier = false;
            continue;
        }
        if (c != '?') {
            lastGroupHadQuantifier = false;
            lastWasQuantifier = false;
        }
    }
    return false;
}
