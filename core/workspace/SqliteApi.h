#pragma once
// The few SQLite C functions the bulk import binds rows with, taken from the SQLite library the Qt plugin
// has loaded (dlopen with RTLD_NOLOAD, as WorkspaceCopy does for the backup API): a connection handle
// (QSqlDriver::handle()) must be used with the library that made it. A Qt built with its own SQLite inside
// the plugin exports none of them: then loaded() is null and callers fall back to Qt Sql's binding.

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_context;
struct sqlite3_value;

namespace ab {

class SqlSession;

struct SqliteApi
{
    static constexpr int Ok = 0, Corrupt = 11, Row = 100, Done = 101;
    static constexpr int Utf8 = 1, Deterministic = 0x800, NullType = 5;

    int (*prepareV2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr;
    int (*bindInt64)(sqlite3_stmt *, int, int64_t) = nullptr;
    int (*bindText)(sqlite3_stmt *, int, const char *, int, void (*)(void *)) = nullptr;
    int (*bindNull)(sqlite3_stmt *, int) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*reset)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    int (*extendedErrcode)(sqlite3 *) = nullptr;
    // Reading blobs and defining application functions (ab_raw, core/workspace/RawSpan.h).
    const void *(*columnBlob)(sqlite3_stmt *, int) = nullptr;
    int (*columnBytes)(sqlite3_stmt *, int) = nullptr;
    const unsigned char *(*columnText)(sqlite3_stmt *, int) = nullptr;
    int (*createFunctionV2)(sqlite3 *, const char *, int, int, void *,
                            void (*)(sqlite3_context *, int, sqlite3_value **),
                            void (*)(sqlite3_context *, int, sqlite3_value **), void (*)(sqlite3_context *),
                            void (*)(void *)) = nullptr;
    void *(*userData)(sqlite3_context *) = nullptr;
    sqlite3 *(*contextDbHandle)(sqlite3_context *) = nullptr;
    int64_t (*valueInt64)(sqlite3_value *) = nullptr;
    int (*valueType)(sqlite3_value *) = nullptr;
    void (*resultText)(sqlite3_context *, const char *, int, void (*)(void *)) = nullptr;
    void (*resultNull)(sqlite3_context *) = nullptr;
    void (*resultError)(sqlite3_context *, const char *, int) = nullptr;
    void (*resultErrorCode)(sqlite3_context *, int) = nullptr;
    void *(*rollbackHook)(sqlite3 *, void (*)(void *), void *) = nullptr;

    // Null when the functions are not available (see above).
    static const SqliteApi *loaded();
    // The sqlite3* behind a session's Qt connection, or null (the one helper for every user of the handle).
    static sqlite3 *connection(const SqlSession &sql);
};

} // namespace ab
