#include "jsonlparser.h"

#include <QHash>

#include "isotime.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cstring>

namespace od = simdjson::ondemand;

namespace JsonText {

qint64 firstInvalidUtf8(const char *data, size_t size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    size_t i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t n;
        unsigned min;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; min = 0x10000; }
        else return qint64(i);
        if (i + n >= size)
            return qint64(i); // sequence cut short by the end of the line
        for (size_t k = 1; k <= n; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return qint64(i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return qint64(i);
        i += n + 1;
    }
    return -1;
}

bool nestingExceeds(const char *data, size_t size, int limit)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

namespace {
// A SAX sink that keeps nothing: nlohmann's SAX parser is iterative, so this
// finds the error position of any line without building (or recursively
// destroying) a DOM, whatever its depth.
struct ErrorSax : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string &, const nlohmann::detail::exception &ex) override
    {
        position = pos;
        message = ex.what();
        return false;
    }
};
}

QString describeJsonError(const char *data, size_t size)
{
    ErrorSax sax;
    const bool ok = nlohmann::json::sax_parse(data, data + size, &sax);
    if (ok)
        return QStringLiteral("not accepted by the fast parser");
    // nlohmann's message reads "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
    std::string msg = sax.message;
    const auto colon = msg.find(": ", msg.find("column"));
    if (colon != std::string::npos)
        msg = msg.substr(colon + 2);
    return QStringLiteral("column %1: %2").arg(qulonglong(sax.position ? sax.position : 1)).arg(QString::fromStdString(msg));
}

}

struct JsonlParser::Impl {
    LogKind kind;
    od::parser parser;
    std::string padded; // for lines too close to the end of the readable range
    LogChunk *out = nullptr;

    // Messages are interned: a file of a million broken lines repeats a few
    // texts, and one QString per line took a gigabyte (shared, they take
    // nothing). Bounded, so that unique messages cannot grow it.
    QHash<QString, QString> messages;

    void bad(quint32 line, quint64 off, size_t len, BadLine::Reason r, QString msg)
    {
        auto it = messages.constFind(msg);
        if (it != messages.constEnd()) {
            msg = it.value();
        } else {
            if (messages.size() >= 4096)
                messages.clear();
            messages.insert(msg, msg);
        }
        out->bad.push_back(BadLine{line, off, quint32(len), r, std::move(msg)});
    }

    void parseLine(const char *p, size_t len, size_t readable, quint64 off, quint32 line);
};

JsonlParser::JsonlParser(LogKind kind)
    : d(std::make_unique<Impl>())
{
    d->kind = kind;
}

JsonlParser::~JsonlParser() = default;

LogChunk JsonlParser::parse(const char *data, size_t size, size_t readable, quint64 fileOffset, quint32 firstLine)
{
    LogChunk chunk;
    // ~230 bytes a line is typical; reserving avoids regrowth of 9 columns.
    chunk.reserve(size / 200 + 16);
    d->out = &chunk;
    const char *p = data;
    const char *end = data + size;
    quint32 line = firstLine;
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl)
            break; // incomplete last line: held back until its newline arrives
        const char *s = p;
        const char *e = nl;
        if (e > s && e[-1] == '\r')
            --e;
        quint64 off = fileOffset + quint64(s - data);
        bool midFileBom = false;
        if (e - s >= 3 && std::memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            if (off == 0) {
                s += 3;
                off = 3;
            } else {
                midFileBom = true;
            }
        }
        if (midFileBom) {
            // A byte-order mark belongs only at the very start of a file; one
            // here is a concatenated file or an editor's doing.
            d->bad(line, off, size_t(e - s), BadLine::InvalidJson,
                   QStringLiteral("a byte-order mark (EF BB BF) starts this line: only a file's first line may carry one"));
        } else {
            d->parseLine(s, size_t(e - s), readable - size_t(s - data), off, line);
        }
        p = nl + 1;
        ++line;
    }
    chunk.linesConsumed = line - firstLine;
    chunk.bytesConsumed = quint64(p - data);
    d->out = nullptr;
    return chunk;
}

static QString errorText(simdjson::error_code err)
{
    return QString::fromLatin1(simdjson::error_message(err));
}

void JsonlParser::Impl::parseLine(const char *p, size_t len, size_t readable, quint64 off, quint32 line)
{
    size_t first = 0;
    while (first < len && (p[first] == ' ' || p[first] == '\t' || p[first] == '\r'))
        ++first;
    if (first == len) {
        bad(line, off, len, BadLine::Empty, QStringLiteral("empty line"));
        return;
    }
    if (const void *nul = std::memchr(p, '\0', len)) {
        const auto col = static_cast<const char *>(nul) - p + 1;
        bad(line, off, len, BadLine::NulByte, QStringLiteral("NUL byte at column %1").arg(col));
        return;
    }
    if (len > JsonlParser::kMaxLineBytes) {
        bad(line, off, len, BadLine::TooLong, QStringLiteral("line of %1 MB is over the %2 MB limit").arg(len >> 20).arg(JsonlParser::kMaxLineBytes >> 20));
        return;
    }
    if (p[first] != '{') {
        // Rare: decide between "valid JSON but not an object" and "invalid".
        JsonText::ErrorSax sax;
        if (nlohmann::json::sax_parse(p, p + len, &sax))
            bad(line, off, len, BadLine::NotObject, QStringLiteral("a JSON value that is not an object"));
        else if (JsonText::firstInvalidUtf8(p, len) >= 0)
            bad(line, off, len, BadLine::InvalidUtf8, QStringLiteral("invalid UTF-8 at column %1").arg(JsonText::firstInvalidUtf8(p, len) + 1));
        else
            bad(line, off, len, BadLine::InvalidJson, QStringLiteral("invalid JSON at ") + JsonText::describeJsonError(p, len));
        return;
    }

    const char *buf = p;
    size_t capacity = readable;
    if (readable < len + simdjson::SIMDJSON_PADDING) {
        padded.assign(p, len);
        padded.resize(len + simdjson::SIMDJSON_PADDING, ' ');
        buf = padded.data();
        capacity = padded.size();
    }

    auto fail = [&](simdjson::error_code err) {
        if (err == simdjson::UTF8_ERROR) {
            const qint64 at = JsonText::firstInvalidUtf8(p, len);
            bad(line, off, len, BadLine::InvalidUtf8, QStringLiteral("invalid UTF-8 at column %1").arg(at >= 0 ? at + 1 : 1));
        } else if (err == simdjson::DEPTH_ERROR) {
            bad(line, off, len, BadLine::TooDeep, QStringLiteral("nested deeper than %1 levels").arg(simdjson::DEFAULT_MAX_DEPTH));
        } else {
            const qint64 at = JsonText::firstInvalidUtf8(p, len);
            if (at >= 0)
                bad(line, off, len, BadLine::InvalidUtf8, QStringLiteral("invalid UTF-8 at column %1").arg(at + 1));
            else
                bad(line, off, len, BadLine::InvalidJson, QStringLiteral("invalid JSON at ") + JsonText::describeJsonError(p, len) + QStringLiteral(" (") + errorText(err) + QLatin1Char(')'));
        }
    };

    od::document doc;
    if (auto err = parser.iterate(buf, len, capacity).get(doc))
        return fail(err);
    od::object obj;
    if (auto err = doc.get_object().get(obj))
        return fail(err);

    const bool events = kind == LogKind::Events;
    qint64 time = std::numeric_limits<qint64>::min();
    quint16 flags = 0;
    quint32 agent = 0, kindId = 0, status = 0, action = 0;
    bool haveTs = false, haveAgent = false, haveKind = false, havePayload = false;
    StringTable &strings = out->strings;

    for (auto fieldResult : obj) {
        od::field field;
        if (auto err = std::move(fieldResult).get(field))
            return fail(err);
        std::string_view key;
        if (auto err = field.unescaped_key().get(key))
            return fail(err);
        od::value value = field.value();
        if (key == "timestamp") {
            haveTs = true;
            std::string_view ts;
            if (value.get_string().get(ts)) {
                flags |= EntryFlag::BadTimestamp;
                continue;
            }
            if (auto ms = IsoTime::parseMs(ts)) {
                time = *ms;
                // Already a valid timestamp: the strict form is a matter of shape.
                if (ts.size() != 20 || ts[10] != 'T' || ts[19] != 'Z')
                    flags |= EntryFlag::NonStrictTimestamp;
            } else {
                flags |= EntryFlag::BadTimestamp;
            }
        } else if (key == "agent") {
            std::string_view s;
            if (!value.get_string().get(s) && !s.empty()) {
                haveAgent = true;
                agent = strings.intern(s);
            }
        } else if (key == (events ? "type" : "level")) {
            std::string_view s;
            if (!value.get_string().get(s) && !s.empty()) {
                haveKind = true;
                kindId = strings.intern(s);
            }
        } else if (key == "status") {
            std::string_view s;
            if (!value.get_string().get(s))
                status = strings.intern(s);
        } else if (key == (events ? "details" : "message")) {
            havePayload = true;
            od::json_type type;
            if (auto err = value.type().get(type))
                return fail(err);
            if (type == od::json_type::string) {
                std::string_view s;
                if (auto err = value.get_string().get(s))
                    return fail(err);
                flags |= events ? quint16(EntryFlag::DetailsString) : quint16(0);
                if (!events) {
                    size_t chars = 0;
                    for (unsigned char c : s)
                        chars += (c & 0xC0) != 0x80;
                    if (chars > 1000)
                        flags |= EntryFlag::MessageTooLong;
                }
            } else if (events && type == od::json_type::object) {
                flags |= EntryFlag::DetailsObject;
                od::object details;
                if (auto err = value.get_object().get(details))
                    return fail(err);
                for (auto inner : details) {
                    od::field f;
                    if (auto err = std::move(inner).get(f))
                        return fail(err);
                    std::string_view k;
                    if (auto err = f.unescaped_key().get(k))
                        return fail(err);
                    if (k == "action") {
                        std::string_view a;
                        if (!f.value().get_string().get(a))
                            action = strings.intern(a);
                    }
                }
            } else if (events && type == od::json_type::array) {
                flags |= EntryFlag::DetailsArray;
            }
        } else if (key == "session_id") {
            flags |= EntryFlag::HasSessionId;
        }
    }
    const char *rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS)
        return fail(simdjson::TRAILING_CONTENT); // something after the object

    if (!haveTs)
        flags |= EntryFlag::MissingTimestamp;
    if (!haveAgent)
        flags |= EntryFlag::MissingAgent;
    if (!haveKind)
        flags |= EntryFlag::MissingKind;
    if (!havePayload)
        flags |= EntryFlag::MissingPayload;
    out->time.push_back(time);
    out->agent.push_back(agent);
    out->kind.push_back(kindId);
    out->status.push_back(status);
    out->action.push_back(action);
    out->offset.push_back(off);
    out->length.push_back(quint32(len));
    out->line.push_back(line);
    out->flags.push_back(flags);
}
