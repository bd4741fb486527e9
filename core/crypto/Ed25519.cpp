#include "core/crypto/Ed25519.h"

#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ab::crypto {

namespace {

struct Ed25519Tr
{
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::Ed25519)
};

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

// The passphrase reaches OpenSSL through its PEM callback, copied into OpenSSL's own buffer (which OpenSSL
// cleanses after use); no copy of it is kept here.
int passphraseCallback(char *buf, int size, int, void *userData)
{
    const QByteArray *pass = static_cast<const QByteArray *>(userData);
    if (!pass || pass->isEmpty() || pass->size() > size)
        return -1;
    memcpy(buf, pass->constData(), size_t(pass->size()));
    return int(pass->size());
}

QByteArray readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw KeyError(Ed25519Tr::tr("%1: cannot read the key file (%2)").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

struct Ed25519PublicKey::Impl
{
    EVP_PKEY *key = nullptr;
    ~Impl() { EVP_PKEY_free(key); }
};

struct Ed25519PrivateKey::Impl
{
    EVP_PKEY *key = nullptr; // freed by EVP_PKEY_free, which cleanses the Ed25519 secret
    ~Impl() { EVP_PKEY_free(key); }
};

Ed25519PublicKey::Ed25519PublicKey(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
Ed25519PublicKey::~Ed25519PublicKey() = default;
Ed25519PublicKey::Ed25519PublicKey(Ed25519PublicKey &&) noexcept = default;
Ed25519PublicKey &Ed25519PublicKey::operator=(Ed25519PublicKey &&) noexcept = default;

Ed25519PublicKey Ed25519PublicKey::fromPem(const QByteArray &pem, const QString &origin)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *key = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    ERR_clear_error();
    if (!key)
        throw KeyError(Ed25519Tr::tr("%1: not a public key PEM").arg(origin));
    auto impl = std::make_unique<Impl>();
    impl->key = key;
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        throw KeyError(Ed25519Tr::tr("%1: not an Ed25519 public key").arg(origin));
    return Ed25519PublicKey(std::move(impl));
}

Ed25519PublicKey Ed25519PublicKey::fromPemFile(const QString &path)
{
    return fromPem(readKeyFile(path), path);
}

QByteArray Ed25519PublicKey::der() const
{
    unsigned char *buf = nullptr;
    const int n = i2d_PUBKEY(d->key, &buf);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

QByteArray Ed25519PublicKey::pem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), d->key) != 1)
        return {};
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(n));
}

QString Ed25519PublicKey::sha256() const
{
    return sha256Hex(der());
}

bool Ed25519PublicKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, d->key) != 1)
        return false;
    const int ok = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    ERR_clear_error();
    return ok == 1;
}

Ed25519PrivateKey::Ed25519PrivateKey(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
Ed25519PrivateKey::~Ed25519PrivateKey() = default;
Ed25519PrivateKey::Ed25519PrivateKey(Ed25519PrivateKey &&) noexcept = default;
Ed25519PrivateKey &Ed25519PrivateKey::operator=(Ed25519PrivateKey &&) noexcept = default;

bool Ed25519PrivateKey::isEncrypted(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
}

Ed25519PrivateKey Ed25519PrivateKey::fromPem(QByteArray &pem, QByteArray &passphrase, const QString &origin)
{
    const bool encrypted = isEncrypted(pem);
    EVP_PKEY *key = nullptr;
    if (!encrypted || !passphrase.isEmpty()) {
        BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        if (bio)
            key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &passphrase);
        ERR_clear_error();
    }
    wipe(pem);
    wipe(passphrase);
    if (!key) {
        if (encrypted)
            throw KeyError(
                Ed25519Tr::tr("%1: the key is encrypted: the passphrase is missing or wrong").arg(origin));
        throw KeyError(Ed25519Tr::tr("%1: not a private key PEM (PKCS#8)").arg(origin));
    }
    auto impl = std::make_unique<Impl>();
    impl->key = key;
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        throw KeyError(Ed25519Tr::tr("%1: not an Ed25519 private key").arg(origin));
    return Ed25519PrivateKey(std::move(impl));
}

Ed25519PrivateKey Ed25519PrivateKey::fromPemFile(const QString &path, QByteArray &passphrase)
{
    QByteArray pem = readKeyFile(path);
    return fromPem(pem, passphrase, path);
}

QByteArray Ed25519PrivateKey::sign(const QByteArray &message) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t size = 64;
    QByteArray signature(64, '\0');
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, d->key) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        size != 64) {
        ERR_clear_error();
        throw KeyError(Ed25519Tr::tr("Ed25519 signing failed"));
    }
    return signature;
}

Ed25519PublicKey Ed25519PrivateKey::publicKey() const
{
    // The public half travels as DER: the private key object itself is never duplicated.
    unsigned char *buf = nullptr;
    const int n = i2d_PUBKEY(d->key, &buf);
    const unsigned char *p = buf;
    EVP_PKEY *pub = n > 0 ? d2i_PUBKEY(nullptr, &p, n) : nullptr;
    OPENSSL_free(buf);
    if (!pub)
        throw KeyError(Ed25519Tr::tr("Ed25519: cannot derive the public key"));
    auto impl = std::make_unique<Ed25519PublicKey::Impl>();
    impl->key = pub;
    return Ed25519PublicKey(std::move(impl));
}

} // namespace ab::crypto
