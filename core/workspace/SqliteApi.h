#pragma once
// The few SQLite C functions the bulk import binds rows with, taken from the SQLite library the Qt plugin
// has loaded (dlopen with RTLD_NOLOAD, as WorkspaceCopy does for the backup API): a connection handle
// (QSqlDriver::handle()) must be used with the library that made it. A Qt built with its own SQLite inside
// the plugin exports none of them: then loaded() is null and callers fall back to Qt Sql's binding.

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace ab {

class SqlSession;

struct SqliteApi
{
    static constexpr int Ok = 0, Row = 100, Done = 101;

    int (*prepareV2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr;
    int (*bindInt64)(sqlite3_stmt *, int, int64_t) = nullptr;
    int (*bindText)(sqlite3_stmt *, int, const char *, int, void (*)(void *)) = nullptr;
    int (*bindNull)(sqlite3_stmt *, int) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*reset)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    int (*extendedErrcode)(sqlite3 *) = nullptr;

    // Null when the functions are not available (see above).
    static const SqliteApi *loaded();
    // The sqlite3* behind a session's Qt connection, or null.
    static sqlite3 *connection(const SqlSession &sql);
};

} // namespace ab
