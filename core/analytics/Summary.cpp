#include "core/analytics/Summary.h"

#include "core/analytics/SampleStore.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/AuditQuery.h"
#include "core/workspace/RecordExport.h"
#include "core/workspace/SqlSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ab::analytics {

namespace {

struct SummaryTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::analytics::Summary)
};

// The SQL expression of each column over gateway_records g joined to sources s: a fixed list, so no text
// from input ever reaches the statement.
QString columnExpression(const QString &column)
{
    static const QHash<QString, QString> expressions{
        {QStringLiteral("action"), QStringLiteral("g.action")},
        {QStringLiteral("category"), QStringLiteral("g.category")},
        {QStringLiteral("entity_type"), QStringLiteral("g.entity_type")},
        {QStringLiteral("framework"), QStringLiteral("g.framework")},
        {QStringLiteral("month"), QStringLiteral("strftime('%Y-%m', g.ts_ms / 1000, 'unixepoch')")},
        {QStringLiteral("policy_name"), QStringLiteral("g.policy_name")},
        {QStringLiteral("source"), QStringLiteral("s.file_name")},
        {QStringLiteral("user_email"), QStringLiteral("g.user_email")},
        {QStringLiteral("user_id"), QStringLiteral("g.user_id")},
    };
    return expressions.value(column);
}

QString valueOf(const QVariant &v)
{
    const QString s = v.isNull() ? QString() : v.toString();
    return s.isEmpty() ? QString::fromLatin1(NoValue) : s;
}

// Code-point order with NoValue last, so the table reads the same on every machine and locale.
QStringList sortedValues(const QSet<QString> &values)
{
    QStringList out(values.begin(), values.end());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const bool aNone = a == QLatin1String(NoValue), bNone = b == QLatin1String(NoValue);
        if (aNone != bNone)
            return bNone;
        return a < b;
    });
    return out;
}

} // namespace

const QStringList &summaryColumns()
{
    static const QStringList columns{
        QStringLiteral("action"),    QStringLiteral("category"),   QStringLiteral("entity_type"),
        QStringLiteral("framework"), QStringLiteral("month"),      QStringLiteral("policy_name"),
        QStringLiteral("source"),    QStringLiteral("user_email"), QStringLiteral("user_id"),
    };
    return columns;
}

QString filterDescription(const AuditFilter &f)
{
    QStringList parts;
    const auto list = [&](const char *name, const QStringList &values) {
        if (!values.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(QLatin1String(name), values.join(QStringLiteral(" or ")));
    };
    list("framework", f.frameworks);
    list("action", f.actions);
    list("entity_type", f.entityTypes);
    list("category", f.categories);
    if (f.start)
        parts << QStringLiteral("time >= %1").arg(f.start->toString());
    if (f.end)
        parts << QStringLiteral("time <= %1").arg(f.end->toString());
    if (!f.user.isEmpty())
        parts << QStringLiteral("user = %1").arg(f.user);
    if (!f.text.isEmpty())
        parts << QStringLiteral("text contains \"%1\"").arg(f.text);
    if (f.sourceId)
        parts << QStringLiteral("source id = %1").arg(*f.sourceId);
    return parts.isEmpty() ? QStringLiteral("all records") : parts.join(QStringLiteral("; "));
}

qint64 SummaryTable::rowTotal(qsizetype row) const
{
    qint64 n = 0;
    for (const qint64 c : counts.value(row))
        n += c;
    return n;
}

qint64 SummaryTable::columnTotal(qsizetype column) const
{
    qint64 n = 0;
    for (const QList<qint64> &row : counts)
        n += row.value(column);
    return n;
}

QByteArray SummaryTable::toJson(bool pretty) const
{
    JsonWriter w(pretty);
    w.beginObject();
    w.key("by").value(by);
    w.key("across");
    across.isEmpty() ? w.null() : w.value(across);
    w.key("filters").raw(std::string_view(filtersJson.constData(), size_t(filtersJson.size())));
    w.key("filter").value(filterText);
    w.key("columns").beginArray();
    for (const QString &c : columnValues)
        w.value(c);
    w.endArray();
    w.key("rows").beginArray();
    for (qsizetype r = 0; r < rowValues.size(); ++r) {
        w.beginObject();
        w.key("value").value(rowValues[r]);
        w.key("counts").beginArray();
        for (const qint64 c : counts[r])
            w.value(c);
        w.endArray();
        w.key("total").value(rowTotal(r));
        w.endObject();
    }
    w.endArray();
    w.key("column_totals").beginArray();
    for (qsizetype c = 0; c < columnValues.size(); ++c)
        w.value(columnTotal(c));
    w.endArray();
    w.key("total").value(total);
    w.endObject();
    return w.toByteArray();
}

QByteArray SummaryTable::toCsv() const
{
    const auto line = [](const QStringList &cells) {
        QByteArray out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += RecordExport::csvCell(cells[i]);
        }
        return out + "\r\n";
    };
    QByteArray out = line(QStringList{by} + columnValues + QStringList{QStringLiteral("total")});
    for (qsizetype r = 0; r < rowValues.size(); ++r) {
        QStringList cells{rowValues[r]};
        for (const qint64 c : counts[r])
            cells << QString::number(c);
        cells << QString::number(rowTotal(r));
        out += line(cells);
    }
    QStringList totals{QStringLiteral("total")};
    for (qsizetype c = 0; c < columnValues.size(); ++c)
        totals << QString::number(columnTotal(c));
    totals << QString::number(total);
    return out + line(totals);
}

SummaryTable summarize(const WorkspaceStore &store, const AuditFilter &filter, const QString &by,
                       const QString &across)
{
    const auto known = [](const QString &c) { return summaryColumns().contains(c); };
    if (!known(by) || (!across.isEmpty() && !known(across)))
        throw SummaryError(SummaryTr::tr("a summary counts by one of %1, not '%2'")
                               .arg(summaryColumns().join(QStringLiteral(", ")), known(by) ? across : by));
    if (across == by)
        throw SummaryError(SummaryTr::tr("a summary counts '%1' across another column, not itself").arg(by));
    if (filter.limit >= 0 || filter.offset > 0)
        throw SummaryError(SummaryTr::tr("a summary counts every record the filters select: a limit or "
                                         "offset does not apply"));
    SummaryTable t;
    t.by = by;
    t.across = across;
    t.filtersJson = auditFilterJson(filter);
    t.filterText = filterDescription(filter);

    const SqlSession &sql = store.sqlSession();
    const SqlWhere where = auditWhere(filter);
    const QString second = across.isEmpty() ? QStringLiteral("NULL") : columnExpression(across);
    QSqlQuery q =
        sql.prepare(QStringLiteral("SELECT %1, %2, COUNT(*) FROM gateway_records g JOIN sources s ON "
                                   "s.id = g.source_id%3 GROUP BY 1, 2")
                        .arg(columnExpression(by), second, where.sql));
    for (int i = 0; i < where.binds.size(); ++i)
        q.bindValue(i, where.binds[i]);
    sql.exec(q);
    struct Cell
    {
        QString row, column;
        qint64 count;
    };
    QList<Cell> cells;
    QSet<QString> rows, columns;
    while (q.next()) {
        const Cell c{valueOf(q.value(0)), across.isEmpty() ? QStringLiteral("count") : valueOf(q.value(1)),
                     q.value(2).toLongLong()};
        rows.insert(c.row);
        columns.insert(c.column);
        cells << c;
    }
    t.rowValues = sortedValues(rows);
    t.columnValues = across.isEmpty() ? QStringList{QStringLiteral("count")} : sortedValues(columns);
    t.counts = QList<QList<qint64>>(t.rowValues.size(), QList<qint64>(t.columnValues.size(), 0));
    QHash<QString, qsizetype> rowIndex, columnIndex;
    for (qsizetype i = 0; i < t.rowValues.size(); ++i)
        rowIndex.insert(t.rowValues[i], i);
    for (qsizetype i = 0; i < t.columnValues.size(); ++i)
        columnIndex.insert(t.columnValues[i], i);
    for (const Cell &c : cells) {
        // Two SQL groups may map to one value (NULL and "" are both NoValue): add, never overwrite.
        t.counts[rowIndex.value(c.row)][columnIndex.value(c.column)] += c.count;
        t.total += c.count;
    }
    return t;
}

} // namespace ab::analytics
