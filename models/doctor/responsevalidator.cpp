#include "responsevalidator.h"

#include "jsonlocator.h"
#include "schemaengine.h"
#include "templateimporter.h"

#include <QCoreApplication>

#include <set>
#include <tuple>

namespace ResponseValidator {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ResponseValidator", s);
}

Diagnostic make(Diagnostic::Severity sev, const char *rule, const QString &file, const QString &message)
{
    Diagnostic d;
    d.severity = sev;
    d.rule = QString::fromLatin1(rule);
    d.file = file;
    d.message = message;
    return d;
}

void place(Diagnostic &d, const JsonLocator &locator, const std::string &pointer)
{
    const JsonLocator::Position p = locator.positionOfPointer(pointer);
    d.pointer = QString::fromStdString(pointer);
    d.line = p.line;
    d.column = p.column;
}

void findPlaceholders(const nlohmann::json &doc, const QStringList &placeholders,
                      std::vector<std::pair<std::string, std::string>> &out)
{
    std::vector<std::pair<const nlohmann::json *, std::string>> stack{{&doc, std::string()}};
    while (!stack.empty() && out.size() < 50) {
        auto [v, ptr] = stack.back();
        stack.pop_back();
        if (v->is_string()) {
            const std::string &s = v->get_ref<const std::string &>();
            if (s.size() < 200 && placeholders.contains(QString::fromStdString(s)))
                out.emplace_back(ptr, s);
        } else if (v->is_object()) {
            // Reverse so that diagnostics come out in document order.
            std::vector<std::pair<const nlohmann::json *, std::string>> children;
            for (auto it = v->begin(); it != v->end(); ++it)
                children.emplace_back(&it.value(), ptr + '/' + JsonLocator::escapeToken(it.key()));
            stack.insert(stack.end(), children.rbegin(), children.rend());
        } else if (v->is_array()) {
            for (size_t i = v->size(); i-- > 0;)
                stack.emplace_back(&(*v)[i], ptr + '/' + std::to_string(i));
        }
    }
}

// What a setup-phase copy of the framework's output template holds until a
// worker replaces it (docs/FORMAT.md "templates and the unfilled markers").
struct Unfilled {
    std::string pointer;
    QString kind;    // "placeholder", "template-entry", "template-id", "tbd"
    QString value;
};

void findUnfilled(const nlohmann::json &doc, std::vector<Unfilled> &out)
{
    std::vector<std::tuple<const nlohmann::json *, std::string, std::string>> stack{{&doc, std::string(), std::string()}};
    while (!stack.empty() && out.size() < 200) {
        auto [v, ptr, key] = stack.back();
        stack.pop_back();
        if (v->is_string()) {
            const std::string &s = v->get_ref<const std::string &>();
            const QString value = QString::fromStdString(s.substr(0, 200));
            const size_t open = s.find("{{");
            if (open != std::string::npos && s.find("}}", open) != std::string::npos)
                out.push_back({ptr, QStringLiteral("placeholder"), value});
            else if (s.rfind("Template - remove if", 0) == 0)
                out.push_back({ptr, QStringLiteral("template-entry"), value});
            else if (key == "id" && s.size() > 9 && s.compare(s.size() - 9, 9, "-TEMPLATE") == 0)
                out.push_back({ptr, QStringLiteral("template-id"), value});
            else if (s == "TBD")
                out.push_back({ptr, QStringLiteral("tbd"), value});
        } else if (v->is_object()) {
            std::vector<std::tuple<const nlohmann::json *, std::string, std::string>> children;
            for (auto it = v->begin(); it != v->end(); ++it)
                children.emplace_back(&it.value(), ptr + '/' + JsonLocator::escapeToken(it.key()), it.key());
            stack.insert(stack.end(), children.rbegin(), children.rend());
        } else if (v->is_array()) {
            for (size_t i = v->size(); i-- > 0;)
                stack.emplace_back(&(*v)[i], ptr + '/' + std::to_string(i), std::string());
        }
    }
}

}

Diagnostics validate(const QByteArray &bytes, const WorkerTemplate &tmpl, const SchemaEngine *engine,
                     const QString &sessionId, const QString &workerType, const QString &file)
{
    Diagnostics out;
    if (bytes.size() > kMaxResponseBytes) {
        out << make(Diagnostic::Error, "response.invalid-json", file,
                    tr("%1 bytes is over the %2 MB limit for responses; not checked").arg(bytes.size()).arg(kMaxResponseBytes >> 20));
        return out;
    }
    if (bytes.trimmed().isEmpty()) {
        out << make(Diagnostic::Error, "output.empty-file", file, tr("the response file is empty"));
        return out;
    }
    const JsonLocator locator(bytes);
    nlohmann::json doc;
    QString error;
    qint64 offset = 0;
    if (!TemplateImporter::parseGuarded(bytes, doc, &error, &offset)) {
        Diagnostic d = make(Diagnostic::Error, "response.invalid-json", file, error);
        const JsonLocator::Position p = locator.positionOfOffset(offset);
        d.line = p.line;
        d.column = p.column;
        out << d;
        return out;
    }

    std::set<std::string> mismatchPointers;
    const QStringList &placeholders = tmpl.responsePlaceholders;
    auto checkNamed = [&](const char *key, const QString &expected, const char *rule, const QString &what) {
        if (expected.isEmpty() || !doc.is_object())
            return;
        auto it = doc.find(key);
        if (it == doc.end() || !it->is_string())
            return;
        const QString value = QString::fromStdString(it->get<std::string>());
        if (value == expected || placeholders.contains(value))
            return;
        Diagnostic d = make(Diagnostic::Error, rule, file, tr("the response names %1 \"%2\", expected \"%3\"").arg(what, value, expected));
        place(d, locator, std::string("/") + key);
        mismatchPointers.insert(std::string("/") + key);
        out << d;
    };
    checkNamed("session_id", sessionId, "response.session-mismatch", tr("session"));
    checkNamed("worker", workerType, "response.worker-mismatch", tr("worker"));

    if (engine && engine->isCompiled()) {
        const SchemaEngine::Result r = engine->validate(doc);
        if (!r.checked) {
            Diagnostic d = make(Diagnostic::Error, "response.schema", file, tr("not validated: %1").arg(QString::fromStdString(r.error)));
            out << d;
        }
        for (const SchemaEngine::Violation &v : r.violations) {
            // A wrong worker/session is already reported by its own rule.
            if (v.keyword == "const" && mismatchPointers.count(v.pointer))
                continue;
            Diagnostic d = make(Diagnostic::Error, "response.schema", file, QString::fromStdString(v.message));
            d.kind = QString::fromStdString(v.keyword);
            d.data = v.data;
            place(d, locator, v.pointer);
            out << d;
        }
        for (const std::string &note : r.notes)
            out << make(Diagnostic::Warning, "response.schema", file, QString::fromStdString(note));
    }

    std::vector<std::pair<std::string, std::string>> found;
    findPlaceholders(doc, placeholders, found);
    for (const auto &[ptr, value] : found) {
        Diagnostic d = make(Diagnostic::Error, "response.placeholder-left", file,
                            tr("template placeholder \"%1\" left as a value").arg(QString::fromStdString(value)));
        place(d, locator, ptr);
        out << d;
    }

    if (tmpl.unfilledMarkers) {
        std::vector<Unfilled> unfilled;
        findUnfilled(doc, unfilled);
        for (const Unfilled &u : unfilled) {
            QString message;
            if (u.kind == u"placeholder")
                message = tr("template placeholder left as a value: \"%1\"").arg(u.value);
            else if (u.kind == u"template-entry")
                message = tr("the template's example entry is still here (\"%1\"): fill it in or remove it").arg(u.value);
            else if (u.kind == u"template-id")
                message = tr("the template's example id \"%1\" is still here: fill the entry in or remove it").arg(u.value);
            else
                message = tr("\"TBD\" left as a value");
            Diagnostic d = make(Diagnostic::Error, "response.unfilled", file, message);
            d.kind = u.kind;
            d.data = {{"value", u.value.toStdString()}};
            place(d, locator, u.pointer);
            out << d;
        }
    }
    return out;
}

}
