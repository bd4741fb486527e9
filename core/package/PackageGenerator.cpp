#include "core/package/PackageGenerator.h"

#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"
#include "core/package/sections/Sections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <simdjson.h>

// The generator orchestrates: summarise the agent's entries once, draw the data flow diagram, then write the
// members and sections (core/package/sections/) in the contract's order and hash the result.
namespace ab {

struct PackageGeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageGenerator)
};

namespace {

// UI text (progress stages, the error for an unknown agent) is translated; everything written into the
// package is evidence and is built by the sections from plain English literals.
using namespace sections;

// A package's id and time when the options leave them empty: a new UUID and the clock. For reproducible tests
// only (the GUI/CLI parity test runs the real GUI and the real binary), AUDITBENCH_FIXED_PACKAGE_ID and
// AUDITBENCH_FIXED_TIME fix them instead; this is the one place that reads them.
QString newPackageId()
{
    const QString fixed = qEnvironmentVariable("AUDITBENCH_FIXED_PACKAGE_ID");
    return fixed.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : fixed;
}

QString generationTime()
{
    const QString fixed = qEnvironmentVariable("AUDITBENCH_FIXED_TIME");
    return fixed.isEmpty() ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                           : fixed;
}

int responseRank(const QString &response)
{
    if (response == QLatin1String("alert"))
        return 1;
    if (response == QLatin1String("throttle"))
        return 2;
    if (response == QLatin1String("suspend"))
        return 3;
    return 0;
}

// The agent as the export described it when the package was generated: whether it was active or suspended,
// who owns it, when it was deployed and what it declared it would do. A portfolio excludes agents by this
// status, so the package keeps the status it was built under.
void writeAgentProfile(JsonWriter &w, const RuntimeAgent &agent)
{
    w.key("agent_profile").beginObject();
    writeOptionalString(w, "status", agent.status);
    writeOptionalString(w, "owner", agent.owner);
    writeOptionalString(w, "deployed_at", agent.deployedAt);
    w.key("intent_manifest");
    if (agent.hasIntentManifest) {
        w.beginObject();
        writeStrings(w, "systems", agent.manifestSystems);
        writeStrings(w, "actions", agent.manifestActions);
        writeStrings(w, "data_types", agent.manifestDataTypes);
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

void writeSource(JsonWriter &w, const Context &c)
{
    w.key("source").beginObject();
    w.key("file").value(c.x.fileName());
    w.key("input_sha256").value(c.x.inputSha256());
    writeOptionalString(w, "exported_at", c.x.exportedAt);
    w.key("audit_entries").value(c.s.entries);
    w.key("audit_entries_in_export").value(qint64(c.x.auditEntries.size()));
    w.key("entry_cap").null(); // the seed caps at 10,000; the workbench uses every entry
    writeOptionalString(w, "first_entry", instantText(c.s.all.first));
    writeOptionalString(w, "last_entry", instantText(c.s.all.last));
    w.key("entries_sha256").value(c.s.entriesSha256);
    w.endObject();
}

} // namespace

QString PackageGenerator::requiredResponse(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == QLatin1String("low"))
        return QStringLiteral("alert");
    if (s == QLatin1String("medium"))
        return QStringLiteral("throttle");
    if (s == QLatin1String("high") || s == QLatin1String("critical"))
        return QStringLiteral("suspend");
    return {};
}

bool PackageGenerator::responseMeetsHierarchy(const QString &severity, const QString &response)
{
    const QString required = requiredResponse(severity);
    if (required.isEmpty())
        return false;
    return responseRank(response.toLower()) >= responseRank(required);
}

GeneratedPackage PackageGenerator::generate(const RuntimeExport &x, const QString &agentId,
                                            const PackageOptions &options, Progress *progress)
{
    const RuntimeAgent *agent = x.agent(agentId);
    if (!agent) {
        QStringList ids;
        for (const RuntimeAgent &a : x.agents)
            ids << a.id;
        throw InputError(x.source().name(),
                         PackageGeneratorTr::tr("no agent \"%1\" in the export (agents: %2)")
                             .arg(agentId, ids.isEmpty() ? PackageGeneratorTr::tr("none")
                                                         : ids.join(QStringLiteral(", "))));
    }
    const SubProcessorRegistry registry =
        options.registry ? *options.registry : SubProcessorRegistry::builtIn();
    const Soc2Mappings soc2 = options.soc2 ? *options.soc2 : Soc2Mappings::builtIn();
    Context c{x, *agent, options, registry, soc2, summarise(x, agentId, progress), {}, {}, {}};
    for (const PolicyRule &r : x.policyRules)
        if (r.agentId == agentId || r.agentId.isEmpty())
            c.rules << &r;
    for (const DriftEvent &d : x.driftEvents)
        if (d.agentId == agentId)
            c.driftEvents << &d;
    throwIfCancelled(progress);

    if (progress)
        progress->beginStage(PackageGeneratorTr::tr("Drawing the data flow diagram"), 0);
    GeneratedPackage out;
    out.dfd = buildDfd(c);
    c.dfd = out.dfd;
    out.dot = DfdRenderer::toDot(c.dfd);
    out.svg = DfdRenderer::toSvg(c.dfd);
    throwIfCancelled(progress);

    out.packageId = options.packageId.isEmpty() ? newPackageId() : options.packageId;
    out.generatedAt = options.generatedAt.isEmpty() ? generationTime() : options.generatedAt;
    out.agentId = agent->id;
    out.agentName = agent->name;
    out.auditEntries = c.s.entries;

    if (progress)
        progress->beginStage(PackageGeneratorTr::tr("Writing the compliance package"), 0);
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value("arx-compliance-package");
    w.key("version").value(1);
    w.key("package_id").value(out.packageId);
    w.key("agent_id").value(agent->id);
    w.key("agent_name").value(agent->name);
    w.key("generated_at").value(out.generatedAt);
    w.key("generated_by").value(options.generatedBy);
    w.key("generator").value("AuditBench (offline re-performance from an agent runtime export)");
    w.key("organization").beginObject();
    writeOptionalString(w, "id", x.organizationId);
    writeOptionalString(w, "name", x.organizationName);
    w.endObject();
    writeAgentProfile(w, *agent);
    writeSource(w, c);
    writeExecutionGraph(w, c);
    writeDataFlow(w, c, out.dot, out.svg);
    writeVsq(w, c, c.dfd.nodes.size(), c.dfd.flows.size());
    writeSubProcessors(w, c);
    writeSoc2(w, c);
    // The hash covers everything written so far: close a copy to canonicalise it, then add the member.
    const std::string withoutHash = w.str() + "\n}";
    out.contentSha256 = crypto::sha256Hex(jcs::canonicalize(withoutHash));
    w.key("content_sha256").value(out.contentSha256);
    w.endObject();
    out.json = w.toByteArray();
    if (!out.json.endsWith('\n'))
        out.json.append('\n');
    return out;
}

QString PackageGenerator::computeContentSha256(const QByteArray &packageJson)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::padded_string padded(packageJson.constData(), size_t(packageJson.size()));
    if (auto err = parser.parse(padded).get(root))
        throw std::runtime_error(simdjson::error_message(err));
    std::string canonical;
    jcs::canonicalize(root, canonical, {"content_sha256"});
    return crypto::sha256Hex(canonical);
}

bool PackageGenerator::contentSha256Matches(const QByteArray &packageJson)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::padded_string padded(packageJson.constData(), size_t(packageJson.size()));
    std::string_view stated;
    if (parser.parse(padded).get(root) || root["content_sha256"].get_string().get(stated))
        return false;
    return computeContentSha256(packageJson) == QString::fromUtf8(stated.data(), qsizetype(stated.size()));
}

} // namespace ab
