#include "jsoninsertmissing.h"
#include "jsonutil.h"

#include "jsonformatter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace JsonInsertMissing {

using OJson = nlohmann::ordered_json;

namespace {

constexpr int kMaxDepth = 256;

QString firstType(const nlohmann::json &schema)
{
    const auto it = schema.find("type");
    if (it == schema.end())
        return schema.contains("properties") ? QStringLiteral("object") : QString();
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_array()) {
        for (const auto &t : *it) {
            if (t.is_string() && t.get<std::string>() != "null")
                return QString::fromStdString(t.get<std::string>());
        }
    }
    return QString();
}

OJson toOrdered(const nlohmann::json &value)
{
    return OJson::parse(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

OJson defaultValueAt(const nlohmann::json &schema, int depth)
{
    if (!schema.is_object() || depth > kMaxDepth)
        return OJson();
    if (const auto c = schema.find("const"); c != schema.end())
        return toOrdered(*c);
    if (const auto e = schema.find("enum"); e != schema.end() && e->is_array() && !e->empty())
        return toOrdered(e->front());
    const QString type = firstType(schema);
    if (type == u"string") {
        const auto format = schema.find("format");
        if (format != schema.end() && format->is_string() && format->get<std::string>() == "date-time")
            return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        return std::string();
    }
    if (type == u"integer" || type == u"number")
        return 0;
    if (type == u"boolean")
        return false;
    if (type == u"array")
        return OJson::array();
    if (type == u"object") {
        OJson obj = OJson::object();
        const auto props = schema.find("properties");
        const auto required = schema.find("required");
        if (required != schema.end() && required->is_array()) {
            for (const auto &key : *required) {
                if (!key.is_string())
                    continue;
                const std::string k = key.get<std::string>();
                nlohmann::json sub = nlohmann::json::object();
                if (props != schema.end() && props->is_object() && props->contains(k))
                    sub = props->at(k);
                obj[k] = defaultValueAt(sub, depth + 1);
            }
        }
        return obj;
    }
    return OJson();
}


void fillMissing(OJson &value, const nlohmann::json &schema, const std::string &pointer, int depth,
                 const std::map<std::string, OJson> &known, QStringList &added)
{
    if (!schema.is_object() || depth > kMaxDepth)
        return;
    if (value.is_object()) {
        const auto props = schema.find("properties");
        const bool haveProps = props != schema.end() && props->is_object();
        const auto required = schema.find("required");
        if (required != schema.end() && required->is_array()) {
            for (const auto &key : *required) {
                if (!key.is_string())
                    continue;
                const std::string k = key.get<std::string>();
                if (value.contains(k))
                    continue;
                const auto knownIt = depth == 0 ? known.find(k) : known.end();
                if (knownIt != known.end())
                    value[k] = knownIt->second;
                else
                    value[k] = defaultValueAt(haveProps && props->contains(k) ? props->at(k) : nlohmann::json::object(), depth + 1);
                added.append(QString::fromStdString(pointer + '/' + JsonUtil::escapePointerToken(k)));
            }
        }
        if (haveProps) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (props->contains(it.key()))
                    fillMissing(it.value(), props->at(it.key()), pointer + '/' + JsonUtil::escapePointerToken(it.key()), depth + 1, known, added);
            }
        }
    } else if (value.is_array()) {
        const auto items = schema.find("items");
        if (items == schema.end() || !items->is_object())
            return;
        for (size_t i = 0; i < value.size(); ++i)
            fillMissing(value[i], *items, pointer + '/' + std::to_string(i), depth + 1, known, added);
    }
}

}

OJson defaultValue(const nlohmann::json &schema)
{
    return defaultValueAt(schema, 0);
}

Result apply(const QString &text, const nlohmann::json &schema, const std::map<std::string, OJson> &known)
{
    Result result;
    // Same guards as Format (depth, NUL, duplicate keys): reuse it to vet the input.
    const JsonFormatter::Result vetted = JsonFormatter::format(text.trimmed().isEmpty() ? QStringLiteral("{}") : text);
    if (!vetted.ok) {
        result.error = vetted.error;
        return result;
    }
    try {
        OJson doc = OJson::parse(vetted.text.toStdString());
        fillMissing(doc, schema, std::string(), 0, known, result.added);
        result.text = QString::fromStdString(doc.dump(2, ' ', false, OJson::error_handler_t::replace)) + u'\n';
        result.ok = true;
    } catch (const std::exception &e) {
        result.error = QCoreApplication::translate("JsonInsertMissing", "Can't insert keys: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

const nlohmann::json *schemaAt(const nlohmann::json &schema, const std::string &pointer)
{
    const nlohmann::json *node = &schema;
    if (pointer.empty())
        return node;
    if (pointer.front() != '/')
        return nullptr;
    size_t pos = 1;
    while (node && pos <= pointer.size()) {
        const size_t slash = pointer.find('/', pos);
        std::string token = pointer.substr(pos, slash == std::string::npos ? std::string::npos : slash - pos);
        token = JsonUtil::unescapePointerToken(std::move(token));
        const auto props = node->find("properties");
        const auto items = node->find("items");
        if (props != node->end() && props->is_object() && props->contains(token))
            node = &props->at(token);
        else if (items != node->end() && items->is_object() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos)
            node = &*items;
        else
            return nullptr;
        if (slash == std::string::npos)
            break;
        pos = slash + 1;
    }
    return node;
}

QStringList enumValuesAt(const nlohmann::json &schema, const std::string &pointer)
{
    QStringList values;
    const nlohmann::json *sub = schemaAt(schema, pointer);
    if (!sub || !sub->is_object())
        return values;
    const auto e = sub->find("enum");
    if (e == sub->end() || !e->is_array())
        return values;
    for (const auto &v : *e)
        values.append(QString::fromStdString(v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
    return values;
}

// A small scanner that knows where each value starts and ends; the JSON
// libraries at hand don't report positions of values.
namespace {
class Locator
{
public:
    Locator(const QString &text, const std::string &target)
        : m_text(text), m_target(target) {}

    std::optional<Span> run()
    {
        std::string path;
        skipSpace();
        if (!value(path, 0))
            return std::nullopt;
        return m_found;
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_pos;
    }
    bool string(std::string *out)
    {
        if (peek() != u'"')
            return false;
        ++m_pos;
        QString s;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"') {
                if (out)
                    *out = s.toStdString();
                return true;
            }
            if (c == u'\\') {
                if (m_pos >= m_text.size())
                    return false;
                const QChar esc = m_text.at(m_pos++);
                switch (esc.unicode()) {
                case 'n': s += u'\n'; break;
                case 't': s += u'\t'; break;
                case 'r': s += u'\r'; break;
                case 'b': s += u'\b'; break;
                case 'f': s += u'\f'; break;
                case 'u': {
                    bool ok = false;
                    const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                    if (!ok)
                        return false;
                    s += QChar(char16_t(code));
                    m_pos += 4;
                    break;
                }
                default: s += esc; break;
                }
            } else {
                s += c;
            }
        }
        return false;
    }
    bool value(const std::string &path, int depth)
    {
        if (depth > kMaxDepth || m_found)
            return !!m_found;
        const qsizetype start = m_pos;
        bool ok = false;
        const QChar c = peek();
        if (c == u'{') {
            ++m_pos;
            skipSpace();
            ok = true;
            if (peek() == u'}') {
                ++m_pos;
            } else {
                while (ok) {
                    std::string key;
                    skipSpace();
                    if (!string(&key))
                        return false;
                    skipSpace();
                    if (peek() != u':')
                        return false;
                    ++m_pos;
                    skipSpace();
                    if (!value(path + '/' + JsonUtil::escapePointerToken(key), depth + 1))
                        return false;
                    if (m_found)
                        return true;
                    skipSpace();
                    if (peek() == u',') {
                        ++m_pos;
                    } else if (peek() == u'}') {
                        ++m_pos;
                        break;
                    } else {
                        return false;
                    }
                }
            }
        } else if (c == u'[') {
            ++m_pos;
            skipSpace();
            ok = true;
            if (peek() == u']') {
                ++m_pos;
            } else {
                for (int i = 0;; ++i) {
                    skipSpace();
                    if (!value(path + '/' + std::to_string(i), depth + 1))
                        return false;
                    if (m_found)
                        return true;
                    skipSpace();
                    if (peek() == u',') {
                        ++m_pos;
                    } else if (peek() == u']') {
                        ++m_pos;
                        break;
                    } else {
                        return false;
                    }
                }
            }
        } else if (c == u'"') {
            ok = string(nullptr);
        } else {
            while (m_pos < m_text.size()) {
                const QChar ch = peek();
                if (ch.isLetterOrNumber() || ch == u'-' || ch == u'+' || ch == u'.')
                    ++m_pos;
                else
                    break;
            }
            ok = m_pos > start;
        }
        if (ok && path == m_target)
            m_found = Span{start, m_pos};
        return ok;
    }

    const QString &m_text;
    std::string m_target;
    qsizetype m_pos = 0;
    std::optional<Span> m_found;
};
}

std::optional<Span> valueSpan(const QString &text, const std::string &pointer)
{
    return Locator(text, pointer).run();
}

std::optional<QString> replaceValue(const QString &text, const std::string &pointer, const QString &jsonValue)
{
    const std::optional<Span> span = valueSpan(text, pointer);
    if (!span)
        return std::nullopt;
    QString out = text;
    out.replace(span->start, span->end - span->start, jsonValue);
    return out;
}

}
