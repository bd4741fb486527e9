#pragma once
// Inserts gateway records into gateway_records for EvidenceImport: with the SQLite C API (one statement
// prepared once, values bound without copies) where the Qt plugin's library exports it, else through Qt
// Sql's binding (PreparedInsert). With `background`, rows are handed to a writer thread in batches, so one
// core parses and validates while the other writes: then nothing else may use the connection until finish()
// returns (EvidenceImport uses it only for a fresh table, where duplicates are found in memory), and every
// `raw` passed to add() must stay valid until then (it points into the SourceText being imported, which
// starts at `original` when that is given).

#include "core/workspace/EvidenceReader.h"
#include "core/workspace/SqlSession.h"

#include <memory>

namespace ab {

class GatewayRowWriter
{
public:
    // `original`: the first byte of the imported text when it is the stored original byte for byte (and the
    // workspace serves records from it, RawSpan.h); then each row stores `raw = ''` and the record's span
    // (raw_offset, raw_length) instead of a copy. Null: the raw JSON goes into the row.
    GatewayRowWriter(const SqlSession &sql, bool background, const char *original = nullptr);
    ~GatewayRowWriter(); // stops the writer thread (an import that failed) without throwing
    GatewayRowWriter(const GatewayRowWriter &) = delete;
    GatewayRowWriter &operator=(const GatewayRowWriter &) = delete;

    // Throws WorkspaceError when a row could not be written (in the background: one written earlier).
    void add(qint64 sourceId, qint64 ordinal, std::string_view raw, const GatewayFields &f);
    // Waits until every row is written; throws WorkspaceError when one could not be.
    void finish();

    bool usesSqliteApi() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ab
