#include "core/workspace/FreshTableLoad.h"

#include <QSqlQuery>

namespace ab {

namespace {

// The sorter that builds an index spills to temporary files beyond the page cache: a larger cache for the
// build keeps a 1M-record index sort in memory. Set back to the workspace's usual size afterwards.
const QString BuildCache = QStringLiteral("PRAGMA cache_size = -262144");
const QString UsualCache = QStringLiteral("PRAGMA cache_size = -65536");

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
    m_sql.exec(BuildCache);
    m_sql.exec(QStringLiteral("PRAGMA threads = 1")); // the sorter may merge on a second core
    try {
        for (const QString &create : std::as_const(m_createIndexes))
            m_sql.exec(create);
    } catch (...) {
        m_sql.exec(UsualCache);
        throw;
    }
    m_sql.exec(UsualCache);
    m_sql.exec(QStringLiteral("PRAGMA threads = 0"));
}

} // namespace ab
