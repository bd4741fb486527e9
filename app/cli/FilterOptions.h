#pragma once
// The audit-log filter options (--framework, --action, --entity-type, --category, --start, --end, --user,
// --text and, for listings, --limit/--offset), shared by every command that selects gateway records (query,
// sample) so they read the same options the same way.
#include "CliCommon.h"

#include "core/views/OcsfQueries.h"
#include "core/views/RuntimeQueries.h"
#include "core/views/ViewFilters.h"
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

// The other record views (issue 13): --ocsf (imported OCSF events: --class, --activity,
// --framework-reference, and the shared --action, --entity-type, --user, --start, --end) and --runtime (agent
// runtime entries: --agent, --action-type, --connector, --decision, and --start, --end). Add them after
// addFilterOptions(parser, FilterWindow::With).
void addRecordViewOptions(QCommandLineParser &parser);
// Which view the options ask for; --ocsf with --runtime prints one line and returns nothing.
std::optional<views::RecordKind> recordKindFromOptions(const QCommandLineParser &parser,
                                                       const QString &command, int &exitCode);
// The filters the options give for that view; an option that does not apply to it (e.g. --framework with
// --ocsf) or a bad value prints one line naming `command` and the option and returns nothing.
std::optional<views::OcsfFilter> ocsfFilterFromOptions(const QCommandLineParser &parser,
                                                       const QString &command, int &exitCode);
std::optional<views::RuntimeFilter> runtimeFilterFromOptions(const QCommandLineParser &parser,
                                                             const QString &command, int &exitCode);

} // namespace ab::cli
