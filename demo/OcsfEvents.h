#pragma once
// The SIEM side of the demo: gateway records as OCSF v1.1 events, one JSON object per line.
#include "demo/DemoRecord.h"

#include <string>

namespace ab::demo {

// The OCSF v1.1 form of a gateway record (seed 004's mapping), appended to `out` as one line; false (nothing
// appended) for a category the mapping has no class for.
bool writeOcsf(const Record &r, qint64 ms, std::string &out);

} // namespace ab::demo
