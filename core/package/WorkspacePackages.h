#pragma once

#include "core/common/Progress.h"
#include "core/package/PackageGenerator.h"

namespace ab {

class WorkspaceStore;

// Generates an agent's package from the newest agent runtime export in a workspace that lists the agent,
// citing in its Monitoring answer the newest stored run of the agent runtime chain that covers the agent's
// entries (the run read that export, and its period, if any, contains them): run id, result hash, verdict
// and coverage; with no such run the answer says so plainly. Stores it as an immutable version (the store
// logs compliance.generated). Used by the CLI and the GUI. Throws InputError, WorkspaceError, GraphvizError,
// CancelledError.
GeneratedPackage generatePackageInWorkspace(WorkspaceStore &store, const QString &agentId,
                                            PackageOptions options, Progress *progress = nullptr);

// The same package, generated but not stored: for callers that store several packages only once all of them
// were generated (the portfolio, whose Cancel must store nothing). Throws as above.
GeneratedPackage generatePackageFromWorkspace(const WorkspaceStore &store, const QString &agentId,
                                              PackageOptions options, Progress *progress = nullptr);

} // namespace ab
