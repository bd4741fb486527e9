#include "core/workspace/EvidenceImport.h"

#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"
#include "core/json/SourceText.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/FreshTableLoad.h"
#include "core/workspace/GatewayRowWriter.h"
#include "core/workspace/ImportJournal.h"
#include "core/workspace/LoadedRecords.h"
#include "core/workspace/PackageStore.h"
#include "core/workspace/RawSpan.h"
#include "core/workspace/SourceStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cstring>
#include <exception>
#include <limits>
#include <optional>

namespace ab {

namespace {

using namespace sqlvalue;

// JCS of a record, or empty when it cannot be canonicalised (then only identical bytes merge).
std::string canonicalOrEmpty(std::string_view json)
{
    try {
        return jcs::canonicalize(json);
    } catch (const std::exception &) {
        return {};
    }
}

// Writes what EvidenceReader hands over into the tables, with statements prepared once per import file.
class InsertSink : public EvidenceSink
{
public:
    // `original`: where the imported text starts when rows may be served from the stored original (it is
    // the original byte for byte); null when every row keeps its raw JSON (gzip input, no C API).
    // `freshGatewayTable`: the gateway table holds no row yet (the caller has asked, once per file).
    InsertSink(const SqlSession &sql, qint64 sourceId, const QString &fileName,
               const AuditorIdentity &identity, const char *original, bool freshGatewayTable)
        : m_sql(sql), m_sourceId(sourceId), m_fileName(fileName), m_identity(identity), m_original(original),
          m_freshGatewayTable(freshGatewayTable), m_entry(sql, "agent_entries",
                                                          {"source_id", "ordinal", "agent_id", "action_type",
                                                           "connector", "ts_text", "ts_ms", "raw"}),
          m_agent(sql, "agents", {"source_id", "agent_id", "name", "raw"}),
          m_bundle(sql, "compliance_bundles",
                   {"source_id", "ordinal", "name", "regulatory_framework", "version", "enabled", "raw"}),
          m_ocsf(sql, "ocsf_events",
                 {"source_id", "ordinal", "class_uid", "activity_id", "severity_id", "time_ms", "raw"})
    {
    }

    // Into an empty table (a fresh workspace) the records are loaded without indexes, written on another
    // core, and duplicates are found in memory; the indexes are built once at the end (finishGateway), which
    // is much faster than updating ten B-trees row by row and leaves them compact.
    void gatewayRecord(qint64 ordinal, std::string_view raw, const GatewayFields &f) override
    {
        if (!m_gateway) {
            if (m_freshGatewayTable)
                m_freshLoad.emplace(m_sql, QStringLiteral("gateway_records"));
            m_gateway.emplace(m_sql, m_freshLoad.has_value(), m_original);
            if (m_freshLoad)
                m_loaded.reserve(size_t(m_expectedGateway));
        }
        const bool merged = f.id && (m_freshLoad ? m_loaded.seenAlready(*f.id, raw)
                                                 : storedAlready(QString::fromStdString(*f.id), raw));
        if (merged) {
            ++duplicatesMerged;
            return;
        }
        m_gateway->add(m_sourceId, ordinal, raw, f);
    }

    void expectGatewayRecords(qint64 count) override { m_expectedGateway = count; }

    // After the reader is done (the record texts are still alive): every row written, indexes rebuilt.
    void finishGateway()
    {
        if (m_gateway)
            m_gateway->finish();
        if (m_freshLoad)
            m_freshLoad->finish();
    }

    void agent(std::string_view agentId, std::string_view name, std::string_view raw) override
    {
        m_agent.insert({m_sourceId, textOrNull(agentId), textOrNull(name), text(raw)});
    }

    void agentEntry(qint64 ordinal, std::string_view raw, const AgentEntryFields &f) override
    {
        m_entry.insert({m_sourceId, ordinal, textOrNull(f.agentId), textOrNull(f.actionType),
                        textOrNull(f.connector), textOrNull(f.timestamp), intOrNull(f.timestampMs),
                        text(raw)});
    }

    void bundle(qint64 ordinal, std::string_view raw, const BundleFields &f) override
    {
        m_bundle.insert({m_sourceId, ordinal, textOrNull(f.name), textOrNull(f.regulatoryFramework),
                         textOrNull(f.version),
                         f.enabled ? QVariant(int(*f.enabled)) : QVariant(QMetaType(QMetaType::Int)),
                         text(raw)});
    }

    void ocsfEvent(qint64 ordinal, std::string_view raw, const OcsfFields &f) override
    {
        m_ocsf.insert({m_sourceId, ordinal, qint64(f.classUid), intOrNull(f.activityId),
                       intOrNull(f.severityId), intOrNull(f.timeMs), text(raw)});
    }

    void package(std::string_view raw, const PackageFields &f) override
    {
        packageAlreadyStored = PackageStore(m_sql, m_identity)
                                   .insert(m_fileName, raw, f, QStringLiteral("platform"), m_sourceId)
                                   .alreadyStored;
    }

    bool packageAlreadyStored = false;
    qint64 duplicatesMerged = 0;

private:
    // Whether a record with this id and the same content is stored (earlier in this import included):
    // identical bytes first (cheap, the common case of overlapping pages), JCS only when the bytes differ.
    // A row of this very file is read from the text in memory: its original is stored only after the rows.
    bool storedAlready(const QVariant &recordId, std::string_view raw)
    {
        if (!m_sameId)
            m_sameId = m_sql.prepare(
                QStringLiteral("SELECT CASE WHEN raw = '' AND source_id = ? THEN NULL ELSE %1 END,"
                               " raw_offset, raw_length, source_id FROM gateway_records WHERE record_id = ?")
                    .arg(raw_span::expression(QString())));
        m_sameId->bindValue(0, m_sourceId);
        m_sameId->bindValue(1, recordId);
        m_sql.exec(*m_sameId);
        std::string canonical;
        bool canonicalDone = false;
        bool found = false;
        while (!found && m_sql.next(*m_sameId)) {
            // A span of this very file (written by this import, so inside the text) or the stored bytes.
            const bool thisFile =
                m_original && m_sameId->isNull(0) && m_sameId->value(3).toLongLong() == m_sourceId;
            const QByteArray stored =
                thisFile ? QByteArray::fromRawData(m_original + m_sameId->value(1).toLongLong(),
                                                   qsizetype(m_sameId->value(2).toLongLong()))
                         : m_sameId->value(0).toString().toUtf8();
            if (std::string_view(stored.constData(), size_t(stored.size())) == raw) {
                found = true;
                break;
            }
            if (!canonicalDone) {
                canonical = canonicalOrEmpty(raw);
                canonicalDone = true;
            }
            found =
                !canonical.empty() &&
                canonicalOrEmpty(std::string_view(stored.constData(), size_t(stored.size()))) == canonical;
        }
        m_sameId->finish();
        return found;
    }

    const SqlSession &m_sql;
    qint64 m_sourceId;
    QString m_fileName;
    const AuditorIdentity &m_identity;
    const char *m_original;
    bool m_freshGatewayTable;
    std::optional<FreshTableLoad> m_freshLoad; // declared before the writer: it outlives the thread
    std::optional<GatewayRowWriter> m_gateway;
    LoadedRecords m_loaded;
    qint64 m_expectedGateway = 0;
    PreparedInsert m_entry, m_agent, m_bundle, m_ocsf;
    std::optional<QSqlQuery> m_sameId;
};

} // namespace

QList<ImportFileResult> EvidenceImport::importFiles(const QStringList &paths, Progress *progress) const
{
    // Files are read one at a time inside the transaction, so memory holds one file at a time.
    const ImportJournal journal(m_sql);
    return m_sql.transaction([&] {
        QList<ImportFileResult> results;
        for (const QString &path : paths) {
            throwIfCancelled(progress);
            // A plain file is mapped, not copied (as verification reads it): the text parsed, hashed and
            // stored as the original is the file itself. A file truncated or rewritten meanwhile is
            // refused whole, so the transaction rolls back and nothing of it is kept. A gzip file is read
            // and inflated; its compressed bytes are the original kept.
            QByteArray gzipBytes;
            const SourceText source = SourceText::mapFile(path, progress, &gzipBytes);
            const QByteArrayView original = source.wasGzip()
                                                ? QByteArrayView(gzipBytes)
                                                : QByteArrayView(source.data(), qsizetype(source.size()));
            const auto confirmUnchanged = [&] {
                if (!source.unchangedSinceRead())
                    throw InputError(path, WorkspaceTr::tr("the file was changed (truncated or rewritten) "
                                                           "while it was being imported: nothing was "
                                                           "imported; import it again"));
            };
            try {
                results << importOne(path, source, original, progress);
            } catch (...) {
                confirmUnchanged(); // a file changing under the reader explains any error it caused
                throw;
            }
            confirmUnchanged();
        }
        logImport(results);
        return results;
    });
}

QList<ImportFileResult> EvidenceImport::importBytes(const QList<QPair<QString, QByteArray>> &files,
                                                    Progress *progress) const
{
    const ImportJournal journal(m_sql);
    return m_sql.transaction([&] {
        QList<ImportFileResult> results;
        for (const auto &[name, bytes] : files) {
            throwIfCancelled(progress);
            results << importOne(name, SourceText::fromBytes(name, bytes), bytes, progress);
        }
        logImport(results);
        return results;
    });
}

ImportFileResult EvidenceImport::importOne(const QString &path, const SourceText &source,
                                           QByteArrayView original, Progress *progress) const
{
    const SourceStore sources(m_sql);
    ImportFileResult result;
    result.path = path;
    result.fileName = QFileInfo(path).fileName();
    result.size = original.size();
    result.sha256 = source.sha256(); // of the bytes as on disk (compressed, when gzip)
    if (const auto earlier = sources.sourceWithSha256(result.sha256)) {
        result.sourceId = earlier->id;
        result.format = earlier->format;
        result.records = earlier->records;
        result.alreadyImported = true;
        return result;
    }
    const qint64 sourceId = sources.nextId();
    // Rows are served from the stored original when the text parsed is that original (not gzip).
    const char *const servedFrom =
        !source.wasGzip() && raw_span::servesFromOriginal(m_sql) ? source.data() : nullptr;
    const bool freshGatewayTable =
        m_sql.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM gateway_records)")).toBool();
    std::optional<InsertSink> sink;
    sink.emplace(m_sql, sourceId, path, m_identity, servedFrom, freshGatewayTable);
    // Into an empty gateway table, NDJSON is split at its line feeds (as verification splits it), without
    // the strict structural walk first. Inside a savepoint: a line that is not one record object undoes the
    // rows written so far (cheap on a fresh table: its new pages are simply dropped) and the file is read
    // again strictly, which reports what is wrong exactly as before. Appends to stored records keep the
    // strict split: a savepoint there would copy every existing page it touches once more.
    const bool provisional = freshGatewayTable;
    EvidenceReader::Summary summary;
    if (provisional) {
        m_sql.exec(QStringLiteral("SAVEPOINT provisional_split"));
        try {
            summary = EvidenceReader::read(source, *sink, progress, EvidenceReader::Split::Provisional);
        } catch (const EvidenceReader::SplitDeclined &) {
            sink.reset(); // stops its writer thread before the rows are undone
            m_sql.exec(QStringLiteral("ROLLBACK TO provisional_split"));
            sink.emplace(m_sql, sourceId, path, m_identity, servedFrom, freshGatewayTable); // empty again
            summary = EvidenceReader::read(source, *sink, progress);
        }
    } else {
        summary = EvidenceReader::read(source, *sink, progress);
    }
    // Compressed on the other core while this one builds the indexes (while records are parsed, that core
    // writes the rows). Waited for on every path out (a failed import too: the worker reads `original`,
    // which the caller frees after this returns).
    std::future<QList<QByteArray>> compressed = SourceStore::compressOriginal(original);
    struct WaitFor
    {
        std::future<QList<QByteArray>> &f;
        ~WaitFor()
        {
            if (f.valid())
                f.wait();
        }
    } waitForOriginal{compressed};
    sink->finishGateway(); // the writer thread is done with the connection: the savepoint can go
    if (provisional)
        m_sql.exec(QStringLiteral("RELEASE provisional_split"));
    throwIfCancelled(progress);
    sources.storeOriginal(sourceId, result.fileName, compressed.get(), progress);
    result.format = summary.format;
    result.duplicatesMerged = sink->duplicatesMerged;
    result.records = summary.records - sink->duplicatesMerged; // what is stored: counts agree with the chain
    result.warnings = summary.warnings;
    if (sink->packageAlreadyStored) // stored with the source: evidence text, never translated
        result.warnings << ImportWarning{
            path, 0, 0, QStringLiteral("the compliance package was already in the workspace (same content)")};
    QJsonArray warnings;
    for (const ImportWarning &w : std::as_const(result.warnings))
        warnings.append(w.toString());
    PreparedInsert(m_sql, "sources",
                   {"id", "sha256", "size", "file_name", "format", "imported_at", "imported_by",
                    "record_count", "warnings"})
        .insert({sourceId, result.sha256, result.size, result.fileName, result.format, nowUtc(),
                 userText(m_identity), result.records,
                 QString::fromUtf8(QJsonDocument(warnings).toJson(QJsonDocument::Compact))});
    result.sourceId = sourceId;
    return result;
}

void EvidenceImport::logImport(const QList<ImportFileResult> &results) const
{
    JsonWriter w(false);
    w.beginObject().key("files").beginArray();
    for (const ImportFileResult &r : results) {
        w.beginObject();
        w.key("duplicates_merged").value(r.duplicatesMerged);
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
    ActivityLog(m_sql, m_identity).append(QStringLiteral("import"), w.toByteArray());
}

} // namespace ab
