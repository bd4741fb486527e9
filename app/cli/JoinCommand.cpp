// auditbench-cli join: docs/spec/chain.md "Segments: verifying an archive in parallel".
#include "CliCommon.h"

#include "core/chain/SegmentJoiner.h"
#include "core/common/InputError.h"

#include <QFile>

namespace ab::cli {

static VerificationResult readResult(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, CliTr::tr("cannot open result: %1").arg(file.errorString()));
    return VerificationResult::parse(file.readAll(), path);
}

static int runJoin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("max-errors"),
                      CliTr::tr("List at most N errors (default 1000); error_count counts all."),
                      CliTr::tr("N")});
    parser.addOption(
        {QStringLiteral("require-coverage"),
         CliTr::tr("Exit with status 4 when there are no errors but the coverage is incomplete.")});
    parser.addPositionalArgument(
        CliTr::tr("RESULT"),
        CliTr::tr(
            "Results of 'auditbench-cli verify' for consecutive segments of one chain, in chain order."),
        CliTr::tr("RESULT.json..."));
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("join"),
            CliTr::tr(
                "Joins the verification results of an archive's consecutive segments (verified "
                "separately, e.g. in parallel) into one result, checks the seams between them and prints "
                "it as JSON.\n"
                "Verify every segment with the same keyring and --max-gap; a segment's result anchors "
                "on its first record's previous_hmac, so no --anchor is needed.\n"
                "Exit status as for verify: 0 valid with MACs verified, 1 errors found (a segment's own "
                "or a broken seam), 3 valid linkage but some segment verified without a keyring, 2 "
                "unusable input or arguments, 4 (with --require-coverage) no errors but incomplete "
                "coverage."),
            args, exitCode))
        return exitCode;
    int maxErrors = 1000;
    if (parser.isSet(QStringLiteral("max-errors"))) {
        bool ok = false;
        maxErrors = parser.value(QStringLiteral("max-errors")).toInt(&ok);
        if (!ok || maxErrors < 0)
            return fail(
                CliTr::tr("auditbench-cli join: --max-errors '%1': expected a whole number of 0 or more")
                    .arg(parser.value(QStringLiteral("max-errors"))));
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(CliTr::tr("auditbench-cli join: expected at least one RESULT.json (see --help)"));
    try {
        QList<VerificationResult> segments;
        for (const QString &path : files)
            segments << readResult(path);
        const VerificationResult joined = SegmentJoiner::join(segments, files, maxErrors);
        writeOut(joined.toJson());
        return joined.exitCode(parser.isSet(QStringLiteral("require-coverage")));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("join"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "join",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Join the verification results of an archive's segments into one, checking the seams"),
    ab::cli::runJoin);
}
