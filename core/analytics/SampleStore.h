#pragma once
// Seeded samples stored in a workspace (issue 17): drawn with SampleDrawer from exactly the gateway records
// an AuditFilter selects (the population, in the order `query` lists it: time, then rowid), stored immutably
// (tables samples and sample_items, schema version 3) with the population (filters, count, the newest
// verification run covering it and its head HMAC), seed, algorithm and size, and logged as a "sample"
// activity, all in one transaction. Everything stored is evidence: built without tr().

#include "core/common/Error.h"
#include "core/workspace/WorkspaceStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ab::analytics {

// A sample that cannot be drawn as asked (size above the population, a bad seed, a windowed filter).
class SampleError : public Error
{
public:
    explicit SampleError(const QString &message) : Error(message) {}
};

// Seeds are whole numbers 0 .. 2^53 - 1, so the JSON that prints them round-trips in every reader.
inline constexpr quint64 MaxSeed = (quint64(1) << 53) - 1;

struct SampledRecord
{
    qint64 rowId = 0;
    QString recordId; // the record's `id` as stored (a numeric id in its JCS form)
};

struct Sample
{
    qint64 id = 0;
    QString name;
    QByteArray filtersJson; // auditFilterJson() of the population's filter
    qint64 populationCount = 0;
    std::optional<qint64> runId;
    std::optional<QString> headHmac;
    quint64 seed = 0;
    QString algorithm;
    qint64 size = 0;
    QString createdAt, createdBy;
    QList<SampledRecord> records; // draw order

    // {"sample_id","name","population":{"filters","count","run","head_hmac"},"seed","algorithm","size",
    //  "created_at","created_by","records":[record ids in draw order]}
    QByteArray toJson(bool pretty = true) const;
};

// The filter as a JSON object with sorted members, only those that filter: "action", "category",
// "end", "entity_type", "framework", "source_id", "start", "text", "user" (lists as arrays, instants in
// their canonical UTC form).
QByteArray auditFilterJson(const AuditFilter &filter);

// Draws, stores and logs a sample. Throws SampleError when size < 1, size > the population, the seed is
// above MaxSeed or the filter has a limit/offset (a window is not a population); WorkspaceError on storage
// failures. `name` empty: "sample <id>".
Sample drawSample(WorkspaceStore &store, const AuditFilter &filter, qint64 size, quint64 seed,
                  const QString &name);

// Every stored sample, oldest first (records included when `withRecords`).
QList<Sample> storedSamples(const WorkspaceStore &store, bool withRecords = false);
std::optional<Sample> storedSample(const WorkspaceStore &store, qint64 id);

} // namespace ab::analytics
