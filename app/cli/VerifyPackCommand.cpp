// auditbench-cli verify-pack: checks an evidence pack someone sent (docs/spec/formats.md 6), one line per
// problem (core/pack/PackVerifier's fixed texts), exit 0 intact, 1 not, 2 unusable input.
#include "CliCommon.h"

#include "core/pack/PackVerifier.h"

namespace ab::cli {

static int runVerifyPack(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("public-key"),
                      CliTr::tr("The auditor's Ed25519 public key (PEM) the pack must be signed with."),
                      CliTr::tr("PEM")});
    parser.addPositionalArgument(CliTr::tr("DIR"), CliTr::tr("The evidence pack's folder."));
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("verify-pack"),
            CliTr::tr("Re-hashes every file of an evidence pack against MANIFEST.json, reports files "
                      "missing, changed or added, and checks the Ed25519 signature (and that it was "
                      "made with --public-key when given). Prints one line per problem.\n"
                      "Exit status: 0 intact, 1 not intact, 2 unusable input."),
            args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(CliTr::tr("auditbench-cli verify-pack: expected one DIR (see --help)"));
    try {
        const pack::PackVerification v = pack::PackVerifier::verify(
            parser.positionalArguments().first(), parser.value(QStringLiteral("public-key")));
        QByteArray out;
        for (const QString &p : v.problems)
            out += p.toUtf8() + '\n';
        out += v.summary().toUtf8() + '\n';
        writeOut(out);
        return v.intact() ? Exit::Ok : Exit::Findings;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("verify-pack"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("verify-pack",
                 QT_TRANSLATE_NOOP("auditbench_cli", "Check an evidence pack's files and signature"),
                 ab::cli::runVerifyPack);
}
