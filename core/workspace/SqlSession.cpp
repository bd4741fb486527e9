#include "core/workspace/SqlSession.h"

#include <QDateTime>
#include <QSqlError>
#include <QStringList>

namespace ab {

void SqlSession::fail(const QSqlError &e, const QString &what) const
{
    throw WorkspaceError(WorkspaceTr::tr("%1: %2: %3").arg(m_path, what, e.text()));
}

QSqlQuery SqlSession::prepare(const QString &sql) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q.lastError(), sql);
    return q;
}

void SqlSession::exec(QSqlQuery &q) const
{
    if (!q.exec())
        fail(q.lastError(), q.lastQuery());
}

void SqlSession::exec(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        fail(q.lastError(), sql);
}

QVariant SqlSession::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    exec(q);
    return q.next() ? q.value(0) : QVariant();
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
