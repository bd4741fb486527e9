#include "demo/DemoKeyring.h"

#include <QByteArray>

#include <algorithm>

namespace ab::demo {

crypto::SecureBytes deriveKey(quint64 seed, std::string_view label)
{
    const std::string material = "auditbench-demo-key|" + std::string(label) + "|" + std::to_string(seed);
    const crypto::Digest d = crypto::sha256(material);
    crypto::SecureBytes key(d.size());
    std::copy(d.begin(), d.end(), key.data());
    return key;
}

std::string keyringJson(const crypto::SecureBytes &a, const crypto::SecureBytes &b,
                        const crypto::SecureBytes &arx)
{
    const auto hex = [](const crypto::SecureBytes &k) {
        std::string s(k.size() * 2, '0');
        crypto::toHex(k.data(), k.size(), s.data());
        return s;
    };
    QByteArray raw(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
    QByteArray b64 = raw.toBase64();
    std::string out = "{\"keys\": [\n  {\"id\": \"k2025a\", \"secret\": \"hex:" + hex(a) +
                      "\"},\n"
                      "  {\"id\": \"k2025b\", \"secret\": \"base64:" +
                      b64.toStdString() +
                      "\"},\n"
                      "  {\"id\": \"arx-2026a\", \"secret\": \"hex:" +
                      hex(arx) + "\"}\n]}\n";
    crypto::wipe(raw);
    crypto::wipe(b64);
    return out;
}

} // namespace ab::demo
