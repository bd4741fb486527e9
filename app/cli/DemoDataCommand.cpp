// auditbench-cli demo-data: deterministic synthetic evidence (placeholder until the generator lands).
#include "CliCommon.h"

namespace ab::cli {

static int runDemoData(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), CliTr::tr("Directory to write the evidence into."), CliTr::tr("DIR")});
    parser.addOption({QStringLiteral("records"), CliTr::tr("Number of gateway audit records (default 100000)."), CliTr::tr("N")});
    parser.addOption({QStringLiteral("seed"), CliTr::tr("Random seed (default 1)."), CliTr::tr("S")});
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("demo-data"), CliTr::tr("Writes deterministic synthetic evidence."), args, exitCode))
        return exitCode;
    return fail(CliTr::tr("auditbench-cli demo-data: not implemented yet"));
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "demo-data", QT_TRANSLATE_NOOP("auditbench_cli", "Write deterministic synthetic evidence for demos and benchmarks"),
    ab::cli::runDemoData);
}
