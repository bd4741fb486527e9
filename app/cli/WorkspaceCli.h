#pragma once
// Helpers shared by the workspace commands (import, query, sources, runs, log, verify --workspace).
#include "CliCommon.h"

#include "core/json/JsonWriter.h"
#include "core/workspace/WorkspaceStore.h"

#include <functional>
#include <memory>

namespace ab::cli {

inline void addWorkspaceOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("workspace"), CliTr::tr("The workspace file (*.auditbench)."), CliTr::tr("W")});
    parser.addOption({QStringLiteral("read-only"),
                      CliTr::tr("Open the workspace read-only (chosen by itself on read-only media): "
                                "anything that would write to it fails.")});
}

// Opens --workspace (an existing one unless `create`); on failure prints the message and sets `exitCode`.
std::unique_ptr<WorkspaceStore> openWorkspace(const QCommandLineParser &parser, const QString &command,
                                              bool create, int &exitCode);

// A workspace file the command is about to create: unless keep() is called, the destructor removes it with
// its SQLite side files (-wal, -shm, -journal), so a failed first import leaves nothing behind. Declare it
// before the store so the store is closed first. Does nothing when the file existed already.
class NewWorkspaceGuard
{
public:
    explicit NewWorkspaceGuard(const QString &path);
    ~NewWorkspaceGuard();
    NewWorkspaceGuard(const NewWorkspaceGuard &) = delete;
    NewWorkspaceGuard &operator=(const NewWorkspaceGuard &) = delete;
    void keep() { m_remove = false; }

private:
    QString m_path;
    bool m_remove = false;
};

// The shape every listing command shares (sources, runs, packages, log): parse the arguments, open the
// existing workspace, let `write` put one JSON document into the writer, print it on stdout. `write` returns
// the exit status; an error becomes its one line on stderr (commandError) and exit 2. `addOptions` adds the
// command's own options beside --workspace.
int runWorkspaceListing(
    const QStringList &args, const QString &command, const QString &description,
    const std::function<void(QCommandLineParser &)> &addOptions,
    const std::function<int(const QCommandLineParser &, WorkspaceStore &, JsonWriter &)> &write);

} // namespace ab::cli
