// auditbench-cli evidence-pack: the examination folder of docs/spec/formats.md 6 in one action
// (core/pack/EvidencePackBuilder), recorded in the workspace's activity log with the manifest's SHA-256.
#include "WorkspaceCli.h"

#include "core/chain/Keyring.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Ed25519.h"
#include "core/pack/EvidencePackBuilder.h"

#include <QFile>

namespace ab::cli {

namespace {

void addOptions(QCommandLineParser &parser)
{
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("start"),
                      CliTr::tr("Start of the examination period (RFC 3339, inclusive)."), CliTr::tr("T")});
    parser.addOption({QStringLiteral("end"),
                      CliTr::tr("End of the examination period (RFC 3339, inclusive)."), CliTr::tr("T")});
    parser.addOption({QStringLiteral("framework"),
                      CliTr::tr("Frameworks in scope, a comma list (e.g. pci_dss,hipaa,sox,soc2)."),
                      CliTr::tr("LIST")});
    parser.addOption({QStringLiteral("out"), CliTr::tr("The pack's folder (must not exist, or be empty)."),
                      CliTr::tr("DIR")});
    parser.addOption({QStringLiteral("keyring"),
                      CliTr::tr("Keyring file with the HMAC keys (without it the MACs are not verified)."),
                      CliTr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("sign-key"),
         CliTr::tr("Ed25519 private key (PKCS#8 PEM, openssl genpkey -algorithm ed25519) to sign "
                   "MANIFEST.json with; it is read into memory only."),
         CliTr::tr("PEM")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      CliTr::tr("For an encrypted --sign-key: a file whose first line is the passphrase."),
                      CliTr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("ocsf"), CliTr::tr("Also write the period's records as OCSF 1.1 (ocsf/).")});
    parser.addOption({QStringLiteral("max-gap"),
                      CliTr::tr("Report a silence of more than HOURS between records as a coverage gap "
                                "(default 24)."),
                      CliTr::tr("HOURS")});
    parser.addOption({QStringLiteral("policy-chain"),
                      CliTr::tr("The policy chain export to carry in the pack (policy-chain/)."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("recipes"),
                      CliTr::tr("Evidence recipes extending or overriding the shipped ones."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("retention"),
                      CliTr::tr("Retention rules extending or overriding the shipped ones."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("branding"),
                      CliTr::tr("Branding JSON for report.pdf (organisation, logo, accent_colour, footer)."),
                      CliTr::tr("FILE")});
}

QByteArray passphraseFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            CliTr::tr("auditbench-cli evidence-pack: cannot read %1: %2").arg(path, file.errorString()));
    QByteArray all = file.readAll();
    const qsizetype end = all.indexOf('\n');
    QByteArray line = all.left(end < 0 ? all.size() : end);
    if (line.endsWith('\r'))
        line.chop(1);
    crypto::wipe(all);
    return line;
}

QByteArray summaryJson(const pack::EvidencePackResult &r)
{
    JsonWriter w(true);
    w.beginObject();
    w.key("folder").value(r.dir);
    w.key("manifest_sha256").value(r.manifestSha256);
    w.key("files").value(qint64(r.manifest.files.size()));
    w.key("signed").value(r.manifest.publicKeySha256.has_value());
    w.key("verification_run").value(r.run.id);
    w.key("checklist").beginObject();
    for (const pack::ChecklistItem &i : r.checklist)
        w.key(i.id.toStdString()).value(i.status);
    w.endObject();
    w.endObject();
    return w.toByteArray() + '\n';
}

} // namespace

static int runEvidencePack(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("evidence-pack"),
            CliTr::tr("Writes the examination evidence pack for a period (docs/spec/formats.md 6): the "
                      "chain verification, the bundle definitions, one file per evidence query of each "
                      "framework, checklist.json, report.pdf, MANIFEST.json, SHA256SUMS and, with "
                      "--sign-key, the Ed25519 signature. Prints a JSON summary.\n"
                      "Exit status: 0 written, 2 unusable input (nothing is left behind)."),
            args, exitCode))
        return exitCode;
    const auto bad = [](const QString &what) {
        return fail(QStringLiteral("auditbench-cli evidence-pack: ") + what);
    };
    pack::EvidencePackOptions options;
    for (const char *name : {"start", "end"}) {
        const QString value = parser.value(QLatin1String(name));
        const auto instant = Instant::parse(value);
        if (!instant)
            return bad(CliTr::tr("--%1 '%2': expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z")
                           .arg(QLatin1String(name), value));
        (qstrcmp(name, "start") == 0 ? options.start : options.end) = *instant;
    }
    for (const QString &f : parser.value(QStringLiteral("framework")).split(QLatin1Char(',')))
        if (!f.trimmed().isEmpty())
            options.frameworks << f.trimmed();
    if (options.frameworks.isEmpty())
        return bad(CliTr::tr("expected --framework LIST (e.g. pci_dss,hipaa,sox,soc2)"));
    options.outDir = parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return bad(CliTr::tr("expected --out DIR"));
    if (parser.isSet(QStringLiteral("max-gap"))) {
        bool ok = false;
        options.maxGapHours = parser.value(QStringLiteral("max-gap")).toInt(&ok);
        if (!ok || options.maxGapHours < 0)
            return bad(CliTr::tr("--max-gap '%1': expected a whole number of hours (0 or more)")
                           .arg(parser.value(QStringLiteral("max-gap"))));
    }
    options.ocsf = parser.isSet(QStringLiteral("ocsf"));
    options.policyChainFile = parser.value(QStringLiteral("policy-chain"));
    if (parser.isSet(QStringLiteral("branding"))) {
        QString error;
        const auto b = ReportBranding::fromFile(parser.value(QStringLiteral("branding")), &error);
        if (!b)
            return bad(error);
        options.branding = *b;
    }
    auto store = openWorkspace(parser, QStringLiteral("evidence-pack"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        if (parser.isSet(QStringLiteral("recipes")))
            options.recipes.merge(pack::RecipeBook::fromFile(parser.value(QStringLiteral("recipes"))));
        if (parser.isSet(QStringLiteral("retention")))
            options.retention.merge(
                pack::RetentionRules::fromFile(parser.value(QStringLiteral("retention"))));
        std::optional<Keyring> keyring;
        if (parser.isSet(QStringLiteral("keyring"))) {
            keyring = Keyring::fromFile(parser.value(QStringLiteral("keyring")));
            options.keyring = &*keyring;
        }
        std::optional<crypto::Ed25519PrivateKey> key;
        if (parser.isSet(QStringLiteral("sign-key"))) {
            QByteArray passphrase;
            if (parser.isSet(QStringLiteral("passphrase-file")))
                passphrase = passphraseFrom(parser.value(QStringLiteral("passphrase-file")));
            key =
                crypto::Ed25519PrivateKey::fromPemFile(parser.value(QStringLiteral("sign-key")), passphrase);
            options.signingKey = &*key;
        }
        const pack::EvidencePackResult result = pack::EvidencePackBuilder::build(*store, options);
        writeOut(summaryJson(result));
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("evidence-pack"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("evidence-pack",
                 QT_TRANSLATE_NOOP("auditbench_cli", "Write a signed examination evidence pack for a period"),
                 ab::cli::runEvidencePack);
}
