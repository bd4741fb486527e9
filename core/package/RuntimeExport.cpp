#include "core/package/RuntimeExport.h"

#include "core/common/HugePages.h"
#include "core/json/JsonDiagnostics.h"
#include "core/package/RuntimeExportReader.h"

// Two readings of one format. fromSource makes ONE simdjson on-demand pass that validates everything it walks
// and reads the audit entries in place, without copies. When that pass gives up (anything wrong, anywhere),
// the two-pass reading runs: a DOM parse of the whole text first, so a syntax error is reported where it is,
// then the walk with its messages. The user therefore reads exactly the message the two-pass reading gives,
// and a good file gives the same export either way (tests/package/tst_runtimeexportreading.cpp).
namespace ab {

namespace {

using namespace runtime_export;

// Every top-level member but "audit_entries", which entries(value) reads; then the checks of the whole.
template <typename Entries>
void readMembers(const Reader &r, ondemand::object &top, const SourceText &src, RuntimeExport &out,
                 Entries &&entries)
{
    bool sawEntries = false;
    const char *formatAt = nullptr;
    r.membersOf(top, src.data(), [&](std::string_view key, ondemand::value v) {
        if (key == "format") {
            formatAt = v.raw_json_token().data();
            out.format = r.string(v, key);
        } else if (key == "version") {
            const char *at = v.raw_json_token().data();
            out.version = r.integer(v, key).value_or(0);
            if (out.version != 1)
                r.failAt(at, RuntimeExportTr::tr(
                                 "expected \"version\": 1 (the only agent runtime export version known)"));
        } else if (key == "exported_at") {
            out.exportedAt = r.string(v, key);
        } else if (key == "organization") {
            r.members(v, key, [&](std::string_view k, ondemand::value m) {
                if (k == "id")
                    out.organizationId = r.string(m, k);
                else if (k == "name")
                    out.organizationName = r.string(m, k);
                else
                    return false;
                return true;
            });
        } else if (key == "agents") {
            r.objects(v, key, [&](ondemand::value item, const char *at) {
                RuntimeAgent a;
                r.members(item, key, [&](std::string_view k, ondemand::value m) {
                    if (k == "id")
                        a.id = r.string(m, k);
                    else if (k == "name")
                        a.name = r.string(m, k);
                    else if (k == "status")
                        a.status = r.string(m, k);
                    else if (k == "deployed_at")
                        a.deployedAt = r.string(m, k);
                    else if (k == "owner")
                        a.owner = r.string(m, k);
                    else if (k == "intent_manifest") {
                        a.hasIntentManifest = true;
                        r.members(m, k, [&](std::string_view mk, ondemand::value mv) {
                            if (mk == "systems")
                                a.manifestSystems = r.strings(mv, mk);
                            else if (mk == "actions")
                                a.manifestActions = r.strings(mv, mk);
                            else if (mk == "data_types")
                                a.manifestDataTypes = r.strings(mv, mk);
                            else
                                return false;
                            return true;
                        });
                    } else
                        return false;
                    return true;
                });
                r.require(!a.id.isEmpty(), "id", at, "agent");
                out.agents.push_back(std::move(a));
            });
        } else if (key == "connector_configs") {
            r.objects(v, key, [&](ondemand::value item, const char *at) {
                ConnectorConfig c;
                r.members(item, key, [&](std::string_view k, ondemand::value m) {
                    if (k == "agent_id")
                        c.agentId = r.string(m, k);
                    else if (k == "connector")
                        c.connector = r.string(m, k);
                    else if (k == "operations")
                        c.operations = r.strings(m, k);
                    else if (k == "credential_storage")
                        c.credentialStorage = r.string(m, k);
                    else
                        return false;
                    return true;
                });
                r.require(!c.connector.isEmpty(), "connector", at, "connector configuration");
                out.connectorConfigs.push_back(std::move(c));
            });
        } else if (key == "policy_rules") {
            r.objects(v, key, [&](ondemand::value item, const char *at) {
                PolicyRule p;
                r.members(item, key, [&](std::string_view k, ondemand::value m) {
                    if (k == "id")
                        p.id = r.string(m, k);
                    else if (k == "agent_id")
                        p.agentId = r.string(m, k);
                    else if (k == "name")
                        p.name = r.string(m, k);
                    else if (k == "effect")
                        p.effect = r.string(m, k);
                    else if (k == "active")
                        p.active = r.boolean(m, k);
                    else if (k == "risk_threshold")
                        p.riskThreshold = r.integer(m, k);
                    else
                        return false;
                    return true;
                });
                r.require(!p.id.isEmpty(), "id", at, "policy rule");
                out.policyRules.push_back(std::move(p));
            });
        } else if (key == "drift_events") {
            r.objects(v, key, [&](ondemand::value item, const char *at) {
                DriftEvent d;
                r.members(item, key, [&](std::string_view k, ondemand::value m) {
                    if (k == "id")
                        d.id = r.string(m, k);
                    else if (k == "agent_id")
                        d.agentId = r.string(m, k);
                    else if (k == "detected_at")
                        d.detectedAt = r.string(m, k);
                    else if (k == "severity")
                        d.severity = r.string(m, k);
                    else if (k == "response")
                        d.response = r.string(m, k);
                    else if (k == "description")
                        d.description = r.string(m, k);
                    else
                        return false;
                    return true;
                });
                r.require(!d.id.isEmpty(), "id", at, "drift event");
                out.driftEvents.push_back(std::move(d));
            });
        } else if (key == "audit_entries") {
            sawEntries = true;
            entries(v);
        } else {
            return false;
        }
        return true;
    });
    if (!out.format.isEmpty() && out.format != QLatin1String("arx-runtime-export"))
        r.failAt(
            formatAt,
            RuntimeExportTr::tr("expected \"format\": \"arx-runtime-export\", found \"%1\"").arg(out.format));
    if (!sawEntries)
        r.failAt(src.data(),
                 RuntimeExportTr::tr("expected an \"audit_entries\" array in the agent runtime export"));
}

// The audit_entries array of the two-pass reading: the exact text of each of its objects.
void entrySpans(const Reader &r, ondemand::value v, std::vector<std::string_view> &out)
{
    const char *at = v.raw_json_token().data();
    ondemand::array array;
    if (v.get_array().get(array))
        r.failAt(at, RuntimeExportTr::tr("expected an array for \"audit_entries\""));
    for (auto element : array) {
        ondemand::value item;
        if (auto err = element.get(item))
            r.failJson(at, err);
        const char *itemAt = item.raw_json_token().data();
        ondemand::object obj;
        if (r.typeOf(item, itemAt) != ondemand::json_type::object || item.get_object().get(obj))
            r.failAt(itemAt, RuntimeExportTr::tr("expected an audit entry object in \"audit_entries\""));
        std::string_view raw;
        if (auto err = obj.raw_json().get(raw))
            r.failJson(itemAt, err);
        out.push_back(raw);
    }
}

} // namespace

RuntimeExport RuntimeExport::fromFile(const QString &path, Progress *progress)
{
    return fromSource(SourceText::fromFile(path, progress), progress);
}

RuntimeExport RuntimeExport::fromBytes(const QString &name, const QByteArray &bytes, Progress *progress)
{
    return fromSource(SourceText::fromBytes(name, bytes), progress);
}

const RuntimeAgent *RuntimeExport::agent(const QString &id) const
{
    for (const RuntimeAgent &a : agents)
        if (a.id == id)
            return &a;
    return nullptr;
}

RuntimeExport RuntimeExport::fromSource(SourceText sourceText, Progress *progress)
{
    auto source = std::make_shared<SourceText>(std::move(sourceText));
    try {
        return readValidating(source, progress);
    } catch (const Rejected &) {
        // Something is wrong: the two-pass reading says what, exactly as it always has.
    }
    return readTwoPass(std::move(source), progress);
}

RuntimeExport RuntimeExport::fromSourceTwoPass(SourceText sourceText, Progress *progress)
{
    return readTwoPass(std::make_shared<SourceText>(std::move(sourceText)), progress);
}

RuntimeExport RuntimeExport::readValidating(std::shared_ptr<SourceText> source, Progress *progress)
{
    RuntimeExport out;
    out.m_source = std::move(source);
    out.m_fileName = out.m_source->fileName();
    const SourceText &src = *out.m_source;
    const Reader r(src, Reader::Mode::Validating, *out.m_entryText);
    if (progress)
        progress->beginStage(RuntimeExportTr::tr("Reading the agent runtime export"), qint64(src.size()));

    ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(src.data(), src.size(), src.size() + SourceText::Padding).get(doc))
        throw Rejected{};
    ondemand::object top;
    if (doc.get_object().get(top))
        throw Rejected{};
    readMembers(r, top, src, out, [&](ondemand::value v) {
        ondemand::array array;
        size_t count = 0;
        if (v.get_array().get(array) || array.count_elements().get(count))
            throw Rejected{};
        // One entry per element, written once: reserved (and advised huge pages) before the first is.
        std::vector<RuntimeAuditEntry> &entries = out.auditEntries;
        entries.reserve(entries.size() + count);
        adviseHugePages(entries.data() + entries.size(), count * sizeof(RuntimeAuditEntry));
        for (auto element : array) {
            ondemand::value item;
            ondemand::object obj;
            if (element.get(item))
                throw Rejected{};
            const char *at = item.raw_json_token().data();
            if (r.typeOf(item, at) != ondemand::json_type::object || item.get_object().get(obj))
                throw Rejected{};
            RuntimeAuditEntry &e = entries.emplace_back();
            r.entry(obj, at, e);
            // The entry's text runs to the next token, as simdjson's raw_json() of the object gives it.
            const char *next = nullptr;
            if (doc.current_location().get(next))
                throw Rejected{};
            e.raw = std::string_view(at, size_t(next - at));
            if ((entries.size() & 1023) == 0) {
                throwIfCancelled(progress);
                if (progress)
                    progress->report(qint64(next - src.data()));
            }
        }
    });
    // Nothing may follow the top-level object (at the end, simdjson has no current location).
    const char *after = nullptr;
    if (!doc.current_location().get(after))
        throw Rejected{};
    if (progress)
        progress->report(qint64(src.size()));
    return out;
}

RuntimeExport RuntimeExport::readTwoPass(std::shared_ptr<SourceText> source, Progress *progress)
{
    RuntimeExport out;
    out.m_source = std::move(source);
    out.m_fileName = out.m_source->fileName();
    const SourceText &src = *out.m_source;
    const Reader r(src, Reader::Mode::Trusting, *out.m_entryText);
    if (progress)
        progress->beginStage(RuntimeExportTr::tr("Reading the agent runtime export"), 0);

    // Syntax first, over the whole text, so a malformed file is reported where it breaks and not where the
    // walk below happens to notice.
    {
        dom::parser validator;
        dom::element root;
        if (auto err = validator.parse(src.data(), src.size(), false).get(root))
            throw jsonSyntaxError(src.name(), src.text(), src.text(), 0, error_message(err));
    }
    throwIfCancelled(progress);

    ondemand::parser parser;
    ondemand::document doc;
    if (auto err = parser.iterate(src.data(), src.size(), src.size() + SourceText::Padding).get(doc))
        r.failJson(src.data(), err);
    ondemand::object top;
    if (doc.get_object().get(top))
        r.failAt(src.data(), RuntimeExportTr::tr("expected a JSON object (an agent runtime export)"));

    std::vector<std::string_view> spans;
    readMembers(r, top, src, out, [&](ondemand::value v) { entrySpans(r, v, spans); });

    if (progress)
        progress->beginStage(RuntimeExportTr::tr("Reading audit entries"), qint64(spans.size()));
    out.auditEntries.reserve(spans.size());
    ondemand::parser entryParser;
    for (size_t i = 0; i < spans.size(); ++i) {
        if ((i & 1023) == 0) {
            throwIfCancelled(progress);
            if (progress)
                progress->report(qint64(i));
        }
        const std::string_view raw = spans[i];
        ondemand::document entryDoc;
        // The span lies inside the padded source, so it is iterated in place.
        if (auto err =
                entryParser.iterate(raw.data(), raw.size(), raw.size() + SourceText::Padding).get(entryDoc))
            r.failJson(raw.data(), err);
        ondemand::object obj;
        if (auto err = entryDoc.get_object().get(obj))
            r.failJson(raw.data(), err);
        RuntimeAuditEntry &e = out.auditEntries.emplace_back();
        e.raw = raw;
        r.entry(obj, raw.data(), e);
    }
    if (progress)
        progress->report(qint64(spans.size()));
    return out;
}

} // namespace ab
