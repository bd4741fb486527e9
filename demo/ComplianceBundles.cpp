#include "demo/ComplianceBundles.h"

#include "core/json/JsonWriter.h"

#include <string_view>
#include <vector>

namespace ab::demo {

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

} // namespace ab::demo
