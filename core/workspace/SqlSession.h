#pragma once
// One workspace's SQLite connection as the workspace classes use it: prepared statements that throw
// WorkspaceError naming the workspace, transactions that roll back on any exception, and a prepared INSERT
// reused for every row of a bulk import.

#include "core/workspace/AuditorIdentity.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <type_traits>

class QSqlError;

namespace ab {

// Messages for the user (errors, progress) keep the context they always had in the catalogue.
struct WorkspaceTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkspaceStore)
};

// The one-line message for a failed SQLite call on the workspace at `path`.
QString sqlErrorMessage(const QString &path, const QSqlError &e);

class SqlSession
{
public:
    SqlSession(const QString &connection, const QString &path) : m_connection(connection), m_path(path) {}

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    const QString &path() const { return m_path; }

    // Throws WorkspaceError naming the workspace and saying in the user's words what went wrong (a damaged
    // file, a full disk, read-only media, another program holding it); never the SQL text.
    [[noreturn]] void fail(const QSqlError &e) const;
    QSqlQuery prepare(const QString &sql) const;
    void exec(QSqlQuery &q) const;
    // The next row of an executed query. QSqlQuery::next() returns false both at the end and when a row
    // cannot be read (a damaged page): the second throws here, so a damaged workspace is never read as one
    // with fewer rows. Every loop over a query's rows goes through this.
    bool next(QSqlQuery &q) const;
    void exec(const QString &sql) const;
    // The first column of the first row (invalid QVariant when there is none); `binds` in order.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    qint64 lastInsertRowId() const;

    // Runs `work` inside BEGIN IMMEDIATE .. COMMIT; any exception rolls back and propagates.
    template <typename Work> auto transaction(Work &&work) const
    {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                exec(QStringLiteral("COMMIT"));
            } else {
                auto result = work();
                exec(QStringLiteral("COMMIT"));
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

private:
    void rollback() const;

    QString m_connection;
    QString m_path;
};

// "INSERT INTO table (columns) VALUES (?, ...)" prepared once (on first use), bound in column order per row.
class PreparedInsert
{
public:
    PreparedInsert(const SqlSession &sql, const char *table, std::initializer_list<const char *> columns);
    void insert(std::initializer_list<QVariant> values);

private:
    const SqlSession &m_sql;
    QString m_text;
    std::optional<QSqlQuery> m_query;
};

namespace sqlvalue {
// Stored timestamps: RFC 3339 UTC with milliseconds.
QString nowUtc();
// Who is recorded in the user columns; never NULL, never translated (it is evidence).
QString userText(const AuditorIdentity &identity);
QString text(std::string_view s);
// NULL for a member that was absent (or not a string), the text otherwise.
QVariant textOrNull(std::string_view s);
QVariant intOrNull(const std::optional<int64_t> &v);
// Qt binds a null QString as NULL: NOT NULL text columns get "" instead.
QVariant notNull(const QString &s);
} // namespace sqlvalue

} // namespace ab
