#include "core/workspace/SqlSession.h"

#include <QDateTime>
#include <QSqlError>
#include <QStringList>

namespace ab {

QString sqlErrorMessage(const QString &path, const QSqlError &e)
{
    // SQLite's primary result code (the extended code's low byte); its own message (English, from SQLite)
    // follows in parentheses for the one who investigates.
    const int code = e.nativeErrorCode().toInt() & 0xff;
    const QString detail = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return WorkspaceTr::tr("%1: the workspace file is damaged and cannot be read (%2); "
                               "'auditbench-cli check' tells what is affected")
            .arg(path, detail);
    case 13: // SQLITE_FULL
        return WorkspaceTr::tr("%1: the disk is full: the workspace could not be written (%2)")
            .arg(path, detail);
    case 8: // SQLITE_READONLY
        return WorkspaceTr::tr("%1: the workspace is read-only: nothing can be written to it (%2)")
            .arg(path, detail);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return WorkspaceTr::tr("%1: the workspace is in use by another program (%2)").arg(path, detail);
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return WorkspaceTr::tr("%1: the workspace could not be read or written (%2)").arg(path, detail);
    case 19: // SQLITE_CONSTRAINT (the append-only triggers among others)
        return WorkspaceTr::tr("%1: the workspace refused the change (%2)").arg(path, detail);
    default:
        return WorkspaceTr::tr("%1: workspace error (%2)").arg(path, detail);
    }
}

void SqlSession::fail(const QSqlError &e) const
{
    throw WorkspaceError(sqlErrorMessage(m_path, e));
}

QSqlQuery SqlSession::prepare(const QString &sql) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q.lastError());
    return q;
}

void SqlSession::exec(QSqlQuery &q) const
{
    if (!q.exec())
        fail(q.lastError());
}

void SqlSession::exec(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        fail(q.lastError());
}

QVariant SqlSession::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    exec(q);
    return next(q) ? q.value(0) : QVariant();
}

bool SqlSession::next(QSqlQuery &q) const
{
    if (q.next())
        return true;
    if (q.lastError().isValid())
        fail(q.lastError());
    return false;
}

qint64 SqlSession::lastInsertRowId() const
{
    return scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
}

void SqlSession::rollback() const
{
    QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
}

PreparedInsert::PreparedInsert(const SqlSession &sql, const char *table,
                               std::initializer_list<const char *> columns)
    : m_sql(sql)
{
    QStringList names, marks;
    for (const char *column : columns) {
        names << QLatin1String(column);
        marks << QStringLiteral("?");
    }
    m_text =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(QLatin1String(table), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

void PreparedInsert::insert(std::initializer_list<QVariant> values)
{
    if (!m_query)
        m_query = m_sql.prepare(m_text);
    int i = 0;
    for (const QVariant &v : values)
        m_query->bindValue(i++, v);
    m_sql.exec(*m_query);
}

namespace sqlvalue {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString userText(const AuditorIdentity &identity)
{
    const QString display = identity.display();
    return display.isEmpty() ? QStringLiteral("(unknown user)") : display;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QVariant textOrNull(std::string_view s)
{
    return s.data() ? QVariant(text(s)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant intOrNull(const std::optional<int64_t> &v)
{
    return v ? QVariant(qint64(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace sqlvalue

} // namespace ab
