#include "jsonutil.h"

namespace JsonUtil {

std::string escapePointerToken(const std::string &token)
{
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string unescapePointerToken(std::string token)
{
    // "~1" first would turn "~01" into "/" instead of "~1": one pass, left to right.
    for (size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i)
        token.replace(i, 2, token.compare(i, 2, "~1") == 0 ? "/" : "~");
    return token;
}

QString stringField(const nlohmann::json &obj, const char *key)
{
    if (!obj.is_object())
        return QString();
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString fieldText(const nlohmann::json &obj, const char *key)
{
    if (!obj.is_object())
        return QString();
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return QString();
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return QString::fromStdString(it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}
