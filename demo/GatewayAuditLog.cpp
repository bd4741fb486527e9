#include "demo/GatewayAuditLog.h"

#include "core/ocsf/OcsfEvent.h"
#include "demo/DemoDataTr.h"
#include "demo/DemoRecord.h"
#include "demo/DemoTime.h"
#include "demo/Rng.h"
#include "demo/TamperedCopy.h"

#include <array>
#include <string_view>
#include <vector>

namespace ab::demo {

namespace {

// Gateway vocabulary (seed 004).
struct EntityRule
{
    std::string_view entity, framework, reference, policy, rulePrefix;
};
constexpr std::array<EntityRule, 12> EntityRules{{
    {"credit_card", "pci_dss", "PCI-DSS Requirement 3.4", "PCI-DSS-Standard", "pci-dss"},
    {"cvv", "pci_dss", "PCI-DSS Requirement 3.2", "PCI-DSS-Standard", "pci-dss"},
    {"card_expiry", "pci_dss", "PCI-DSS Requirement 3.4", "PCI-DSS-Standard", "pci-dss"},
    {"ssn", "hipaa", "HIPAA 45 CFR § 164.312", "HIPAA-PHI", "hipaa"},
    {"name", "hipaa", "HIPAA 45 CFR § 164.514(b)", "HIPAA-PHI", "hipaa"},
    {"dob", "hipaa", "HIPAA 45 CFR § 164.514(b)", "HIPAA-PHI", "hipaa"},
    {"medical_record", "hipaa", "HIPAA 45 CFR § 164.312", "HIPAA-PHI", "hipaa"},
    {"email", "hipaa", "HIPAA 45 CFR § 164.502", "HIPAA-PHI", "hipaa"},
    {"api_key", "soc2", "SOC 2 CC6.1", "SOC2-Confidentiality", "soc2"},
    {"customer_list", "soc2", "SOC 2 C1.1", "SOC2-Confidentiality", "soc2"},
    {"bank_account", "sox", "SOX Section 404", "SOX-Financial-Controls", "sox"},
    {"financial_forecast", "sox", "SOX Section 302", "SOX-Financial-Controls", "sox"},
}};
constexpr std::array<unsigned, 12> EntityWeights{22, 6, 5, 9, 12, 6, 8, 10, 6, 4, 7, 5};

struct ModelRoute
{
    std::string_view model, provider;
};
constexpr std::array<ModelRoute, 6> Models{{{"gpt-4o", "openai"},
                                            {"gpt-4o-mini", "openai"},
                                            {"claude-3-5-sonnet", "anthropic"},
                                            {"gemini-1.5-pro", "google"},
                                            {"gpt-4o", "azure_openai"},
                                            {"llama-3.1-70b-instruct", "aws_bedrock"}}};
constexpr std::array<unsigned, 6> ModelWeights{30, 18, 24, 10, 12, 6};

constexpr std::array<std::string_view, 8> OverrideReasons{
    "Customer requested a copy of their own card on file for a chargeback dispute",
    "Synthetic test data for QA ticket, no real patient",
    "Approved by compliance (ticket CMP-2291) for fraud investigation",
    "Redaction broke the SQL query; data is our own test fixture",
    "Legal hold review requested by outside counsel",
    "Patient consented in writing to share record with specialist",
    "Quarter-close reconciliation, finance manager approved",
    "False positive: string is an order number, not a card"};

constexpr std::array<std::string_view, 24> FirstNames{
    "alice", "bob",    "carol",   "dave",  "erin",   "frank",  "grace",  "heidi",
    "ivan",  "judy",   "mallory", "nia",   "oscar",  "peggy",  "rupert", "sybil",
    "trent", "ursula", "victor",  "wendy", "xavier", "yasmin", "zoe",    "omar"};
constexpr std::array<std::string_view, 16> LastNames{
    "nguyen", "smith",  "garcia", "kowalski", "okafor", "johansson", "tanaka",  "muller",
    "rossi",  "dubois", "silva",  "patel",    "cohen",  "novak",     "brennan", "haddad"};

struct User
{
    std::string id, email, ip;
};

std::string documentationIp(Rng &rng)
{
    return (rng.chance(500) ? std::string("203.0.113.") : std::string("198.51.100.")) +
           std::to_string(rng.between(1, 254));
}

std::vector<User> makeUsers(Rng &rng, size_t count)
{
    std::vector<User> users;
    for (size_t i = 0; i < count; ++i) {
        User u;
        u.id = "usr_" + rng.hex(12);
        u.email = std::string(FirstNames[i % FirstNames.size()]) + "." +
                  std::string(LastNames[(i * 7 + i / 16) % LastNames.size()]) + "@example.com";
        u.ip = documentationIp(rng);
        users.push_back(std::move(u));
    }
    return users;
}

class GatewayGenerator
{
public:
    GatewayGenerator(const DemoDataOptions &o, const crypto::SecureBytes &keyA,
                     const crypto::SecureBytes &keyB)
        : m_options(o), m_rng(o.seed, 1), m_macA(keyA), m_macB(keyB)
    {
        Rng setup(o.seed, 2);
        m_users = makeUsers(setup, 48);
        m_orgId = "org_" + setup.hex(16);
    }

    // Writes the year's records to `original`, their copy with three tamperings to `tampered` and every
    // (n / 2000)th record's OCSF form to `ocsf`.
    GatewayResult run(OutFile &original, OutFile &tampered, OutFile &ocsf, Progress *progress)
    {
        const qint64 n = m_options.records;
        const qint64 begin = epochMs(2025, 1, 1), end = epochMs(2026, 1, 1); // the year, end exclusive
        const qint64 rotation = epochMs(2025, 7, 1);                         // k2025a until 2025-06-30
        const qint64 span = end - begin;
        const qint64 step = span / n;
        const qint64 ocsfStride = std::max<qint64>(1, n / 2000);

        GatewayResult result;
        TamperedCopy copy(n, m_options.seed, tampered);
        std::string previous(Genesis);
        if (progress)
            progress->beginStage(DemoDataTr::tr("Writing gateway audit records"), n);

        for (qint64 seq = 1; seq <= n; ++seq) {
            if ((seq & 4095) == 0) {
                throwIfCancelled(progress);
                if (progress)
                    progress->report(seq);
            }
            // Strictly increasing: the slot start grows by at least `step`, the jitter stays below it.
            const qint64 ms =
                begin + qint64((__int128)(seq - 1) * span / n) + qint64(m_rng.below(quint64(step)));
            const bool firstHalf = ms < rotation;
            fillRecord(seq, ms, firstHalf ? "k2025a" : "k2025b");
            crypto::HmacSha256 &mac = firstHalf ? m_macA : m_macB;
            const std::string hmac = macHex(mac, m_record.canonical(), previous);

            std::string &out = original.buffer();
            m_record.write(out, previous, hmac);
            out.push_back('\n');
            original.flushIfFull();
            ++result.records;
            if (seq % ocsfStride == 0 && appendOcsf(ms, ocsf.buffer())) {
                ++result.ocsfEvents;
                ocsf.flushIfFull();
            }

            copy.copy(seq, m_record, previous, hmac, mac);
            if (copy.forgesAfter(seq)) {
                // A record inserted after the fact, linked correctly but sealed with a key the forger
                // guessed.
                fillForged(seq + 1, ms + 1, firstHalf ? "k2025a" : "k2025b");
                copy.insertForged(m_record, hmac, mac);
            }
            tampered.flushIfFull();
            previous = hmac;
        }
        result.head = previous;
        if (progress)
            progress->report(n);
        result.tamperedRecords = copy.records();
        result.expectedErrors = copy.expectedErrors();
        result.notes = copy.notes(result.head);
        return result;
    }

private:
    // The record's OCSF form (core's one mapping) as one line; false for a category without a class.
    bool appendOcsf(qint64 ms, std::string &out) const
    {
        const Record &r = m_record;
        const ocsf::GatewayFields fields{r.get("id"),
                                         r.get("category"),
                                         r.get("action"),
                                         r.get("org_id"),
                                         r.get("user_id"),
                                         r.get("user_email"),
                                         r.get("source_ip"),
                                         r.get("entity_type"),
                                         r.get("rule_name"),
                                         r.get("policy_name"),
                                         r.get("framework_reference")};
        if (!ocsf::appendEvent(fields, ms, out))
            return false;
        out.push_back('\n');
        return true;
    }

    void fillRecord(qint64 seq, qint64 ms, std::string_view keyId)
    {
        Rng &r = m_rng;
        Record &rec = m_record;
        rec.clear();
        const std::string id = eventId(ms, r);
        rec.add("id", id);
        rec.add("sequence", seq);
        rec.add("timestamp", rfc3339(ms));
        rec.add("org_id", m_orgId);
        // Users work in skewed proportions: a few heavy users, a long tail.
        const size_t userIndex = size_t(r.below(r.chance(600) ? 8 : m_users.size()));
        const User &u = m_users[userIndex];
        const std::string ip = r.chance(900) ? u.ip : documentationIp(r);
        static constexpr std::array<std::string_view, 5> Categories{"enforcement", "authentication",
                                                                    "model_routing", "provisioning", "admin"};
        const size_t category = r.weighted(std::array<unsigned, 5>{560, 200, 180, 50, 10});
        rec.add("category", Categories[category]);
        switch (category) {
        case 0: { // enforcement
            static constexpr std::array<std::string_view, 5> Actions{
                "block", "redact", "allow", "allow_with_override", "prompt_hold_approve"};
            const size_t a = r.weighted(std::array<unsigned, 5>{34, 38, 14, 8, 6});
            const EntityRule &e = EntityRules[r.weighted(EntityWeights)];
            const ModelRoute &m = Models[r.weighted(ModelWeights)];
            rec.add("action", Actions[a]);
            addUser(u, ip);
            rec.add("model", m.model);
            rec.add("provider", m.provider);
            rec.add("entity_type", e.entity);
            rec.add("framework", e.framework);
            rec.add("framework_reference", e.reference);
            rec.add("policy_name", e.policy);
            rec.add("rule_name", std::string(e.rulePrefix) + "-" + std::string(e.entity) + "-" +
                                     std::string(a == 1   ? "redact"
                                                 : a == 0 ? "block"
                                                          : "monitor"));
            if (a == 3)
                rec.add("override_reason", r.pick(OverrideReasons));
            break;
        }
        case 1: // authentication
            rec.add("action", r.chance(540) ? "login" : "logout");
            addUser(u, ip);
            break;
        case 2: { // model routing
            const ModelRoute &m = Models[r.weighted(ModelWeights)];
            rec.add("action", "route");
            addUser(u, ip);
            rec.add("model", m.model);
            rec.add("provider", m.provider);
            break;
        }
        case 3: { // provisioning (SCIM, from the identity provider)
            static constexpr std::array<std::string_view, 3> Actions{"scim_user_created", "scim_user_deleted",
                                                                     "scim_group_changed"};
            rec.add("action", Actions[r.weighted(std::array<unsigned, 3>{45, 20, 35})]);
            addUser(u, ip);
            break;
        }
        default: // admin
            rec.add("action", r.chance(40) ? "kill_switch" : "policy_updated");
            addUser(m_users[r.below(3)], ip); // admins
            break;
        }
        rec.add("hmac_key_id", keyId);
    }

    void fillForged(qint64 seq, qint64 ms, std::string_view keyId)
    {
        Rng forger(m_options.seed, 3);
        const User &u = m_users[forger.below(m_users.size())];
        m_record.clear();
        m_record.add("id", eventId(ms, forger));
        m_record.add("sequence", seq);
        m_record.add("timestamp", rfc3339(ms));
        m_record.add("org_id", m_orgId);
        m_record.add("category", "enforcement");
        m_record.add("action", "allow_with_override");
        addUser(u, u.ip);
        m_record.add("model", "gpt-4o");
        m_record.add("provider", "openai");
        m_record.add("entity_type", "credit_card");
        m_record.add("framework", "pci_dss");
        m_record.add("framework_reference", "PCI-DSS Requirement 3.4");
        m_record.add("policy_name", "PCI-DSS-Standard");
        m_record.add("rule_name", "pci-dss-credit-card-monitor");
        m_record.add("override_reason", "Approved by compliance (ticket CMP-2291) for fraud investigation");
        m_record.add("hmac_key_id", keyId);
    }

    void addUser(const User &u, const std::string &ip)
    {
        m_record.add("user_id", u.id);
        m_record.add("user_email", u.email);
        m_record.add("source_ip", ip);
    }

    const DemoDataOptions &m_options;
    Rng m_rng;
    crypto::HmacSha256 m_macA, m_macB;
    std::vector<User> m_users;
    std::string m_orgId;
    Record m_record;
};

} // namespace

GatewayResult writeGatewayYear(const DemoDataOptions &options, const crypto::SecureBytes &keyA,
                               const crypto::SecureBytes &keyB, OutFile &original, OutFile &tampered,
                               OutFile &ocsf, Progress *progress)
{
    GatewayGenerator generator(options, keyA, keyB);
    return generator.run(original, tampered, ocsf, progress);
}

} // namespace ab::demo
