#pragma once
// Gaps and duplicates in a workspace's gateway records (issue 17), what an auditor checks for completeness:
//   - sequence gaps: numbers missing between consecutive `sequence` values, within each source file and
//     across all sources together (a number missing from one page but present in another is a gap of that
//     source only);
//   - time gaps: consecutive records (all sources, by timestamp as an instant) further apart than the
//     threshold;
//   - duplicates: records with the same `id` and different content (identical copies were merged at import,
//     docs/spec/chain.md "Order"); content is compared as JCS.
// Gaps are listed up to a cap (gapCount counts all), like the verifier's errors.

#include "core/workspace/WorkspaceStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ab::analytics {

struct SequenceGap
{
    std::optional<qint64> sourceId; // nothing: across sources
    QString sourceFile;
    QString afterId, beforeId; // the records on either side
    qint64 firstMissing = 0, lastMissing = 0;
};

struct TimeGap
{
    QString afterId, beforeId;
    QString from, to;   // the timestamps as stored
    qint64 seconds = 0; // whole seconds between them, rounded down
};

struct DuplicateRecord
{
    QString sourceFile;
    qint64 sourceId = 0;
    qint64 ordinal = 0; // 0-based position in its file
    QString timestamp;
    QString contentSha256; // SHA-256 hex of the record's JCS form
};

struct Duplicate
{
    QString id;
    QList<DuplicateRecord> records; // rowid (import) order
};

struct GapReport
{
    QList<SequenceGap> sequenceGaps; // per source (by source id, then sequence), then across sources
    QList<TimeGap> timeGaps;
    qint64 gapCount = 0; // every gap found, listed or not
    QList<Duplicate> duplicates;
    qint64 maxGapHours = 24;

    // {"gaps": [...], "gap_count": n, "max_gap_hours": h, "duplicates": [...]}; each gap
    // {"kind": "sequence", "source": file|null, "after", "before", "first_missing", "last_missing",
    // "missing"} or {"kind": "time", "source": null, "after", "before", "from", "to", "seconds"}; each
    // duplicate
    // {"id", "records": [{"source", "ordinal", "timestamp", "sha256"}]}.
    QByteArray toJson(bool pretty = true) const;
};

inline constexpr int MaxListedGaps = 1000;

GapReport findGaps(const WorkspaceStore &store, qint64 maxGapHours = 24, int maxListed = MaxListedGaps);

} // namespace ab::analytics
