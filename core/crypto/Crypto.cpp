#include "core/crypto/Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <stdexcept>

namespace {
// OpenSSL keeps per-thread state (its error queue) for every thread that calls it, freed when the thread
// exits, unless OpenSSL's own atexit cleanup has run first: then a thread-pool thread that outlives main()
// strands its state (LeakSanitizer reports it in CI). Without the atexit handler the per-thread state is
// freed whenever the thread ends, and OpenSSL's global state stays reachable until the process is gone.
const bool openSslInitialised = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
} // namespace

namespace ab::crypto {

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

void SecureBytes::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void SecureBytes::resize(size_t size)
{
    // Reallocation would leave a copy of the key behind: copy into a fresh buffer and wipe the old one.
    std::vector<unsigned char> fresh(size);
    std::copy_n(m_bytes.begin(), std::min(size, m_bytes.size()), fresh.begin());
    wipe();
    m_bytes = std::move(fresh);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

Digest sha256(std::string_view data)
{
    Digest out{};
    unsigned int len = 0;
    if (!EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr) || len != out.size())
        throw std::runtime_error("SHA-256 failed");
    return out;
}

void toHex(const unsigned char *data, size_t size, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 0xF];
    }
}

QString toHex(const unsigned char *data, size_t size)
{
    std::string s(2 * size, '\0');
    toHex(data, size, s.data());
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

QString sha256Hex(std::string_view data)
{
    return toHex(sha256(data));
}

struct Sha256::Impl
{
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256() : d(std::make_unique<Impl>())
{
    d->ctx = EVP_MD_CTX_new();
    if (!d->ctx || !EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr))
        throw std::runtime_error("SHA-256 init failed");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
}

void Sha256::update(const void *data, size_t size)
{
    if (!EVP_DigestUpdate(d->ctx, data, size))
        throw std::runtime_error("SHA-256 update failed");
}

Digest Sha256::final()
{
    Digest out{};
    unsigned int len = 0;
    if (!EVP_DigestFinal_ex(d->ctx, out.data(), &len))
        throw std::runtime_error("SHA-256 final failed");
    return out;
}

struct HmacSha256::Impl
{
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *ctx = nullptr;
};

HmacSha256::HmacSha256(const SecureBytes &key) : HmacSha256(key.data(), key.size()) {}

HmacSha256::HmacSha256(const unsigned char *key, size_t keySize) : d(std::make_unique<Impl>())
{
    (void)openSslInitialised;
    d->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!d->mac)
        throw std::runtime_error("EVP_MAC_fetch(HMAC) failed");
    d->ctx = EVP_MAC_CTX_new(d->mac);
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                           OSSL_PARAM_construct_end()};
    // An empty key is legal for HMAC but EVP wants a non-null pointer.
    static const unsigned char empty = 0;
    if (!d->ctx || !EVP_MAC_init(d->ctx, keySize ? key : &empty, keySize, params))
        throw std::runtime_error("EVP_MAC_init(HMAC-SHA256) failed");
}

HmacSha256::~HmacSha256()
{
    EVP_MAC_CTX_free(d->ctx); // OpenSSL cleanses the key schedule
    EVP_MAC_free(d->mac);
}

Digest HmacSha256::mac(std::string_view part1, std::string_view part2)
{
    Digest out{};
    size_t len = 0;
    // A null key re-initialises with the key already set: no key schedule per message.
    if (!EVP_MAC_init(d->ctx, nullptr, 0, nullptr) ||
        !EVP_MAC_update(d->ctx, reinterpret_cast<const unsigned char *>(part1.data()), part1.size()) ||
        (!part2.empty() &&
         !EVP_MAC_update(d->ctx, reinterpret_cast<const unsigned char *>(part2.data()), part2.size())) ||
        !EVP_MAC_final(d->ctx, out.data(), &len, out.size()) || len != out.size())
        throw std::runtime_error("HMAC-SHA256 failed");
    return out;
}

Digest hmacSha256(const unsigned char *key, size_t keySize, std::string_view data)
{
    HmacSha256 h(key, keySize);
    return h.mac(data);
}

} // namespace ab::crypto
