#pragma once

#include <string>
#include <string_view>
#include <vector>

// A fast path for the common shape of audit records: one flat JSON object whose member values are all strings
// without escape sequences or integers of at most 15 digits. For such records the JCS form can be written
// straight from the bytes (string tokens are already canonical, such integers print as themselves), without
// building a DOM. Everything else — nested values, escapes, other numbers, literals, duplicate names,
// anything that is not strictly valid JSON — is declined, and the caller takes the general (DOM) path, which
// stays the authority for both results and error messages.
namespace ab::jcs {

class FlatRecord
{
public:
    struct Member
    {
        std::string_view name;  // raw bytes between the quotes (no escapes, so also the decoded name)
        std::string_view token; // the value as written: a string with its quotes, or the integer's digits
        bool isString = false;
        std::string_view text() const { return isString ? token.substr(1, token.size() - 2) : token; }
    };

    // Parses `raw` (one JSON text). Returns false when the record is not of the flat shape described above.
    bool parse(std::string_view raw);
    const std::vector<Member> &members() const { return m_members; }

    // Appends JCS(record without the top-level members named in `omit`). Returns false (appending nothing)
    // when two members share a name.
    bool canonicalize(std::string &out, std::string_view omit1, std::string_view omit2);

private:
    std::vector<Member> m_members;
    std::vector<const Member *> m_sorted;
};

} // namespace ab::jcs
