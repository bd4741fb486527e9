#include "core/ocsf/OcsfEvent.h"

#include "core/json/JsonWriter.h"

#include <algorithm>

namespace ab::ocsf {

namespace {

// The vendor the seed's events name; OCSF requires cloud.provider whenever cloud is present.
constexpr std::string_view Vendor = "Arbitex";
constexpr std::string_view Product = "Arbitex Gateway";

struct EventClass
{
    int classUid = 0;
    std::string_view className, categoryName;
    int categoryUid = 0;
    int activityId = 99; // OCSF "Other"
    std::string activityName;
    int severityId = 1; // Informational
};

// Class, activity and severity of a record. activity_name is the seed's (dlp_block, ...), not OCSF's caption:
// a SIEM rule written against the platform's own events keeps working on ours.
EventClass classify(std::string_view category, std::string_view action)
{
    EventClass c;
    c.classUid = classForCategory(category);
    c.activityName = std::string(action);
    switch (c.classUid) {
    case 2001:
        c.className = "Security Finding", c.categoryName = "Findings", c.categoryUid = 2, c.activityId = 1;
        if (action == "block")
            c.activityName = "dlp_block", c.severityId = 3;
        else if (action == "redact")
            c.activityName = "dlp_redact", c.severityId = 2;
        else if (action == "allow_with_override")
            c.activityName = "policy_allow_override", c.severityId = 3;
        else if (action == "allow")
            c.activityName = "dlp_allow";
        break;
    case 3002:
        c.className = "Authentication", c.categoryName = "Identity & Access Management", c.categoryUid = 3;
        c.activityId = action == "login" ? 1 : action == "logout" ? 2 : 99;
        break;
    case 3001:
        c.className = "Account Change", c.categoryName = "Identity & Access Management", c.categoryUid = 3;
        c.activityId = action == "scim_user_created" ? 1 : action == "scim_user_deleted" ? 6 : 99;
        break;
    default:
        break;
    }
    return c;
}

std::string upperAscii(std::string_view text)
{
    std::string upper(text);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char ch) { return char(ch >= 'a' && ch <= 'z' ? ch - 32 : ch); });
    return upper;
}

// A member only when the record has a value: OCSF types (email_t, ip_t) reject empty strings.
void optional(JsonWriter &w, std::string_view name, std::string_view value)
{
    if (!value.empty())
        w.key(name).value(value);
}

void writeUser(JsonWriter &w, const GatewayFields &r)
{
    w.beginObject();
    optional(w, "uid", r.userId);
    optional(w, "email_addr", r.userEmail);
    w.endObject();
}

} // namespace

int classForCategory(std::string_view category)
{
    if (category == "enforcement")
        return 2001;
    if (category == "authentication")
        return 3002;
    if (category == "provisioning")
        return 3001;
    return 0;
}

bool appendEvent(const GatewayFields &r, qint64 timeMs, std::string &out)
{
    const EventClass c = classify(r.category, r.action);
    if (!c.classUid)
        return false;
    JsonWriter w(false);
    w.beginObject();
    w.key("class_uid").value(c.classUid);
    w.key("class_name").value(c.className);
    w.key("category_uid").value(c.categoryUid);
    w.key("category_name").value(c.categoryName);
    w.key("activity_id").value(c.activityId);
    w.key("activity_name").value(c.activityName);
    w.key("type_uid").value(qint64(c.classUid) * 100 + c.activityId);
    w.key("time").value(timeMs);
    w.key("severity_id").value(c.severityId);
    w.key("status_id").value(1); // Success: the gateway did what the record says
    if (c.classUid == 2001) {
        w.key("state_id").value(1); // New
        w.key("finding").beginObject();
        w.key("title").value("DLP enforcement — " + std::string(r.entityType) + " detected");
        w.key("desc").value((r.action == "block" ? std::string("Request blocked by policy: ")
                                                 : "Policy action " + upperAscii(r.action) + " by policy: ") +
                            std::string(r.policyName));
        w.key("uid").value(r.id);
        if (!r.ruleName.empty())
            w.key("rule").beginObject().key("name").value(r.ruleName).endObject();
        w.endObject();
    }
    w.key("cloud").beginObject();
    w.key("provider").value(Vendor);
    if (!r.orgId.empty())
        w.key("account").beginObject().key("uid").value(r.orgId).endObject();
    w.endObject();
    w.key("metadata").beginObject();
    w.key("version").value("1.1.0");
    w.key("uid").value(r.id);
    w.key("profiles").beginArray().value("cloud").endArray();
    w.key("product").beginObject().key("name").value(Product).key("vendor_name").value(Vendor).endObject();
    optional(w, "framework_reference", r.frameworkReference);
    optional(w, "entity_type", r.entityType);
    optional(w, "policy_name", r.policyName);
    w.key("action").value(upperAscii(r.action));
    w.endObject();
    w.key("actor").beginObject().key("user");
    writeUser(w, r);
    w.endObject();
    if (c.classUid != 2001) {
        w.key("user");
        writeUser(w, r);
        if (!r.sourceIp.empty())
            w.key("src_endpoint").beginObject().key("ip").value(r.sourceIp).endObject();
    }
    w.endObject();
    out.append(w.str());
    return true;
}

} // namespace ab::ocsf
