// auditbench-cli demo-data: deterministic synthetic evidence for demos, tests and benchmarks.
#include "CliCommon.h"

#include "demo/DemoDataGenerator.h"

#include <QDir>

#include <cstdio>

namespace ab::cli {

static int runDemoData(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), CliTr::tr("Directory to write the evidence into."), CliTr::tr("DIR")});
    parser.addOption({QStringLiteral("records"),
                      CliTr::tr("Number of gateway audit records (default 100000)."), CliTr::tr("N")});
    parser.addOption({QStringLiteral("seed"), CliTr::tr("Random seed (default 1)."), CliTr::tr("S")});
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("demo-data"),
                        CliTr::tr("Writes deterministic synthetic evidence."), args, exitCode))
        return exitCode;

    DemoDataOptions options;
    options.outDir = parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return fail(CliTr::tr("auditbench-cli demo-data: --out DIR is required"));
    if (parser.isSet(QStringLiteral("records"))) {
        bool ok = false;
        options.records = parser.value(QStringLiteral("records")).toLongLong(&ok);
        if (!ok || options.records < DemoDataGenerator::MinimumRecords)
            return fail(
                CliTr::tr("auditbench-cli demo-data: --records '%1': expected a whole number of at least %2")
                    .arg(parser.value(QStringLiteral("records")))
                    .arg(DemoDataGenerator::MinimumRecords));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(
                CliTr::tr("auditbench-cli demo-data: --seed '%1': expected a whole number of 0 or more")
                    .arg(parser.value(QStringLiteral("seed"))));
    }
    try {
        const DemoDataSummary s = DemoDataGenerator::generate(options, nullptr);
        // A short summary on stderr keeps stdout free for scripts.
        const QString text = CliTr::tr("Wrote %1 gateway records (%2 in the tampered copy), %3 agent runtime "
                                       "audit entries, %4 OCSF events "
                                       "and %5 compliance bundles to %6")
                                 .arg(s.gatewayRecords)
                                 .arg(s.tamperedRecords)
                                 .arg(s.runtimeEntries)
                                 .arg(s.ocsfEvents)
                                 .arg(s.bundles)
                                 .arg(QDir::toNativeSeparators(options.outDir));
        std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    } catch (const DemoDataError &e) { // its texts name the option or file, not the command
        return fail(CliTr::tr("auditbench-cli demo-data: %1").arg(e.message()));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("demo-data"), e);
    }
    return Ok;
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "demo-data",
    QT_TRANSLATE_NOOP("auditbench_cli", "Write deterministic synthetic evidence for demos and benchmarks"),
    ab::cli::runDemoData);
}
