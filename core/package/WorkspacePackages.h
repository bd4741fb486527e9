#pragma once

#include "core/common/Progress.h"
#include "core/package/PackageGenerator.h"

namespace ab {

class WorkspaceStore;

// Generates an agent's package from the newest agent runtime export in a workspace that lists the agent,
// citing the workspace's latest verification run of that export's chain in the Monitoring answer, and
// stores it as an immutable version (the store logs compliance.generated). Used by the CLI and the GUI.
// Throws InputError, WorkspaceError, GraphvizError, CancelledError.
GeneratedPackage generatePackageInWorkspace(WorkspaceStore &store, const QString &agentId,
                                            PackageOptions options, Progress *progress = nullptr);

} // namespace ab
