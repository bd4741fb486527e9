#pragma once
// A bulk load into an empty table inside the import's transaction: the table's indexes are dropped first
// and created again by finish() from their own stored definitions (sqlite_master), so SQLite builds each by
// sorting once instead of updating it row by row. Both happen in the one transaction: a failed or killed
// import rolls back to the indexes as they were, and the schema a committed import leaves is unchanged.

#include "core/workspace/SqlSession.h"

#include <QStringList>

namespace ab {

class FreshTableLoad
{
public:
    FreshTableLoad(const SqlSession &sql, const QString &table);
    // Creates the indexes again (throws WorkspaceError).
    void finish();

private:
    const SqlSession &m_sql;
    QStringList m_createIndexes;
    bool m_finished = false;
};

} // namespace ab
