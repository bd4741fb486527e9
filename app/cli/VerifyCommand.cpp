// auditbench-cli verify: docs/spec/chain.md "Command line".
#include "CliCommon.h"
#include "InflateOptions.h"

#include "core/chain/ChainVerifier.h"
#include "core/chain/Keyring.h"
#include "core/common/InputError.h"
#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"

#include <QRegularExpression>

namespace ab::cli {

// Parses the options verify shares between its file form and its workspace form.
bool parseVerifyOptions(const QCommandLineParser &parser, VerifyOptions &options, int &exitCode)
{
    const auto bad = [&](const QString &message) {
        exitCode = fail(message);
        return false;
    };
    for (const char *name : {"start", "end"}) {
        const QString value = parser.value(QLatin1String(name));
        if (value.isEmpty())
            continue;
        const auto instant = Instant::parse(value);
        if (!instant)
            return bad(CliTr::tr("auditbench-cli verify: --%1 '%2': expected an RFC 3339 timestamp such as "
                                 "2025-01-01T00:00:00Z")
                           .arg(QLatin1String(name), value));
        if (qstrcmp(name, "start") == 0) {
            options.start = instant;
            options.startText = value;
        } else {
            options.end = instant;
            options.endText = value;
        }
    }
    if (options.start && options.end && *options.end < *options.start)
        return bad(CliTr::tr("auditbench-cli verify: --end is before --start"));
    // An hmac is 64 hex digits and stored lowercase (docs/spec/chain.md); one copied from a tool that prints
    // capitals must still match, and a mistyped one is an argument error rather than a "mismatch" finding.
    for (const char *name : {"anchor", "expect-head"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QString value = parser.value(QLatin1String(name));
        static const QRegularExpression hmacPattern(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!hmacPattern.match(value).hasMatch())
            return bad(CliTr::tr("auditbench-cli verify: --%1 '%2': expected 64 hex digits (an hmac)")
                           .arg(QLatin1String(name), value));
        (qstrcmp(name, "anchor") == 0 ? options.anchor : options.expectHead) = value.toLower().toStdString();
    }
    if (parser.isSet(QStringLiteral("max-errors"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("max-errors")).toInt(&ok);
        if (!ok || n < 0)
            return bad(
                CliTr::tr("auditbench-cli verify: --max-errors '%1': expected a whole number of 0 or more")
                    .arg(parser.value(QStringLiteral("max-errors"))));
        options.maxErrors = n;
    }
    if (parser.isSet(QStringLiteral("max-gap"))) {
        bool ok = false;
        const int hours = parser.value(QStringLiteral("max-gap")).toInt(&ok);
        if (!ok || hours < 0)
            return bad(CliTr::tr("auditbench-cli verify: --max-gap '%1': expected a whole number of hours "
                                 "(0 or more)")
                           .arg(parser.value(QStringLiteral("max-gap"))));
        options.maxGapHours = hours;
    }
    return true;
}

void addVerifyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("keyring"),
                      CliTr::tr("Keyring file with the HMAC keys (without it only linkage is checked)."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("start"),
                      CliTr::tr("Start of the examination period (RFC 3339, inclusive)."), CliTr::tr("T")});
    parser.addOption({QStringLiteral("end"),
                      CliTr::tr("End of the examination period (RFC 3339, inclusive)."), CliTr::tr("T")});
    parser.addOption({QStringLiteral("anchor"),
                      CliTr::tr("The hmac the first record must link to (e.g. last period's head)."),
                      CliTr::tr("HEX")});
    parser.addOption({QStringLiteral("expect-head"),
                      CliTr::tr("The head hmac noted from an earlier verification (detects truncation)."),
                      CliTr::tr("HEX")});
    parser.addOption({QStringLiteral("max-errors"),
                      CliTr::tr("List at most N errors (default 1000); error_count counts all."),
                      CliTr::tr("N")});
    parser.addOption({QStringLiteral("max-gap"),
                      CliTr::tr("Report a silence of more than HOURS between records as a coverage gap "
                                "(default 24)."),
                      CliTr::tr("HOURS")});
    parser.addOption(
        {QStringLiteral("require-coverage"),
         CliTr::tr("Exit with status 4 when there are no errors but the coverage is incomplete.")});
}

// verify --workspace W: the same checks over what the workspace holds; the run is stored and logged there.
static int runVerifyWorkspace(const QCommandLineParser &parser, VerifyOptions options)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(CliTr::tr("auditbench-cli verify: give either --workspace or FILEs, not both"));
    const QString chain = parser.isSet(QStringLiteral("chain")) ? parser.value(QStringLiteral("chain"))
                                                                : QStringLiteral("gateway");
    if (chain != QLatin1String("gateway") && chain != QLatin1String("runtime"))
        return fail(CliTr::tr("auditbench-cli verify: --chain '%1': expected gateway or runtime").arg(chain));
    try {
        auto store = WorkspaceStore::open(parser.value(QStringLiteral("workspace")),
                                          WorkspaceStore::OpenMode::ExistingOnly);
        // Not a verdict over a workspace that is not what AuditBench stored: its cheap checks come first.
        const WorkspaceCheckResult check = WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Quick);
        if (!check.intact())
            return fail(
                CliTr::tr("%1: the workspace failed its check (%n finding(s)), nothing was verified: %2; "
                          "'auditbench-cli check' lists them all",
                          nullptr, int(check.findings.size()))
                    .arg(store->path(), check.findings.front().message));
        std::optional<Keyring> keyring;
        if (parser.isSet(QStringLiteral("keyring"))) {
            keyring = Keyring::fromFile(parser.value(QStringLiteral("keyring")));
            options.keyring = &*keyring;
        }
        const VerificationRun run =
            chain == QLatin1String("runtime") ? store->verifyRuntime(options) : store->verifyGateway(options);
        writeOut(run.resultJson);
        return run.result.exitCode(parser.isSet(QStringLiteral("require-coverage")));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("verify"), e);
    }
}

static int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    addVerifyOptions(parser);
    parser.addOption(
        {QStringLiteral("workspace"),
         CliTr::tr("Verify a chain the workspace holds (instead of FILEs) and store the run there."),
         CliTr::tr("W")});
    parser.addOption(
        {QStringLiteral("chain"),
         CliTr::tr("With --workspace: the chain to verify, gateway (the gateway audit log, default) "
                   "or runtime (the audit_entries of every agent runtime export, as one chain)."),
         CliTr::tr("CHAIN")});
    addInflateOptions(parser);
    parser.addPositionalArgument(
        CliTr::tr("FILE"),
        CliTr::tr("Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted)."),
        CliTr::tr("FILE..."));
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("verify"),
            CliTr::tr(
                "Verifies an exported audit log's HMAC chain offline and prints the result as JSON.\n"
                "Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, "
                "2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete "
                "coverage."),
            args, exitCode))
        return exitCode;
    VerifyOptions options;
    if (!parseVerifyOptions(parser, options, exitCode))
        return exitCode;
    if (!applyInflateOptions(parser, QStringLiteral("verify"), exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("chain")) && !parser.isSet(QStringLiteral("workspace")))
        return fail(CliTr::tr("auditbench-cli verify: --chain needs --workspace W (FILEs form one chain)"));
    if (parser.isSet(QStringLiteral("workspace")))
        return runVerifyWorkspace(parser, options);
    if (files.isEmpty())
        return fail(CliTr::tr("auditbench-cli verify: expected at least one FILE (see --help)"));
    try {
        std::optional<Keyring> keyring;
        if (parser.isSet(QStringLiteral("keyring"))) {
            keyring = Keyring::fromFile(parser.value(QStringLiteral("keyring")));
            options.keyring = &*keyring;
        }
        const VerificationResult result = ChainVerifier::verifyFiles(files, options);
        writeOut(result.toJson());
        return result.exitCode(parser.isSet(QStringLiteral("require-coverage")));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("verify"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "verify",
    QT_TRANSLATE_NOOP("auditbench_cli", "Verify the HMAC chain of audit export files (or of a workspace)"),
    ab::cli::runVerify);
}
