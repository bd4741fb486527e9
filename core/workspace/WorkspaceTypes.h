#pragma once
// The plain values the workspace hands out and takes in (WorkspaceStore.h is the API that uses them).

#include "core/chain/ChainVerifier.h"
#include "core/chain/VerificationResult.h"
#include "core/common/Error.h"
#include "core/common/Instant.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab {

// A problem with the workspace file itself (cannot open, not a workspace, newer schema, storage failure).
class WorkspaceError : public Error
{
public:
    explicit WorkspaceError(const QString &message) : Error(message) {}
    const QString &message() const { return text(); }
};

// The formats an import recognises from the content (never from the file name).
namespace EvidenceFormat {
inline constexpr const char *GatewayAuditExport =
    "gateway-audit-export"; // docs/spec/formats.md 1, any docs/spec/chain.md form
inline constexpr const char *AgentRuntimeExport = "agent-runtime-export"; // docs/spec/formats.md 2
inline constexpr const char *CompliancePackage = "compliance-package";    // docs/spec/formats.md 3
inline constexpr const char *ComplianceBundles = "compliance-bundles";    // docs/spec/formats.md 4
inline constexpr const char *OcsfEvents = "ocsf-events";                  // docs/spec/formats.md 5
} // namespace EvidenceFormat

// A warning about evidence that was imported anyway (shown in the GUI's issues dock).
struct ImportWarning
{
    QString file;
    qint64 line = 0, column = 0; // 0 when the warning is about the whole file
    QString message;
    QString toString() const; // "file:line:column: message" or "file: message"
};

struct ImportFileResult
{
    QString path;        // as given
    QString fileName;    // without directories
    QString format;      // EvidenceFormat::*
    qint64 records = 0;  // gateway records / audit entries / bundles / OCSF events / 1 package
    QString sha256;      // of the bytes as on disk
    qint64 size = 0;     // bytes on disk
    qint64 sourceId = 0; // sources.id (of the earlier import when alreadyImported)
    bool alreadyImported = false;
    // Gateway records not stored because a record with the same id and the same (JCS) content was already
    // there (overlapping pages, a record repeated in a file or across files); `records` counts the others.
    qint64 duplicatesMerged = 0;
    QList<ImportWarning> warnings;
    QByteArray toJson() const; // {"duplicates_merged","file","format","records","sha256","size",
                               // "status":"imported"|"already imported","warnings"}
};

struct SourceInfo
{
    qint64 id = 0;
    QString fileName;
    QString format;
    QString sha256;
    qint64 size = 0;
    qint64 records = 0;
    QString importedAt; // RFC 3339 UTC
    QString importedBy;
};

// The seed API's audit-log filters (docs/spec/formats.md 1) with the same meaning, plus user and free text.
// Empty lists / unset members do not filter. Each list matches any of its values (the CLI splits only
// --entity-type on commas, as the seed API does).
struct AuditFilter
{
    QStringList frameworks, actions, entityTypes, categories;
    std::optional<Instant> start, end; // inclusive instants (compared as epoch milliseconds)
    QString user;                      // equals user_id or user_email
    QString text;                      // substring of the raw JSON (LIKE, escaped; ASCII case-insensitive)
    std::optional<qint64> sourceId;    // only records of this source
    qint64 limit = -1;                 // < 0: no limit
    qint64 offset = 0;
};

// The indexed columns of one gateway record (what a table model shows), fetched by rowid.
struct GatewayRecordRow
{
    qint64 rowId = 0;
    qint64 sourceId = 0;
    qint64 ordinal = 0; // 0-based position in its source file
    QString recordId;
    std::optional<qint64> sequence;
    QString timestamp; // as in the record
    std::optional<qint64> timestampMs;
    QString category, action, framework, entityType, userId, userEmail, policyName;
    QString sourceFile;
};

struct DayCount
{
    QDate day;   // UTC
    QString key; // the action or framework when split, else empty
    qint64 count = 0;
};

struct VerificationRun
{
    qint64 id = 0;
    QString scope; // "gateway", "runtime" (every runtime export) or "runtime:<source id>" (one export)
    QString runAt, runBy;
    VerificationResult result;
    QByteArray resultJson; // exactly as stored (VerificationResult::toJson)
};

struct PackageInfo
{
    qint64 id = 0;
    QString packageId, agentId, agentName, generatedAt, generatedBy;
    QString origin; // "workbench" | "platform"
    QString contentSha256;
    qint64 sourceId = 0; // the imported file for origin "platform", else 0
    QString storedAt, storedBy;
};

struct VsqVerdict
{
    QString packageId, answerKey;
    QString verdict; // "agree" | "exception" | "not_applicable"
    QString comment, user, at;
};

struct AgentInfo
{
    QString agentId, name;
    qint64 sourceId = 0; // the runtime export that lists it
    qint64 auditEntries = 0;
};

struct ActivityEntry
{
    qint64 seq = 0;
    QString at, user, action;
    QByteArray details; // canonical JSON (JCS)
    QString prevHash, hash;
};

// Outcome of checking the activity log's hash chain.
struct ActivityLogCheck
{
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString message;           // exact text naming the first broken row
};

// The activity log's head as printed on reports and packs: a log whose tail was deleted shows a smaller
// count and another hash than the paper.
struct ActivityLogHead
{
    qint64 rows = 0;
    QString hash; // the last row's hash; 64 zeros when the log is empty
};

} // namespace ab
