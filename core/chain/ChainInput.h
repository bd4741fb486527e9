#pragma once

#include "core/common/Progress.h"
#include "core/json/SourceText.h"

#include <QStringList>

#include <algorithm>
#include <deque>
#include <string_view>
#include <vector>

namespace ab {

// The records of one or more export files that form one chain, in input order (files in the order given,
// records in file order). Owns the texts the record spans point into.
class ChainInput
{
public:
    // How a text is split into records.
    enum class Split
    {
        // ExportReader::split: the stream's structure is parsed (serially) before anything else; a text that
        // does not split throws InputError at once.
        Strict,
        // An NDJSON text (one starting with '{') is taken line by line, unparsed: its non-blank lines are its
        // provisional records. So is a JSON array written an element per line
        // (ExportReader::splitArrayLines). The verifier parses every record anyway (on all cores); when a
        // line is not one well-formed record object (bad JSON, a page, two objects on a line, ...) it calls
        // splitStrictly(), so results and error messages are always those of the strict split. Other texts
        // are split strictly at once.
        Deferred
    };

    // How a file's bytes are held.
    enum class Access
    {
        Copy, // read into memory
        // Mapped when it can be (SourceText::mapFile): the caller must call confirmUnchanged() before it
        // trusts anything derived from the input.
        Map
    };

    // Reads and splits a file; throws InputError. Nothing is added when it throws.
    void addFile(const QString &path, Progress *progress = nullptr, Split split = Split::Strict,
                 Access access = Access::Copy);
    // Splits an already-read source (e.g. records read back from a workspace as NDJSON).
    void addSource(SourceText source, Split split = Split::Strict);

    // What a provisional record must also prove when parsed, by the text's form.
    enum class Provisional : uint8_t
    {
        No,        // split strictly: its records are what ExportReader::split found
        Lines,     // NDJSON lines: an object, and no array under a page key
                   // (ExportReader::declinesProvisionalLine)
        ArrayLines // the lines of an array: an object
    };
    // True while some text's records are provisional (Split::Deferred, not yet re-split).
    bool hasDeferred() const;
    Provisional provisional(uint32_t source) const { return m_deferred[source]; }
    // Replaces every provisional split by the strict one (ExportReader::split), in file order; throws the
    // InputError of the first text that does not split. Const like sources(): the input's texts do not
    // change, only which spans of them are known to be its records.
    void splitStrictly() const;

    // Throws InputError naming the first mapped file that was truncated or rewritten since it was mapped
    // (its records, SHA-256 and everything derived from them may then disagree).
    void confirmUnchanged() const;

    struct Source
    {
        QString name;   // as given (path)
        QString file;   // file name without directories
        QString sha256; // of the bytes on disk
        qint64 records = 0;
    };

    size_t recordCount() const { return m_records.size(); }
    const std::vector<std::string_view> &records() const { return m_records; }
    // Which text record `record` comes from. Each text's records are contiguous and in text order, so a
    // start index per text says it (a per-record list would be 4 MB of fresh pages filled on one core for a
    // million records).
    uint32_t recordSource(size_t record) const
    {
        if (m_recordStarts.size() == 1)
            return 0;
        return uint32_t(std::upper_bound(m_recordStarts.begin(), m_recordStarts.end(), record) -
                        m_recordStarts.begin() - 1);
    }
    const std::vector<std::string_view> &others() const { return m_others; }
    const std::vector<uint32_t> &otherSource() const { return m_otherSource; }
    const std::deque<SourceText> &texts() const { return m_texts; }
    const std::vector<Source> &sources() const;

private:
    struct Spans
    {
        std::vector<std::string_view> records, others;
    };
    void append(uint32_t index, Spans &spans) const; // takes the spans (moved when it can)

    std::deque<SourceText> m_texts;        // deque: adding a text never moves the others (spans stay valid)
    mutable std::vector<Source> m_sources; // sha256 filled in on first use (hashing overlaps parsing)
    mutable std::vector<Provisional> m_deferred; // per text: whether (and how) its spans are provisional
    mutable std::vector<std::string_view> m_records;
    mutable std::vector<size_t> m_recordStarts; // per text: the index in m_records of its first record
    mutable std::vector<std::string_view> m_others;
    mutable std::vector<uint32_t> m_otherSource;
};

} // namespace ab
