// auditbench-cli sample: a seeded sample of the records the query filters select, stored in the workspace.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/analytics/SampleStore.h"

namespace ab::cli {

static int runSample(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addFilterOptions(parser, FilterWindow::Without);
    parser.addOption({QStringLiteral("size"), CliTr::tr("How many records to draw."), CliTr::tr("N")});
    parser.addOption({QStringLiteral("seed"),
                      CliTr::tr("The seed: a whole number from 0 to 9007199254740991 (2^53 - 1)."),
                      CliTr::tr("S")});
    parser.addOption({QStringLiteral("name"), CliTr::tr("A name for the sample (default: sample ID)."),
                      CliTr::tr("NAME")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("sample"),
            CliTr::tr("Draws N distinct records uniformly from exactly the records the filters select (the "
                      "population, in the order 'query' lists it: by time, then import order), stores the "
                      "sample immutably with its population, seed "
                      "and algorithm, logs it, and prints it (JSON). The generator is SplitMix64 with an "
                      "unbiased rejection draw and a partial Fisher-Yates shuffle, so the same population "
                      "and seed give the same records on any machine, and a larger N with the same seed "
                      "starts with the records of a smaller one."),
            args, exitCode))
        return exitCode;
    const std::optional<AuditFilter> filter =
        filterFromOptions(parser, QStringLiteral("sample"), FilterWindow::Without, exitCode);
    if (!filter)
        return exitCode;
    bool ok = false;
    const qint64 size = parser.value(QStringLiteral("size")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("size")) || !ok || size < 1)
        return fail(CliTr::tr("auditbench-cli sample: --size '%1': expected a whole number of 1 or more")
                        .arg(parser.value(QStringLiteral("size"))));
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!parser.isSet(QStringLiteral("seed")) || !ok || seed > analytics::MaxSeed)
        return fail(CliTr::tr("auditbench-cli sample: --seed '%1': expected a whole number from 0 to "
                              "9007199254740991")
                        .arg(parser.value(QStringLiteral("seed"))));

    auto store = openWorkspace(parser, QStringLiteral("sample"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        const analytics::Sample sample =
            analytics::drawSample(*store, *filter, size, seed, parser.value(QStringLiteral("name")));
        writeOut(sample.toJson() + '\n');
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("sample"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "sample",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Draw a seeded, reproducible sample of the records the filters select and store it"),
    ab::cli::runSample);
}
