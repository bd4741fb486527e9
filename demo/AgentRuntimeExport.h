#pragma once
// The agent runtime export (seed 000, docs/spec/formats.md 2): four agents with their connectors, policy
// rules and drift events, and one HMAC chain of their audit entries over January and February 2026.
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "demo/DemoDataGenerator.h"
#include "demo/OutFile.h"

namespace ab::demo {

// Writes the export to `out`; returns the number of audit entries. Throws DemoDataError and CancelledError.
qint64 writeRuntimeExport(const DemoDataOptions &options, const crypto::SecureBytes &key, OutFile &out,
                          Progress *progress);

} // namespace ab::demo
