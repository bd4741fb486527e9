#pragma once
// The gateway's compliance bundle export (docs/spec/formats.md 4): the four policy bundles the gateway
// records' policy_name values refer to.
#include <string>

namespace ab::demo {

std::string bundlesJson();

} // namespace ab::demo
