#include "core/workspace/FreshTableLoad.h"

#include <QSqlQuery>

namespace ab {

namespace {

// How the indexes are built (measured at 200k records, docs/performance-workspace.md, "Import, fifth
// pass"): SQLite's sorter sorts runs the size of the page cache and merges them. Runs of about 2 MiB sort
// within the CPU caches; written to temporary files that the sorter then reads through a mapping (it maps
// them up to mmap_size), the eleven indexes took 1.06 s against 2.0 s with the runs kept in memory
// (temp_store = MEMORY, where SQLite reads them back chunk by chunk and uses no helper thread) and 1.22 s
// unmapped. A helper thread (PRAGMA threads) made it slower on two cores that also compress the original.
// Each setting is read first and put back as it was afterwards, so these are the only values written here.
struct Setting
{
    QString name, value;
};
const QList<Setting> BuildSettings = {{QStringLiteral("cache_size"), QStringLiteral("-2048")},
                                      {QStringLiteral("temp_store"), QStringLiteral("FILE")},
                                      {QStringLiteral("threads"), QStringLiteral("0")},
                                      {QStringLiteral("mmap_size"), QStringLiteral("4294967296")}};

// Each of `settings` with the value the connection has now.
QList<Setting> currentValues(const SqlSession &sql, const QList<Setting> &settings)
{
    QList<Setting> now;
    for (const Setting &setting : settings)
        now.append({setting.name, sql.scalar(QStringLiteral("PRAGMA ") + setting.name).toString()});
    return now;
}

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
    const QList<Setting> usual = currentValues(m_sql, BuildSettings);
    const auto apply = [&](const QList<Setting> &settings) {
        for (const Setting &setting : settings) // names and values from this file or from SQLite itself
            m_sql.exec(QStringLiteral("PRAGMA %1 = %2").arg(setting.name, setting.value));
    };
    apply(BuildSettings);
    try {
        for (const QString &create : std::as_const(m_createIndexes))
            m_sql.exec(create);
    } catch (...) {
        apply(usual);
        throw;
    }
    apply(usual);
}

} // namespace ab
