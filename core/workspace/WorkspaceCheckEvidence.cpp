// WorkspaceCheck's evidence parts: SQLite's integrity check, every source's rows against its record_count,
// and (full check) every original re-hashed and its records compared with the stored rows (gateway records
// here, the other kinds in WorkspaceCheckRows.cpp). An original is read again within the process's gzip
// limits (InflateLimits::processDefault: the options of the command running the check), never limits taken
// from the workspace itself: a workspace that says "read me without bounds" is what a tamperer would write.
#include "core/common/InputError.h"
#include "core/json/Jcs.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/RawSpan.h"
#include "core/workspace/SourceStore.h"
#include "core/workspace/WorkspaceCheckParts.h"

#include <QSqlQuery>

#include <array>
#include <exception>
#include <limits>

namespace ab::check {

namespace {

using namespace sqlvalue;

QString shown(const QVariant &v)
{
    return v.isNull() ? WorkspaceTr::tr("(none)") : QStringLiteral("'%1'").arg(v.toString());
}

bool same(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || a.toString() == b.toString());
}

std::string canonicalOrEmpty(std::string_view json)
{
    try {
        return jcs::canonicalize(json);
    } catch (const std::exception &) {
        return {};
    }
}

// The query columns import derives from a record (EvidenceImport's InsertSink), in table order.
constexpr std::array<const char *, 12> DerivedColumns{"record_id",   "sequence", "ts_text",    "ts_ms",
                                                      "sort_ms",     "category", "action",     "framework",
                                                      "entity_type", "user_id",  "user_email", "policy_name"};

std::array<QVariant, 12> derived(const GatewayFields &f)
{
    return {f.id ? QVariant(QString::fromStdString(*f.id)) : QVariant(QMetaType(QMetaType::QString)),
            intOrNull(f.sequence),
            textOrNull(f.timestamp),
            intOrNull(f.timestampMs),
            f.timestampMs ? qint64(*f.timestampMs) : std::numeric_limits<qint64>::max(),
            textOrNull(f.category),
            textOrNull(f.action),
            textOrNull(f.framework),
            textOrNull(f.entityType),
            textOrNull(f.userId),
            textOrNull(f.userEmail),
            textOrNull(f.policyName)};
}

// Walks a gateway source's stored rows (in ordinal order) beside its original's records (in file order).
class GatewayRecheck : public EvidenceSink
{
public:
    // `stored`: the original's bytes as stored, which a row served from the original (schema version 7)
    // points into with its span; compared there, in memory, so a span out of place is a finding, not a
    // failed query.
    GatewayRecheck(Context &c, qint64 sourceId, const QString &where, const QByteArray &stored)
        : m_c(c), m_sourceId(sourceId), m_where(where), m_stored(stored),
          m_rows(c.sql.prepare(
              QStringLiteral("SELECT id, ordinal, record_id, sequence, ts_text, ts_ms, "
                             "sort_ms, category, action, framework, entity_type, user_id,"
                             " user_email, policy_name, raw, raw_offset, raw_length"
                             " FROM gateway_records WHERE source_id = ? ORDER BY ordinal, id"))),
          m_merged(c.sql.prepare(QStringLiteral("SELECT %1 FROM gateway_records WHERE record_id = ? AND NOT "
                                                "(source_id = ? AND ordinal = ?)")
                                     .arg(raw_span::expression({}))))
    {
        m_rows.bindValue(0, sourceId);
        c.sql.exec(m_rows);
        m_has = c.sql.next(m_rows);
    }

    void gatewayRecord(qint64 ordinal, std::string_view raw, const GatewayFields &f) override
    {
        if ((ordinal & 0x3FFF) == 0)
            throwIfCancelled(m_c.progress);
        while (m_has && m_rows.value(1).toLongLong() < ordinal) {
            added();
            m_has = m_c.sql.next(m_rows);
        }
        if (!m_has || m_rows.value(1).toLongLong() > ordinal) {
            if (!mergedElsewhere(ordinal, raw, f))
                m_c.findings.add(QStringLiteral("record_missing"), m_where,
                                 WorkspaceTr::tr("%1: record %2 (id %3) of the original is missing from the "
                                                 "workspace")
                                     .arg(m_where)
                                     .arg(ordinal + 1)
                                     .arg(f.id ? QString::fromStdString(*f.id) : WorkspaceTr::tr("(none)")));
            return;
        }
        compare(ordinal, raw, f);
        m_has = m_c.sql.next(m_rows);
        // A second row at the same place is caught by the duplicate check; skip it here.
        while (m_has && m_rows.value(1).toLongLong() == ordinal)
            m_has = m_c.sql.next(m_rows);
    }

    void finish()
    {
        for (; m_has; m_has = m_c.sql.next(m_rows))
            added();
    }

    void agent(std::string_view, std::string_view, std::string_view) override {}
    void agentEntry(qint64, std::string_view, const AgentEntryFields &) override {}
    void bundle(qint64, std::string_view, const BundleFields &) override {}
    void ocsfEvent(qint64, std::string_view, const OcsfFields &) override {}
    void package(std::string_view, const PackageFields &) override {}

private:
    void added()
    {
        m_c.findings.add(
            QStringLiteral("record_added"),
            WorkspaceTr::tr("gateway_records row %1").arg(m_rows.value(0).toLongLong()),
            WorkspaceTr::tr("%1: gateway_records row %2 (record %3) is not a record of the original")
                .arg(m_where)
                .arg(m_rows.value(0).toLongLong())
                .arg(m_rows.value(1).toLongLong() + 1));
    }

    void compare(qint64 ordinal, std::string_view raw, const GatewayFields &f)
    {
        const qint64 row = m_rows.value(0).toLongLong();
        const QString where = WorkspaceTr::tr("gateway_records row %1").arg(row);
        const QString rawColumn = m_rows.value(14).toString();
        if (rawColumn.isEmpty() && !m_rows.isNull(15)) {
            const qint64 offset = m_rows.value(15).toLongLong(), length = m_rows.value(16).toLongLong();
            if (offset < 0 || length < 0 || offset > m_stored.size() || length > m_stored.size() - offset) {
                m_c.findings.add(QStringLiteral("record_changed"), where,
                                 WorkspaceTr::tr("%1: record %2 (gateway_records row %3): its span %4..%5 is "
                                                 "outside the stored original (%6 bytes)")
                                     .arg(m_where)
                                     .arg(ordinal + 1)
                                     .arg(row)
                                     .arg(offset)
                                     .arg(offset + length)
                                     .arg(m_stored.size()));
                return;
            }
        }
        if (storedText(rawColumn) != raw) {
            m_c.findings.add(
                QStringLiteral("record_changed"), where,
                WorkspaceTr::tr("%1: record %2 (gateway_records row %3): the stored text differs "
                                "from the original")
                    .arg(m_where)
                    .arg(ordinal + 1)
                    .arg(row));
            return; // its columns follow the changed text; one finding says it
        }
        const std::array<QVariant, 12> expected = derived(f);
        for (size_t i = 0; i < expected.size(); ++i) {
            const QVariant stored = m_rows.value(int(i) + 2);
            if (same(stored, expected[i]))
                continue;
            m_c.findings.add(QStringLiteral("column_changed"), where,
                             WorkspaceTr::tr("%1: record %2 (gateway_records row %3): the query column %4 "
                                             "says %5, the record says %6")
                                 .arg(m_where)
                                 .arg(ordinal + 1)
                                 .arg(row)
                                 .arg(QLatin1String(DerivedColumns[i]), shown(stored), shown(expected[i])));
        }
    }

    // The row's record: its raw column, or its span of the stored original (checked to lie inside).
    std::string_view storedText(const QString &rawColumn)
    {
        if (!rawColumn.isEmpty() || m_rows.isNull(15)) {
            m_rawUtf8 = rawColumn.toUtf8();
            return {m_rawUtf8.constData(), size_t(m_rawUtf8.size())};
        }
        return {m_stored.constData() + m_rows.value(15).toLongLong(), size_t(m_rows.value(16).toLongLong())};
    }

    // Import stores a record with the id and content of an earlier one once (duplicatesMerged).
    bool mergedElsewhere(qint64 ordinal, std::string_view raw, const GatewayFields &f)
    {
        if (!f.id)
            return false;
        m_merged.bindValue(0, QString::fromStdString(*f.id));
        m_merged.bindValue(1, m_sourceId);
        m_merged.bindValue(2, ordinal);
        const std::string canonical = canonicalOrEmpty(raw);
        bool found = false;
        try {
            m_c.sql.exec(m_merged);
            while (!found && m_c.sql.next(m_merged)) {
                const QByteArray stored = m_merged.value(0).toString().toUtf8();
                const std::string_view s(stored.constData(), size_t(stored.size()));
                found = s == raw || (!canonical.empty() && canonicalOrEmpty(s) == canonical);
            }
        } catch (const WorkspaceError &) {
            // A row of another source whose original cannot serve it: that source's own check says so;
            // here the record counts as missing.
        }
        m_merged.finish();
        return found;
    }

    Context &m_c;
    qint64 m_sourceId;
    QString m_where;
    const QByteArray &m_stored;
    QByteArray m_rawUtf8;
    QSqlQuery m_rows, m_merged;
    bool m_has = false;
};

QString tableOf(const QString &format)
{
    if (format == QLatin1String(EvidenceFormat::GatewayAuditExport))
        return QStringLiteral("gateway_records");
    if (format == QLatin1String(EvidenceFormat::AgentRuntimeExport))
        return QStringLiteral("agent_entries");
    if (format == QLatin1String(EvidenceFormat::ComplianceBundles))
        return QStringLiteral("compliance_bundles");
    if (format == QLatin1String(EvidenceFormat::OcsfEvents))
        return QStringLiteral("ocsf_events");
    if (format == QLatin1String(EvidenceFormat::CompliancePackage))
        return QStringLiteral("packages");
    return {};
}

QString recheckGateway(Context &c, qint64 sourceId, const QString &where, const SourceText &original,
                       const QByteArray &stored)
{
    GatewayRecheck recheck(c, sourceId, where, stored);
    const EvidenceReader::Summary summary = EvidenceReader::read(original, recheck, c.progress);
    recheck.finish();
    return summary.format;
}

// Reads the original again and compares its records with the stored rows (packages: their own check).
void recheckRecords(Context &c, const SourceInfo &s, const QString &where, const QString &table,
                    const QByteArray &bytes)
{
    if (table == QLatin1String("packages"))
        return;
    SourceText original;
    try {
        original = SourceText::fromBytes(s.fileName, bytes);
    } catch (const InputError &e) {
        // Its bytes are the ones imported (the SHA-256 matched): a gzip original imported with raised limits
        // is read again only when the same limits are given; until then its rows are unchecked, not intact.
        c.findings.add(
            QStringLiteral("check_incomplete"), where,
            WorkspaceTr::tr("%1: its records were not compared with the original: %2").arg(where, e.text()));
        return;
    }
    const QString format = table == QLatin1String("gateway_records")
                               ? recheckGateway(c, s.id, where, original, bytes)
                               : recheckRows(c, s.id, where, table, original);
    if (format != s.format)
        c.findings.add(QStringLiteral("source_changed"), where,
                       WorkspaceTr::tr("%1: the original is a %2 file, its source row says %3")
                           .arg(where, format, s.format));
}

} // namespace

void integrity(Context &c)
{
    if (c.progress)
        c.progress->beginStage(WorkspaceTr::tr("Checking the database file"), 0);
    QSqlQuery q = c.sql.prepare(QStringLiteral("PRAGMA integrity_check(100)"));
    c.sql.exec(q);
    while (c.sql.next(q)) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            c.findings.add(QStringLiteral("database_damaged"), c.sql.path(),
                           WorkspaceTr::tr("The workspace file is damaged: %1").arg(line));
    }
}

void evidence(Context &c, bool reread, WorkspaceCheckResult &counts)
{
    const SourceStore store(c.sql);
    const QList<SourceInfo> sources = store.sources();
    counts.sources = sources.size();
    counts.records = c.sql.scalar(QStringLiteral("SELECT COUNT(*) FROM gateway_records")).toLongLong();
    for (const SourceInfo &s : sources) {
        throwIfCancelled(c.progress);
        const QString where = WorkspaceTr::tr("source %1 (%2)").arg(s.id).arg(s.fileName);
        const QString table = tableOf(s.format);
        if (table.isEmpty()) {
            c.findings.add(QStringLiteral("source_changed"), where,
                           WorkspaceTr::tr("%1: unknown format '%2'").arg(where, s.format));
            continue;
        }
        // table is one of the fixed names above, never input text.
        const qint64 stored =
            c.sql.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE source_id = ?").arg(table), {s.id})
                .toLongLong();
        if (stored != s.records)
            c.findings.add(
                QStringLiteral("record_count_mismatch"), where,
                WorkspaceTr::tr("%1: the workspace holds %2 of its records, its source row says %3")
                    .arg(where)
                    .arg(stored)
                    .arg(s.records));
        if (table != QLatin1String("packages")) {
            QSqlQuery dup =
                c.sql.prepare(QStringLiteral("SELECT ordinal, COUNT(*) FROM %1 WHERE source_id = ?"
                                             " GROUP BY ordinal HAVING COUNT(*) > 1 ORDER BY ordinal")
                                  .arg(table));
            dup.bindValue(0, s.id);
            c.sql.exec(dup);
            while (c.sql.next(dup))
                c.findings.add(QStringLiteral("record_duplicated"), where,
                               WorkspaceTr::tr("%1: record %2 is stored %3 times in %4")
                                   .arg(where)
                                   .arg(dup.value(0).toLongLong() + 1)
                                   .arg(dup.value(1).toLongLong())
                                   .arg(table));
        }
        if (!reread)
            continue;
        if (c.progress)
            c.progress->beginStage(WorkspaceTr::tr("Checking %1").arg(s.fileName), 0);
        QByteArray bytes;
        try {
            bytes = store.bytes(s.id); // re-hashed against the source row's SHA-256
        } catch (const WorkspaceError &e) {
            c.findings.add(QStringLiteral("original_changed"), where, e.text());
            continue;
        }
        if (bytes.size() != s.size)
            c.findings.add(QStringLiteral("source_changed"), where,
                           WorkspaceTr::tr("%1: the original has %2 bytes, its source row says %3")
                               .arg(where)
                               .arg(bytes.size())
                               .arg(s.size));
        recheckRecords(c, s, where, table, bytes);
    }
}

} // namespace ab::check
