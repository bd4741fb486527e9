#pragma once

#include "core/common/Progress.h"
#include "core/json/SourceText.h"
#include "core/workspace/WorkspaceStore.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace ab {

// Recognises an evidence file by its content and hands every record to a sink, validated: each record (and
// every other member of a page) is parsed in full; invalid JSON or a duplicate member name throws InputError
// naming file, line and column. String views are valid only during the sink call.
struct GatewayFields
{
    std::optional<std::string> id; // string id, or a numeric id in its JCS form
    std::optional<int64_t> sequence;
    std::string_view timestamp;
    std::optional<int64_t> timestampMs;
    std::string_view category, action, framework, entityType, userId, userEmail, policyName;
};

struct AgentEntryFields
{
    std::string_view agentId, actionType, connector, timestamp;
    std::optional<int64_t> timestampMs;
};

struct BundleFields
{
    std::string_view name, regulatoryFramework, version;
    std::optional<bool> enabled;
};

struct OcsfFields
{
    int64_t classUid = 0;
    std::optional<int64_t> activityId, severityId, timeMs;
};

struct PackageFields
{
    std::string_view packageId, agentId, agentName, generatedAt, generatedBy, contentSha256;
};

class EvidenceSink
{
public:
    virtual ~EvidenceSink() = default;
    // How many gateway records follow (a hint, given before the first): room can be made once.
    virtual void expectGatewayRecords(qint64 count) { (void)count; }
    virtual void gatewayRecord(qint64 ordinal, std::string_view raw, const GatewayFields &f) = 0;
    virtual void agent(std::string_view agentId, std::string_view name, std::string_view raw) = 0;
    virtual void agentEntry(qint64 ordinal, std::string_view raw, const AgentEntryFields &f) = 0;
    virtual void bundle(qint64 ordinal, std::string_view raw, const BundleFields &f) = 0;
    virtual void ocsfEvent(qint64 ordinal, std::string_view raw, const OcsfFields &f) = 0;
    virtual void package(std::string_view raw, const PackageFields &f) = 0;
};

class EvidenceReader
{
public:
    struct Summary
    {
        QString format; // EvidenceFormat::*
        qint64 records = 0;
        QList<ImportWarning> warnings; // stored with the source: evidence text, built without tr()
        bool splitAtLineFeeds = false; // the records were found by Split::Provisional's line split
    };

    // How the records are found. Strict: the outer structure is walked first (ExportReader::split), so bad
    // input is reported before anything reaches the sink. Provisional: an NDJSON text of gateway records, or
    // a JSON array of them written an element per line, is split at its line feeds
    // (ExportReader::splitLines, splitArrayLines), saving that walk; when a line is not one
    // well-formed record object, read() throws SplitDeclined after handing the sink the records before it,
    // and the caller undoes what the sink did and reads again strictly (which says what is wrong, exactly
    // as it always has). Any other text is read strictly in either mode.
    enum class Split
    {
        Strict,
        Provisional
    };
    struct SplitDeclined
    {
    };

    // Throws InputError (unusable or unknown content), CancelledError and, in Provisional mode only,
    // SplitDeclined.
    static Summary read(const SourceText &source, EvidenceSink &sink, Progress *progress = nullptr,
                        Split split = Split::Strict);

    // The content hash a compliance package carries: SHA-256 hex of JCS(package without content_sha256).
    // Throws InputError when `json` is not a valid JSON object.
    static QString packageContentSha256(const QString &name, const QByteArray &json);
    // Reads the indexed members of a compliance package held in memory (storePackage). Throws InputError.
    static void readPackage(const QString &name, const QByteArray &json, EvidenceSink &sink);
};

} // namespace ab
