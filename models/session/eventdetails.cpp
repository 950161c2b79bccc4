#include "eventdetails.h"

#include "jsonlparser.h"
#include "pythonrepr.h"

#include <nlohmann/json.hpp>

namespace {

using J = nlohmann::ordered_json;
constexpr int kMaxDepth = 256; // deeper documents are shown raw (dump() recurses)

std::optional<J> parseLine(const QByteArray &raw)
{
    if (raw.isEmpty() || raw.contains('\0') || JsonText::nestingExceeds(raw.constData(), size_t(raw.size()), kMaxDepth))
        return std::nullopt;
    J j = J::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return j;
}

std::string dump(const J &j, int indent)
{
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

QString compact(const J &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_object()) {
        QStringList parts;
        for (auto it = v.begin(); it != v.end(); ++it)
            parts << QString::fromStdString(it.key()) + QLatin1Char('=') + compact(it.value());
        return parts.join(QStringLiteral(", "));
    }
    if (v.is_array()) {
        QStringList parts;
        for (const auto &e : v)
            parts << compact(e);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return QString::fromStdString(dump(v, -1));
}

}

namespace EventDetails {

QString summary(const QByteArray &raw, LogKind kind, int maxChars)
{
    const auto j = parseLine(raw);
    if (!j || !j->is_object())
        return QString::fromUtf8(raw.left(maxChars));
    const char *key = kind == LogKind::Events ? "details" : "message";
    auto it = j->find(key);
    if (it == j->end())
        return {};
    QString text;
    if (it->is_string()) {
        const std::string s = it->get<std::string>();
        bool truncated = false;
        if (PythonRepr::looksLikeRepr(s)) {
            if (auto obj = PythonRepr::parse(s, &truncated))
                text = compact(*obj) + (truncated ? QStringLiteral(" …") : QString());
        }
        if (text.isEmpty())
            text = QString::fromStdString(s);
    } else {
        text = compact(*it);
    }
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

QString pretty(const QByteArray &raw, LogKind kind)
{
    auto j = parseLine(raw);
    if (!j)
        return {};
    QString note;
    if (kind == LogKind::Events && j->is_object()) {
        auto it = j->find("details");
        if (it != j->end() && it->is_string() && PythonRepr::looksLikeRepr(it->get<std::string>())) {
            bool truncated = false;
            if (auto obj = PythonRepr::parse(it->get<std::string>(), &truncated)) {
                *it = *obj;
                note = truncated ? QStringLiteral("\n\n(details were a Python repr string, cut at 500 characters; shown as read so far)")
                                 : QStringLiteral("\n\n(details were a Python repr string; shown as the object it stands for)");
            }
        }
    }
    return QString::fromStdString(dump(*j, 2)) + note;
}

}
