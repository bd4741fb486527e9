#pragma once
// Helpers shared by the workspace commands (import, query, sources, runs, log, verify --workspace).
#include "CliCommon.h"

#include "workspace/WorkspaceStore.h"

#include <memory>

namespace ab::cli {

inline void addWorkspaceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("workspace"), CliTr::tr("The workspace file (*.auditbench)."), CliTr::tr("W")});
}

// Opens --workspace (an existing one unless `create`); on failure prints the message and sets `exitCode`.
std::unique_ptr<WorkspaceStore> openWorkspace(const QCommandLineParser &parser, const QString &command, bool create,
                                              int &exitCode);

} // namespace ab::cli
