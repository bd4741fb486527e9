// WorkspaceCheck's re-read of the other kinds of evidence (issue 16): an agent runtime export's audit
// entries, a bundle export's bundles and an OCSF file's events, each stored row compared with the record read
// again from the original: its raw text and the query columns import derived from it (EvidenceImport's
// InsertSink), so a column edited with the triggers dropped is a finding saying what and where, as for
// gateway records (WorkspaceCheckEvidence.cpp).
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/WorkspaceCheckParts.h"

#include <QSqlQuery>

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

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

// The derived columns of each table, in the order the SELECT below reads them.
QStringList columnsOf(const QString &table)
{
    if (table == QLatin1String("agent_entries"))
        return {QStringLiteral("agent_id"), QStringLiteral("action_type"), QStringLiteral("connector"),
                QStringLiteral("ts_text"), QStringLiteral("ts_ms")};
    if (table == QLatin1String("compliance_bundles"))
        return {QStringLiteral("name"), QStringLiteral("regulatory_framework"), QStringLiteral("version"),
                QStringLiteral("enabled")};
    return {QStringLiteral("class_uid"), QStringLiteral("activity_id"), QStringLiteral("severity_id"),
            QStringLiteral("time_ms")};
}

// Walks one source's stored rows (in ordinal order) beside its original's records (in file order).
class RowRecheck : public EvidenceSink
{
public:
    RowRecheck(Context &c, qint64 sourceId, const QString &where, const QString &table)
        : m_c(c), m_where(where), m_table(table), m_columns(columnsOf(table)),
          // table and columns are the fixed names above, never input text.
          m_rows(c.sql.prepare(QStringLiteral("SELECT id, ordinal, %1, raw FROM %2 WHERE source_id = ?"
                                              " ORDER BY ordinal, id")
                                   .arg(m_columns.join(QStringLiteral(", ")), table)))
    {
        m_rows.bindValue(0, sourceId);
        c.sql.exec(m_rows);
        m_has = c.sql.next(m_rows);
    }

    void agentEntry(qint64 ordinal, std::string_view raw, const AgentEntryFields &f) override
    {
        record(ordinal, raw,
               {textOrNull(f.agentId), textOrNull(f.actionType), textOrNull(f.connector),
                textOrNull(f.timestamp), intOrNull(f.timestampMs)});
    }
    void bundle(qint64 ordinal, std::string_view raw, const BundleFields &f) override
    {
        record(ordinal, raw,
               {textOrNull(f.name), textOrNull(f.regulatoryFramework), textOrNull(f.version),
                f.enabled ? QVariant(int(*f.enabled)) : nullInt()});
    }
    void ocsfEvent(qint64 ordinal, std::string_view raw, const OcsfFields &f) override
    {
        record(ordinal, raw,
               {QVariant(qint64(f.classUid)), intOrNull(f.activityId), intOrNull(f.severityId),
                intOrNull(f.timeMs)});
    }
    void gatewayRecord(qint64, std::string_view, const GatewayFields &) override {}
    void agent(std::string_view, std::string_view, std::string_view) override {}
    void package(std::string_view, const PackageFields &) override {}

    void finish()
    {
        for (; m_has; m_has = m_c.sql.next(m_rows))
            added();
    }

private:
    // Only the kind the table holds is compared: a runtime export's agents list is not a row of these.
    void record(qint64 ordinal, std::string_view raw, const QVariantList &expected)
    {
        if ((ordinal & 0x3FFF) == 0)
            throwIfCancelled(m_c.progress);
        while (m_has && m_rows.value(1).toLongLong() < ordinal) {
            added();
            m_has = m_c.sql.next(m_rows);
        }
        if (!m_has || m_rows.value(1).toLongLong() > ordinal) {
            m_c.findings.add(QStringLiteral("record_missing"), m_where,
                             WorkspaceTr::tr("%1: record %2 of the original is missing from %3")
                                 .arg(m_where)
                                 .arg(ordinal + 1)
                                 .arg(m_table));
            return;
        }
        compare(ordinal, raw, expected);
        m_has = m_c.sql.next(m_rows);
        // A second row at the same place is found by the duplicate check; skip it here.
        while (m_has && m_rows.value(1).toLongLong() == ordinal)
            m_has = m_c.sql.next(m_rows);
    }

    void compare(qint64 ordinal, std::string_view raw, const QVariantList &expected)
    {
        const qint64 row = m_rows.value(0).toLongLong();
        const QString where = WorkspaceTr::tr("%1 row %2").arg(m_table).arg(row);
        if (m_rows.value(int(m_columns.size()) + 2).toString() != text(raw)) {
            m_c.findings.add(QStringLiteral("record_changed"), where,
                             WorkspaceTr::tr("%1: record %2 (%3 row %4): the stored text differs from the "
                                             "original")
                                 .arg(m_where)
                                 .arg(ordinal + 1)
                                 .arg(m_table)
                                 .arg(row));
            return; // its columns follow the changed text; one finding says it
        }
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QVariant stored = m_rows.value(int(i) + 2);
            if (same(stored, expected[i]))
                continue;
            m_c.findings.add(QStringLiteral("column_changed"), where,
                             WorkspaceTr::tr("%1: record %2 (%3 row %4): the query column %5 says %6, the "
                                             "record says %7")
                                 .arg(m_where)
                                 .arg(ordinal + 1)
                                 .arg(m_table)
                                 .arg(row)
                                 .arg(m_columns[i], shown(stored), shown(expected[i])));
        }
    }

    void added()
    {
        m_c.findings.add(QStringLiteral("record_added"),
                         WorkspaceTr::tr("%1 row %2").arg(m_table).arg(m_rows.value(0).toLongLong()),
                         WorkspaceTr::tr("%1: %2 row %3 (record %4) is not a record of the original")
                             .arg(m_where, m_table)
                             .arg(m_rows.value(0).toLongLong())
                             .arg(m_rows.value(1).toLongLong() + 1));
    }

    Context &m_c;
    QString m_where, m_table;
    QStringList m_columns;
    QSqlQuery m_rows;
    bool m_has = false;
};

} // namespace

QString recheckRows(Context &c, qint64 sourceId, const QString &where, const QString &table,
                    const SourceText &original)
{
    RowRecheck recheck(c, sourceId, where, table);
    const EvidenceReader::Summary summary = EvidenceReader::read(original, recheck, c.progress);
    recheck.finish();
    return summary.format;
}

} // namespace ab::check
