// WorkspaceStore::saveCopy: "Save a copy…" through SQLite's online backup API (sqlite3_backup_*).
//
// The backup runs on the connection Qt Sql already holds (QSqlDriver::handle()), so the copy is consistent
// while this store and other programs go on. The C functions are taken from the SQLite library the Qt
// plugin has loaded (dlopen with RTLD_NOLOAD): the handle must be used with the library that made it, and
// a Qt built with its own SQLite inside the plugin would not export them; there, VACUUM INTO (also one
// consistent file) is used instead.
#include "core/workspace/SqlSession.h"
#include "core/workspace/SqliteApi.h"
#include "core/workspace/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <dlfcn.h>

#include <type_traits>

struct sqlite3;
struct sqlite3_backup;

namespace ab {

namespace {

constexpr int SqliteOk = 0, SqliteBusy = 5, SqliteLocked = 6, SqliteDone = 101;
constexpr int OpenReadWrite = 0x2, OpenCreate = 0x4;
constexpr int PagesPerStep = 1024;

struct SqliteBackupApi
{
    int (*openV2)(const char *, sqlite3 **, int, const char *) = nullptr;
    int (*close)(sqlite3 *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    sqlite3_backup *(*init)(sqlite3 *, const char *, sqlite3 *, const char *) = nullptr;
    int (*step)(sqlite3_backup *, int) = nullptr;
    int (*finish)(sqlite3_backup *) = nullptr;
    int (*remaining)(sqlite3_backup *) = nullptr;
    int (*pagecount)(sqlite3_backup *) = nullptr;

    static const SqliteBackupApi *loaded()
    {
        static const SqliteBackupApi api = [] {
            SqliteBackupApi a;
            void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
            if (!lib)
                return a;
            const auto get = [&](auto &fn, const char *name) {
                fn = reinterpret_cast<std::decay_t<decltype(fn)>>(dlsym(lib, name));
            };
            get(a.openV2, "sqlite3_open_v2");
            get(a.close, "sqlite3_close");
            get(a.errmsg, "sqlite3_errmsg");
            get(a.init, "sqlite3_backup_init");
            get(a.step, "sqlite3_backup_step");
            get(a.finish, "sqlite3_backup_finish");
            get(a.remaining, "sqlite3_backup_remaining");
            get(a.pagecount, "sqlite3_backup_pagecount");
            return a;
        }();
        const bool complete = api.openV2 && api.close && api.errmsg && api.init && api.step && api.finish &&
                              api.remaining && api.pagecount;
        return complete ? &api : nullptr;
    }
};

QString copyFailed(const QString &source, const QString &target, const QString &why)
{
    return WorkspaceTr::tr("%1: could not save a copy as %2: %3").arg(source, target, why);
}

void backup(const SqliteBackupApi &api, sqlite3 *source, const QString &sourcePath, const QString &part,
            const QString &target, Progress *progress)
{
    sqlite3 *dest = nullptr;
    const QByteArray name = QFile::encodeName(part);
    if (api.openV2(name.constData(), &dest, OpenReadWrite | OpenCreate, nullptr) != SqliteOk) {
        const QString why = dest ? QString::fromUtf8(api.errmsg(dest)) : QStringLiteral("out of memory");
        api.close(dest);
        throw WorkspaceError(copyFailed(sourcePath, target, why));
    }
    sqlite3_backup *b = api.init(dest, "main", source, "main");
    if (!b) {
        const QString why = QString::fromUtf8(api.errmsg(dest));
        api.close(dest);
        throw WorkspaceError(copyFailed(sourcePath, target, why));
    }
    int rc = SqliteOk;
    bool cancelled = false, begun = false;
    while (rc == SqliteOk || rc == SqliteBusy || rc == SqliteLocked) {
        rc = api.step(b, PagesPerStep);
        if (progress) {
            if (!begun) // the page count is known after the first step
                progress->beginStage(WorkspaceTr::tr("Saving a copy as %1").arg(QFileInfo(target).fileName()),
                                     api.pagecount(b));
            begun = true;
            progress->report(api.pagecount(b) - api.remaining(b));
            if (progress->isCancelled()) {
                cancelled = true;
                break;
            }
        }
    }
    const int finished = api.finish(b); // the step's error, if any, is returned again here
    const QString why = QString::fromUtf8(api.errmsg(dest));
    const int closed = api.close(dest);
    if (cancelled)
        throw CancelledError();
    if (rc != SqliteDone || finished != SqliteOk || closed != SqliteOk)
        throw WorkspaceError(copyFailed(sourcePath, target, why));
}

} // namespace

void WorkspaceStore::saveCopy(const QString &target, Progress *progress) const
{
    const SqlSession &sql = sqlSession();
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw WorkspaceError(copyFailed(m_path, target, WorkspaceTr::tr("that is the workspace itself")));
    // Written beside the target, renamed when complete: a failed or cancelled copy leaves nothing behind.
    const QString part = target + QStringLiteral(".part");
    const auto removePart = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(part + QLatin1String(suffix));
    };
    removePart();
    try {
        const SqliteBackupApi *api = SqliteBackupApi::loaded();
        sqlite3 *handle = SqliteApi::connection(sql);
        if (api && handle) {
            backup(*api, handle, m_path, part, target, progress);
        } else {
            QSqlQuery q = sql.prepare(QStringLiteral("VACUUM INTO ?"));
            q.bindValue(0, part);
            sql.exec(q);
        }
    } catch (...) {
        removePart();
        throw;
    }
    if (targetInfo.exists() && !QFile::remove(target)) {
        removePart();
        throw WorkspaceError(
            copyFailed(m_path, target, WorkspaceTr::tr("the existing file cannot be replaced")));
    }
    if (!QFile::rename(part, target)) {
        removePart();
        throw WorkspaceError(copyFailed(m_path, target, WorkspaceTr::tr("cannot rename %1").arg(part)));
    }
}

} // namespace ab
