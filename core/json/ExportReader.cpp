#include "core/json/ExportReader.h"

#include "core/common/ComputePool.h"
#include "core/common/HugePages.h"
#include "core/common/InputError.h"
#include "core/json/JsonDiagnostics.h"
#include "core/json/JsonWhitespace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <string>

namespace ab {

struct ExportReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ExportReader)
};

const std::vector<std::string_view> &ExportReader::pageKeys()
{
    static const std::vector<std::string_view> keys{"items", "data", "records", "audit_logs",
                                                    "audit_entries"};
    return keys;
}

bool ExportReader::declinesProvisionalLine(std::string_view key, bool valueIsArray)
{
    const auto &keys = pageKeys();
    return valueIsArray && std::find(keys.begin(), keys.end(), key) != keys.end();
}

namespace {

using namespace simdjson;

bool isChainMember(std::string_view key)
{
    return key == "hmac" || key == "previous_hmac" || key == "hmac_key_id";
}

[[noreturn]] void fail(const SourceText &src, std::string_view span, size_t at, error_code err)
{
    throw jsonSyntaxError(src.name(), src.text(), span, at, error_message(err));
}

// For NDJSON: every document of the stream is diagnosed in turn, so the position is the first real problem.
[[noreturn]] void failStream(const SourceText &src, size_t fallbackOffset, error_code err)
{
    throw jsonSyntaxError(src.name(), src.text(), src.text(), fallbackOffset, error_message(err),
                          JsonTextKind::Stream);
}

// An error inside one document of a stream: simdjson's view of where a broken document ends can be short
// (e.g. it stops at a missing comma), so the text is diagnosed from the document's start to the end.
[[noreturn]] void failFrom(const SourceText &src, std::string_view doc, size_t at, error_code err)
{
    const std::string_view rest = src.text().substr(size_t(doc.data() - src.data()));
    throw jsonSyntaxError(src.name(), src.text(), rest, at, error_message(err), JsonTextKind::Stream);
}

size_t offsetOf(const SourceText &src, const char *p)
{
    if (!p || p < src.data() || p > src.data() + src.size())
        return 0;
    return size_t(p - src.data());
}

// Appends the record objects of an ondemand array; `what` names the container in messages.
void collectArray(const SourceText &src, ondemand::array array, std::vector<std::string_view> &out)
{
    for (auto element : array) {
        ondemand::value value;
        if (auto err = element.get(value))
            fail(src, src.text(), 0, err);
        ondemand::json_type type;
        const std::string_view token = value.raw_json_token();
        if (auto err = value.type().get(type))
            fail(src, src.text(), offsetOf(src, token.data()), err);
        if (type != ondemand::json_type::object)
            throw InputError::atOffset(src.name(), src.text(), offsetOf(src, token.data()),
                                       ExportReaderTr::tr("expected a record object"));
        ondemand::object obj;
        std::string_view raw;
        if (auto err = value.get_object().get(obj))
            fail(src, src.text(), offsetOf(src, token.data()), err);
        if (auto err = obj.raw_json().get(raw))
            fail(src, src.text(), offsetOf(src, token.data()), err);
        out.push_back(raw);
    }
}

// Buffers reused from one top-level object to the next (an NDJSON export has millions of them).
struct SplitScratch
{
    std::vector<std::string_view> pageRecords, others;
    std::vector<std::string_view> names; // this object's member names, unescaped (valid for this document)
    std::set<std::string_view> manyNames;

    // True when `name` was not seen before in this object. Records have a few dozen members: a linear scan
    // beats a tree; big objects switch to one.
    bool insertName(std::string_view name)
    {
        if (!manyNames.empty())
            return manyNames.insert(name).second;
        if (std::find(names.begin(), names.end(), name) != names.end())
            return false;
        names.push_back(name);
        if (names.size() > 64)
            manyNames.insert(names.begin(), names.end());
        return true;
    }
};

// One top-level object of a `{`-form input: either a record, or a page holding records.
void splitObject(const SourceText &src, ondemand::object obj, std::string_view docSource, ExportSplit &out,
                 SplitScratch &scratch)
{
    bool hasChainMember = false;
    int pageRank = -1; // index into pageKeys() of the array we collected
    std::vector<std::string_view> &pageRecords = scratch.pageRecords;
    std::vector<std::string_view> &others = scratch.others;
    pageRecords.clear();
    others.clear();
    scratch.names.clear();
    scratch.manyNames.clear();
    const auto &keys = ExportReader::pageKeys();

    for (auto field : obj) {
        ondemand::raw_json_string rawKey;
        std::string_view key;
        if (auto err = field.key().get(rawKey))
            failFrom(src, docSource, offsetOf(src, docSource.data()), err);
        const size_t keyOffset = offsetOf(src, rawKey.raw()) - 1;
        if (auto err = field.unescaped_key().get(key))
            failFrom(src, docSource, keyOffset, err);
        if (!scratch.insertName(key))
            throw InputError::atOffset(src.name(), src.text(), keyOffset, duplicateMemberMessage(key));
        hasChainMember = hasChainMember || isChainMember(key);
        ondemand::value value;
        if (auto err = field.value().get(value))
            failFrom(src, docSource, keyOffset, err);
        ondemand::json_type type;
        const std::string_view token = value.raw_json_token();
        if (auto err = value.type().get(type))
            failFrom(src, docSource, offsetOf(src, token.data()), err);
        const auto rank = std::find(keys.begin(), keys.end(), key);
        if (type == ondemand::json_type::array && rank != keys.end() &&
            (pageRank < 0 || int(rank - keys.begin()) < pageRank)) {
            ondemand::array array;
            if (auto err = value.get_array().get(array))
                failFrom(src, docSource, offsetOf(src, token.data()), err);
            if (pageRank >= 0) // a less preferred array collected earlier is just another member
                others.insert(others.end(), pageRecords.begin(), pageRecords.end());
            pageRecords.clear();
            collectArray(src, array, pageRecords);
            pageRank = int(rank - keys.begin());
            continue;
        }
        std::string_view raw;
        error_code err = SUCCESS;
        if (type == ondemand::json_type::object) {
            ondemand::object child;
            err = value.get_object().get(child);
            if (!err)
                err = child.raw_json().get(raw);
        } else if (type == ondemand::json_type::array) {
            ondemand::array child;
            err = value.get_array().get(child);
            if (!err)
                err = child.raw_json().get(raw);
        } else {
            raw = token;
        }
        if (err)
            failFrom(src, docSource, offsetOf(src, token.data()), err);
        if (!hasChainMember) // a record's members are not a page's other members
            others.push_back(raw);
    }

    if (!hasChainMember && pageRank >= 0) {
        out.records.insert(out.records.end(), pageRecords.begin(), pageRecords.end());
        out.others.insert(out.others.end(), others.begin(), others.end());
    } else {
        // A record (it may be malformed: the verifier says so).
        out.records.push_back(trimmedJson(docSource));
    }
}

// The non-blank lines of [p, end), trimmed of blanks, appended to `lines`.
void appendLines(const char *p, const char *const end, std::vector<std::string_view> &lines)
{
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        const std::string_view line = trimmedWhere(std::string_view(p, size_t(lineEnd - p)), isBlankInLine);
        if (!line.empty())
            lines.push_back(line);
        p = lineEnd + 1;
    }
}

// The non-blank lines of [begin, end), each without its surrounding blanks; a large text in two halves on
// two cores, cut just after a line feed, so no line is cut: the same lines.
std::vector<std::string_view> nonBlankLines(const char *const begin, const char *const end)
{
    // A guess that saves most regrowth for audit records; advised huge pages (HugePages.h) before the first
    // write, as the spans of a large text take many megabytes.
    const auto reserveFor = [](std::vector<std::string_view> &v, size_t bytes) {
        v.reserve(bytes / 512 + 16);
        adviseHugePages(v.data(), v.capacity() * sizeof(std::string_view));
    };
    std::vector<std::string_view> lines;
    reserveFor(lines, size_t(end - begin));
    if (end - begin < (ptrdiff_t(16) << 20)) {
        appendLines(begin, end, lines);
        return lines;
    }
    const char *middle = begin + (end - begin) / 2;
    const char *nl = static_cast<const char *>(std::memchr(middle, '\n', size_t(end - middle)));
    const char *const cut = nl ? nl + 1 : end;
    QFuture<std::vector<std::string_view>> back = QtConcurrent::run(computePool(), [cut, end, reserveFor] {
        std::vector<std::string_view> v;
        reserveFor(v, size_t(end - cut));
        appendLines(cut, end, v);
        return v;
    });
    appendLines(begin, cut, lines);
    const std::vector<std::string_view> rest = back.takeResult(); // runs here if no pool thread took it
    lines.insert(lines.end(), rest.begin(), rest.end());
    return lines;
}

// Removes `c` from the end of `line`, then the blanks before it; false when `line` does not end with `c`.
bool chopLast(std::string_view &line, char c)
{
    if (line.empty() || line.back() != c)
        return false;
    line.remove_suffix(1);
    while (!line.empty() && isBlankInLine(line.back()))
        line.remove_suffix(1);
    return true;
}

} // namespace

std::optional<std::vector<std::string_view>> ExportReader::splitLines(const SourceText &src)
{
    const std::string_view text = src.text();
    const size_t first = skipJsonWhitespace(text, 0);
    if (first == text.size() || text[first] != '{')
        return std::nullopt;
    return nonBlankLines(text.data() + first, text.data() + text.size());
}

std::optional<std::vector<std::string_view>> ExportReader::splitArrayLines(const SourceText &src)
{
    // Not an array, or an indented one: decided before a pass over the whole text.
    const std::optional<std::string_view> firstElement = firstArrayElementLine(src);
    if (!firstElement)
        return std::nullopt;
    // The lines from the first element on: each an element and its comma, the last one's closing the array.
    const std::string_view text = src.text();
    std::vector<std::string_view> elements = nonBlankLines(firstElement->data(), text.data() + text.size());
    if (elements.empty() || !chopLast(elements.back(), ']'))
        return std::nullopt;
    if (elements.back().empty())
        elements.pop_back(); // the ']' on a line of its own
    if (elements.empty())
        return std::nullopt; // an empty array: nothing to gain
    for (size_t i = 0; i + 1 < elements.size(); ++i)
        if (!chopLast(elements[i], ',') || elements[i].empty())
            return std::nullopt;
    if (elements.back().back() == ',')
        return std::nullopt; // a comma before the ']'
    return elements;
}

std::optional<std::string_view> ExportReader::firstArrayElementLine(const SourceText &src)
{
    const std::string_view text = src.text();
    const size_t first = skipJsonWhitespace(text, 0);
    if (first == text.size() || text[first] != '[')
        return std::nullopt;
    const size_t b = skipJsonWhitespace(text, first + 1);
    const size_t nl = text.find('\n', b);
    std::string_view line =
        trimmedWhere(text.substr(b, (nl == std::string_view::npos ? text.size() : nl) - b), isBlankInLine);
    if (!chopLast(line, ','))
        chopLast(line, ']');
    if (line.empty() || line.front() != '{' || line.back() != '}')
        return std::nullopt;
    return line;
}

ExportSplit ExportReader::split(const SourceText &src)
{
    ExportSplit out;
    const std::string_view text = src.text();
    const size_t first = skipJsonWhitespace(text, 0);
    if (first == text.size())
        throw InputError::atOffset(
            src.name(), text, first,
            ExportReaderTr::tr("expected a JSON array, a page object or NDJSON records, found no data"));
    const char c = text[first];
    if (c == '[') {
        ondemand::parser parser;
        ondemand::document doc;
        if (auto err = parser.iterate(src.data(), src.size(), src.size() + SourceText::Padding).get(doc))
            fail(src, text, first, err);
        ondemand::array array;
        if (auto err = doc.get_array().get(array))
            fail(src, text, first, err);
        collectArray(src, array, out.records);
        // simdjson 3.0 has no document::at_end(): past the last token current_location() fails.
        const char *trailing = nullptr;
        if (!doc.current_location().get(trailing) && trailing)
            throw InputError::atOffset(src.name(), text, offsetOf(src, trailing),
                                       ExportReaderTr::tr("expected end of input after the JSON value"));
        return out;
    }
    if (c != '{')
        throw InputError::atOffset(
            src.name(), text, first,
            ExportReaderTr::tr("expected '[' or '{' (a JSON array, a page object or NDJSON records)"));

    // A stream of top-level objects. A batch must hold the largest document, so start at the whole input:
    // simdjson only touches index memory for the structure it finds.
    ondemand::parser parser;
    ondemand::document_stream stream;
    const size_t batch = std::max<size_t>(src.size(), 1 << 20);
    if (auto err = parser.iterate_many(src.data(), src.size(), batch).get(stream))
        fail(src, text, first, err);
    size_t documents = 0;
    SplitScratch scratch;
    for (auto it = stream.begin(); it != stream.end(); ++it) {
        auto docRef = *it;
        // Check before asking where the document is: after a stage-1 error (e.g. an unclosed string anywhere
        // in the batch) the iterator has no document and source() reads out of bounds. Such an error is not
        // tied to this document either, so the whole stream is diagnosed, one document after the other.
        if (docRef.error())
            failStream(src, skipJsonWhitespace(text, 0), docRef.error());
        const size_t docStart = it.current_index();
        const std::string_view docSource = it.source();
        ondemand::object obj;
        if (auto err = docRef.get_object().get(obj)) {
            if (err == INCORRECT_TYPE)
                throw InputError::atOffset(src.name(), text, skipJsonWhitespace(text, docStart),
                                           ExportReaderTr::tr("expected a record object or a page object"));
            failFrom(src, docSource, docStart, err);
        }
        splitObject(src, obj, docSource, out, scratch);
        ++documents;
    }
    if (const size_t truncated = stream.truncated_bytes()) {
        failStream(src, skipJsonWhitespace(text, src.size() - truncated), INCOMPLETE_ARRAY_OR_OBJECT);
    }
    return out;
}

} // namespace ab
