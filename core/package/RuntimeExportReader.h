#pragma once
// Internal to core/package/RuntimeExport*.cpp: the simdjson on-demand walk over an agent runtime export.
//
// It runs in one of two modes. Validating: the only pass over the text, so every value it does not read is
// still walked to the end (simdjson's on-demand API checks what it is asked to read and skips the rest),
// anything after the top-level object is refused, and any complaint only abandons the pass (Rejected): the
// caller then reads the file the trusting way to say what is wrong. Trusting: the text already passed a
// DOM parse, so unread values are skipped and complaints are the messages the user reads.

#include "core/common/InputError.h"
#include "core/json/SourceText.h"
#include "core/package/RuntimeExport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <simdjson.h>

#include <cstring>
#include <optional>
#include <string_view>

namespace ab {

struct RuntimeExportTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::RuntimeExport)
};

namespace runtime_export {

using namespace simdjson;

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The validating pass gave up; the trusting reading says why (or, being less strict, reads the file).
struct Rejected
{
};

class Reader
{
public:
    enum class Mode
    {
        Validating,
        Trusting
    };

    Reader(const SourceText &src, Mode mode, EntryText &text) : m_src(src), m_mode(mode), m_text(text) {}

    bool validating() const { return m_mode == Mode::Validating; }

    [[noreturn]] void failAt(const char *at, const QString &message) const;
    [[noreturn]] void failJson(const char *at, error_code err) const;
    ondemand::json_type typeOf(ondemand::value &v, const char *at) const;
    bool isNull(ondemand::value &v, const char *at) const;

    QString string(ondemand::value v, std::string_view member) const;
    // A string member as a view into the export (or, when it has escapes, into the unescaped text): no copy.
    std::string_view view(ondemand::value v, std::string_view member) const;
    std::optional<qint64> integer(ondemand::value v, std::string_view member) const;
    bool boolean(ondemand::value v, std::string_view member) const;
    QStringList strings(ondemand::value v, std::string_view member) const;
    // Validating mode: walks a value nobody reads to its end, so a syntax error inside it is not skipped.
    void validate(ondemand::value v, int depth) const;

    // Calls fn(key, value) for each member of an object value; fn returns false for a member it does not
    // read.
    template <typename Fn> void members(ondemand::value v, std::string_view what, Fn &&fn) const
    {
        const char *at = v.raw_json_token().data();
        ondemand::object obj;
        if (v.get_object().get(obj))
            failAt(at, RuntimeExportTr::tr("expected an object for \"%1\"").arg(qs(what)));
        membersOf(obj, at, fn);
    }

    template <typename Fn> void membersOf(ondemand::object &obj, const char *at, Fn &&fn) const
    {
        for (auto field : obj) {
            const std::string_view key = keyOf(field, at);
            ondemand::value value;
            if (auto err = field.value().get(value))
                failJson(at, err);
            if (!fn(key, value) && validating())
                validate(value, 0);
        }
    }

    // Calls fn(value, at) for each element of an array of objects.
    template <typename Fn> void objects(ondemand::value v, std::string_view what, Fn &&fn) const
    {
        const char *at = v.raw_json_token().data();
        if (isNull(v, at))
            return;
        ondemand::array array;
        if (v.get_array().get(array))
            failAt(at, RuntimeExportTr::tr("expected an array for \"%1\"").arg(qs(what)));
        for (auto element : array) {
            ondemand::value item;
            if (auto err = element.get(item))
                failJson(at, err);
            const char *itemAt = item.raw_json_token().data();
            if (typeOf(item, itemAt) != ondemand::json_type::object)
                failAt(itemAt, RuntimeExportTr::tr("expected an object in \"%1\"").arg(qs(what)));
            fn(item, itemAt);
        }
    }

    // A member's name: the text between its quotes when it has no escapes (no copy: a million entries have
    // ten million names), else unescaped by simdjson.
    std::string_view keyOf(simdjson_result<ondemand::field> &field, const char *at) const
    {
        ondemand::raw_json_string raw;
        if (auto err = field.key().get(raw))
            failJson(at, err);
        const char *name = raw.raw(); // just after the opening quote, which stage 1 saw closed
        const size_t left = size_t(m_src.data() + m_src.size() - name);
        const char *close = static_cast<const char *>(std::memchr(name, '"', left));
        if (close && !std::memchr(name, '\\', size_t(close - name)))
            return std::string_view(name, size_t(close - name));
        std::string_view key;
        if (auto err = field.unescaped_key().get(key))
            failJson(at, err);
        return key;
    }

    // Reads the members of one audit entry object (`at`: its first byte). e.raw is the caller's.
    void entry(ondemand::object &obj, const char *at, RuntimeAuditEntry &e) const;

    void require(bool present, std::string_view member, const char *at, std::string_view what) const
    {
        if (!present)
            failAt(at,
                   RuntimeExportTr::tr("expected a non-empty \"%1\" in this %2").arg(qs(member), qs(what)));
    }

private:
    const SourceText &m_src;
    Mode m_mode;
    EntryText &m_text;
};

} // namespace runtime_export
} // namespace ab
