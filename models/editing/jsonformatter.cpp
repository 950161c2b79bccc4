#include "jsonformatter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_set>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

void positionOf(const QByteArray &utf8, size_t byteOffset, int *line, int *column)
{
    int l = 1, c = 1;
    const size_t end = std::min<size_t>(byteOffset, size_t(utf8.size()));
    for (size_t i = 0; i < end; ++i) {
        const unsigned char ch = static_cast<unsigned char>(utf8.at(qsizetype(i)));
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            ++c;  // count characters, not continuation bytes
        }
    }
    *line = l;
    *column = c;
}

// Writes the pretty-printed document while nlohmann's SAX parser reads it,
// byte for byte what ordered_json::dump(indent) would print. No DOM: the
// callback parser rescans the whole parent container after every closed
// object (quadratic in an array of objects), and ordered_json's object
// inserts search linearly (quadratic in an object with many keys). Here each
// token costs O(1) plus its length, and a key costs one hash-set insert.
class FormattingSax
{
public:
    // A negative indent prints compactly, as dump(-1) does.
    explicit FormattingSax(int indent)
        : m_indent(size_t(std::max(indent, 0)))
        , m_compact(indent < 0)
    {
    }

    std::string out;
    QString error;
    size_t errorByte = 0;
    bool syntaxError = false;

    bool null() { return scalar("null"); }
    bool boolean(bool value) { return scalar(value ? "true" : "false"); }
    bool number_integer(Json::number_integer_t value) { return scalar(std::to_string(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return scalar(std::to_string(value)); }
    // dump()'s own number format (shortest round-trip digits), not the
    // source spelling: Format keeps printing what it always printed.
    bool number_float(Json::number_float_t value, const std::string &) { return scalar(dumped(Json(value))); }
    bool string(std::string &value) { return scalar(dumped(Json(std::move(value)))); }
    bool binary(Json::binary_t &) { return true; }  // never produced by the JSON reader

    bool start_object(std::size_t) { return open('{'); }
    bool end_object() { return close('}'); }
    bool start_array(std::size_t) { return open('['); }
    bool end_array() { return close(']'); }

    bool key(std::string &name)
    {
        Level &level = m_levels.back();
        if (!level.keys.insert(name).second) {
            error = QCoreApplication::translate("JsonFormatter", "Duplicate key \"%1\": formatting would drop one of its values.")
                        .arg(QString::fromStdString(name));
            return false;
        }
        newItem(level);
        out += dumped(Json(std::move(name)));
        out += m_compact ? ":" : ": ";
        m_afterKey = true;
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e)
    {
        syntaxError = true;
        errorByte = position;
        error = QCoreApplication::translate("JsonFormatter", "Not valid JSON: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }

private:
    struct Level {
        size_t items = 0;
        std::unordered_set<std::string> keys;  // only filled for objects
    };

    static std::string dumped(const Json &value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

    void newItem(Level &level)
    {
        if (level.items++ > 0)
            out += ',';
        if (m_compact)
            return;
        out += '\n';
        out.append(m_levels.size() * m_indent, ' ');
    }

    // A value starts on its own line in an array, after "key": in an object.
    void beginValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_levels.empty())
            newItem(m_levels.back());
    }

    bool scalar(const std::string &text)
    {
        beginValue();
        out += text;
        return true;
    }

    bool open(char bracket)
    {
        if (int(m_levels.size()) >= JsonFormatter::kMaxDepth) {
            error = QCoreApplication::translate("JsonFormatter", "Nested deeper than %1 levels.").arg(JsonFormatter::kMaxDepth);
            return false;
        }
        beginValue();
        out += bracket;
        m_levels.emplace_back();
        return true;
    }

    bool close(char bracket)
    {
        const size_t items = m_levels.back().items;
        m_levels.pop_back();
        if (items > 0 && !m_compact) {
            out += '\n';
            out.append(m_levels.size() * m_indent, ' ');
        }
        out += bracket;
        return true;
    }

    size_t m_indent;
    bool m_compact;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

}

JsonFormatter::Result JsonFormatter::format(const QString &text, int indent)
{
    Result result;
    const QByteArray utf8 = text.toUtf8();
    const qsizetype nul = utf8.indexOf('\0');
    if (nul >= 0) {
        result.error = QCoreApplication::translate("JsonFormatter", "The document contains a NUL character.");
        positionOf(utf8, size_t(nul), &result.line, &result.column);
        return result;
    }

    FormattingSax sax(indent);
    sax.out.reserve(size_t(utf8.size()) * 2);
    bool ok = false;
    try {
        ok = Json::sax_parse(utf8.constData(), utf8.constData() + utf8.size(), &sax);
    } catch (const std::exception &e) {
        result.error = QCoreApplication::translate("JsonFormatter", "Can't format: %1").arg(QString::fromUtf8(e.what()));
        return result;
    }
    if (!ok) {
        result.error = sax.error;
        if (sax.syntaxError)
            positionOf(utf8, sax.errorByte > 0 ? sax.errorByte - 1 : 0, &result.line, &result.column);
        return result;
    }
    sax.out += '\n';
    result.text = QString::fromStdString(sax.out);
    result.ok = true;
    return result;
}
