#include "core/workspace/WorkspaceStore.h"

#include "core/json/JsonWriter.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/EvidenceImport.h"
#include "core/workspace/PackageStore.h"
#include "core/workspace/RawSpan.h"
#include "core/workspace/RecordQueries.h"
#include "core/workspace/RunStore.h"
#include "core/workspace/RuntimeEvidence.h"
#include "core/workspace/SourceStore.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QUrl>

#include <atomic>
#include <exception>

#include <unistd.h>

// The façade: opening (and migrating) the workspace is here; every other call is one line into the class
// that does that job (EvidenceImport, SourceStore, RecordQueries, RuntimeEvidence, RunStore, PackageStore,
// ActivityLog), all over the one SqlSession of this store.

namespace ab {

struct WorkspaceStore::Private
{
    Private(const QString &connectionName, const QString &path)
        : connection(connectionName), sql(connectionName, path)
    {
    }
    QString connection;
    SqlSession sql;
};

// --- ImportFileResult ------------------------------------------------------------------------------------

QByteArray ImportFileResult::toJson() const
{
    JsonWriter w(false);
    w.beginObject();
    w.key("duplicates_merged").value(duplicatesMerged);
    w.key("file").value(fileName);
    w.key("format").value(format);
    w.key("records").value(records);
    w.key("sha256").value(sha256);
    w.key("size").value(size);
    w.key("status").value(alreadyImported ? "already imported" : "imported");
    w.key("warnings").beginArray();
    for (const ImportWarning &warning : warnings)
        w.value(warning.toString());
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

// --- open / schema -----------------------------------------------------------------------------------------

namespace {

struct HeaderInfo
{
    bool empty = true; // new or zero-length file
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) |
           (quint32(uchar(b[at + 2])) << 8) | quint32(uchar(b[at + 3]));
}

// Reads the SQLite header without opening the database, so a workspace we must not touch stays untouched.
HeaderInfo readHeader(const QString &path)
{
    HeaderInfo info;
    QFile file(path);
    if (!file.exists())
        return info;
    if (!file.open(QIODevice::ReadOnly))
        throw WorkspaceError(
            WorkspaceTr::tr("%1: cannot open the workspace: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return info;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw WorkspaceError(
            WorkspaceTr::tr("%1: not an AuditBench workspace (not a SQLite database)").arg(path));
    info.empty = false;
    info.userVersion = bigEndian32(header, 60);
    info.applicationId = bigEndian32(header, 68);
    return info;
}

struct ReadOnlyOpen
{
    bool readOnly = false;
    QString uri; // the SQLite URI to open when readOnly
};

// Read-only media (a read-only mount, a DVD, a WORM archive) are recognised by access(2), which reports a
// read-only file system even to root (for whom file permissions alone never make a file unwritable). Such a
// file is opened `immutable`: SQLite then needs no -shm or lock it could not create. An explicit read-only
// open of writable media uses mode=ro instead, which still sees another program's writes.
ReadOnlyOpen readOnlyOpen(const QString &path, bool asked)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const bool writable = ::access(file.constData(), W_OK) == 0 && ::access(dir.constData(), W_OK) == 0;
    if (writable && !asked)
        return {};
    const bool pendingWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const QString uri = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded);
    return {true,
            uri + (writable || pendingWal ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1"))};
}

QString newerMessage(const QString &path, qint64 version)
{
    return WorkspaceTr::tr(
               "%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with "
               "a newer "
               "AuditBench. The workspace was not changed.")
        .arg(path)
        .arg(version)
        .arg(WorkspaceStore::SchemaVersion);
}

} // namespace

std::unique_ptr<WorkspaceStore> WorkspaceStore::open(const QString &path, OpenMode mode,
                                                     AuditorIdentity identity)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw WorkspaceError(WorkspaceTr::tr("%1: is a directory, expected a workspace file").arg(path));
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        throw WorkspaceError(WorkspaceTr::tr("%1: no such workspace").arg(path));
    const ReadOnlyOpen readOnly = readOnlyOpen(path, mode == OpenMode::ReadOnly);
    const HeaderInfo header = readHeader(path);
    if (!header.empty && header.userVersion > quint32(SchemaVersion))
        throw WorkspaceError(newerMessage(path, header.userVersion));
    if (!header.empty && header.applicationId != quint32(workspace_schema::ApplicationId) &&
        !(header.applicationId == 0 && header.userVersion == 0))
        throw WorkspaceError(
            WorkspaceTr::tr("%1: not an AuditBench workspace (another application's SQLite database)")
                .arg(path));

    static std::atomic<quint64> counter{0};
    std::unique_ptr<WorkspaceStore> store(new WorkspaceStore);
    const QString connection = QStringLiteral("auditbench-workspace-%1").arg(counter.fetch_add(1));
    store->d = std::make_unique<Private>(connection, path);
    store->m_path = path;
    store->m_identity = std::move(identity);
    store->m_readOnly = readOnly.readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(readOnly.readOnly ? readOnly.uri : path);
        db.setConnectOptions(
            readOnly.readOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            throw WorkspaceError(
                WorkspaceTr::tr("%1: cannot open the workspace: %2").arg(path, db.lastError().text()));
    }
    const SqlSession &sql = store->d->sql;
    // Every connection, read-only and worker ones too: gateway rows may be served from the original.
    raw_span::registerFunction(sql);
    // Read before writing anything: a newer (or foreign) database must be left exactly as it is.
    const qint64 version = sql.scalar(QStringLiteral("PRAGMA user_version")).toLongLong();
    if (version > SchemaVersion)
        throw WorkspaceError(newerMessage(path, version));
    const qint64 appId = sql.scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
    const qint64 tables = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toLongLong();
    if (appId != workspace_schema::ApplicationId && (version != 0 || tables != 0))
        throw WorkspaceError(
            WorkspaceTr::tr("%1: not an AuditBench workspace (another application's SQLite database)")
                .arg(path));

    sql.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (store->m_readOnly) {
        sql.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        if (version < SchemaVersion)
            throw WorkspaceError(
                WorkspaceTr::tr("%1: the workspace has schema version %2 and must be upgraded to "
                                "%3 before this AuditBench can read it, which a read-only "
                                "workspace does not allow: open a writable copy")
                    .arg(path)
                    .arg(version)
                    .arg(SchemaVersion));
        return store;
    }
    // A new workspace gets 8 KiB pages (before its first table: the size is fixed then; an existing one
    // keeps its own). Measured at 200k records (docs/performance-workspace.md, "Import, fifth pass"): the
    // index build of a fresh import took 0.94 s against 1.30 s with 4 KiB pages, half the B-tree pages
    // and page writes for the same rows; 16 KiB pages gained nothing more.
    if (version == 0 && tables == 0)
        sql.exec(QStringLiteral("PRAGMA page_size = %1").arg(workspace_schema::PageSize));
    sql.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    sql.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    sql.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    for (const workspace_schema::Migration &m : workspace_schema::migrations()) {
        if (m.version <= version)
            continue;
        sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : m.statements)
                sql.exec(statement);
            sql.exec(QStringLiteral("PRAGMA application_id = %1").arg(workspace_schema::ApplicationId));
            sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
            sql.exec(QStringLiteral("COMMIT"));
        } catch (...) {
            QSqlQuery(sql.db()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    return store;
}

WorkspaceStore::~WorkspaceStore()
{
    try {
        close();
    } catch (const std::exception &e) {
        qWarning("%s", e.what());
    }
}

void WorkspaceStore::close()
{
    if (!d)
        return;
    const QString connection = d->connection;
    std::exception_ptr failure;
    if (!m_readOnly) {
        // TRUNCATE: every page back in the file and the -wal emptied. Busy (another connection still reads)
        // is no failure: whoever closes last writes the file back. A full disk is one.
        // No waiting for readers (a background check may read for minutes): without the busy timeout a
        // blocked TRUNCATE goes on as a PASSIVE checkpoint, writing back what it can.
        try {
            d->sql.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            QSqlQuery q = d->sql.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            d->sql.exec(q);
            d->sql.next(q);
        } catch (const WorkspaceError &e) {
            failure = std::make_exception_ptr(WorkspaceError(
                WorkspaceTr::tr(
                    "%1; its changes are kept in %2, which must stay beside it until it is opened "
                    "again with enough free space")
                    .arg(e.text(), m_path + QStringLiteral("-wal"))));
        }
    }
    {
        QSqlDatabase db = d->sql.db();
        if (db.isOpen())
            db.close();
    }
    d.reset();
    QSqlDatabase::removeDatabase(connection);
    if (failure)
        std::rethrow_exception(failure);
}

const SqlSession &WorkspaceStore::sqlSession() const
{
    return d->sql;
}

int WorkspaceStore::schemaVersion() const
{
    return d->sql.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

// --- the jobs, each in its own class -------------------------------------------------------------------

QList<ImportFileResult> WorkspaceStore::importFiles(const QStringList &paths, Progress *progress)
{
    return EvidenceImport(d->sql, m_identity).importFiles(paths, progress);
}

QList<ImportFileResult> WorkspaceStore::importBytes(const QList<QPair<QString, QByteArray>> &files,
                                                    Progress *progress)
{
    return EvidenceImport(d->sql, m_identity).importBytes(files, progress);
}

QList<SourceInfo> WorkspaceStore::sources() const
{
    return SourceStore(d->sql).sources();
}

std::optional<SourceInfo> WorkspaceStore::source(qint64 id) const
{
    return SourceStore(d->sql).source(id);
}

QByteArray WorkspaceStore::sourceBytes(qint64 id) const
{
    return SourceStore(d->sql).bytes(id);
}

qint64 WorkspaceStore::count(const AuditFilter &filter) const
{
    return RecordQueries(d->sql).count(filter);
}

void WorkspaceStore::forEachRecord(
    const AuditFilter &filter,
    const std::function<bool(const GatewayRecordRow &, const QByteArray &)> &sink) const
{
    RecordQueries(d->sql).forEachRecord(filter, sink);
}

QList<QByteArray> WorkspaceStore::query(const AuditFilter &filter) const
{
    QList<QByteArray> out;
    forEachRecord(filter, [&](const GatewayRecordRow &, const QByteArray &raw) {
        out << raw;
        return true;
    });
    return out;
}

std::vector<qint64> WorkspaceStore::queryRowIds(const AuditFilter &filter) const
{
    return RecordQueries(d->sql).rowIds(filter);
}

std::vector<qint64> WorkspaceStore::rowIdsOfRecordId(const QString &recordId) const
{
    return RecordQueries(d->sql).rowIdsOfRecordId(recordId);
}

std::optional<GatewayRecordRow> WorkspaceStore::recordRow(qint64 rowId) const
{
    const QList<GatewayRecordRow> rows = recordsByRowIds({rowId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.front();
}

QList<GatewayRecordRow> WorkspaceStore::recordsByRowIds(const std::vector<qint64> &rowIds) const
{
    return RecordQueries(d->sql).rowsByRowIds(rowIds);
}

QByteArray WorkspaceStore::rawRecord(qint64 rowId) const
{
    return RecordQueries(d->sql).raw(rowId);
}

QList<DayCount> WorkspaceStore::dailyCounts(const AuditFilter &filter, const QString &splitBy) const
{
    return RecordQueries(d->sql).dailyCounts(filter, splitBy);
}

QStringList WorkspaceStore::distinctValues(const QString &column) const
{
    return RecordQueries(d->sql).distinctValues(column);
}

QList<AgentInfo> WorkspaceStore::agents() const
{
    return RuntimeEvidence(d->sql).agents();
}

qint64 WorkspaceStore::agentEntryCount(const QString &agentId) const
{
    return RuntimeEvidence(d->sql).agentEntryCount(agentId);
}

QList<QByteArray> WorkspaceStore::agentEntries(const QString &agentId) const
{
    return RuntimeEvidence(d->sql).agentEntries(agentId);
}

QList<QByteArray> WorkspaceStore::complianceBundles() const
{
    return RuntimeEvidence(d->sql).complianceBundles();
}

qint64 WorkspaceStore::ocsfEventCount(int classUid) const
{
    return RuntimeEvidence(d->sql).ocsfEventCount(classUid);
}

QList<QByteArray> WorkspaceStore::ocsfEvents(int classUid) const
{
    return RuntimeEvidence(d->sql).ocsfEvents(classUid);
}

VerificationRun WorkspaceStore::verifyGateway(const VerifyOptions &options, Progress *progress)
{
    return RunStore(d->sql, m_identity).verifyGateway(options, progress);
}

VerificationRun WorkspaceStore::verifyRuntime(const VerifyOptions &options, Progress *progress)
{
    return RunStore(d->sql, m_identity).verifyRuntime(options, progress);
}

VerificationRun WorkspaceStore::verifyRuntimeExport(qint64 sourceId, const VerifyOptions &options,
                                                    Progress *progress)
{
    return RunStore(d->sql, m_identity).verifyRuntimeExport(sourceId, options, progress);
}

QList<VerificationRun> WorkspaceStore::verificationRuns() const
{
    return RunStore(d->sql, m_identity).runs();
}

qint64 WorkspaceStore::storePackage(const QByteArray &packageJson, const QString &origin)
{
    return PackageStore(d->sql, m_identity).store(packageJson, origin);
}

QList<PackageInfo> WorkspaceStore::packages(const QString &agentId) const
{
    return PackageStore(d->sql, m_identity).packages(agentId);
}

QByteArray WorkspaceStore::packageJson(const QString &packageId) const
{
    return PackageStore(d->sql, m_identity).packageJson(packageId);
}

void WorkspaceStore::addVerdict(const QString &packageId, const QString &answerKey, const QString &verdict,
                                const QString &comment)
{
    PackageStore(d->sql, m_identity).addVerdict(packageId, answerKey, verdict, comment);
}

QMap<QString, VsqVerdict> WorkspaceStore::latestVerdicts(const QString &packageId) const
{
    return PackageStore(d->sql, m_identity).latestVerdicts(packageId);
}

QList<VsqVerdict> WorkspaceStore::verdictHistory(const QString &packageId, const QString &answerKey) const
{
    return PackageStore(d->sql, m_identity).verdictHistory(packageId, answerKey);
}

void WorkspaceStore::appendActivity(const QString &action, const QByteArray &detailsJson)
{
    d->sql.transaction([&] { ActivityLog(d->sql, m_identity).append(action, detailsJson); });
}

QList<ActivityEntry> WorkspaceStore::activity() const
{
    return ActivityLog(d->sql, m_identity).entries();
}

ActivityLogCheck WorkspaceStore::verifyActivityLog() const
{
    return ActivityLog(d->sql, m_identity).verify();
}

ActivityLogHead WorkspaceStore::activityHead() const
{
    return ActivityLog(d->sql, m_identity).head();
}

} // namespace ab
