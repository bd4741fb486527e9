#include "WorkspaceCli.h"

namespace ab::cli {

std::unique_ptr<WorkspaceStore> openWorkspace(const QCommandLineParser &parser, const QString &command, bool create,
                                              int &exitCode)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        exitCode = fail(CliTr::tr("auditbench-cli %1: expected --workspace W (see --help)").arg(command));
        return nullptr;
    }
    try {
        return WorkspaceStore::open(path, create ? WorkspaceStore::OpenMode::CreateIfMissing
                                                 : WorkspaceStore::OpenMode::ExistingOnly);
    } catch (const WorkspaceError &e) {
        exitCode = fail(e.message());
        return nullptr;
    }
}

} // namespace ab::cli
