#include "core/views/ViewQuery.h"

namespace ab::views {

void WhereBuilder::anyOf(const QString &column, const QStringList &values, bool nocase)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks << (nocase ? QStringLiteral("lower(?)") : QStringLiteral("?"));
        m_binds << v;
    }
    const QString lhs = nocase ? QStringLiteral("lower(%1)").arg(column) : column;
    m_clauses << QStringLiteral("%1 IN (%2)").arg(lhs, marks.join(QLatin1Char(',')));
}

void WhereBuilder::anyClause(const QStringList &clauses, const QVariantList &binds)
{
    if (clauses.isEmpty())
        return;
    m_clauses << QLatin1Char('(') + clauses.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    m_binds << binds;
}

void WhereBuilder::period(const QString &msColumn, const std::optional<Instant> &start,
                          const std::optional<Instant> &end)
{
    if (start) {
        // Inclusive; a start inside a millisecond begins at the next whole one (times are kept in ms).
        qint64 ms = start->toMSecsSinceEpoch();
        if (start->nanos % 1000000 != 0)
            ++ms;
        add(msColumn + QStringLiteral(" >= ?"), {ms});
    }
    if (end)
        add(msColumn + QStringLiteral(" <= ?"), {end->toMSecsSinceEpoch()});
}

void WhereBuilder::add(const QString &clause, const QVariantList &binds)
{
    m_clauses << clause;
    m_binds << binds;
}

QString WhereBuilder::sql() const
{
    return m_clauses.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++, v);
}

qint64 countRows(const SqlSession &sql, const QString &fromWhere, const QVariantList &binds, qint64 limit,
                 qint64 offset)
{
    if (limit < 0 && offset <= 0)
        return sql.scalar(QStringLiteral("SELECT COUNT(*) ") + fromWhere, binds).toLongLong();
    return sql
        .scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT ? OFFSET ?)").arg(fromWhere),
                QVariantList(binds) << limit << offset)
        .toLongLong();
}

void forEachRow(const SqlSession &sql, const QString &select, const QVariantList &binds, qint64 limit,
                qint64 offset, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q = sql.prepare(select + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, QVariantList(binds) << limit << offset);
    sql.exec(q);
    while (q.next())
        row(q);
}

QList<QByteArray> firstColumnBytes(const SqlSession &sql, const QString &select, const QVariantList &binds,
                                   qint64 limit, qint64 offset)
{
    QList<QByteArray> out;
    forEachRow(sql, select, binds, limit, offset,
               [&out](const QSqlQuery &q) { out << q.value(0).toString().toUtf8(); });
    return out;
}

QByteArray rawOfRow(const SqlSession &sql, const QString &table, qint64 rowId)
{
    return sql.scalar(QStringLiteral("SELECT raw FROM %1 WHERE id = ?").arg(table), {rowId})
        .toString()
        .toUtf8();
}

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace ab::views
