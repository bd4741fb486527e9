#include "core/workspace/ImportJournal.h"

#include <QSqlQuery>
#include <QtGlobal>

namespace ab {

namespace {

// The mapping SQLite may read the file through during the import (it grows the mapping as the file grows,
// up to this); the workspace's usual connections read through read() as before.
const QString ImportMmap = QStringLiteral("PRAGMA mmap_size = 4294967296");
const QString UsualMmap = QStringLiteral("PRAGMA mmap_size = 0");

// Runs a PRAGMA that answers one value and returns it, or an empty string when SQLite refused (busy, a
// transaction open): for the attempts here a refusal is an answer, not an error.
QString tryPragma(const SqlSession &sql, const QString &pragma)
{
    QSqlQuery q(sql.db());
    if (!q.exec(pragma))
        return {};
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

ImportJournal::ImportJournal(const SqlSession &sql) : m_sql(sql)
{
    if (journalMode(sql) != QStringLiteral("wal"))
        return; // a read-only workspace (or one in a mode we did not choose): leave it as it is
    // Only for a fresh load: appending to stored records changes existing index pages, which a rollback
    // journal would copy as well, and the row-by-row path gains nothing from it.
    if (!sql.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM gateway_records)")).toBool())
        return;
    const QString busy = tryPragma(sql, QStringLiteral("PRAGMA busy_timeout"));
    tryPragma(sql, QStringLiteral("PRAGMA busy_timeout = 0"));
    // Leaving WAL checkpoints the -wal and needs the exclusive lock: refused at once (SQLITE_BUSY) while any
    // other connection has the workspace open; then the answer is still "wal".
    m_rollback = tryPragma(sql, QStringLiteral("PRAGMA journal_mode = DELETE")) == QStringLiteral("delete");
    tryPragma(
        sql, QStringLiteral("PRAGMA busy_timeout = %1").arg(busy.isEmpty() ? QStringLiteral("10000") : busy));
    if (m_rollback)
        tryPragma(sql, ImportMmap);
}

ImportJournal::~ImportJournal()
{
    if (!m_rollback)
        return;
    tryPragma(m_sql, UsualMmap);
    // Back to WAL once the import's transaction is over (committed or rolled back). Refused only if another
    // connection holds the file now (it waited the busy timeout): then the next open switches it back.
    if (tryPragma(m_sql, QStringLiteral("PRAGMA journal_mode = WAL")) != QStringLiteral("wal"))
        qWarning("%s: could not switch the workspace back to WAL after the import; the next open will",
                 qPrintable(m_sql.path()));
}

QString ImportJournal::journalMode(const SqlSession &sql)
{
    return tryPragma(sql, QStringLiteral("PRAGMA journal_mode")).toLower();
}

} // namespace ab
