#include "core/workspace/SqliteApi.h"

#include "core/workspace/SqlSession.h"

#include <QSqlDriver>

#include <dlfcn.h>

#include <type_traits>

namespace ab {

const SqliteApi *SqliteApi::loaded()
{
    static const SqliteApi api = [] {
        SqliteApi a;
        void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!lib)
            return a;
        const auto get = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::decay_t<decltype(fn)>>(dlsym(lib, name));
        };
        get(a.prepareV2, "sqlite3_prepare_v2");
        get(a.bindInt64, "sqlite3_bind_int64");
        get(a.bindText, "sqlite3_bind_text");
        get(a.bindNull, "sqlite3_bind_null");
        get(a.step, "sqlite3_step");
        get(a.reset, "sqlite3_reset");
        get(a.finalize, "sqlite3_finalize");
        get(a.errmsg, "sqlite3_errmsg");
        get(a.extendedErrcode, "sqlite3_extended_errcode");
        get(a.columnBlob, "sqlite3_column_blob");
        get(a.columnBytes, "sqlite3_column_bytes");
        get(a.columnText, "sqlite3_column_text");
        get(a.createFunctionV2, "sqlite3_create_function_v2");
        get(a.userData, "sqlite3_user_data");
        get(a.contextDbHandle, "sqlite3_context_db_handle");
        get(a.valueInt64, "sqlite3_value_int64");
        get(a.valueType, "sqlite3_value_type");
        get(a.resultText, "sqlite3_result_text");
        get(a.resultNull, "sqlite3_result_null");
        get(a.resultError, "sqlite3_result_error");
        get(a.resultErrorCode, "sqlite3_result_error_code");
        get(a.rollbackHook, "sqlite3_rollback_hook");
        return a;
    }();
    const bool complete = api.prepareV2 && api.bindInt64 && api.bindText && api.bindNull && api.step &&
                          api.reset && api.finalize && api.errmsg && api.extendedErrcode && api.columnBlob &&
                          api.columnBytes && api.columnText && api.createFunctionV2 && api.userData &&
                          api.contextDbHandle && api.valueInt64 && api.valueType && api.resultText &&
                          api.resultNull && api.resultError && api.resultErrorCode && api.rollbackHook;
    return complete ? &api : nullptr;
}

sqlite3 *SqliteApi::connection(const SqlSession &sql)
{
    const QVariant handle = sql.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace ab
