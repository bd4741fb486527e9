#include "demo/AgentRuntimeExport.h"

#include "core/json/JsonWriter.h"
#include "demo/DemoDataTr.h"
#include "demo/DemoRecord.h"
#include "demo/DemoTime.h"
#include "demo/Rng.h"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ab::demo {

namespace {

struct ConnectorInfo
{
    std::string_view name;
    std::vector<std::string_view> operations;
    std::string_view storage;
};

struct AgentPlan
{
    std::string_view name, owner;
    std::vector<ConnectorInfo> connectors;
    std::vector<std::string_view> actions, dataTypes;
    unsigned weight;
    std::string id;
    qint64 deployedMs = 0;
    bool suspendedAtEnd = false;
};

struct PolicyPlan
{
    size_t agent;
    std::string_view name, effect;
    bool active;
    int threshold;
};

struct DriftPlan
{
    size_t agent;
    std::string_view severity, response, connector, operation;
    int permille; // position in the period
    qint64 index = 0, ms = 0;
};

std::vector<AgentPlan> agentPlans()
{
    return {
        {"triage-bot",
         "secops@example.com",
         {{"crowdstrike", {"list_detections", "get_host", "get_detection_details"}, "vault"},
          {"jira", {"create_issue", "add_comment", "search_issues"}, "vault"},
          {"splunk", {"run_search", "get_saved_search"}, "vault"},
          {"slack", {"post_message"}, "vault"}},
         {"read", "create_ticket", "comment", "notify"},
         {"endpoint telemetry", "detection metadata", "ticket metadata"},
         40,
         {},
         0,
         false},
        {"vuln-scanner-bot",
         "vuln-mgmt@example.com",
         {{"wiz", {"list_issues", "get_resource"}, "vault"},
          {"tenable", {"list_vulnerabilities", "export_scan"}, "vault"},
          {"jira", {"create_issue", "search_issues"}, "vault"},
          {"servicenow", {"create_change_request", "get_ci"}, "vault"}},
         {"read", "create_ticket", "create_change"},
         {"vulnerability findings", "asset inventory", "ticket metadata"},
         25,
         {},
         0,
         false},
        {"access-review-bot",
         "iam-team@example.com",
         {{"okta", {"list_users", "list_group_members", "get_user"}, "vault"},
          {"sailpoint", {"list_certifications", "get_identity"}, "vault"},
          {"cyberark", {"list_privileged_accounts"}, "vault"},
          {"acme-internal-cmdb", {"lookup_owner", "list_applications"}, "config_file"}},
         {"read", "create_certification_report"},
         {"identity attributes", "group memberships", "privileged account inventory"},
         20,
         {},
         0,
         false},
        {"phishing-responder",
         "soc@example.com",
         {{"proofpoint", {"get_message", "quarantine_message", "list_clicks"}, "vault"},
          {"slack", {"post_message"}, "vault"},
          {"servicenow", {"create_incident", "update_incident"}, "vault"},
          {"datadog", {"query_logs"}, "vault"}},
         {"read", "quarantine_email", "create_incident", "notify"},
         {"email metadata", "URL reputation", "incident records"},
         15,
         {},
         0,
         false},
    };
}

std::vector<PolicyPlan> policyPlans()
{
    return {{0, "deny-host-containment", "deny", true, 70},
            {0, "escalate-bulk-jira-changes", "escalate", true, 60},
            {1, "deny-production-change-without-approval", "deny", true, 65},
            {1, "escalate-scan-export", "escalate", true, 50},
            {2, "deny-privileged-account-modification", "deny", true, 40},
            {2, "allow-read-only-identity-queries", "allow", true, 90},
            {3, "escalate-mass-quarantine", "escalate", true, 55},
            {3, "deny-external-forwarding", "deny", false, 80}};
}

std::vector<DriftPlan> driftPlans()
{
    // Most responses follow the hierarchy (low -> alert, medium -> throttle, high/critical -> suspend);
    // drf_5 and drf_6 fall short of it, which the package's Incident Response answer must list.
    return {{0, "low", "alert", "splunk", "list_indexes", 100},
            {1, "medium", "throttle", "jira", "delete_issue", 220},
            {2, "low", "alert", "okta", "list_apps", 350},
            {1, "high", "suspend", "tenable", "delete_scan", 410},
            {0, "medium", "alert", "crowdstrike", "contain_host", 550},
            {2, "high", "throttle", "cyberark", "retrieve_password", 680},
            {0, "medium", "throttle", "slack", "invite_user", 800},
            {3, "critical", "suspend", "proofpoint", "release_all_quarantined", 930}};
}

class RuntimeGenerator
{
public:
    RuntimeGenerator(const DemoDataOptions &o, const crypto::SecureBytes &key) : m_rng(o.seed, 10), m_mac(key)
    {
        m_entries = std::max<qint64>(500, o.records / 20);
    }

    qint64 run(OutFile &out, Progress *progress)
    {
        const qint64 m = m_entries;
        const qint64 begin = epochMs(2026, 1, 5), end = epochMs(2026, 2, 28);
        const qint64 span = end - begin;
        const qint64 step = span / m;
        const auto slot = [&](qint64 index) { return begin + qint64((__int128)index * span / m); };

        std::vector<AgentPlan> agents = agentPlans();
        for (AgentPlan &a : agents)
            a.id = m_rng.uuid();
        const std::vector<PolicyPlan> policies = policyPlans();
        std::vector<DriftPlan> drifts = driftPlans();

        // Scheduled entries (deployments first, drift detections with their responses, packages at the end)
        // get their slot's exact start time, so the header can state them before the entries are written.
        std::map<qint64, std::pair<char, size_t>> scheduled; // index -> (kind, agent or drift)
        for (size_t i = 0; i < agents.size(); ++i) {
            scheduled[qint64(i)] = {'D', i};
            agents[i].deployedMs = slot(qint64(i));
        }
        qint64 redeployIndex = -1, finalSuspendIndex = -1;
        for (size_t i = 0; i < drifts.size(); ++i) {
            DriftPlan &d = drifts[i];
            d.index = m * d.permille / 1000;
            d.ms = slot(d.index);
            scheduled[d.index] = {'F', i};
            if (d.response == "suspend") {
                scheduled[d.index + 1] = {'S', i};
                if (d.severity == "critical") {
                    agents[d.agent].suspendedAtEnd = true;
                    finalSuspendIndex = d.index + 1;
                } else {
                    redeployIndex = d.index + 3;
                    scheduled[redeployIndex] = {'R', d.agent};
                    m_suspendedBetween = {d.index + 1, redeployIndex, d.agent};
                }
            }
        }
        for (size_t i = 0; i < agents.size(); ++i)
            scheduled[m - 1 - qint64(agents.size()) + qint64(i)] = {'C', i};

        std::string &b = out.buffer();
        b.append("{\n  \"format\": \"arx-runtime-export\",\n  \"version\": 1,\n  \"exported_at\": "
                 "\"2026-03-01T12:00:00Z\",\n");
        b.append("  \"organization\": {\"id\": \"org_1\", \"name\": \"Example Corp\"},\n  \"agents\": [\n");
        for (size_t i = 0; i < agents.size(); ++i) {
            const AgentPlan &a = agents[i];
            JsonWriter w(false);
            w.beginObject().key("id").value(a.id).key("name").value(a.name);
            w.key("status").value(a.suspendedAtEnd ? "suspended" : "active");
            w.key("deployed_at").value(rfc3339(a.deployedMs, false)).key("owner").value(a.owner);
            w.key("intent_manifest").beginObject().key("systems").beginArray();
            for (const ConnectorInfo &c : a.connectors)
                w.value(c.name);
            w.endArray().key("actions").beginArray();
            for (auto s : a.actions)
                w.value(s);
            w.endArray().key("data_types").beginArray();
            for (auto s : a.dataTypes)
                w.value(s);
            w.endArray().endObject().endObject();
            b.append("    ").append(w.str()).append(i + 1 < agents.size() ? ",\n" : "\n");
        }
        b.append("  ],\n  \"connector_configs\": [\n");
        bool first = true;
        for (const AgentPlan &a : agents)
            for (const ConnectorInfo &c : a.connectors) {
                JsonWriter w(false);
                w.beginObject()
                    .key("agent_id")
                    .value(a.id)
                    .key("connector")
                    .value(c.name)
                    .key("operations")
                    .beginArray();
                for (auto op : c.operations)
                    w.value(op);
                w.endArray().key("credential_storage").value(c.storage).endObject();
                b.append(first ? "    " : ",\n    ").append(w.str());
                first = false;
            }
        b.append("\n  ],\n  \"policy_rules\": [\n");
        for (size_t i = 0; i < policies.size(); ++i) {
            const PolicyPlan &p = policies[i];
            JsonWriter w(false);
            w.beginObject()
                .key("id")
                .value("pol_" + std::to_string(i + 1))
                .key("agent_id")
                .value(agents[p.agent].id);
            w.key("name").value(p.name).key("effect").value(p.effect).key("active").value(p.active);
            w.key("risk_threshold").value(qint64(p.threshold)).endObject();
            b.append("    ").append(w.str()).append(i + 1 < policies.size() ? ",\n" : "\n");
        }
        b.append("  ],\n  \"drift_events\": [\n");
        for (size_t i = 0; i < drifts.size(); ++i) {
            const DriftPlan &d = drifts[i];
            JsonWriter w(false);
            w.beginObject()
                .key("id")
                .value("drf_" + std::to_string(i + 1))
                .key("agent_id")
                .value(agents[d.agent].id);
            w.key("detected_at").value(rfc3339(d.ms, false)).key("severity").value(d.severity);
            w.key("response").value(d.response);
            w.key("description")
                .value("called " + std::string(d.connector) + "." + std::string(d.operation) +
                       ", not in intent manifest");
            w.endObject();
            b.append("    ").append(w.str()).append(i + 1 < drifts.size() ? ",\n" : "\n");
        }
        b.append("  ],\n  \"audit_entries\": [\n");
        out.flushIfFull();

        if (progress)
            progress->beginStage(DemoDataTr::tr("Writing agent runtime audit entries"), m);
        std::string previous(Genesis);
        for (qint64 i = 0; i < m; ++i) {
            if ((i & 1023) == 0)
                throwIfCancelled(progress);
            const auto it = scheduled.find(i);
            qint64 ms = slot(i);
            m_record.clear();
            m_record.add("id", m_rng.uuid());
            m_record.add("sequence", i + 1);
            if (it == scheduled.end()) {
                ms += qint64(m_rng.below(quint64(step)));
                m_record.add("timestamp", rfc3339(ms));
                routineEntry(agents, policies, i, finalSuspendIndex);
            } else {
                m_record.add("timestamp", rfc3339(ms));
                scheduledEntry(agents, drifts, it->second.first, it->second.second);
            }
            m_record.add("hmac_key_id", "arx-2026a");
            const std::string hmac = macHex(m_mac, m_record.canonical(), previous);
            b.append("    ");
            m_record.write(b, previous, hmac);
            b.append(i + 1 < m ? ",\n" : "\n");
            out.flushIfFull();
            previous = hmac;
        }
        b.append("  ]\n}\n");
        if (progress)
            progress->report(m);
        return m;
    }

private:
    void routineEntry(const std::vector<AgentPlan> &agents, const std::vector<PolicyPlan> &policies,
                      qint64 index, qint64 finalSuspendIndex)
    {
        Rng &r = m_rng;
        size_t a;
        for (;;) { // an agent does nothing while it is suspended
            std::array<unsigned, 4> weights{};
            for (size_t i = 0; i < 4; ++i)
                weights[i] = agents[i].weight;
            a = r.weighted(weights);
            const bool suspendedNow =
                (agents[a].suspendedAtEnd && finalSuspendIndex >= 0 && index > finalSuspendIndex) ||
                (a == m_suspendedBetween.agent && index > m_suspendedBetween.from &&
                 index < m_suspendedBetween.to);
            if (!suspendedNow)
                break;
        }
        const AgentPlan &agent = agents[a];
        const ConnectorInfo &c = agent.connectors[r.weighted(std::array<unsigned, 4>{40, 30, 20, 10})];
        const std::string_view op = r.pick(c.operations);
        m_record.add("agent_id", agent.id);
        static constexpr std::array<std::string_view, 6> Types{"connector.called", "policy.evaluated",
                                                               "secret.accessed",  "approval.reviewed",
                                                               "secret.rotated",   "compliance.generated"};
        const size_t type = r.weighted(std::array<unsigned, 6>{7000, 2000, 700, 280, 15, 5});
        m_record.add("action_type", Types[type]);
        switch (type) {
        case 0: {
            const size_t decision = r.weighted(std::array<unsigned, 3>{880, 80, 40});
            static constexpr std::array<std::string_view, 3> Decisions{"allow", "deny", "escalate"};
            const qint64 risk = decision == 0   ? r.between(0, 60)
                                : decision == 1 ? r.between(70, 99)
                                                : r.between(50, 85);
            m_record.add("actor", "agent");
            m_record.add("connector", c.name);
            m_record.add("operation", op);
            m_record.add("decision", Decisions[decision]);
            m_record.add("risk_score", risk);
            m_record.add("input_sha256", r.hex(64));
            m_record.add("output_sha256",
                         decision == 0 ? r.hex(64)
                                       : crypto::toHex(crypto::sha256(std::string_view())).toStdString());
            break;
        }
        case 1: {
            std::vector<size_t> own;
            for (size_t i = 0; i < policies.size(); ++i)
                if (policies[i].agent == a)
                    own.push_back(i);
            const size_t p = own[r.below(own.size())];
            const qint64 risk = r.between(0, 99);
            m_record.add("actor", "policy_engine");
            m_record.add("policy_id", "pol_" + std::to_string(p + 1));
            m_record.add("connector", c.name);
            m_record.add("operation", op);
            m_record.add("decision",
                         risk >= policies[p].threshold ? policies[p].effect : std::string_view("allow"));
            m_record.add("risk_score", risk);
            break;
        }
        case 2:
        case 4:
            m_record.add("actor", type == 2 ? "agent" : "system");
            m_record.add("connector", c.name);
            m_record.add("secret_ref",
                         "vault:secret/agents/" + std::string(agent.name) + "/" + std::string(c.name));
            break;
        case 3:
            m_record.add("actor", "human");
            m_record.add("reviewer", agent.owner);
            m_record.add("connector", c.name);
            m_record.add("operation", op);
            m_record.add("decision", r.chance(850) ? "approved" : "rejected");
            break;
        default:
            m_record.add("actor", "system");
            m_record.add("package_id", r.uuid());
            break;
        }
    }

    void scheduledEntry(const std::vector<AgentPlan> &agents, const std::vector<DriftPlan> &drifts, char kind,
                        size_t which)
    {
        switch (kind) {
        case 'D':
        case 'R':
            m_record.add("agent_id", agents[which].id);
            m_record.add("action_type", "agent.deployed");
            m_record.add("actor", "human");
            m_record.add("user_email", agents[which].owner);
            if (kind == 'R')
                m_record.add("reason", "redeployed after drift review");
            break;
        case 'F': {
            const DriftPlan &d = drifts[which];
            m_record.add("agent_id", agents[d.agent].id);
            m_record.add("action_type", "drift.detected");
            m_record.add("actor", "system");
            m_record.add("drift_event_id", "drf_" + std::to_string(which + 1));
            m_record.add("severity", d.severity);
            m_record.add("response", d.response);
            m_record.add("connector", d.connector);
            m_record.add("operation", d.operation);
            break;
        }
        case 'S': {
            const DriftPlan &d = drifts[which];
            m_record.add("agent_id", agents[d.agent].id);
            m_record.add("action_type", "agent.suspended");
            m_record.add("actor", "system");
            m_record.add("drift_event_id", "drf_" + std::to_string(which + 1));
            m_record.add("reason", "automatic suspension on " + std::string(d.severity) + " drift");
            break;
        }
        default: // 'C'
            m_record.add("agent_id", agents[which].id);
            m_record.add("action_type", "compliance.generated");
            m_record.add("actor", "system");
            m_record.add("package_id", m_rng.uuid());
            break;
        }
    }

    Rng m_rng;
    crypto::HmacSha256 m_mac;
    qint64 m_entries = 0;
    Record m_record;
    struct
    {
        qint64 from = -1, to = -1;
        size_t agent = SIZE_MAX;
    } m_suspendedBetween;
};

} // namespace

qint64 writeRuntimeExport(const DemoDataOptions &options, const crypto::SecureBytes &key, OutFile &out,
                          Progress *progress)
{
    RuntimeGenerator generator(options, key);
    return generator.run(out, progress);
}

} // namespace ab::demo
