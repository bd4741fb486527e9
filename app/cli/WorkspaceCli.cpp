#include "WorkspaceCli.h"

#include "core/json/JsonWriter.h"

#include <QFile>
#include <QFileInfo>

namespace ab::cli {

std::unique_ptr<WorkspaceStore> openWorkspace(const QCommandLineParser &parser, const QString &command,
                                              bool create, int &exitCode)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        exitCode = fail(CliTr::tr("auditbench-cli %1: expected --workspace W (see --help)").arg(command));
        return nullptr;
    }
    try {
        return WorkspaceStore::open(path, parser.isSet(QStringLiteral("read-only"))
                                              ? WorkspaceStore::OpenMode::ReadOnly
                                          : create ? WorkspaceStore::OpenMode::CreateIfMissing
                                                   : WorkspaceStore::OpenMode::ExistingOnly);
    } catch (const std::exception &e) {
        exitCode = fail(command, e);
        return nullptr;
    }
}

NewWorkspaceGuard::NewWorkspaceGuard(const QString &path)
    : m_path(path), m_remove(!path.isEmpty() && !QFileInfo::exists(path))
{
}

NewWorkspaceGuard::~NewWorkspaceGuard()
{
    if (!m_remove)
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
}

int runWorkspaceListing(
    const QStringList &args, const QString &command, const QString &description,
    const std::function<void(QCommandLineParser &)> &addOptions,
    const std::function<int(const QCommandLineParser &, WorkspaceStore &, JsonWriter &)> &write)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    if (addOptions)
        addOptions(parser);
    int exitCode = 0;
    if (!parseArguments(parser, command, description, args, exitCode))
        return exitCode;
    auto store = openWorkspace(parser, command, false, exitCode);
    if (!store)
        return exitCode;
    try {
        JsonWriter w;
        exitCode = write(parser, *store, w);
        writeOut(w.toByteArray() + '\n');
        return exitCode;
    } catch (const std::exception &e) {
        return fail(command, e);
    }
}

} // namespace ab::cli
