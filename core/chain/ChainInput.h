#pragma once

#include "core/common/Progress.h"
#include "core/json/SourceText.h"

#include <QStringList>

#include <deque>
#include <string_view>
#include <vector>

namespace ab {

// The records of one or more export files that form one chain, in input order (files in the order given,
// records in file order). Owns the texts the record spans point into.
class ChainInput
{
public:
    // Reads and splits a file; throws InputError. Nothing is added when it throws.
    void addFile(const QString &path, Progress *progress = nullptr);
    // Splits an already-read source (e.g. records read back from a workspace as NDJSON).
    void addSource(SourceText source);

    struct Source
    {
        QString name;   // as given (path)
        QString file;   // file name without directories
        QString sha256; // of the bytes on disk
        qint64 records = 0;
    };

    size_t recordCount() const { return m_records.size(); }
    const std::vector<std::string_view> &records() const { return m_records; }
    const std::vector<uint32_t> &recordSource() const { return m_recordSource; }
    const std::vector<std::string_view> &others() const { return m_others; }
    const std::vector<uint32_t> &otherSource() const { return m_otherSource; }
    const std::deque<SourceText> &texts() const { return m_texts; }
    const std::vector<Source> &sources() const;

private:
    std::deque<SourceText> m_texts;        // deque: adding a text never moves the others (spans stay valid)
    mutable std::vector<Source> m_sources; // sha256 filled in on first use (hashing overlaps parsing)
    std::vector<std::string_view> m_records;
    std::vector<uint32_t> m_recordSource;
    std::vector<std::string_view> m_others;
    std::vector<uint32_t> m_otherSource;
};

} // namespace ab
