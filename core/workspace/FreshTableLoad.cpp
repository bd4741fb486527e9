#include "core/workspace/FreshTableLoad.h"

#include <QSqlQuery>

namespace ab {

namespace {

// How the indexes are built (measured at 200k records, docs/performance-workspace.md): SQLite's sorter
// sorts runs the size of the page cache and merges them. Runs of about 2 MiB sort within the CPU caches
// and, kept in memory (temp_store) instead of temporary files, build the eleven indexes in two thirds of
// the time a 256 MiB cache (one run, sorted in memory) took; a second thread sorts runs while the table is
// read. The workspace's usual settings come back afterwards.
const QStringList BuildSettings = {QStringLiteral("PRAGMA cache_size = -2048"),
                                   QStringLiteral("PRAGMA temp_store = MEMORY"),
                                   QStringLiteral("PRAGMA threads = 1")};
const QStringList UsualSettings = {QStringLiteral("PRAGMA cache_size = -65536"),
                                   QStringLiteral("PRAGMA temp_store = DEFAULT"),
                                   QStringLiteral("PRAGMA threads = 0")};

} // namespace

FreshTableLoad::FreshTableLoad(const SqlSession &sql, const QString &table) : m_sql(sql)
{
    QStringList names;
    QSqlQuery q = m_sql.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                               " AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    q.bindValue(0, table);
    m_sql.exec(q);
    while (m_sql.next(q)) {
        names << q.value(0).toString();
        m_createIndexes << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names))
        m_sql.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)); // names from the schema, not from input
}

void FreshTableLoad::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const auto apply = [&](const QStringList &pragmas) {
        for (const QString &pragma : pragmas)
            m_sql.exec(pragma);
    };
    apply(BuildSettings);
    try {
        for (const QString &create : std::as_const(m_createIndexes))
            m_sql.exec(create);
    } catch (...) {
        apply(UsualSettings);
        throw;
    }
    apply(UsualSettings);
}

} // namespace ab
