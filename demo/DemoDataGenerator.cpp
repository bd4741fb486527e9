#include "demo/DemoDataGenerator.h"

#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

struct DemoDataTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::DemoDataGenerator)
};

const char *const DemoDataGenerator::GatewayFile = "gateway-audit-2025.ndjson";
const char *const DemoDataGenerator::TamperedFile = "gateway-audit-2025-tampered.ndjson";
const char *const DemoDataGenerator::TamperingNotes = "TAMPERING.txt";
const char *const DemoDataGenerator::KeyringFile = "keyring.json";
const char *const DemoDataGenerator::RuntimeExportFile = "agent-runtime-export.json";
const char *const DemoDataGenerator::BundlesFile = "compliance-bundles-export.json";
const char *const DemoDataGenerator::OcsfFile = "ocsf-events.ndjson";

namespace {

constexpr std::string_view Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

// ---------------------------------------------------------------------------------------------------------
// Randomness: std::mt19937_64 is specified bit for bit by the standard; the std distributions are not, so
// every distribution used here is written out.
class Rng
{
public:
    Rng(quint64 seed, quint64 stream)
        : m_engine(seed * 0x9E3779B97F4A7C15ULL ^ (stream + 0x632BE59BD9B4E019ULL))
    {
    }

    quint64 next() { return m_engine(); }
    // Uniform in [0, n) without modulo bias (rejection of the short last bucket).
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 threshold = (0 - n) % n;
        quint64 x;
        do {
            x = m_engine();
        } while (x < threshold);
        return x % n;
    }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); } // inclusive
    bool chance(unsigned perMille) { return below(1000) < perMille; }
    template <typename T, size_t N> const T &pick(const std::array<T, N> &items) { return items[below(N)]; }
    template <typename T> const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }
    // Index chosen with integer weights.
    template <size_t N> size_t weighted(const std::array<unsigned, N> &weights)
    {
        unsigned total = 0;
        for (unsigned w : weights)
            total += w;
        quint64 r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }
    std::string hex(size_t chars)
    {
        static const char digits[] = "0123456789abcdef";
        std::string s(chars, '0');
        quint64 bits = 0;
        for (size_t i = 0; i < chars; ++i) {
            if (i % 16 == 0)
                bits = next();
            s[i] = digits[bits & 15];
            bits >>= 4;
        }
        return s;
    }
    std::string uuid()
    {
        std::string h = hex(32);
        h[12] = '4';                                                          // version 4
        h[16] = "89ab"[std::string_view("0123456789abcdef").find(h[16]) & 3]; // RFC 4122 variant
        return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) + '-' +
               h.substr(20);
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------------------------------------------------
// Time: epoch milliseconds to RFC 3339 with milliseconds and Z, without the C library's locale or time zone.
constexpr qint64 DayMs = 86400000;

void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(qint64(yoe) + era * 400 + (m <= 2));
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

qint64 epochMs(int y, unsigned m, unsigned d)
{
    return daysFromCivil(y, m, d) * DayMs;
}

std::string rfc3339(qint64 ms, bool withMillis = true)
{
    const qint64 days = ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs;
    qint64 rest = ms - days * DayMs;
    int y;
    unsigned mo, d;
    civilFromDays(days, y, mo, d);
    const int h = int(rest / 3600000);
    rest %= 3600000;
    const int mi = int(rest / 60000);
    rest %= 60000;
    char buf[40];
    if (withMillis)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, mo, d, h, mi,
                      int(rest / 1000), int(rest % 1000));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, mo, d, h, mi, int(rest / 1000));
    return buf;
}

// ULID-like event id: 10 Crockford base32 characters of the time, 16 random ones ("evt_01HZ...").
std::string eventId(qint64 ms, Rng &rng)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string id = "evt_";
    id.resize(4 + 26);
    quint64 t = quint64(ms);
    for (int i = 9; i >= 0; --i) {
        id[4 + size_t(i)] = alphabet[t & 31];
        t >>= 5;
    }
    quint64 bits = rng.next();
    for (int i = 0; i < 16; ++i) {
        if (i == 12)
            bits = rng.next();
        id[14 + size_t(i)] = alphabet[bits & 31];
        bits >>= 5;
    }
    return id;
}

// ---------------------------------------------------------------------------------------------------------
// One chained record: members in the order they are written, the canonical (JCS) form built directly with
// sorted names (all names are ASCII, so byte order is UTF-16 order), and the seal.
class Record
{
public:
    void clear() { m_count = 0; }
    void add(std::string_view key, std::string_view text)
    {
        Field &f = slot();
        f.key = key;
        f.text.assign(text.data(), text.size());
        f.isNumber = false;
    }
    void add(std::string_view key, qint64 number)
    {
        Field &f = slot();
        f.key = key;
        f.text = std::to_string(number); // integers below 2^53 print the same in JCS
        f.isNumber = true;
    }
    void set(std::string_view key, std::string_view text)
    {
        for (size_t i = 0; i < m_count; ++i)
            if (m_fields[i].key == key) {
                m_fields[i].text.assign(text.data(), text.size());
                return;
            }
        add(key, text);
    }
    std::string_view get(std::string_view key) const
    {
        for (size_t i = 0; i < m_count; ++i)
            if (m_fields[i].key == key)
                return m_fields[i].text;
        return {};
    }

    // JCS of the content: every member (hmac_key_id included), sorted by name.
    const std::string &canonical()
    {
        m_order.resize(m_count);
        for (size_t i = 0; i < m_count; ++i)
            m_order[i] = i;
        std::sort(m_order.begin(), m_order.end(),
                  [&](size_t a, size_t b) { return m_fields[a].key < m_fields[b].key; });
        m_canonical.clear();
        m_canonical.push_back('{');
        for (size_t n = 0; n < m_count; ++n) {
            if (n)
                m_canonical.push_back(',');
            appendMember(m_canonical, m_fields[m_order[n]]);
        }
        m_canonical.push_back('}');
        return m_canonical;
    }

    // The record as written: members in insertion order, then previous_hmac and hmac.
    void write(std::string &out, std::string_view previousHmac, std::string_view hmac) const
    {
        out.push_back('{');
        for (size_t i = 0; i < m_count; ++i) {
            appendMember(out, m_fields[i]);
            out.push_back(',');
        }
        out.append("\"previous_hmac\":");
        jcs::appendString(out, previousHmac);
        out.append(",\"hmac\":");
        jcs::appendString(out, hmac);
        out.push_back('}');
    }

private:
    struct Field
    {
        std::string_view key; // always a literal
        std::string text;
        bool isNumber = false;
    };
    Field &slot()
    {
        if (m_count == m_fields.size())
            m_fields.emplace_back();
        return m_fields[m_count++];
    }
    static void appendMember(std::string &out, const Field &f)
    {
        jcs::appendString(out, f.key);
        out.push_back(':');
        if (f.isNumber)
            out.append(f.text);
        else
            jcs::appendString(out, f.text);
    }

    std::vector<Field> m_fields;
    size_t m_count = 0;
    std::vector<size_t> m_order;
    std::string m_canonical;
};

std::string macHex(crypto::HmacSha256 &mac, std::string_view canonical, std::string_view previous)
{
    const crypto::Digest d = mac.mac(canonical, previous);
    char hex[64];
    crypto::toHex(d.data(), d.size(), hex);
    return std::string(hex, 64);
}

crypto::SecureBytes deriveKey(quint64 seed, std::string_view label)
{
    const std::string material = "auditbench-demo-key|" + std::string(label) + "|" + std::to_string(seed);
    const crypto::Digest d = crypto::sha256(material);
    crypto::SecureBytes key(d.size());
    std::copy(d.begin(), d.end(), key.data());
    return key;
}

// ---------------------------------------------------------------------------------------------------------
// Output files: written under a temporary name, renamed into place by commit().
class OutFile
{
public:
    OutFile(const QString &dir, const char *name) : m_final(QDir(dir).filePath(QLatin1String(name)))
    {
        m_temp = m_final + QStringLiteral(".partial");
        m_file = std::fopen(QFile::encodeName(m_temp).constData(), "wb");
        if (!m_file)
            throw DemoDataError(DemoDataTr::tr("%1: cannot create the file").arg(m_temp));
        m_buffer.reserve(1 << 20);
    }
    ~OutFile()
    {
        if (m_file)
            std::fclose(m_file);
        if (!m_temp.isEmpty()) // not committed: drop the partial file
            QFile::remove(m_temp);
    }
    OutFile(const OutFile &) = delete;
    OutFile &operator=(const OutFile &) = delete;

    std::string &buffer() { return m_buffer; }
    void write(std::string_view s)
    {
        m_buffer.append(s);
        flushIfFull();
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= (1 << 20) - 4096)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
            throw DemoDataError(DemoDataTr::tr("%1: cannot write (disk full?)").arg(m_temp));
        m_buffer.clear();
    }
    // Closes the temporary file; the rename happens for all files together once everything is written.
    void close()
    {
        flush();
        const bool ok = std::fclose(m_file) == 0;
        m_file = nullptr;
        if (!ok)
            throw DemoDataError(DemoDataTr::tr("%1: cannot write (disk full?)").arg(m_temp));
    }
    void commit()
    {
        QFile::remove(m_final);
        if (!QFile::rename(m_temp, m_final))
            throw DemoDataError(DemoDataTr::tr("%1: cannot rename to %2").arg(m_temp, m_final));
        m_temp.clear();
    }

private:
    QString m_final, m_temp;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
};

// ---------------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------------
// The OCSF v1.1 form of a gateway record (seed 004's mapping).
bool writeOcsf(const Record &r, qint64 ms, std::string &out)
{
    const std::string_view category = r.get("category");
    const std::string_view action = r.get("action");
    int classUid = 0, categoryUid = 0, activityId = 99, severityId = 1;
    std::string className, activityName(action);
    if (category == "enforcement") {
        classUid = 2001, categoryUid = 2, className = "Security Finding", activityId = 1;
        if (action == "block")
            activityName = "dlp_block", severityId = 3;
        else if (action == "redact")
            activityName = "dlp_redact", severityId = 2;
        else if (action == "allow_with_override")
            activityName = "policy_allow_override", severityId = 3;
        else if (action == "allow")
            activityName = "dlp_allow";
    } else if (category == "authentication") {
        classUid = 3002, categoryUid = 3, className = "Authentication";
        activityId = action == "login" ? 1 : action == "logout" ? 2 : 99;
    } else if (category == "provisioning" || category == "admin") {
        classUid = 3001, categoryUid = 3, className = "Account Change";
        activityId = action == "scim_user_created" ? 1 : action == "scim_user_deleted" ? 6 : 99;
        if (action == "kill_switch")
            severityId = 4;
    } else {
        return false; // model routing has no OCSF class in the seed's mapping
    }
    std::string upper(action);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return char(c >= 'a' && c <= 'z' ? c - 32 : c); });

    JsonWriter w(false);
    w.beginObject();
    w.key("class_uid").value(qint64(classUid));
    w.key("class_name").value(className);
    w.key("category_uid").value(qint64(categoryUid));
    w.key("activity_id").value(qint64(activityId));
    w.key("activity_name").value(activityName);
    w.key("type_uid").value(qint64(classUid) * 100 + activityId);
    w.key("time").value(ms);
    w.key("severity_id").value(qint64(severityId));
    w.key("status_id").value(qint64(1));
    if (classUid == 2001) {
        w.key("state_id").value(qint64(1));
        const std::string entity(r.get("entity_type"));
        w.key("finding").beginObject();
        w.key("title").value("DLP enforcement — " + entity + " detected");
        w.key("desc").value(std::string(action == "block" ? "Request blocked by policy: "
                                                          : "Policy action " + upper + " by policy: ") +
                            std::string(r.get("policy_name")));
        w.key("uid").value(r.get("id"));
        w.key("rule").beginObject().key("name").value(r.get("rule_name")).endObject();
        w.endObject();
    }
    w.key("cloud").beginObject();
    w.key("provider").value("Arbitex");
    w.key("account").beginObject().key("uid").value(r.get("org_id")).endObject();
    w.endObject();
    w.key("metadata").beginObject();
    w.key("version").value("1.1.0");
    w.key("uid").value(r.get("id"));
    w.key("product")
        .beginObject()
        .key("name")
        .value("Arbitex Gateway")
        .key("vendor_name")
        .value("Arbitex")
        .endObject();
    if (!r.get("framework_reference").empty())
        w.key("framework_reference").value(r.get("framework_reference"));
    if (!r.get("entity_type").empty())
        w.key("entity_type").value(r.get("entity_type"));
    if (!r.get("policy_name").empty())
        w.key("policy_name").value(r.get("policy_name"));
    w.key("action").value(upper);
    w.endObject();
    w.key("actor").beginObject().key("user").beginObject();
    w.key("uid").value(r.get("user_id")).key("email_addr").value(r.get("user_email"));
    w.endObject().endObject();
    if (classUid != 2001) {
        w.key("user")
            .beginObject()
            .key("uid")
            .value(r.get("user_id"))
            .key("email_addr")
            .value(r.get("user_email"))
            .endObject();
        w.key("src_endpoint").beginObject().key("ip").value(r.get("source_ip")).endObject();
    }
    w.endObject();
    out.append(w.str());
    out.push_back('\n');
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// The gateway year: one chain in the original file, the same chain with three tamperings in the copy.
struct GatewayResult
{
    qint64 records = 0, tamperedRecords = 0, ocsfEvents = 0;
    std::string head;
    QStringList expectedErrors;
    QString notes;
};

class GatewayGenerator
{
public:
    GatewayGenerator(const DemoDataOptions &o, const crypto::SecureBytes &keyA,
                     const crypto::SecureBytes &keyB)
        : m_options(o), m_rng(o.seed, 1), m_macA(keyA), m_macB(keyB), m_forgerMac(deriveKey(o.seed, "forger"))
    {
        Rng setup(o.seed, 2);
        m_users = makeUsers(setup, 48);
        m_orgId = "org_" + setup.hex(16);
    }

    GatewayResult run(OutFile &original, OutFile &tampered, OutFile &ocsf, Progress *progress)
    {
        const qint64 n = m_options.records;
        const qint64 begin = epochMs(2025, 1, 1), end = epochMs(2026, 1, 1); // the year, end exclusive
        const qint64 rotation = epochMs(2025, 7, 1);                         // k2025a until 2025-06-30
        const qint64 span = end - begin;
        const qint64 step = span / n;
        const qint64 modifyFrom = n / 4, deleted = n / 2 + 1, forgedAfter = 3 * n / 4 + 1;
        const qint64 ocsfStride = std::max<qint64>(1, n / 2000);

        GatewayResult result;
        std::string previous(Genesis);
        std::string modifiedHmac, modifiedComputed;
        qint64 modifiedSeq = 0;
        std::string modifiedWhat, modifiedId;
        std::string forgedId, forgedComputed, forgedStored;
        std::string deletedId;
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
            if (seq % ocsfStride == 0 && writeOcsf(m_record, ms, ocsf.buffer())) {
                ++result.ocsfEvents;
                ocsf.flushIfFull();
            }

            // The tampered copy.
            std::string &t = tampered.buffer();
            if (seq == deleted) {
                deletedId = std::string(m_record.get("id"));
            } else if (modifiedSeq == 0 && seq >= modifyFrom &&
                       (m_record.get("action") == "block" || seq == deleted - 1)) {
                // A database edit without resealing: a block turned into an allow (or a changed user).
                modifiedSeq = seq;
                modifiedId = std::string(m_record.get("id"));
                if (m_record.get("action") == "block") {
                    m_record.set("action", "allow");
                    modifiedWhat = "action changed from \"block\" to \"allow\"";
                } else {
                    modifiedWhat = "user_email changed from \"" + std::string(m_record.get("user_email")) +
                                   "\" to \"mallory.intruder@example.com\"";
                    m_record.set("user_email", "mallory.intruder@example.com");
                }
                modifiedComputed = macHex(mac, m_record.canonical(), previous);
                modifiedHmac = hmac;
                m_record.write(t, previous, hmac);
                t.push_back('\n');
                ++result.tamperedRecords;
            } else {
                m_record.write(t, previous, hmac);
                t.push_back('\n');
                ++result.tamperedRecords;
            }
            if (seq == forgedAfter) {
                // A record inserted after the fact, linked correctly but sealed with a key the forger
                // guessed.
                fillForged(seq + 1, ms + 1, firstHalf ? "k2025a" : "k2025b");
                forgedStored = macHex(m_forgerMac, m_record.canonical(), hmac);
                forgedComputed = macHex(mac, m_record.canonical(), hmac);
                forgedId = std::string(m_record.get("id"));
                m_record.write(t, hmac, forgedStored);
                t.push_back('\n');
                ++result.tamperedRecords;
            }
            tampered.flushIfFull();
            previous = hmac;
        }
        result.head = previous;
        if (progress)
            progress->report(n);

        // Positions in the verified sequence: the deletion shifts later records up by one, the insertion
        // takes the deleted record's place in the count again.
        const auto p8 = [](const std::string &s) { return QString::fromLatin1(s.data(), 8); };
        const qint64 forgedPos = forgedAfter; // real record forgedAfter sits at forgedAfter - 1
        result.expectedErrors << DemoDataTr::tr("Event %1: HMAC mismatch (expected '%2...', got '%3...')")
                                     .arg(modifiedSeq)
                                     .arg(p8(modifiedComputed), p8(modifiedHmac))
                              << DemoDataTr::tr("Event %1: sequence break (expected %2, got %3)")
                                     .arg(deleted)
                                     .arg(deleted)
                                     .arg(deleted + 1)
                              << DemoDataTr::tr("Event %1: previous_hmac mismatch").arg(deleted)
                              << DemoDataTr::tr("Event %1: HMAC mismatch (expected '%2...', got '%3...')")
                                     .arg(forgedPos)
                                     .arg(p8(forgedComputed), p8(forgedStored))
                              << DemoDataTr::tr("Event %1: sequence break (expected %2, got %3)")
                                     .arg(forgedPos + 1)
                                     .arg(forgedAfter + 2)
                                     .arg(forgedAfter + 1)
                              << DemoDataTr::tr("Event %1: previous_hmac mismatch").arg(forgedPos + 1);

        QString notes;
        notes += DemoDataTr::tr("Tampered copy of %1 (%2 records, seed %3): %4 has %5 records.\n\n")
                     .arg(QLatin1String(DemoDataGenerator::GatewayFile))
                     .arg(n)
                     .arg(m_options.seed)
                     .arg(QLatin1String(DemoDataGenerator::TamperedFile))
                     .arg(result.tamperedRecords);
        notes += DemoDataTr::tr("1. Modified without resealing: sequence %1 (%2): %3; hmac left as it was.\n")
                     .arg(modifiedSeq)
                     .arg(QString::fromStdString(modifiedId))
                     .arg(QString::fromStdString(modifiedWhat));
        notes += DemoDataTr::tr("2. Deleted: sequence %1 (%2).\n")
                     .arg(deleted)
                     .arg(QString::fromStdString(deletedId));
        notes += DemoDataTr::tr(
                     "3. Forged and inserted after sequence %1: %2 with sequence %3, linked to the hmac of "
                     "sequence %1 but sealed with a key that is not the keyring's.\n\n")
                     .arg(forgedAfter)
                     .arg(QString::fromStdString(forgedId))
                     .arg(forgedAfter + 1);
        notes +=
            DemoDataTr::tr("auditbench-cli verify --keyring %1 %2 reports (exit status 1, events_checked %3, "
                           "error_count %4, head_hmac unchanged):\n")
                .arg(QLatin1String(DemoDataGenerator::KeyringFile),
                     QLatin1String(DemoDataGenerator::TamperedFile))
                .arg(n)
                .arg(result.expectedErrors.size());
        for (const QString &e : std::as_const(result.expectedErrors))
            notes += QStringLiteral("  ") + e + QLatin1Char('\n');
        notes += DemoDataTr::tr(
                     "\nThe original %1 verifies valid (exit status 0, events_checked %2, head_hmac %3).\n")
                     .arg(QLatin1String(DemoDataGenerator::GatewayFile))
                     .arg(n)
                     .arg(QString::fromStdString(result.head));
        result.notes = notes;
        return result;
    }

private:
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
    crypto::HmacSha256 m_macA, m_macB, m_forgerMac;
    std::vector<User> m_users;
    std::string m_orgId;
    Record m_record;
};

// ---------------------------------------------------------------------------------------------------------
// The agent runtime export (seed 000): four agents and one chain of their audit entries.
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

std::string bundlesJson()
{
    struct Bundle
    {
        std::string_view name, description, framework, version;
        std::vector<std::string_view> mappings;
    };
    const std::vector<Bundle> bundles{{"HIPAA-PHI",
                                       "HIPAA Safe Harbor PHI detection and enforcement",
                                       "HIPAA",
                                       "2.0",
                                       {"name", "dob", "medical_record", "ssn", "email"}},
                                      {"PCI-DSS-Standard",
                                       "Cardholder data detection and blocking",
                                       "PCI-DSS",
                                       "1.2",
                                       {"credit_card", "cvv", "card_expiry"}},
                                      {"SOC2-Confidentiality",
                                       "Confidential information and credential leakage controls",
                                       "SOC 2",
                                       "1.0",
                                       {"api_key", "customer_list"}},
                                      {"SOX-Financial-Controls",
                                       "Financial reporting data protection for ICFR",
                                       "SOX",
                                       "1.1",
                                       {"bank_account", "financial_forecast"}}};
    JsonWriter w(true);
    w.beginArray();
    for (const Bundle &b : bundles) {
        w.beginObject().key("name").value(b.name).key("description").value(b.description);
        w.key("regulatory_framework")
            .value(b.framework)
            .key("version")
            .value(b.version)
            .key("enabled")
            .value(true);
        w.key("seed_rule_mappings").beginArray();
        for (auto m : b.mappings)
            w.value(m);
        w.endArray()
            .key("exported_at")
            .value("2026-03-13T00:00:00.000000Z")
            .key("export_version")
            .value("1.0");
        w.endObject();
    }
    w.endArray();
    return w.str() + "\n";
}

std::string keyringJson(const crypto::SecureBytes &a, const crypto::SecureBytes &b,
                        const crypto::SecureBytes &arx)
{
    const auto hex = [](const crypto::SecureBytes &k) {
        std::string s(k.size() * 2, '0');
        crypto::toHex(k.data(), k.size(), s.data());
        return s;
    };
    QByteArray raw(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
    QByteArray b64 = raw.toBase64();
    std::string out = "{\"keys\": [\n  {\"id\": \"k2025a\", \"secret\": \"hex:" + hex(a) +
                      "\"},\n"
                      "  {\"id\": \"k2025b\", \"secret\": \"base64:" +
                      b64.toStdString() +
                      "\"},\n"
                      "  {\"id\": \"arx-2026a\", \"secret\": \"hex:" +
                      hex(arx) + "\"}\n]}\n";
    crypto::wipe(raw);
    crypto::wipe(b64);
    return out;
}

} // namespace

DemoDataSummary DemoDataGenerator::generate(const DemoDataOptions &options, Progress *progress)
{
    if (options.records < MinimumRecords)
        throw DemoDataError(DemoDataTr::tr("--records %1: expected at least %2 records")
                                .arg(options.records)
                                .arg(MinimumRecords));
    if (options.records > 1000000000)
        throw DemoDataError(
            DemoDataTr::tr("--records %1: expected at most 1000000000 records").arg(options.records));
    if (options.outDir.isEmpty() || !QDir().mkpath(options.outDir))
        throw DemoDataError(DemoDataTr::tr("%1: cannot create the output directory").arg(options.outDir));

    const crypto::SecureBytes keyA = deriveKey(options.seed, "k2025a");
    const crypto::SecureBytes keyB = deriveKey(options.seed, "k2025b");
    const crypto::SecureBytes keyArx = deriveKey(options.seed, "arx-2026a");

    std::vector<std::unique_ptr<OutFile>> files;
    const auto open = [&](const char *name) -> OutFile & {
        files.push_back(std::make_unique<OutFile>(options.outDir, name));
        return *files.back();
    };
    OutFile &gateway = open(GatewayFile);
    OutFile &tampered = open(TamperedFile);
    OutFile &ocsf = open(OcsfFile);
    OutFile &notes = open(TamperingNotes);
    OutFile &keyring = open(KeyringFile);
    OutFile &runtime = open(RuntimeExportFile);
    OutFile &bundles = open(BundlesFile);

    DemoDataSummary summary;
    GatewayGenerator gatewayGenerator(options, keyA, keyB);
    const GatewayResult g = gatewayGenerator.run(gateway, tampered, ocsf, progress);
    summary.gatewayRecords = g.records;
    summary.tamperedRecords = g.tamperedRecords;
    summary.ocsfEvents = g.ocsfEvents;
    summary.gatewayHead = QString::fromStdString(g.head);
    summary.expectedTamperErrors = g.expectedErrors;
    notes.write(g.notes.toStdString());

    RuntimeGenerator runtimeGenerator(options, keyArx);
    summary.runtimeEntries = runtimeGenerator.run(runtime, progress);
    bundles.write(bundlesJson());
    summary.bundles = 4;
    {
        std::string text = keyringJson(keyA, keyB, keyArx);
        keyring.write(text);
        std::fill(text.begin(), text.end(), '\0'); // the keyring text held secrets
    }
    throwIfCancelled(progress);

    for (auto &f : files)
        f->close();
    for (auto &f : files)
        f->commit();
    for (const char *name :
         {GatewayFile, TamperedFile, TamperingNotes, KeyringFile, RuntimeExportFile, BundlesFile, OcsfFile})
        summary.files << QLatin1String(name);
    return summary;
}

} // namespace ab
