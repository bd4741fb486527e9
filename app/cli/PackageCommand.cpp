// auditbench-cli package: generates a compliance package (docs/spec/formats.md §3) for one agent, offline,
// from an agent runtime export held in a workspace (stored there as an immutable version, logged as
// compliance.generated) or from an export file.
#include "WorkspaceCli.h"

#include "core/common/InputError.h"
#include "core/package/DfdRenderer.h"
#include "core/package/PackageGenerator.h"
#include "core/package/WorkspacePackages.h"

#include <QFile>
#include <QSaveFile>

namespace ab::cli {

static bool writeFile(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = CliTr::tr("auditbench-cli package: cannot write %1 (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

static int runPackage(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("runtime-export"),
                      CliTr::tr("An agent runtime export file (instead of a workspace)."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("agent"), CliTr::tr("The agent id."), CliTr::tr("ID")});
    parser.addOption(
        {QStringLiteral("out"), CliTr::tr("Also write the package JSON to FILE."), CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("dot"), CliTr::tr("Write the data flow diagram's DOT source to FILE."),
                      CliTr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("svg"), CliTr::tr("Write the data flow diagram as SVG to FILE."), CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("registry"),
                      CliTr::tr("A sub-processor registry file extending or overriding the shipped one."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("generated-by"),
                      CliTr::tr("Identity recorded as generated_by (default: the auditor identity)."),
                      CliTr::tr("WHO")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("package"),
            CliTr::tr("Generates a compliance package for one agent from an agent runtime export (all audit "
                      "entries, no cap) and prints its package id. With --workspace the package is stored "
                      "in the workspace as an immutable version and the Monitoring answer cites the newest "
                      "stored verification of the agent runtime chain that covers the agent's entries "
                      "('verify --workspace W --chain runtime'), or says that none was stored."),
            args, exitCode))
        return exitCode;
    const QString agentId = parser.value(QStringLiteral("agent"));
    if (agentId.isEmpty())
        return fail(CliTr::tr("auditbench-cli package: expected --agent ID (see --help)"));
    const bool fromWorkspace = parser.isSet(QStringLiteral("workspace"));
    if (fromWorkspace == parser.isSet(QStringLiteral("runtime-export")))
        return fail(CliTr::tr(
            "auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE"));
    try {
        PackageOptions options;
        if (parser.isSet(QStringLiteral("registry"))) {
            SubProcessorRegistry registry = SubProcessorRegistry::builtIn();
            registry.merge(SubProcessorRegistry::fromFile(parser.value(QStringLiteral("registry"))));
            options.registry = registry;
        }
        options.generatedBy = parser.value(QStringLiteral("generated-by"));
        GeneratedPackage package;
        if (fromWorkspace) {
            auto store = openWorkspace(parser, QStringLiteral("package"), false, exitCode);
            if (!store)
                return exitCode;
            package = generatePackageInWorkspace(*store, agentId, options);
        } else {
            if (options.generatedBy.isEmpty())
                options.generatedBy = AuditorIdentity::fromEnvironment().display();
            if (options.generatedBy.isEmpty())
                options.generatedBy = PackageGenerator::unknownAuditor();
            const RuntimeExport x = RuntimeExport::fromFile(parser.value(QStringLiteral("runtime-export")));
            package = PackageGenerator::generate(x, agentId, options);
        }
        QString error;
        if (parser.isSet(QStringLiteral("out")) &&
            !writeFile(parser.value(QStringLiteral("out")), package.json, error))
            return fail(error);
        if (parser.isSet(QStringLiteral("dot")) &&
            !writeFile(parser.value(QStringLiteral("dot")), package.dot.toUtf8(), error))
            return fail(error);
        if (parser.isSet(QStringLiteral("svg")) &&
            !writeFile(parser.value(QStringLiteral("svg")), package.svg, error))
            return fail(error);
        writeOut(package.packageId.toUtf8() + '\n');
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("package"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "package",
    QT_TRANSLATE_NOOP("auditbench_cli", "Generate an agent's compliance package from its runtime export"),
    ab::cli::runPackage);
}
