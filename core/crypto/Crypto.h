#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

// The small wrapper through which AuditBench uses OpenSSL 3 (EVP). Nothing else includes OpenSSL headers
// for hashing or MACs, so the crypto surface stays in one reviewed place.
namespace ab::crypto {

using Digest = std::array<unsigned char, 32>;

// Key material that is wiped (OPENSSL_cleanse) when it goes away. Never printed, logged or persisted.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(size_t size) : m_bytes(size) {}
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    void resize(size_t size); // wipes what is dropped or moved
    void wipe();

private:
    std::vector<unsigned char> m_bytes;
};

// Wipes a QByteArray's bytes in place (for temporaries that held key material).
void wipe(QByteArray &bytes);

Digest sha256(std::string_view data);
inline Digest sha256(const QByteArray &data)
{
    return sha256(std::string_view(data.constData(), size_t(data.size())));
}
QString toHex(const unsigned char *data, size_t size);
inline QString toHex(const Digest &d)
{
    return toHex(d.data(), d.size());
}
// Lowercase hex into a caller buffer of 2*size bytes (hot path: no allocation).
void toHex(const unsigned char *data, size_t size, char *out);
QString sha256Hex(std::string_view data);
inline QString sha256Hex(const QByteArray &data)
{
    return sha256Hex(std::string_view(data.constData(), size_t(data.size())));
}

// Incremental SHA-256 for files too large to hold twice.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void update(const void *data, size_t size);
    Digest final();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// HMAC-SHA256 with a fixed key (EVP_MAC "HMAC"). The key schedule is done once; each mac() call
// re-initialises the context without the key, so one instance per thread per key makes MACs cheap. Not
// thread-safe.
class HmacSha256
{
public:
    explicit HmacSha256(const SecureBytes &key);
    HmacSha256(const unsigned char *key, size_t keySize);
    ~HmacSha256();
    HmacSha256(const HmacSha256 &) = delete;
    HmacSha256 &operator=(const HmacSha256 &) = delete;

    // MAC of the concatenation of the parts.
    Digest mac(std::string_view part1, std::string_view part2 = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// One-shot helper (tests, small inputs).
Digest hmacSha256(const unsigned char *key, size_t keySize, std::string_view data);

} // namespace ab::crypto
