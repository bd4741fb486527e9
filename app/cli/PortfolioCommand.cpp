// auditbench-cli portfolio: the organisation's SOC 2 evidence portfolio (issue 14, seed 000 "Evidence
// Bundles"): a package for every active agent, the agents left out, the inherited criteria and the matrix,
// written as portfolio.json, portfolio.pdf, OSCAL assessment results (+ plan) and the packages, and stored
// in the workspace as an immutable record (core/portfolio/PortfolioBuilder.h).
#include "WorkspaceCli.h"

#include "core/chain/Keyring.h"
#include "core/portfolio/PortfolioBuilder.h"

namespace ab::cli {

static int runPortfolio(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("out"), CliTr::tr("The folder to write the portfolio into (created)."),
                      CliTr::tr("DIR")});
    parser.addOption(
        {QStringLiteral("start"), CliTr::tr("Start of the period (RFC 3339), inclusive."), CliTr::tr("T")});
    parser.addOption(
        {QStringLiteral("end"), CliTr::tr("End of the period (RFC 3339), inclusive."), CliTr::tr("T")});
    parser.addOption({QStringLiteral("keyring"),
                      CliTr::tr("Verify the agent runtime chain with this keyring first; every package cites "
                                "the stored run."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("include-inactive"),
                      CliTr::tr("Also generate packages for agents that are not active.")});
    parser.addOption(
        {QStringLiteral("inherited"),
         CliTr::tr("An inherited-controls file extending or overriding the shipped one (e.g. with "
                   "the provider's report period)."),
         CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("registry"),
                      CliTr::tr("A sub-processor registry file extending or overriding the shipped one."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("branding"), CliTr::tr("A branding JSON file for portfolio.pdf."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("generated-by"),
                      CliTr::tr("Identity recorded as generated_by (default: the auditor identity)."),
                      CliTr::tr("WHO")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("portfolio"),
            CliTr::tr("Builds the SOC 2 evidence portfolio of a workspace: verifies the agent runtime chain "
                      "first when --keyring is given, generates a compliance package for every active agent "
                      "(every agent with --include-inactive), lists the agents left out with their status, "
                      "and writes DIR/portfolio.json, DIR/portfolio.pdf, DIR/oscal-assessment-results.json "
                      "(OSCAL 1.1.2) with DIR/oscal-assessment-plan.json, and DIR/packages/. The portfolio "
                      "and its packages are stored in the workspace as immutable records and logged. Prints "
                      "the portfolio id and its content_sha256."),
            args, exitCode))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(CliTr::tr("auditbench-cli portfolio: expected --out DIR (see --help)"));
    portfolio::PortfolioOptions options;
    for (const char *name : {"start", "end"}) {
        const QString value = parser.value(QLatin1String(name));
        if (value.isEmpty())
            continue;
        const auto instant = Instant::parse(value);
        if (!instant)
            return fail(
                CliTr::tr("auditbench-cli portfolio: --%1 '%2': expected an RFC 3339 timestamp such as "
                          "2025-01-01T00:00:00Z")
                    .arg(QLatin1String(name), value));
        (qstrcmp(name, "start") == 0 ? options.start : options.end) = instant;
        (qstrcmp(name, "start") == 0 ? options.startText : options.endText) = value;
    }
    if (options.start && options.end && *options.end < *options.start)
        return fail(CliTr::tr("auditbench-cli portfolio: --end is before --start"));
    options.includeInactive = parser.isSet(QStringLiteral("include-inactive"));
    options.generatedBy = parser.value(QStringLiteral("generated-by"));
    try {
        std::optional<Keyring> keyring;
        if (parser.isSet(QStringLiteral("keyring"))) {
            keyring = Keyring::fromFile(parser.value(QStringLiteral("keyring")));
            options.keyring = &*keyring;
        }
        if (parser.isSet(QStringLiteral("inherited"))) {
            portfolio::InheritedControls inherited = portfolio::InheritedControls::builtIn();
            inherited.merge(
                portfolio::InheritedControls::fromFile(parser.value(QStringLiteral("inherited"))));
            options.inherited = inherited;
        }
        if (parser.isSet(QStringLiteral("registry"))) {
            SubProcessorRegistry registry = SubProcessorRegistry::builtIn();
            registry.merge(SubProcessorRegistry::fromFile(parser.value(QStringLiteral("registry"))));
            options.registry = registry;
        }
        if (parser.isSet(QStringLiteral("branding"))) {
            QString error;
            const auto branding = ReportBranding::fromFile(parser.value(QStringLiteral("branding")), &error);
            if (!branding)
                return fail(CliTr::tr("auditbench-cli portfolio: %1").arg(error));
            options.branding = *branding;
        }
        auto store = openWorkspace(parser, QStringLiteral("portfolio"), false, exitCode);
        if (!store)
            return exitCode;
        const portfolio::PortfolioResult result = portfolio::generatePortfolio(*store, options, out);
        writeOut(QStringLiteral("%1 %2\n")
                     .arg(result.portfolio.portfolioId, result.portfolio.contentSha256)
                     .toUtf8());
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("portfolio"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "portfolio",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Build the SOC 2 evidence portfolio: a package per active agent, matrix, OSCAL, PDF"),
    ab::cli::runPortfolio);
}
