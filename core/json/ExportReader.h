#pragma once

#include "core/json/SourceText.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ab {

// Splits one input text into its record objects, whatever its form (docs/spec/chain.md "Inputs"): a JSON
// array of records; a page object holding them under items, data, records, audit_logs or audit_entries;
// NDJSON (a stream of records, or of pages). Only the outer structure is walked here; every record span (and
// every other member of a page) must still be fully parsed by the caller, which is done in parallel.
struct ExportSplit
{
    std::vector<std::string_view> records; // each the exact text of one record object
    std::vector<std::string_view> others;  // other page members: to be validated, then ignored
};

class ExportReader
{
public:
    // Throws InputError with file:line:column.
    static ExportSplit split(const SourceText &source);

    // NDJSON's provisional split, without parsing: the non-blank lines of a text whose first non-blank byte
    // is '{', each without its surrounding JSON whitespace; nullopt for any other text. A valid JSON text
    // holds no raw line feed inside a token, so when every line parses as one record object these are
    // exactly split()'s records; the caller must parse every line and otherwise fall back to split().
    static std::optional<std::vector<std::string_view>> splitLines(const SourceText &source);
    // The same for a JSON array written an element per line (`[` and `]` on their own lines or on the first
    // and last element's, a comma after every element but the last): each line without its comma and blanks;
    // nullopt for a text that does not start with '[' or is not laid out so. A line that is not exactly one
    // JSON object makes such a split wrong: the caller must parse every element, require an object, and
    // otherwise fall back to split(). When every element is one object, these are exactly split()'s records:
    // each line's object ends where the array's grammar says it does, so the commas and brackets between
    // them are the array's own.
    static std::optional<std::vector<std::string_view>> splitArrayLines(const SourceText &source);
    // The first element of a JSON array when it is laid out as splitArrayLines() needs: its line after the
    // '[', without the comma after it or the array's ']', opening and closing an object; nullopt otherwise
    // (an indented array, say). Not parsed: a line like `{"a":1},{"b":2}` passes and the caller's parse
    // decides.
    static std::optional<std::string_view> firstArrayElementLine(const SourceText &source);

    // The member names under which a page object holds its records, in order of preference.
    static const std::vector<std::string_view> &pageKeys();
    // True when an object's member named `key` keeps a provisional (splitLines) line from being taken as a
    // record: any array under a page key, record or not. split() walks such an array as a page's records
    // before it knows whether the object is a record, and rejects one that holds anything else.
    static bool declinesProvisionalLine(std::string_view key, bool valueIsArray);
};

} // namespace ab
