// auditbench-cli package: generates a compliance package (docs/spec/formats.md §3) for one agent, offline,
// from an agent runtime export held in a workspace (stored there as an immutable version, logged as
// compliance.generated) or from an export file.
#include "WorkspaceCli.h"

#include "core/common/InputError.h"
#include "core/package/DfdRenderer.h"
#include "core/package/PackageGenerator.h"
#include "core/package/WorkspacePackages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ab::cli {

// Writes through a temporary file in the target's folder, then renames it over the target, checking every
// write(), fsync() and close(): on a full disk (ENOSPC) or past a file-size limit (EFBIG) the command fails
// and neither an empty nor a half-written file is left, and an earlier file keeps its bytes. (QSaveFile took
// a short write for success here: `package --svg` on a full disk exited 0 with a truncated file.)
static bool writeFile(const QString &path, const QByteArray &bytes, QString &error)
{
    const auto failed = [&](int errorNumber) {
        error = CliTr::tr("auditbench-cli package: cannot write %1 (%2)")
                    .arg(path, QString::fromLocal8Bit(std::strerror(errorNumber)));
        return false;
    };
    const QFileInfo target(path);
    QByteArray temp =
        QFile::encodeName(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return failed(errno);
    const char *p = bytes.constData();
    qint64 left = bytes.size();
    int errorNumber = 0;
    while (left > 0 && !errorNumber) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            errorNumber = n < 0 ? errno : ENOSPC;
        else {
            p += n;
            left -= n;
        }
    }
    if (!errorNumber && ::fsync(fd) != 0)
        errorNumber = errno;
    if (::close(fd) != 0 && !errorNumber)
        errorNumber = errno;
    const mode_t mask = ::umask(0); // mkstemp creates 0600: give the file what a plain create would
    ::umask(mask);
    if (!errorNumber && ::chmod(temp.constData(), 0666 & ~mask) != 0)
        errorNumber = errno;
    if (!errorNumber && ::rename(temp.constData(), QFile::encodeName(path).constData()) != 0)
        errorNumber = errno;
    if (errorNumber) {
        ::unlink(temp.constData());
        return failed(errorNumber);
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
