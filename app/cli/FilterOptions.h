#pragma once
// The audit-log filter options (--framework, --action, --entity-type, --category, --start, --end, --user,
// --text and, for listings, --limit/--offset), shared by every command that selects gateway records (query,
// sample) so they read the same options the same way.
#include "CliCommon.h"

#include "core/workspace/WorkspaceTypes.h"

#include <optional>

namespace ab::cli {

enum class FilterWindow
{
    Without, // the whole selection (sample: a population has no window)
    With     // --limit and --offset too (query)
};

void addFilterOptions(QCommandLineParser &parser, FilterWindow window);

// The filter the options give; on a bad value prints one line naming `command` and the option, sets
// `exitCode` to Exit::Unusable and returns nothing.
std::optional<AuditFilter> filterFromOptions(const QCommandLineParser &parser, const QString &command,
                                             FilterWindow window, int &exitCode);

} // namespace ab::cli
