#pragma once
// The evidence workspace (issue 3): one *.auditbench file per engagement, a SQLite database opened through
// Qt Sql (QSQLITE) that holds
//   - the original evidence files byte-for-byte (zlib-compressed chunks) with SHA-256, size, file name,
//     import time and importing user                                   (sources, source_chunks)
//   - what was derived from them, each row with its raw JSON text exactly as in the file
//     (gateway_records, agent_entries, agents, compliance_bundles, ocsf_events, packages); a gateway
//     record imported since schema version 7 is served from the original instead (RawSpan.h)
//   - what the auditor did: verification runs, VSQ verdicts and a SHA-256 hash-chained activity log
//     (verification_runs, vsq_verdicts, activity_log).
// Evidence, runs, packages, verdicts and the log are append-only: SQLite triggers RAISE(ABORT) on UPDATE and
// DELETE of them, and the activity log's hash chain makes edits behind the triggers' back detectable.
//
// This class is the façade; each job lives in its own file: SqlSession (connection, transactions, prepared
// inserts), EvidenceImport, SourceStore, RecordQueries (+ AuditQuery's WHERE), RuntimeEvidence, RunStore,
// PackageStore, ActivityLog; the plain values in WorkspaceTypes.h; exports in RecordExport.
//
// Threads: a WorkspaceStore uses its own uniquely named QSqlDatabase connection, which Qt Sql allows only
// in the thread that opened it. Use one instance per thread (e.g. the GUI thread's, and a worker's own
// instance opened on the same path for an import or a verification); WAL journaling lets readers go on
// while a writer imports. Long calls take a Progress* and throw CancelledError (after rolling back) when
// it is cancelled.
//
// Errors: methods throw WorkspaceError (a message for the user) for workspace problems and InputError
// ("file:line:column: message") for bad evidence. An import either stores every file given or nothing.

#include "core/common/Progress.h"
#include "core/workspace/AuditorIdentity.h"
#include "core/workspace/WorkspaceTypes.h"

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

class SqlSession;

class WorkspaceStore
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly,
        ReadOnly // an existing workspace, never written (also chosen by open() for read-only media)
    };
    static constexpr int SchemaVersion = 7; // PRAGMA user_version written by the newest migration

    // Opens (or creates) a workspace. Throws WorkspaceError: not a workspace, newer schema than supported
    // (the file is left untouched), cannot open. Older schemas are migrated inside one transaction.
    static std::unique_ptr<WorkspaceStore>
    open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
         AuditorIdentity identity = AuditorIdentity::fromEnvironment());
    // Closes without reporting (a failure is only logged): call close() where a failure matters.
    ~WorkspaceStore();
    // Writes everything back into the one workspace file (a WAL checkpoint) and closes the connection, so the
    // file can be copied, mailed or archived on its own. Throws WorkspaceError when that fails (a full disk):
    // the changes are then kept in the -wal file beside it. Another program still reading the workspace is
    // not a failure: the last one to close writes the file back. Nothing else may be called afterwards.
    void close();
    // Opened read-only: asked for (OpenMode::ReadOnly) or on media that cannot be written (a read-only
    // mount, a DVD, a WORM archive). Every write then fails with "the workspace is read-only".
    bool isReadOnly() const { return m_readOnly; }
    // A consistent copy of the workspace as one file at `target` (SQLite's online backup; readers and
    // writers of this store may go on meanwhile), written beside the target first and renamed when complete:
    // a failure leaves no partial copy. Throws WorkspaceError, CancelledError.
    void saveCopy(const QString &target, Progress *progress = nullptr) const;
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
    // bytes were imported before is a no-op reported as alreadyImported. A gateway record with the id and
    // JCS content of one already stored is merged (stored once, counted in duplicatesMerged), as
    // docs/spec/chain.md "Order" merges overlapping pages. Logs one "import" activity.
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
    // Jump-to-record: the rowids of the records whose `id` is `recordId` (indexed; rowid order).
    std::vector<qint64> rowIdsOfRecordId(const QString &recordId) const;
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
    // Verifies the agent runtime chain: the audit_entries of every imported agent runtime export as one
    // input; stored with scope "runtime". WorkspaceError when no runtime export was imported.
    VerificationRun verifyRuntime(const VerifyOptions &options, Progress *progress = nullptr);
    // Verifies the audit_entries chain of one imported agent runtime export (scope "runtime:<source id>").
    VerificationRun verifyRuntimeExport(qint64 sourceId, const VerifyOptions &options,
                                        Progress *progress = nullptr);
    QList<VerificationRun> verificationRuns() const; // newest first

    // --- Compliance packages (filled by the package area) ------------------------------------------
    // Stores a package JSON (docs/spec/formats.md 3) immutably; origin "workbench" or "platform". Found by
    // package_id: with the same bytes, returns the existing row; with other bytes: WorkspaceError. Logs
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
    ActivityLogHead activityHead() const; // printed on reports and packs

    // The connection, for feature stores outside workspace/ (core/analytics' samples) that keep their
    // tables in the same file and write them in one transaction with their activity-log entry.
    const SqlSession &sqlSession() const;

private:
    WorkspaceStore() = default;

    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    AuditorIdentity m_identity;
    bool m_readOnly = false;
};

} // namespace ab
