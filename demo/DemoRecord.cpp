#include "demo/DemoRecord.h"

namespace ab::demo {

std::string macHex(crypto::HmacSha256 &mac, std::string_view canonical, std::string_view previous)
{
    const crypto::Digest d = mac.mac(canonical, previous);
    char hex[64];
    crypto::toHex(d.data(), d.size(), hex);
    return std::string(hex, 64);
}

} // namespace ab::demo
