#include "core/portfolio/Portfolio.h"

#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"

namespace ab::portfolio {

namespace {

void textOrNull(JsonWriter &w, std::string_view key, const QString &value)
{
    w.key(key);
    value.isEmpty() ? w.null() : w.value(value);
}

void strings(JsonWriter &w, std::string_view key, const QStringList &list)
{
    w.key(key).beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

} // namespace

void Portfolio::seal()
{
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value("auditbench-portfolio");
    w.key("version").value(1);
    w.key("portfolio_id").value(portfolioId);
    w.key("generated_at").value(generatedAt);
    w.key("generated_by").value(generatedBy);
    w.key("period").beginObject();
    textOrNull(w, "start", periodStart);
    textOrNull(w, "end", periodEnd);
    w.endObject();
    w.key("agents").beginArray();
    for (const PortfolioAgent &a : agents) {
        w.beginObject();
        w.key("agent_id").value(a.agentId);
        textOrNull(w, "name", a.name);
        textOrNull(w, "status", a.status);
        w.key("package_id").value(a.packageId);
        w.key("content_sha256").value(a.contentSha256);
        w.key("entries").value(a.entries);
        w.endObject();
    }
    w.endArray();
    w.key("excluded").beginArray();
    for (const ExcludedAgent &e : excluded) {
        w.beginObject();
        w.key("agent_id").value(e.agentId);
        textOrNull(w, "name", e.name);
        textOrNull(w, "status", e.status);
        w.key("reason").value(e.reason);
        w.endObject();
    }
    w.endArray();
    w.key("inherited_controls").beginArray();
    for (const InheritedControl &c : inherited.controls()) {
        w.beginObject();
        w.key("id").value(c.id);
        w.key("provider").value(c.provider);
        w.key("basis").value(c.basis);
        w.endObject();
    }
    w.endArray();
    w.key("matrix").beginObject();
    for (const QString &criterion : matrix.criteria) {
        w.key(criterion.toStdString()).beginObject();
        for (const QString &agent : matrix.agentIds)
            w.key(agent.toStdString()).value(matrix.count(criterion, agent));
        w.endObject();
    }
    w.endObject();
    w.key("coverage").beginObject();
    strings(w, "with_evidence", matrix.withEvidence());
    strings(w, "inherited", matrix.inherited);
    strings(w, "without_evidence", matrix.withoutEvidence());
    w.endObject();
    // As for packages: canonicalise a closed copy of everything written so far, then add the member.
    contentSha256 = crypto::sha256Hex(jcs::canonicalize(w.str() + "\n}"));
    w.key("content_sha256").value(contentSha256);
    w.endObject();
    json = w.toByteArray();
    if (!json.endsWith('\n'))
        json.append('\n');
}

} // namespace ab::portfolio
