#pragma once
// The workbench's gate before a verification from the workspace (issue 16), as `verify --workspace` has:
// the quick integrity check runs first on the worker's own connection, and a workspace with findings gets
// no verification and no verdict, only the banner saying why.

namespace ab {

class Progress;
class WorkspaceStore;

// Runs WorkspaceCheck's quick form; throws WorkspaceError (shown in the verdict banner and the issues dock)
// naming the number of findings and the first when the workspace is not what AuditBench stored.
void requireCheckedWorkspace(const WorkspaceStore &store, Progress *progress);

} // namespace ab
