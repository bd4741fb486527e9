#pragma once
// The evidence workspace (issue 3): one *.auditbench file per engagement, a SQLite database opened through
// Qt Sql (QSQLITE) that holds
//   - the original evidence files byte-for-byte (zlib-compressed chunks) with SHA-256, size, file name,
//     import time and importing user                                   (sources, source_chunks)
//   - what was derived from them, each row with its raw JSON text exactly as in the file
//     (gateway_records, agent_entries, agents, compliance_bundles, ocsf_events, packages)
//   - what the auditor did: verification runs, VSQ verdicts and a SHA-256 hash-chained activity log
//     (verification_runs, vsq_verdicts, activity_log).
// Evidence, runs, packages, verdicts and the log are append-only: SQLite triggers RAISE(ABORT) on UPDATE and
// DELETE of them, and the activity log's hash chain makes edits behind the triggers' back detectable.
//
// Threads: a WorkspaceStore uses its own uniquely named QSqlDatabase connection, which Qt Sql allows only
// in the thread that opened it. Use one instance per thread (e.g. the GUI thread's, and a worker's own
// instance opened on the same path for an import or a verification); WAL journaling lets readers go on
// while a writer imports. Long calls take a Progress* and throw CancelledError (after rolling back) when
// it is cancelled.
//
// Errors: methods throw WorkspaceError (a message for the user) for workspace problems and InputError
// ("file:line:column: message") for bad evidence. An import either stores every file given or nothing.

#include "core/chain/ChainVerifier.h"
#include "core/chain/VerificationResult.h"
#include "core/common/Error.h"
#include "core/common/Instant.h"
#include "core/common/Progress.h"
#include "core/workspace/AuditorIdentity.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

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
    QList<ImportWarning> warnings;
    QByteArray toJson() const; // {"file","format","records","sha256","size","status":"imported"|"already
                               // imported","warnings"}
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
    QString scope; // "gateway" or "runtime:<source id>"
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

class WorkspaceStore
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly
    };
    static constexpr int SchemaVersion = 1; // PRAGMA user_version written by the newest migration

    // Opens (or creates) a workspace. Throws WorkspaceError: not a workspace, newer schema than supported
    // (the file is left untouched), cannot open. Older schemas are migrated inside one transaction.
    static std::unique_ptr<WorkspaceStore>
    open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
         AuditorIdentity identity = AuditorIdentity::fromEnvironment());
    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore &) = delete;
    WorkspaceStore &operator=(const WorkspaceStore &) = delete;

    const QString &path() const { return m_path; }
    const AuditorIdentity &identity() const { return m_identity; }
    void setIdentity(const AuditorIdentity &identity) { m_identity = identity; }
    int schemaVersion() const;

    // --- Import ----------------------------------------------------------------------------------
    // Imports files as ONE transaction: format detected from content, every record validated (invalid JSON
    // or duplicate member names reject the file with file:line:column). Any unusable file (InputError),
    // cancellation (CancelledError) or failure: rolled back, the workspace exactly as before. A file whose
    // bytes were imported before is a no-op reported as alreadyImported. Logs one "import" activity.
    QList<ImportFileResult> importFiles(const QStringList &paths, Progress *progress = nullptr);
    // The same for bytes in memory (`name` is the file name recorded and named in messages).
    QList<ImportFileResult> importBytes(const QList<QPair<QString, QByteArray>> &files,
                                        Progress *progress = nullptr);

    // --- Sources ---------------------------------------------------------------------------------
    QList<SourceInfo> sources() const;
    std::optional<SourceInfo> source(qint64 id) const;
    // The original bytes exactly as imported (decompressed from storage; checked against the SHA-256).
    QByteArray sourceBytes(qint64 id) const;

    // --- Gateway records: the seed API's filters, offline ----------------------------------------
    // Records are ordered by timestamp (as instants; records without one last), then import order.
    qint64 count(const AuditFilter &filter = {}) const;
    // Raw JSON of each matching record, exactly the bytes of its span in the original file.
    QList<QByteArray> query(const AuditFilter &filter = {}) const;
    // Streams the same without holding them all; return false from `sink` to stop.
    void
    forEachRecord(const AuditFilter &filter,
                  const std::function<bool(const GatewayRecordRow &, const QByteArray &raw)> &sink) const;
    // For lazy models: every matching rowid in order (cheap), then cells/raw on demand.
    std::vector<qint64> queryRowIds(const AuditFilter &filter = {}) const;
    std::optional<GatewayRecordRow> recordRow(qint64 rowId) const;
    QList<GatewayRecordRow> recordsByRowIds(const std::vector<qint64> &rowIds) const; // same order as given
    QByteArray rawRecord(qint64 rowId) const;
    // Per UTC day counts for charts; `splitBy` "" (none), "action" or "framework".
    QList<DayCount> dailyCounts(const AuditFilter &filter = {}, const QString &splitBy = {}) const;
    // Distinct values of a filter column ("framework", "action", "entity_type", "category", "user_email",
    // "policy_name") for filter pickers, sorted.
    QStringList distinctValues(const QString &column) const;

    // --- Agent runtime exports -------------------------------------------------------------------
    QList<AgentInfo> agents() const;
    // audit_entries rows of an agent (raw JSON in file order); agentId empty: all.
    qint64 agentEntryCount(const QString &agentId = {}) const;
    QList<QByteArray> agentEntries(const QString &agentId = {}) const;

    // --- Compliance bundles and OCSF events --------------------------------------------------------
    QList<QByteArray> complianceBundles() const;   // raw JSON of every bundle object
    qint64 ocsfEventCount(int classUid = 0) const; // 0: all classes
    QList<QByteArray> ocsfEvents(int classUid = 0) const;

    // --- Verification ------------------------------------------------------------------------------
    // Verifies the gateway records the workspace holds (one SourceText per source, named after the original
    // file and carrying its SHA-256), stores the run (key ids + fingerprints only) and logs it.
    VerificationRun verifyGateway(const VerifyOptions &options, Progress *progress = nullptr);
    // Verifies the audit_entries chain of an imported agent runtime export.
    VerificationRun verifyRuntimeExport(qint64 sourceId, const VerifyOptions &options,
                                        Progress *progress = nullptr);
    QList<VerificationRun> verificationRuns() const; // newest first

    // --- Compliance packages (filled by the package area) ------------------------------------------
    // Stores a package JSON (docs/spec/formats.md 3) immutably; origin "workbench" or "platform". Same
    // package_id with the same bytes: returns the existing row; with other bytes: WorkspaceError. Logs
    // "compliance.generated" for origin workbench.
    qint64 storePackage(const QByteArray &packageJson, const QString &origin);
    QList<PackageInfo> packages(const QString &agentId = {}) const; // newest generated_at first
    QByteArray packageJson(const QString &packageId) const;         // empty when unknown

    // --- VSQ verdicts (append-only; the latest per answer wins) -----------------------------------------
    void addVerdict(const QString &packageId, const QString &answerKey, const QString &verdict,
                    const QString &comment);
    QMap<QString, VsqVerdict> latestVerdicts(const QString &packageId) const; // answer key -> verdict
    QList<VsqVerdict> verdictHistory(const QString &packageId,
                                     const QString &answerKey) const; // oldest first

    // --- Activity log --------------------------------------------------------------------------------
    // Appends a row (user and time from the identity and the clock); `detailsJson` must be a JSON object.
    // Actions in use: import, verification, compliance.generated, vsq.verdict, export, print.
    void appendActivity(const QString &action, const QByteArray &detailsJson);
    QList<ActivityEntry> activity() const; // oldest first
    ActivityLogCheck verifyActivityLog() const;

private:
    WorkspaceStore() = default;
    ImportFileResult importOne(const QString &path, const QByteArray &bytes, Progress *progress);
    void logImport(const QList<ImportFileResult> &results);
    VerificationRun storeRun(const QString &scope, const VerificationResult &result);
    void appendActivityInTransaction(const QString &action, const QByteArray &detailsJson);

    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    AuditorIdentity m_identity;
};

} // namespace ab
