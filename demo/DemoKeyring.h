#pragma once
// The demo's keys: derived from the seed (never random, so the same seed gives the same evidence), and the
// auditor's keyring file that holds them (docs/spec/chain.md "The keyring").
#include "core/crypto/Crypto.h"

#include <QtGlobal>

#include <string>
#include <string_view>

namespace ab::demo {

crypto::SecureBytes deriveKey(quint64 seed, std::string_view label);
// keyring.json: k2025a as hex, k2025b as base64 (both encodings the keyring allows), arx-2026a as hex.
std::string keyringJson(const crypto::SecureBytes &a, const crypto::SecureBytes &b,
                        const crypto::SecureBytes &arx);

} // namespace ab::demo
