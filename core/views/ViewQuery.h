#pragma once
// What the views over imported evidence share (bundles, OCSF events, runtime entries): a WHERE clause built
// from clauses whose values are always bound (never spliced into the SQL), and the one-row-a-value reads.

#include "core/common/Instant.h"
#include "core/workspace/SqlSession.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace ab::views {

class WhereBuilder
{
public:
    // `column IN (?, ...)` for a non-empty list; `nocase` compares ASCII case-insensitively.
    void anyOf(const QString &column, const QStringList &values, bool nocase = false);
    // `first OR second OR ...` for one list of (clause, bind) alternatives, e.g. id-or-name matches.
    void anyClause(const QStringList &clauses, const QVariantList &binds);
    // An inclusive period over an epoch-milliseconds column (rows without a time never fall inside one).
    void period(const QString &msColumn, const std::optional<Instant> &start,
                const std::optional<Instant> &end);
    void add(const QString &clause, const QVariantList &binds = {});

    QString sql() const; // "" or " WHERE ..."
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_clauses;
    QVariantList m_binds;
};

void bindAll(QSqlQuery &q, const QVariantList &binds);
// `SELECT COUNT(*)` of `fromWhere` ("FROM t x WHERE ..."), optionally windowed by limit/offset.
qint64 countRows(const SqlSession &sql, const QString &fromWhere, const QVariantList &binds, qint64 limit,
                 qint64 offset);
// Runs `select` (everything up to LIMIT: "SELECT ... FROM ... WHERE ... ORDER BY ...") with `binds`, windowed
// by limit (< 0: none) and offset, and hands every row to `row` in order.
void forEachRow(const SqlSession &sql, const QString &select, const QVariantList &binds, qint64 limit,
                qint64 offset, const std::function<void(const QSqlQuery &)> &row);
// The first column of every row of such a select as UTF-8 (a record's raw JSON exactly as imported).
QList<QByteArray> firstColumnBytes(const SqlSession &sql, const QString &select, const QVariantList &binds,
                                   qint64 limit, qint64 offset);
// The raw JSON of one row of `table` (a fixed table name, never input text) by rowid; empty when unknown.
QByteArray rawOfRow(const SqlSession &sql, const QString &table, qint64 rowId);
// A JSON value read by json_extract as text (numbers as their digits), empty when absent or null.
QString textOf(const QVariant &v);

} // namespace ab::views
