#include "core/package/RuntimeExport.h"

#include "core/common/InputError.h"
#include "core/json/JsonDiagnostics.h"

#include <QCoreApplication>

#include <simdjson.h>

namespace ab {

struct RuntimeExportTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::RuntimeExport)
};

namespace {

using namespace simdjson;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Walks the export with simdjson's on-demand API so every complaint can name the exact line and column.
class Reader
{
public:
    explicit Reader(const SourceText &src) : m_src(src) {}

    [[noreturn]] void failAt(const char *at, const QString &message) const
    {
        size_t offset = 0;
        if (at >= m_src.data() && at <= m_src.data() + m_src.size())
            offset = size_t(at - m_src.data());
        throw InputError::atOffset(m_src.name(), m_src.text(), offset, message);
    }

    [[noreturn]] void failJson(const char *at, error_code err) const
    {
        const size_t offset =
            (at >= m_src.data() && at <= m_src.data() + m_src.size()) ? size_t(at - m_src.data()) : 0;
        throw jsonSyntaxError(m_src.name(), m_src.text(), m_src.text(), offset, error_message(err));
    }

    ondemand::json_type typeOf(ondemand::value &v, const char *at) const
    {
        ondemand::json_type type;
        if (auto err = v.type().get(type))
            failJson(at, err);
        return type;
    }

    QString string(ondemand::value v, std::string_view member) const
    {
        const char *at = v.raw_json_token().data();
        if (typeOf(v, at) == ondemand::json_type::null)
            return {};
        std::string_view s;
        if (v.get_string().get(s))
            failAt(at, RuntimeExportTr::tr("expected a string for \"%1\"").arg(qs(member)));
        return qs(s);
    }

    std::optional<qint64> integer(ondemand::value v, std::string_view member) const
    {
        const char *at = v.raw_json_token().data();
        const auto type = typeOf(v, at);
        if (type == ondemand::json_type::null)
            return std::nullopt;
        int64_t n = 0;
        if (type == ondemand::json_type::number && !v.get_int64().get(n))
            return qint64(n);
        if (type == ondemand::json_type::number) {
            // Accept integral doubles such as 70.0; reject fractions.
            double d = 0;
            if (!v.get_double().get(d) && d == double(int64_t(d)))
                return qint64(d);
        }
        failAt(at, RuntimeExportTr::tr("expected a whole number for \"%1\"").arg(qs(member)));
    }

    bool boolean(ondemand::value v, std::string_view member) const
    {
        const char *at = v.raw_json_token().data();
        bool b = false;
        if (v.get_bool().get(b))
            failAt(at, RuntimeExportTr::tr("expected true or false for \"%1\"").arg(qs(member)));
        return b;
    }

    QStringList strings(ondemand::value v, std::string_view member) const
    {
        const char *at = v.raw_json_token().data();
        if (typeOf(v, at) == ondemand::json_type::null)
            return {};
        ondemand::array array;
        if (v.get_array().get(array))
            failAt(at, RuntimeExportTr::tr("expected an array of strings for \"%1\"").arg(qs(member)));
        QStringList out;
        for (auto element : array) {
            ondemand::value item;
            if (auto err = element.get(item))
                failJson(at, err);
            const char *itemAt = item.raw_json_token().data();
            std::string_view s;
            if (item.get_string().get(s))
                failAt(itemAt, RuntimeExportTr::tr("expected a string in \"%1\"").arg(qs(member)));
            out << qs(s);
        }
        return out;
    }

    // Calls fn(key, value) for each member of an object value.
    template <typename Fn> void members(ondemand::value v, std::string_view what, Fn &&fn) const
    {
        const char *at = v.raw_json_token().data();
        ondemand::object obj;
        if (v.get_object().get(obj))
            failAt(at, RuntimeExportTr::tr("expected an object for \"%1\"").arg(qs(what)));
        membersOf(obj, at, fn);
    }

    template <typename Fn> void membersOf(ondemand::object &obj, const char *at, Fn &&fn) const
    {
        for (auto field : obj) {
            std::string_view key;
            if (auto err = field.unescaped_key().get(key))
                failJson(at, err);
            ondemand::value value;
            if (auto err = field.value().get(value))
                failJson(at, err);
            fn(key, value);
        }
    }

    // Calls fn(value, at) for each element of an array of objects.
    template <typename Fn> void objects(ondemand::value v, std::string_view what, Fn &&fn) const
    {
        const char *at = v.raw_json_token().data();
        if (typeOf(v, at) == ondemand::json_type::null)
            return;
        ondemand::array array;
        if (v.get_array().get(array))
            failAt(at, RuntimeExportTr::tr("expected an array for \"%1\"").arg(qs(what)));
        for (auto element : array) {
            ondemand::value item;
            if (auto err = element.get(item))
                failJson(at, err);
            const char *itemAt = item.raw_json_token().data();
            if (typeOf(item, itemAt) != ondemand::json_type::object)
                failAt(itemAt, RuntimeExportTr::tr("expected an object in \"%1\"").arg(qs(what)));
            fn(item, itemAt);
        }
    }

    // Collects the exact text of each object of the audit_entries array.
    void entrySpans(ondemand::value v, std::vector<std::string_view> &out) const
    {
        const char *at = v.raw_json_token().data();
        ondemand::array array;
        if (v.get_array().get(array))
            failAt(at, RuntimeExportTr::tr("expected an array for \"audit_entries\""));
        for (auto element : array) {
            ondemand::value item;
            if (auto err = element.get(item))
                failJson(at, err);
            const char *itemAt = item.raw_json_token().data();
            ondemand::object obj;
            if (typeOf(item, itemAt) != ondemand::json_type::object || item.get_object().get(obj))
                failAt(itemAt, RuntimeExportTr::tr("expected an audit entry object in \"audit_entries\""));
            std::string_view raw;
            if (auto err = obj.raw_json().get(raw))
                failJson(itemAt, err);
            out.push_back(raw);
        }
    }

    void require(const QString &value, std::string_view member, const char *at, std::string_view what) const
    {
        if (value.isEmpty())
            failAt(at,
                   RuntimeExportTr::tr("expected a non-empty \"%1\" in this %2").arg(qs(member), qs(what)));
    }

private:
    const SourceText &m_src;
};

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
    RuntimeExport out;
    out.m_source = std::make_shared<SourceText>(std::move(sourceText));
    out.m_fileName = out.m_source->fileName();
    const SourceText &src = *out.m_source;
    Reader r(src);
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
                        });
                    }
                });
                r.require(a.id, "id", at, "agent");
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
                });
                r.require(c.connector, "connector", at, "connector configuration");
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
                });
                r.require(p.id, "id", at, "policy rule");
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
                });
                r.require(d.id, "id", at, "drift event");
                out.driftEvents.push_back(std::move(d));
            });
        } else if (key == "audit_entries") {
            sawEntries = true;
            r.entrySpans(v, spans);
        }
    });
    if (!out.format.isEmpty() && out.format != QLatin1String("arx-runtime-export"))
        r.failAt(
            formatAt,
            RuntimeExportTr::tr("expected \"format\": \"arx-runtime-export\", found \"%1\"").arg(out.format));
    if (!sawEntries)
        r.failAt(src.data(),
                 RuntimeExportTr::tr("expected an \"audit_entries\" array in the agent runtime export"));

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
        RuntimeAuditEntry e;
        e.raw = raw;
        const char *timestampAt = nullptr;
        r.membersOf(obj, raw.data(), [&](std::string_view k, ondemand::value m) {
            if (k == "id")
                e.id = r.string(m, k);
            else if (k == "sequence")
                e.sequence = r.integer(m, k);
            else if (k == "timestamp") {
                timestampAt = m.raw_json_token().data();
                e.timestamp = r.string(m, k);
            } else if (k == "agent_id")
                e.agentId = r.string(m, k);
            else if (k == "action_type")
                e.actionType = r.string(m, k);
            else if (k == "actor")
                e.actor = r.string(m, k);
            else if (k == "connector")
                e.connector = r.string(m, k);
            else if (k == "operation")
                e.operation = r.string(m, k);
            else if (k == "decision")
                e.decision = r.string(m, k);
            else if (k == "risk_score")
                e.riskScore = r.integer(m, k);
            else if (k == "input_sha256")
                e.hasInputHash = !r.string(m, k).isEmpty();
            else if (k == "output_sha256")
                e.hasOutputHash = !r.string(m, k).isEmpty();
            else if (k == "input" || k == "output" || k == "prompt" || k == "completion" || k == "payload" ||
                     k == "request_body" || k == "response_body")
                e.rawPayloadMembers << qs(k);
        });
        r.require(e.actionType, "action_type", raw.data(), "audit entry");
        if (!e.timestamp.isEmpty()) {
            e.time = Instant::parse(e.timestamp);
            if (!e.time)
                r.failAt(timestampAt,
                         RuntimeExportTr::tr("expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z "
                                             "for \"timestamp\", found \"%1\"")
                             .arg(e.timestamp));
        }
        out.auditEntries.push_back(std::move(e));
    }
    if (progress)
        progress->report(qint64(spans.size()));
    return out;
}

} // namespace ab
