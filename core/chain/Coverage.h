#pragma once
// docs/spec/chain.md "Coverage": what a verified sequence covers of the period asked about, the silences
// longer than max-gap inside it, and whether it reaches the period's ends. Independent of `valid`.
#include "core/chain/ChainRecords.h"
#include "core/chain/ChainVerifier.h"
#include "core/chain/VerificationResult.h"

#include <cstdint>
#include <vector>

namespace ab {

// `selected` indexes `records` in verified order; `eventsChecked` is its size.
VerificationResult::Coverage computeCoverage(const ChainRecordTable &records,
                                             const std::vector<uint32_t> &selected,
                                             const VerifyOptions &options);

} // namespace ab
