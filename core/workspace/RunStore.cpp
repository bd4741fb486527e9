#include "core/workspace/RunStore.h"

#include "core/chain/ChainInput.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/ForkCheck.h"
#include "core/workspace/OriginalBlocks.h"
#include "core/workspace/SourceStore.h"

#include <QSqlQuery>

namespace ab {

namespace {

QVariant textOrNull(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

VerificationRun RunStore::verifyGateway(const VerifyOptions &options, Progress *progress) const
{
    // The mark is taken before anything is read: every row up to it is in a source listed below, so the run
    // verified (at least) the rows up to its mark that its period holds.
    const ForkCheck forkCheck(m_sql);
    const qint64 mark = forkCheck.gatewayMark();
    ChainInput input;
    QSqlQuery sourcesQuery = m_sql.prepare(
        QStringLiteral("SELECT id, file_name, sha256, size FROM sources WHERE format = ? ORDER BY id"));
    sourcesQuery.bindValue(0, QString::fromLatin1(EvidenceFormat::GatewayAuditExport));
    m_sql.exec(sourcesQuery);
    struct Src
    {
        qint64 id;
        QString name, sha256;
        qint64 size;
    };
    QList<Src> gatewaySources;
    while (m_sql.next(sourcesQuery))
        gatewaySources << Src{sourcesQuery.value(0).toLongLong(), sourcesQuery.value(1).toString(),
                              sourcesQuery.value(2).toString(), sourcesQuery.value(3).toLongLong()};
    if (gatewaySources.isEmpty())
        throw WorkspaceError(
            WorkspaceTr::tr("%1: the workspace holds no gateway audit export to verify").arg(m_sql.path()));
    for (const Src &s : std::as_const(gatewaySources)) {
        if (progress)
            progress->beginStage(WorkspaceTr::tr("Reading %1 from the workspace").arg(s.name), 0);
        // The records as stored, as one JSON array per original file (same spans, same order; a record
        // merged at import as the duplicate of an earlier one is kept once, where it was first seen).
        // A row served from the original (schema version 7) is cut from its blocks, read in file order.
        std::string text = "[";
        QSqlQuery q = m_sql.prepare(QStringLiteral(
            "SELECT raw, raw_offset, raw_length FROM gateway_records WHERE source_id = ? ORDER BY ordinal"));
        q.bindValue(0, s.id);
        m_sql.exec(q);
        OriginalBlocks original(m_sql, s.id, s.name);
        bool first = true;
        qint64 n = 0;
        while (m_sql.next(q)) {
            if (!first)
                text += ",\n";
            first = false;
            const QString raw = q.value(0).toString();
            if (raw.isEmpty() && !q.isNull(1))
                text += original.span(q.value(1).toLongLong(), q.value(2).toLongLong());
            else
                text += raw.toStdString();
            if ((++n & 0xFFFF) == 0)
                throwIfCancelled(progress);
        }
        text += "]";
        SourceText st = SourceText::fromTrustedText(s.name, text);
        st.setOrigin(s.sha256, s.size);
        input.addSource(std::move(st));
    }
    VerificationResult result = ChainVerifier::verify(input, options, progress);
    forkCheck.checkGateway(result, options.maxErrors);
    return store(QStringLiteral("gateway"), result, mark);
}

// Several runtime exports are verified as one chain, as several gateway files are: a platform exports its
// one audit trail in pieces (monthly files, overlapping exports), so the pieces together are the chain.
// Verified one by one, each later piece would start at an unexplained anchor and a record dropped between
// two pieces would go unnoticed; together, overlapping entries merge (docs/spec/chain.md "Order") and every
// seam is checked by the same linkage rule as the rest. The stored run lists each export with its SHA-256,
// which is how a package knows the run covers the export it was built from.
VerificationRun RunStore::verifyRuntime(const VerifyOptions &options, Progress *progress) const
{
    const SourceStore sources(m_sql);
    QSqlQuery q = m_sql.prepare(QStringLiteral("SELECT id FROM sources WHERE format = ? ORDER BY id"));
    q.bindValue(0, QString::fromLatin1(EvidenceFormat::AgentRuntimeExport));
    m_sql.exec(q);
    QList<qint64> ids;
    while (m_sql.next(q))
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        throw WorkspaceError(
            WorkspaceTr::tr("%1: the workspace holds no agent runtime export to verify").arg(m_sql.path()));
    ChainInput input;
    for (const qint64 id : std::as_const(ids)) {
        const auto info = sources.source(id);
        if (progress)
            progress->beginStage(WorkspaceTr::tr("Reading %1 from the workspace").arg(info->fileName), 0);
        throwIfCancelled(progress);
        // The original bytes: the export object's audit_entries member is the chain (the rest is ignored).
        input.addSource(SourceText::fromBytes(info->fileName, sources.bytes(id)));
    }
    return store(QStringLiteral("runtime"), ChainVerifier::verify(input, options, progress));
}

VerificationRun RunStore::verifyRuntimeExport(qint64 sourceId, const VerifyOptions &options,
                                              Progress *progress) const
{
    const SourceStore sources(m_sql);
    const auto info = sources.source(sourceId);
    if (!info || info->format != QLatin1String(EvidenceFormat::AgentRuntimeExport))
        throw WorkspaceError(
            WorkspaceTr::tr("%1: source %2 is not an agent runtime export").arg(m_sql.path()).arg(sourceId));
    ChainInput input;
    input.addSource(SourceText::fromBytes(info->fileName, sources.bytes(sourceId)));
    return store(QStringLiteral("runtime:%1").arg(sourceId), ChainVerifier::verify(input, options, progress));
}

VerificationRun RunStore::store(const QString &scope, const VerificationResult &result,
                                std::optional<qint64> recordMark) const
{
    VerificationRun run;
    run.scope = scope;
    run.runAt = sqlvalue::nowUtc();
    run.runBy = sqlvalue::userText(m_identity);
    run.result = result;
    run.resultJson = result.toJson();

    JsonWriter keys(false);
    result.writeKeys(keys);
    JsonWriter sources(false);
    result.writeSources(sources);
    JsonWriter locations(false);
    locations.beginArray();
    for (const auto &l : result.errorLocations)
        locations.beginObject().key("event").value(l.event).key("record_id").value(l.recordId).endObject();
    locations.endArray();

    m_sql.transaction([&] {
        PreparedInsert(m_sql, "verification_runs",
                       {"scope", "run_at", "run_by", "period_start", "period_end", "valid", "macs_verified",
                        "events_checked", "error_count", "keys", "sources", "error_locations", "result",
                        "record_mark"})
            .insert({scope, run.runAt, run.runBy, textOrNull(result.periodStart),
                     textOrNull(result.periodEnd), int(result.valid), int(result.macsVerified),
                     result.eventsChecked, result.errorCount, QString::fromStdString(keys.str()),
                     QString::fromStdString(sources.str()), QString::fromStdString(locations.str()),
                     QString::fromUtf8(run.resultJson),
                     recordMark ? QVariant(*recordMark) : QVariant(QMetaType(QMetaType::LongLong))});
        run.id = m_sql.lastInsertRowId();

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
        ActivityLog(m_sql, m_identity).append(QStringLiteral("verification"), w.toByteArray());
    });
    return run;
}

QList<VerificationRun> RunStore::runs() const
{
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT id, scope, run_at, run_by, result FROM verification_runs ORDER BY id DESC"));
    m_sql.exec(q);
    QList<VerificationRun> out;
    while (m_sql.next(q)) {
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

} // namespace ab
