// auditbench-cli gaps: sequence gaps, time gaps and conflicting duplicates in a workspace's gateway records.
#include "WorkspaceCli.h"

#include "core/analytics/GapFinder.h"

namespace ab::cli {

static int runGaps(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("max-gap"),
                      CliTr::tr("A time gap is a silence longer than this many hours (default 24)."),
                      CliTr::tr("HOURS"), QStringLiteral("24")});
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("gaps"),
                        CliTr::tr("Prints the completeness findings of a workspace's gateway records (JSON): "
                                  "sequence numbers missing within each source and across all sources, "
                                  "silences between consecutive records longer than --max-gap hours, and "
                                  "records sharing an id with different content. At most %1 gaps are "
                                  "listed; gap_count counts them all.")
                            .arg(analytics::MaxListedGaps),
                        args, exitCode))
        return exitCode;
    bool ok = false;
    const qint64 hours = parser.value(QStringLiteral("max-gap")).toLongLong(&ok);
    if (!ok || hours < 1 || hours > 1000000)
        return fail(
            CliTr::tr("auditbench-cli gaps: --max-gap '%1': expected a whole number of hours from 1 to "
                      "1000000")
                .arg(parser.value(QStringLiteral("max-gap"))));
    auto store = openWorkspace(parser, QStringLiteral("gaps"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        writeOut(analytics::findGaps(*store, hours).toJson() + '\n');
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("gaps"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "gaps",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Find sequence gaps, time gaps and conflicting duplicate records in a workspace"),
    ab::cli::runGaps);
}
