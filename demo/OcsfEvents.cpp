#include "demo/OcsfEvents.h"

#include "core/json/JsonWriter.h"

#include <algorithm>

namespace ab::demo {

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

} // namespace ab::demo
