// auditbench-cli compare: re-performance, two compliance packages compared section by section.
#include "WorkspaceCli.h"

#include "core/common/InputError.h"
#include "core/package/PackageComparer.h"

#include <QFile>

namespace ab::cli {

static int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("package"),
                      CliTr::tr("The first package: an id in the workspace, or a file without --workspace."),
                      CliTr::tr("ID")});
    parser.addOption(
        {QStringLiteral("with"), CliTr::tr("The second package (id or file)."), CliTr::tr("ID")});
    parser.addOption({QStringLiteral("text"), CliTr::tr("Print the differences as text instead of JSON.")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("compare"),
            CliTr::tr("Compares two compliance packages section by section (action counts, connectors, "
                      "operations, decisions, SOC 2 counts, sub-processors, VSQ exceptions) and prints the "
                      "differences. Exit status: 0 equivalent, 1 differences found, 2 unusable input."),
            args, exitCode))
        return exitCode;
    const QString left = parser.value(QStringLiteral("package")),
                  right = parser.value(QStringLiteral("with"));
    if (left.isEmpty() || right.isEmpty())
        return fail(CliTr::tr("auditbench-cli compare: expected --package and --with (see --help)"));
    try {
        QByteArray a, b;
        if (parser.isSet(QStringLiteral("workspace"))) {
            auto store = openWorkspace(parser, QStringLiteral("compare"), false, exitCode);
            if (!store)
                return exitCode;
            a = store->packageJson(left);
            b = store->packageJson(right);
            for (const auto &[id, json] : {std::pair{left, a}, std::pair{right, b}})
                if (json.isEmpty())
                    return fail(
                        CliTr::tr("auditbench-cli compare: %1: no package \"%2\"").arg(store->path(), id));
        } else {
            for (const auto &[path, out] : {std::pair{left, &a}, std::pair{right, &b}}) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return fail(
                        CliTr::tr("auditbench-cli compare: cannot read %1 (%2)").arg(path, f.errorString()));
                *out = f.readAll();
            }
        }
        const PackageComparison c = PackageComparer::compare(a, b, left, right);
        writeOut(parser.isSet(QStringLiteral("text")) ? c.toText().toUtf8() : c.toJson());
        return c.equivalent() ? Exit::Ok : Exit::Findings;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("compare"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("compare",
                 QT_TRANSLATE_NOOP("auditbench_cli", "Compare two compliance packages (re-performance)"),
                 ab::cli::runCompare);
}
