#pragma once
// One gateway record (docs/spec/formats.md 1) as an OCSF v1.1 event (formats.md 5): the seed's class table
// (enforcement -> Security Finding 2001, authentication -> Authentication 3002, provisioning -> Account
// Change 3001), the attributes OCSF 1.1 requires of those classes, and the seed's own members at the seed's
// paths. The one place this mapping lives: the export (OcsfExport) and the demo data both call it.
#include <QtGlobal>

#include <string>
#include <string_view>

namespace ab::ocsf {

// The members of a gateway record the mapping reads (empty when absent). Views into the caller's storage.
struct GatewayFields
{
    std::string_view id, category, action, orgId, userId, userEmail, sourceIp, entityType, ruleName,
        policyName, frameworkReference;
};

// The OCSF class uid of a gateway category, 0 when the seed's table has none (model_routing, admin, ...).
int classForCategory(std::string_view category);

// Appends the record's event as one line of minified JSON (no newline) to `out`; false, with nothing
// appended, when its category has no class. `timeMs` is the record's timestamp in epoch milliseconds.
bool appendEvent(const GatewayFields &record, qint64 timeMs, std::string &out);

} // namespace ab::ocsf
