#include "core/workspace/WorkspaceStore.h"

#include "core/chain/ChainInput.h"
#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/AuditQuery.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/WorkspaceSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <unordered_map>

namespace ab {

struct WorkspaceStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkspaceStore)
};

namespace {

using Tr = WorkspaceStoreTr;

constexpr qint64 ChunkBytes = 8 << 20; // originals are stored in zlib chunks of this many bytes
constexpr int CompressionLevel = 1;    // fast: the originals of a 1M-record workspace are ~0.5 GB
constexpr qint64 NoTimestampSortKey = std::numeric_limits<qint64>::max();
const QString GenesisHash = QString(64, QLatin1Char('0'));

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Who is recorded in the user columns; never NULL.
QString userText(const AuditorIdentity &identity)
{
    const QString text = identity.display();
    return text.isEmpty() ? Tr::tr("(unknown user)") : text;
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// NULL for a member that was absent (or not a string), the text otherwise.
QVariant textOrNull(std::string_view s)
{
    return s.data() ? QVariant(qstr(s)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant intOrNull(const std::optional<int64_t> &v)
{
    return v ? QVariant(qint64(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

class Sql
{
public:
    Sql(const QSqlDatabase &db, const QString &path) : m_db(db), m_path(path) {}

    [[noreturn]] void fail(const QSqlError &e, const QString &what) const
    {
        throw WorkspaceError(Tr::tr("%1: %2: %3").arg(m_path, what, e.text()));
    }
    QSqlQuery prepare(const QString &sql) const
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(q.lastError(), sql);
        return q;
    }
    void exec(QSqlQuery &q) const
    {
        if (!q.exec())
            fail(q.lastError(), q.lastQuery());
    }
    void exec(const QString &sql) const
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            fail(q.lastError(), sql);
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q = prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        exec(q);
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QSqlDatabase m_db;
    QString m_path;
};

QByteArray activityCanonical(qint64 seq, const QString &at, const QString &user, const QString &action,
                             const QByteArray &details)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("action").value(action);
    w.key("at").value(at);
    w.key("details").raw(std::string_view(details.constData(), size_t(details.size())));
    w.key("seq").value(seq);
    w.key("user").value(user);
    w.endObject();
    const std::string canonical = jcs::canonicalize(w.str()); // throws on details that are not JSON
    return QByteArray(canonical.data(), qsizetype(canonical.size()));
}

QString activityHash(const QString &prevHash, const QByteArray &canonical)
{
    return crypto::sha256Hex(prevHash.toLatin1() + canonical);
}

GatewayRecordRow rowFrom(const QSqlQuery &q)
{
    // Column order of RowColumns below.
    GatewayRecordRow r;
    r.rowId = q.value(0).toLongLong();
    r.sourceId = q.value(1).toLongLong();
    r.ordinal = q.value(2).toLongLong();
    r.recordId = q.value(3).toString();
    if (!q.value(4).isNull())
        r.sequence = q.value(4).toLongLong();
    r.timestamp = q.value(5).toString();
    if (!q.value(6).isNull())
        r.timestampMs = q.value(6).toLongLong();
    r.category = q.value(7).toString();
    r.action = q.value(8).toString();
    r.framework = q.value(9).toString();
    r.entityType = q.value(10).toString();
    r.userId = q.value(11).toString();
    r.userEmail = q.value(12).toString();
    r.policyName = q.value(13).toString();
    r.sourceFile = q.value(14).toString();
    return r;
}

const QString RowColumns =
    QStringLiteral("g.id, g.source_id, g.ordinal, g.record_id, g.sequence, g.ts_text, g.ts_ms, g.category, "
                   "g.action, g.framework,"
                   " g.entity_type, g.user_id, g.user_email, g.policy_name, s.file_name");

} // namespace

struct WorkspaceStore::Private
{
    QString connection;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
};

// --- ImportFileResult ------------------------------------------------------------------------------------

QByteArray ImportFileResult::toJson() const
{
    JsonWriter w(false);
    w.beginObject();
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
        throw WorkspaceError(Tr::tr("%1: cannot open the workspace: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return info;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw WorkspaceError(Tr::tr("%1: not an AuditBench workspace (not a SQLite database)").arg(path));
    info.empty = false;
    info.userVersion = bigEndian32(header, 60);
    info.applicationId = bigEndian32(header, 68);
    return info;
}

QString newerMessage(const QString &path, qint64 version)
{
    return Tr::tr("%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with "
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
        throw WorkspaceError(Tr::tr("%1: is a directory, expected a workspace file").arg(path));
    if (!info.exists() && mode == OpenMode::ExistingOnly)
        throw WorkspaceError(Tr::tr("%1: no such workspace").arg(path));
    const HeaderInfo header = readHeader(path);
    if (!header.empty && header.userVersion > quint32(SchemaVersion))
        throw WorkspaceError(newerMessage(path, header.userVersion));
    if (!header.empty && header.applicationId != quint32(workspace_schema::ApplicationId) &&
        !(header.applicationId == 0 && header.userVersion == 0))
        throw WorkspaceError(
            Tr::tr("%1: not an AuditBench workspace (another application's SQLite database)").arg(path));

    static std::atomic<quint64> counter{0};
    std::unique_ptr<WorkspaceStore> store(new WorkspaceStore);
    store->d = std::make_unique<Private>();
    store->d->connection = QStringLiteral("auditbench-workspace-%1").arg(counter.fetch_add(1));
    store->m_path = path;
    store->m_identity = std::move(identity);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            throw WorkspaceError(
                Tr::tr("%1: cannot open the workspace: %2").arg(path, db.lastError().text()));
    }
    const Sql sql(store->d->db(), path);
    // Read before writing anything: a newer (or foreign) database must be left exactly as it is.
    const qint64 version = sql.scalar(QStringLiteral("PRAGMA user_version")).toLongLong();
    if (version > SchemaVersion)
        throw WorkspaceError(newerMessage(path, version));
    const qint64 appId = sql.scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
    const qint64 tables = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toLongLong();
    if (appId != workspace_schema::ApplicationId && (version != 0 || tables != 0))
        throw WorkspaceError(
            Tr::tr("%1: not an AuditBench workspace (another application's SQLite database)").arg(path));

    sql.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
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
            QSqlQuery(store->d->db()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    return store;
}

WorkspaceStore::~WorkspaceStore()
{
    if (!d)
        return;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connection);
}

int WorkspaceStore::schemaVersion() const
{
    return Sql(d->db(), m_path).scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

// --- import ----------------------------------------------------------------------------------------------

namespace {

// Writes what EvidenceReader hands over into the tables, with prepared statements inside the import's
// transaction.
class InsertSink : public EvidenceSink
{
public:
    InsertSink(const Sql &sql, qint64 sourceId, const QString &fileName, const AuditorIdentity &identity)
        : m_sql(sql), m_sourceId(sourceId), m_fileName(fileName), m_identity(identity)
    {
    }

    void gatewayRecord(qint64 ordinal, std::string_view raw, const GatewayFields &f) override
    {
        if (!m_gateway) {
            m_gateway = m_sql.prepare(QStringLiteral(
                "INSERT INTO gateway_records (source_id, ordinal, record_id, sequence, ts_text, ts_ms, "
                "sort_ms,"
                " category, action, framework, entity_type, user_id, user_email, policy_name, raw)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &q = *m_gateway;
        q.bindValue(0, m_sourceId);
        q.bindValue(1, ordinal);
        q.bindValue(2,
                    f.id ? QVariant(QString::fromStdString(*f.id)) : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(3, intOrNull(f.sequence));
        q.bindValue(4, textOrNull(f.timestamp));
        q.bindValue(5, intOrNull(f.timestampMs));
        q.bindValue(6, f.timestampMs ? qint64(*f.timestampMs) : NoTimestampSortKey);
        q.bindValue(7, textOrNull(f.category));
        q.bindValue(8, textOrNull(f.action));
        q.bindValue(9, textOrNull(f.framework));
        q.bindValue(10, textOrNull(f.entityType));
        q.bindValue(11, textOrNull(f.userId));
        q.bindValue(12, textOrNull(f.userEmail));
        q.bindValue(13, textOrNull(f.policyName));
        q.bindValue(14, qstr(raw));
        m_sql.exec(q);
    }

    void agent(std::string_view agentId, std::string_view name, std::string_view raw) override
    {
        QSqlQuery q = m_sql.prepare(
            QStringLiteral("INSERT INTO agents (source_id, agent_id, name, raw) VALUES (?, ?, ?, ?)"));
        q.bindValue(0, m_sourceId);
        q.bindValue(1, textOrNull(agentId));
        q.bindValue(2, textOrNull(name));
        q.bindValue(3, qstr(raw));
        m_sql.exec(q);
    }

    void agentEntry(qint64 ordinal, std::string_view raw, const AgentEntryFields &f) override
    {
        if (!m_entry) {
            m_entry = m_sql.prepare(QStringLiteral("INSERT INTO agent_entries (source_id, ordinal, agent_id, "
                                                   "action_type, connector, ts_text, ts_ms, raw)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &q = *m_entry;
        q.bindValue(0, m_sourceId);
        q.bindValue(1, ordinal);
        q.bindValue(2, textOrNull(f.agentId));
        q.bindValue(3, textOrNull(f.actionType));
        q.bindValue(4, textOrNull(f.connector));
        q.bindValue(5, textOrNull(f.timestamp));
        q.bindValue(6, intOrNull(f.timestampMs));
        q.bindValue(7, qstr(raw));
        m_sql.exec(q);
    }

    void bundle(qint64 ordinal, std::string_view raw, const BundleFields &f) override
    {
        QSqlQuery q = m_sql.prepare(QStringLiteral("INSERT INTO compliance_bundles (source_id, ordinal, "
                                                   "name, regulatory_framework, version, enabled, raw)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, m_sourceId);
        q.bindValue(1, ordinal);
        q.bindValue(2, textOrNull(f.name));
        q.bindValue(3, textOrNull(f.regulatoryFramework));
        q.bindValue(4, textOrNull(f.version));
        q.bindValue(5, f.enabled ? QVariant(int(*f.enabled)) : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(6, qstr(raw));
        m_sql.exec(q);
    }

    void ocsfEvent(qint64 ordinal, std::string_view raw, const OcsfFields &f) override
    {
        if (!m_ocsf) {
            m_ocsf = m_sql.prepare(QStringLiteral("INSERT INTO ocsf_events (source_id, ordinal, class_uid, "
                                                  "activity_id, severity_id, time_ms, raw)"
                                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &q = *m_ocsf;
        q.bindValue(0, m_sourceId);
        q.bindValue(1, ordinal);
        q.bindValue(2, qint64(f.classUid));
        q.bindValue(3, intOrNull(f.activityId));
        q.bindValue(4, intOrNull(f.severityId));
        q.bindValue(5, intOrNull(f.timeMs));
        q.bindValue(6, qstr(raw));
        m_sql.exec(q);
    }

    void package(std::string_view raw, const PackageFields &f) override
    {
        const QString packageId = qstr(f.packageId);
        const QVariant existing =
            m_sql.scalar(QStringLiteral("SELECT json FROM packages WHERE package_id = ?"), {packageId});
        if (existing.isValid()) {
            if (existing.toString() == qstr(raw)) {
                alreadyStored = true;
                return;
            }
            throw InputError(m_fileName,
                             Tr::tr("compliance package %1 is already in the workspace with different "
                                    "content: packages are immutable")
                                 .arg(packageId));
        }
        QSqlQuery q = m_sql.prepare(QStringLiteral(
            "INSERT INTO packages (package_id, agent_id, agent_name, generated_at, generated_by, origin, "
            "content_sha256,"
            " source_id, stored_at, stored_by, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, packageId);
        q.bindValue(1, qstr(f.agentId));
        q.bindValue(2, textOrNull(f.agentName));
        q.bindValue(3, textOrNull(f.generatedAt));
        q.bindValue(4, textOrNull(f.generatedBy));
        q.bindValue(5, origin);
        q.bindValue(6, textOrNull(f.contentSha256));
        q.bindValue(7, m_sourceId > 0 ? QVariant(m_sourceId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(8, nowUtc());
        q.bindValue(9, userText(m_identity));
        q.bindValue(10, qstr(raw));
        m_sql.exec(q);
        storedPackageId = packageId;
        storedAgentId = qstr(f.agentId);
        storedContentSha256 = qstr(f.contentSha256);
        storedRowId = m_sql.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }

    QString origin = QStringLiteral("platform");
    bool alreadyStored = false;
    QString storedPackageId, storedAgentId, storedContentSha256;
    qint64 storedRowId = 0;

private:
    const Sql &m_sql;
    qint64 m_sourceId;
    QString m_fileName;
    const AuditorIdentity &m_identity;
    std::optional<QSqlQuery> m_gateway, m_entry, m_ocsf;
};

// Runs `work` inside BEGIN IMMEDIATE .. COMMIT; any exception rolls back and propagates.
template <typename Work> auto inTransaction(const Sql &sql, const QSqlDatabase &db, Work &&work)
{
    sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            sql.exec(QStringLiteral("COMMIT"));
        } else {
            auto result = work();
            sql.exec(QStringLiteral("COMMIT"));
            return result;
        }
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace

QList<ImportFileResult> WorkspaceStore::importFiles(const QStringList &paths, Progress *progress)
{
    // Files are read one at a time inside the transaction, so memory holds one file at a time.
    QList<ImportFileResult> results;
    const Sql sql(d->db(), m_path);
    return inTransaction(sql, d->db(), [&] {
        for (const QString &path : paths) {
            throwIfCancelled(progress);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw InputError(path, Tr::tr("cannot open file: %1").arg(file.errorString()));
            const QByteArray bytes = file.readAll();
            if (file.error() != QFileDevice::NoError)
                throw InputError(path, Tr::tr("cannot read file: %1").arg(file.errorString()));
            results << importOne(path, bytes, progress);
        }
        logImport(results);
        return results;
    });
}

QList<ImportFileResult> WorkspaceStore::importBytes(const QList<QPair<QString, QByteArray>> &files,
                                                    Progress *progress)
{
    QList<ImportFileResult> results;
    const Sql sql(d->db(), m_path);
    return inTransaction(sql, d->db(), [&] {
        for (const auto &[name, bytes] : files) {
            throwIfCancelled(progress);
            results << importOne(name, bytes, progress);
        }
        logImport(results);
        return results;
    });
}

ImportFileResult WorkspaceStore::importOne(const QString &path, const QByteArray &bytes, Progress *progress)
{
    const Sql sql(d->db(), m_path);
    ImportFileResult result;
    result.path = path;
    result.fileName = QFileInfo(path).fileName();
    result.size = bytes.size();
    result.sha256 = crypto::sha256Hex(bytes);
    {
        QSqlQuery q =
            sql.prepare(QStringLiteral("SELECT id, format, record_count FROM sources WHERE sha256 = ?"));
        q.bindValue(0, result.sha256);
        sql.exec(q);
        if (q.next()) {
            result.sourceId = q.value(0).toLongLong();
            result.format = q.value(1).toString();
            result.records = q.value(2).toLongLong();
            result.alreadyImported = true;
            return result;
        }
    }
    const SourceText source = SourceText::fromBytes(path, bytes);
    const qint64 sourceId =
        sql.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM sources")).toLongLong();

    InsertSink sink(sql, sourceId, path, m_identity);
    const EvidenceReader::Summary summary = EvidenceReader::read(source, sink, progress);
    throwIfCancelled(progress);

    if (progress)
        progress->beginStage(Tr::tr("Storing the original of %1").arg(result.fileName), bytes.size());
    QSqlQuery chunk =
        sql.prepare(QStringLiteral("INSERT INTO source_chunks (source_id, ordinal, data) VALUES (?, ?, ?)"));
    for (qint64 at = 0, ordinal = 0; at < bytes.size() || ordinal == 0; at += ChunkBytes, ++ordinal) {
        throwIfCancelled(progress);
        const qint64 n = std::min<qint64>(ChunkBytes, bytes.size() - at);
        chunk.bindValue(0, sourceId);
        chunk.bindValue(1, ordinal);
        chunk.bindValue(
            2, qCompress(QByteArray::fromRawData(bytes.constData() + at, qsizetype(n)), CompressionLevel));
        sql.exec(chunk);
        if (progress)
            progress->report(at + n);
    }

    result.format = summary.format;
    result.records = summary.records;
    result.warnings = summary.warnings;
    if (sink.alreadyStored)
        result.warnings << ImportWarning{
            path, 0, 0, Tr::tr("the compliance package was already in the workspace (same content)")};
    QJsonArray warnings;
    for (const ImportWarning &w : std::as_const(result.warnings))
        warnings.append(w.toString());
    QSqlQuery q = sql.prepare(QStringLiteral("INSERT INTO sources (id, sha256, size, file_name, format, "
                                             "imported_at, imported_by, record_count, warnings)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, sourceId);
    q.bindValue(1, result.sha256);
    q.bindValue(2, result.size);
    q.bindValue(3, result.fileName);
    q.bindValue(4, result.format);
    q.bindValue(5, nowUtc());
    q.bindValue(6, userText(m_identity));
    q.bindValue(7, result.records);
    q.bindValue(8, QString::fromUtf8(QJsonDocument(warnings).toJson(QJsonDocument::Compact)));
    sql.exec(q);
    result.sourceId = sourceId;
    return result;
}

void WorkspaceStore::logImport(const QList<ImportFileResult> &results)
{
    JsonWriter w(false);
    w.beginObject().key("files").beginArray();
    for (const ImportFileResult &r : results) {
        w.beginObject();
        w.key("file").value(r.fileName);
        w.key("format").value(r.format);
        w.key("records").value(r.records);
        w.key("sha256").value(r.sha256);
        w.key("size").value(r.size);
        w.key("source_id").value(r.sourceId);
        w.key("status").value(r.alreadyImported ? "already imported" : "imported");
        w.key("warnings").value(qint64(r.warnings.size()));
        w.endObject();
    }
    w.endArray().endObject();
    appendActivityInTransaction(QStringLiteral("import"), w.toByteArray());
}

// --- sources -----------------------------------------------------------------------------------------------

namespace {
SourceInfo sourceFrom(const QSqlQuery &q)
{
    SourceInfo s;
    s.id = q.value(0).toLongLong();
    s.fileName = q.value(1).toString();
    s.format = q.value(2).toString();
    s.sha256 = q.value(3).toString();
    s.size = q.value(4).toLongLong();
    s.records = q.value(5).toLongLong();
    s.importedAt = q.value(6).toString();
    s.importedBy = q.value(7).toString();
    return s;
}
const QString SourceColumns =
    QStringLiteral("id, file_name, format, sha256, size, record_count, imported_at, imported_by");
} // namespace

QList<SourceInfo> WorkspaceStore::sources() const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT %1 FROM sources ORDER BY id").arg(SourceColumns));
    sql.exec(q);
    QList<SourceInfo> out;
    while (q.next())
        out << sourceFrom(q);
    return out;
}

std::optional<SourceInfo> WorkspaceStore::source(qint64 id) const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT %1 FROM sources WHERE id = ?").arg(SourceColumns));
    q.bindValue(0, id);
    sql.exec(q);
    if (!q.next())
        return std::nullopt;
    return sourceFrom(q);
}

QByteArray WorkspaceStore::sourceBytes(qint64 id) const
{
    const auto info = source(id);
    if (!info)
        throw WorkspaceError(Tr::tr("%1: no source %2 in the workspace").arg(m_path).arg(id));
    const Sql sql(d->db(), m_path);
    QSqlQuery q =
        sql.prepare(QStringLiteral("SELECT data FROM source_chunks WHERE source_id = ? ORDER BY ordinal"));
    q.bindValue(0, id);
    sql.exec(q);
    QByteArray bytes;
    bytes.reserve(qsizetype(info->size));
    while (q.next())
        bytes += qUncompress(q.value(0).toByteArray());
    if (crypto::sha256Hex(bytes) != info->sha256)
        throw WorkspaceError(Tr::tr("%1: the stored original of %2 does not match its SHA-256 %3")
                                 .arg(m_path, info->fileName, info->sha256));
    return bytes;
}

// --- gateway queries ---------------------------------------------------------------------------------------

qint64 WorkspaceStore::count(const AuditFilter &filter) const
{
    const Sql sql(d->db(), m_path);
    const SqlWhere where = auditWhere(filter);
    QString text = QStringLiteral("SELECT COUNT(*) FROM gateway_records g%1").arg(where.sql);
    if (filter.limit >= 0 || filter.offset > 0)
        text = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM gateway_records g%1 LIMIT ? OFFSET ?)")
                   .arg(where.sql);
    QVariantList binds = where.binds;
    if (filter.limit >= 0 || filter.offset > 0)
        binds << filter.limit << filter.offset;
    return sql.scalar(text, binds).toLongLong();
}

void WorkspaceStore::forEachRecord(
    const AuditFilter &filter,
    const std::function<bool(const GatewayRecordRow &, const QByteArray &)> &sink) const
{
    const Sql sql(d->db(), m_path);
    const SqlWhere where = auditWhere(filter);
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT %1, g.raw FROM gateway_records g JOIN sources s ON s.id = g.source_id%2"
                       " ORDER BY g.sort_ms, g.id LIMIT ? OFFSET ?")
            .arg(RowColumns, where.sql));
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    q.bindValue(i++, filter.limit);
    q.bindValue(i++, filter.offset);
    sql.exec(q);
    while (q.next()) {
        if (!sink(rowFrom(q), q.value(15).toString().toUtf8()))
            break;
    }
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
    const Sql sql(d->db(), m_path);
    const SqlWhere where = auditWhere(filter);
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT g.id FROM gateway_records g%1 ORDER BY g.sort_ms, g.id LIMIT ? OFFSET ?")
            .arg(where.sql));
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    q.bindValue(i++, filter.limit);
    q.bindValue(i++, filter.offset);
    sql.exec(q);
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
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
    const Sql sql(d->db(), m_path);
    std::unordered_map<qint64, GatewayRecordRow> found;
    constexpr size_t Batch = 500;
    for (size_t at = 0; at < rowIds.size(); at += Batch) {
        const size_t n = std::min(Batch, rowIds.size() - at);
        QStringList marks;
        for (size_t k = 0; k < n; ++k)
            marks << QStringLiteral("?");
        QSqlQuery q =
            sql.prepare(QStringLiteral("SELECT %1 FROM gateway_records g JOIN sources s ON s.id = g.source_id"
                                       " WHERE g.id IN (%2)")
                            .arg(RowColumns, marks.join(QLatin1Char(','))));
        for (size_t k = 0; k < n; ++k)
            q.bindValue(int(k), rowIds[at + k]);
        sql.exec(q);
        while (q.next()) {
            GatewayRecordRow r = rowFrom(q);
            found.emplace(r.rowId, std::move(r));
        }
    }
    QList<GatewayRecordRow> out;
    out.reserve(qsizetype(rowIds.size()));
    for (qint64 id : rowIds)
        if (auto it = found.find(id); it != found.end())
            out << it->second;
    return out;
}

QByteArray WorkspaceStore::rawRecord(qint64 rowId) const
{
    return Sql(d->db(), m_path)
        .scalar(QStringLiteral("SELECT raw FROM gateway_records WHERE id = ?"), {rowId})
        .toString()
        .toUtf8();
}

QList<DayCount> WorkspaceStore::dailyCounts(const AuditFilter &filter, const QString &splitBy) const
{
    if (!splitBy.isEmpty() && splitBy != QLatin1String("action") && splitBy != QLatin1String("framework"))
        throw WorkspaceError(
            Tr::tr("daily counts can be split by action or framework, not '%1'").arg(splitBy));
    AuditFilter unlimited = filter;
    unlimited.limit = -1;
    unlimited.offset = 0;
    const Sql sql(d->db(), m_path);
    const SqlWhere where = auditWhere(unlimited);
    const QString key =
        splitBy.isEmpty() ? QStringLiteral("''") : QStringLiteral("COALESCE(g.%1, '')").arg(splitBy);
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT g.ts_ms / 86400000 AS day, %1 AS k, COUNT(*) FROM gateway_records g%2%3"
                       " g.ts_ms IS NOT NULL GROUP BY day, k ORDER BY day, k")
            .arg(key, where.sql, where.sql.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")));
    for (int i = 0; i < where.binds.size(); ++i)
        q.bindValue(i, where.binds[i]);
    sql.exec(q);
    QList<DayCount> out;
    const QDate epoch(1970, 1, 1);
    while (q.next())
        out << DayCount{epoch.addDays(q.value(0).toLongLong()), q.value(1).toString(),
                        q.value(2).toLongLong()};
    return out;
}

QStringList WorkspaceStore::distinctValues(const QString &column) const
{
    static const QStringList allowed{QStringLiteral("framework"),   QStringLiteral("action"),
                                     QStringLiteral("entity_type"), QStringLiteral("category"),
                                     QStringLiteral("user_email"),  QStringLiteral("user_id"),
                                     QStringLiteral("policy_name")};
    if (!allowed.contains(column))
        throw WorkspaceError(Tr::tr("no filter column named '%1'").arg(column));
    const Sql sql(d->db(), m_path);
    QSqlQuery q =
        sql.prepare(QStringLiteral("SELECT DISTINCT %1 FROM gateway_records WHERE %1 IS NOT NULL ORDER BY %1")
                        .arg(column));
    sql.exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// --- agents, bundles, OCSF ---------------------------------------------------------------------------------

QList<AgentInfo> WorkspaceStore::agents() const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(QStringLiteral(
        "SELECT a.agent_id, a.name, a.source_id,"
        " (SELECT COUNT(*) FROM agent_entries e WHERE e.source_id = a.source_id AND e.agent_id = a.agent_id)"
        " FROM agents a ORDER BY a.source_id, a.id"));
    sql.exec(q);
    QList<AgentInfo> out;
    while (q.next())
        out << AgentInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()};
    return out;
}

qint64 WorkspaceStore::agentEntryCount(const QString &agentId) const
{
    const Sql sql(d->db(), m_path);
    if (agentId.isEmpty())
        return sql.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_entries")).toLongLong();
    return sql.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_entries WHERE agent_id = ?"), {agentId})
        .toLongLong();
}

QList<QByteArray> WorkspaceStore::agentEntries(const QString &agentId) const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(
        agentId.isEmpty()
            ? QStringLiteral("SELECT raw FROM agent_entries ORDER BY source_id, ordinal")
            : QStringLiteral("SELECT raw FROM agent_entries WHERE agent_id = ? ORDER BY source_id, ordinal"));
    if (!agentId.isEmpty())
        q.bindValue(0, agentId);
    sql.exec(q);
    QList<QByteArray> out;
    while (q.next())
        out << q.value(0).toString().toUtf8();
    return out;
}

QList<QByteArray> WorkspaceStore::complianceBundles() const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q =
        sql.prepare(QStringLiteral("SELECT raw FROM compliance_bundles ORDER BY source_id, ordinal"));
    sql.exec(q);
    QList<QByteArray> out;
    while (q.next())
        out << q.value(0).toString().toUtf8();
    return out;
}

qint64 WorkspaceStore::ocsfEventCount(int classUid) const
{
    const Sql sql(d->db(), m_path);
    if (classUid == 0)
        return sql.scalar(QStringLiteral("SELECT COUNT(*) FROM ocsf_events")).toLongLong();
    return sql.scalar(QStringLiteral("SELECT COUNT(*) FROM ocsf_events WHERE class_uid = ?"), {classUid})
        .toLongLong();
}

QList<QByteArray> WorkspaceStore::ocsfEvents(int classUid) const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(
        classUid == 0
            ? QStringLiteral("SELECT raw FROM ocsf_events ORDER BY source_id, ordinal")
            : QStringLiteral("SELECT raw FROM ocsf_events WHERE class_uid = ? ORDER BY source_id, ordinal"));
    if (classUid != 0)
        q.bindValue(0, classUid);
    sql.exec(q);
    QList<QByteArray> out;
    while (q.next())
        out << q.value(0).toString().toUtf8();
    return out;
}

// --- verification ------------------------------------------------------------------------------------------

VerificationRun WorkspaceStore::verifyGateway(const VerifyOptions &options, Progress *progress)
{
    const Sql sql(d->db(), m_path);
    ChainInput input;
    QSqlQuery sourcesQuery = sql.prepare(
        QStringLiteral("SELECT id, file_name, sha256, size FROM sources WHERE format = ? ORDER BY id"));
    sourcesQuery.bindValue(0, QString::fromLatin1(EvidenceFormat::GatewayAuditExport));
    sql.exec(sourcesQuery);
    struct Src
    {
        qint64 id;
        QString name, sha256;
        qint64 size;
    };
    QList<Src> gatewaySources;
    while (sourcesQuery.next())
        gatewaySources << Src{sourcesQuery.value(0).toLongLong(), sourcesQuery.value(1).toString(),
                              sourcesQuery.value(2).toString(), sourcesQuery.value(3).toLongLong()};
    if (gatewaySources.isEmpty())
        throw WorkspaceError(Tr::tr("%1: the workspace holds no gateway audit export to verify").arg(m_path));
    for (const Src &s : std::as_const(gatewaySources)) {
        if (progress)
            progress->beginStage(Tr::tr("Reading %1 from the workspace").arg(s.name), 0);
        // The records exactly as imported, as one JSON array per original file (same spans, same order).
        std::string text = "[";
        QSqlQuery q = sql.prepare(
            QStringLiteral("SELECT raw FROM gateway_records WHERE source_id = ? ORDER BY ordinal"));
        q.bindValue(0, s.id);
        sql.exec(q);
        bool first = true;
        qint64 n = 0;
        while (q.next()) {
            if (!first)
                text += ",\n";
            first = false;
            text += q.value(0).toString().toStdString();
            if ((++n & 0xFFFF) == 0)
                throwIfCancelled(progress);
        }
        text += "]";
        SourceText st = SourceText::fromTrustedText(s.name, text);
        st.setOrigin(s.sha256, s.size);
        input.addSource(std::move(st));
    }
    const VerificationResult result = ChainVerifier::verify(input, options, progress);
    return storeRun(QStringLiteral("gateway"), result);
}

VerificationRun WorkspaceStore::verifyRuntimeExport(qint64 sourceId, const VerifyOptions &options,
                                                    Progress *progress)
{
    const auto info = source(sourceId);
    if (!info || info->format != QLatin1String(EvidenceFormat::AgentRuntimeExport))
        throw WorkspaceError(
            Tr::tr("%1: source %2 is not an agent runtime export").arg(m_path).arg(sourceId));
    ChainInput input;
    input.addSource(SourceText::fromBytes(info->fileName, sourceBytes(sourceId)));
    const VerificationResult result = ChainVerifier::verify(input, options, progress);
    return storeRun(QStringLiteral("runtime:%1").arg(sourceId), result);
}

VerificationRun WorkspaceStore::storeRun(const QString &scope, const VerificationResult &result)
{
    const Sql sql(d->db(), m_path);
    VerificationRun run;
    run.scope = scope;
    run.runAt = nowUtc();
    run.runBy = userText(m_identity);
    run.result = result;
    run.resultJson = result.toJson();

    JsonWriter keys(false);
    keys.beginArray();
    for (const auto &k : result.keys)
        keys.beginObject()
            .key("id")
            .value(k.id)
            .key("fingerprint")
            .value(k.fingerprint)
            .key("records")
            .value(k.records)
            .endObject();
    keys.endArray();
    JsonWriter sources(false);
    sources.beginArray();
    for (const auto &s : result.sources)
        sources.beginObject()
            .key("file")
            .value(s.file)
            .key("sha256")
            .value(s.sha256)
            .key("records")
            .value(s.records)
            .endObject();
    sources.endArray();
    JsonWriter locations(false);
    locations.beginArray();
    for (const auto &l : result.errorLocations)
        locations.beginObject().key("event").value(l.event).key("record_id").value(l.recordId).endObject();
    locations.endArray();

    inTransaction(sql, d->db(), [&] {
        QSqlQuery q =
            sql.prepare(QStringLiteral("INSERT INTO verification_runs (scope, run_at, run_by, period_start, "
                                       "period_end, valid, macs_verified,"
                                       " events_checked, error_count, keys, sources, error_locations, result)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, scope);
        q.bindValue(1, run.runAt);
        q.bindValue(2, run.runBy);
        q.bindValue(3, result.periodStart ? QVariant(*result.periodStart)
                                          : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(4,
                    result.periodEnd ? QVariant(*result.periodEnd) : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(5, int(result.valid));
        q.bindValue(6, int(result.macsVerified));
        q.bindValue(7, result.eventsChecked);
        q.bindValue(8, result.errorCount);
        q.bindValue(9, QString::fromStdString(keys.str()));
        q.bindValue(10, QString::fromStdString(sources.str()));
        q.bindValue(11, QString::fromStdString(locations.str()));
        q.bindValue(12, QString::fromUtf8(run.resultJson));
        sql.exec(q);
        run.id = sql.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();

        JsonWriter w(false);
        w.beginObject();
        w.key("run_id").value(run.id);
        w.key("scope").value(scope);
        w.key("valid").value(result.valid);
        w.key("macs_verified").value(result.macsVerified);
        w.key("events_checked").value(result.eventsChecked);
        w.key("error_count").value(result.errorCount);
        w.key("period_start");
        result.periodStart ? w.value(*result.periodStart) : w.null();
        w.key("period_end");
        result.periodEnd ? w.value(*result.periodEnd) : w.null();
        w.key("head_hmac");
        result.headHmac ? w.value(*result.headHmac) : w.null();
        w.key("keys").raw(keys.str());
        w.key("sources").raw(sources.str());
        w.endObject();
        appendActivityInTransaction(QStringLiteral("verification"), w.toByteArray());
    });
    return run;
}

QList<VerificationRun> WorkspaceStore::verificationRuns() const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT id, scope, run_at, run_by, result FROM verification_runs ORDER BY id DESC"));
    sql.exec(q);
    QList<VerificationRun> out;
    while (q.next()) {
        VerificationRun run;
        run.id = q.value(0).toLongLong();
        run.scope = q.value(1).toString();
        run.runAt = q.value(2).toString();
        run.runBy = q.value(3).toString();
        run.resultJson = q.value(4).toString().toUtf8();
        run.result = VerificationResult::fromJson(run.resultJson).value_or(VerificationResult{});
        out << run;
    }
    return out;
}

// --- packages and verdicts ---------------------------------------------------------------------------------

qint64 WorkspaceStore::storePackage(const QByteArray &packageJson, const QString &origin)
{
    if (origin != QLatin1String("workbench") && origin != QLatin1String("platform"))
        throw WorkspaceError(Tr::tr("package origin '%1': expected workbench or platform").arg(origin));
    const Sql sql(d->db(), m_path);
    return inTransaction(sql, d->db(), [&]() -> qint64 {
        InsertSink sink(sql, 0, Tr::tr("compliance package"), m_identity);
        sink.origin = origin;
        try {
            EvidenceReader::readPackage(Tr::tr("compliance package"), packageJson, sink);
        } catch (const InputError &e) {
            throw WorkspaceError(e.toString());
        }
        if (sink.alreadyStored) {
            QSqlQuery q = sql.prepare(QStringLiteral("SELECT id FROM packages WHERE json = ?"));
            q.bindValue(0, QString::fromUtf8(packageJson.trimmed()));
            sql.exec(q);
            return q.next() ? q.value(0).toLongLong() : 0;
        }
        JsonWriter w(false);
        w.beginObject();
        w.key("package_id").value(sink.storedPackageId);
        w.key("agent_id").value(sink.storedAgentId);
        w.key("origin").value(origin);
        w.key("content_sha256").value(sink.storedContentSha256);
        w.endObject();
        appendActivityInTransaction(origin == QLatin1String("workbench")
                                        ? QStringLiteral("compliance.generated")
                                        : QStringLiteral("package.stored"),
                                    w.toByteArray());
        return sink.storedRowId;
    });
}

QList<PackageInfo> WorkspaceStore::packages(const QString &agentId) const
{
    const Sql sql(d->db(), m_path);
    const QString columns =
        QStringLiteral("id, package_id, agent_id, agent_name, generated_at, generated_by, origin,"
                       " content_sha256, COALESCE(source_id, 0), stored_at, stored_by");
    QSqlQuery q = sql.prepare(
        agentId.isEmpty()
            ? QStringLiteral("SELECT %1 FROM packages ORDER BY generated_at DESC, id DESC").arg(columns)
            : QStringLiteral("SELECT %1 FROM packages WHERE agent_id = ? ORDER BY generated_at DESC, id DESC")
                  .arg(columns));
    if (!agentId.isEmpty())
        q.bindValue(0, agentId);
    sql.exec(q);
    QList<PackageInfo> out;
    while (q.next()) {
        PackageInfo p;
        p.id = q.value(0).toLongLong();
        p.packageId = q.value(1).toString();
        p.agentId = q.value(2).toString();
        p.agentName = q.value(3).toString();
        p.generatedAt = q.value(4).toString();
        p.generatedBy = q.value(5).toString();
        p.origin = q.value(6).toString();
        p.contentSha256 = q.value(7).toString();
        p.sourceId = q.value(8).toLongLong();
        p.storedAt = q.value(9).toString();
        p.storedBy = q.value(10).toString();
        out << p;
    }
    return out;
}

QByteArray WorkspaceStore::packageJson(const QString &packageId) const
{
    return Sql(d->db(), m_path)
        .scalar(QStringLiteral("SELECT json FROM packages WHERE package_id = ?"), {packageId})
        .toString()
        .toUtf8();
}

void WorkspaceStore::addVerdict(const QString &packageId, const QString &answerKey, const QString &verdict,
                                const QString &comment)
{
    if (verdict != QLatin1String("agree") && verdict != QLatin1String("exception") &&
        verdict != QLatin1String("not_applicable"))
        throw WorkspaceError(
            Tr::tr("verdict '%1': expected agree, exception or not_applicable").arg(verdict));
    const Sql sql(d->db(), m_path);
    inTransaction(sql, d->db(), [&] {
        QSqlQuery q = sql.prepare(QStringLiteral("INSERT INTO vsq_verdicts (package_id, answer_key, verdict, "
                                                 "comment, user, at) VALUES (?, ?, ?, ?, ?, ?)"));
        // Qt binds a null QString as NULL: the columns are NOT NULL, so bind empty text instead.
        q.bindValue(0, packageId.isNull() ? QStringLiteral("") : packageId);
        q.bindValue(1, answerKey.isNull() ? QStringLiteral("") : answerKey);
        q.bindValue(2, verdict);
        q.bindValue(3, comment.isNull() ? QStringLiteral("") : comment);
        q.bindValue(4, userText(m_identity));
        q.bindValue(5, nowUtc());
        sql.exec(q);
        JsonWriter w(false);
        w.beginObject();
        w.key("package_id").value(packageId);
        w.key("answer_key").value(answerKey);
        w.key("verdict").value(verdict);
        w.key("comment").value(comment);
        w.endObject();
        appendActivityInTransaction(QStringLiteral("vsq.verdict"), w.toByteArray());
    });
}

namespace {
QList<VsqVerdict> verdictsFrom(QSqlQuery &q)
{
    QList<VsqVerdict> out;
    while (q.next())
        out << VsqVerdict{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}
} // namespace

QMap<QString, VsqVerdict> WorkspaceStore::latestVerdicts(const QString &packageId) const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT package_id, answer_key, verdict, comment, user, at FROM vsq_verdicts"
                       " WHERE package_id = ? ORDER BY id"));
    q.bindValue(0, packageId);
    sql.exec(q);
    QMap<QString, VsqVerdict> out;
    for (const VsqVerdict &v : verdictsFrom(q))
        out.insert(v.answerKey, v); // later rows replace earlier ones: the latest wins
    return out;
}

QList<VsqVerdict> WorkspaceStore::verdictHistory(const QString &packageId, const QString &answerKey) const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT package_id, answer_key, verdict, comment, user, at FROM vsq_verdicts"
                       " WHERE package_id = ? AND answer_key = ? ORDER BY id"));
    q.bindValue(0, packageId);
    q.bindValue(1, answerKey);
    sql.exec(q);
    return verdictsFrom(q);
}

// --- activity log ------------------------------------------------------------------------------------------

void WorkspaceStore::appendActivity(const QString &action, const QByteArray &detailsJson)
{
    const Sql sql(d->db(), m_path);
    inTransaction(sql, d->db(), [&] { appendActivityInTransaction(action, detailsJson); });
}

void WorkspaceStore::appendActivityInTransaction(const QString &action, const QByteArray &detailsJson)
{
    std::string details;
    try {
        details = jcs::canonicalize(std::string_view(detailsJson.constData(), size_t(detailsJson.size())));
    } catch (const std::exception &) {
        throw WorkspaceError(Tr::tr("activity details for '%1' are not valid JSON").arg(action));
    }
    if (details.empty() || details.front() != '{')
        throw WorkspaceError(Tr::tr("activity details for '%1': expected a JSON object").arg(action));
    const Sql sql(d->db(), m_path);
    QSqlQuery last =
        sql.prepare(QStringLiteral("SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1"));
    sql.exec(last);
    qint64 seq = 1;
    QString prevHash = GenesisHash;
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prevHash = last.value(1).toString();
    }
    const QString at = nowUtc();
    const QString user = userText(m_identity);
    const QByteArray detailsText(details.data(), qsizetype(details.size()));
    const QString hash = activityHash(prevHash, activityCanonical(seq, at, user, action, detailsText));
    QSqlQuery q = sql.prepare(QStringLiteral("INSERT INTO activity_log (seq, at, user, action, details, "
                                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, seq);
    q.bindValue(1, at);
    q.bindValue(2, user);
    q.bindValue(3, action.isNull() ? QStringLiteral("") : action);
    q.bindValue(4, QString::fromUtf8(detailsText));
    q.bindValue(5, prevHash);
    q.bindValue(6, hash);
    sql.exec(q);
}

QList<ActivityEntry> WorkspaceStore::activity() const
{
    const Sql sql(d->db(), m_path);
    QSqlQuery q = sql.prepare(QStringLiteral(
        "SELECT seq, at, user, action, details, prev_hash, hash FROM activity_log ORDER BY seq"));
    sql.exec(q);
    QList<ActivityEntry> out;
    while (q.next())
        out << ActivityEntry{q.value(0).toLongLong(), q.value(1).toString(),          q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toString().toUtf8(), q.value(5).toString(),
                             q.value(6).toString()};
    return out;
}

ActivityLogCheck WorkspaceStore::verifyActivityLog() const
{
    ActivityLogCheck check;
    qint64 expectedSeq = 1;
    QString prevHash = GenesisHash;
    const auto broken = [&](qint64 seq, const QString &message) {
        check.intact = false;
        check.firstBrokenSeq = seq;
        check.message = message;
        return check;
    };
    for (const ActivityEntry &e : activity()) {
        ++check.rows;
        if (e.seq != expectedSeq)
            return broken(expectedSeq,
                          Tr::tr("Activity log row %1 is missing (the next row is %2): rows were deleted")
                              .arg(expectedSeq)
                              .arg(e.seq));
        if (e.prevHash != prevHash)
            return broken(e.seq, Tr::tr("Activity log row %1: prev_hash does not match the hash of row %2")
                                     .arg(e.seq)
                                     .arg(e.seq - 1));
        QString computed;
        try {
            computed = activityHash(e.prevHash, activityCanonical(e.seq, e.at, e.user, e.action, e.details));
        } catch (const std::exception &) {
        }
        if (computed != e.hash)
            return broken(e.seq,
                          Tr::tr("Activity log row %1: content does not match its hash (the row was altered)")
                              .arg(e.seq));
        prevHash = e.hash;
        ++expectedSeq;
    }
    check.message = Tr::tr("Activity log intact: %n row(s), hash chain verified", nullptr, int(check.rows));
    return check;
}

} // namespace ab
