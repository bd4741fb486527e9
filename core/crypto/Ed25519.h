#pragma once
// Ed25519 signatures for evidence packs (docs/spec/formats.md 6), through OpenSSL's EVP interface only.
// The private key is read from a PKCS#8 PEM (`openssl genpkey -algorithm ed25519`, optionally encrypted with
// a passphrase), lives only in memory (OpenSSL's key object, freed with its secret wiped) and is never
// written anywhere: the PEM bytes and the passphrase handed in are wiped (OPENSSL_cleanse) once parsed.

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ab::crypto {

// A key file that cannot be used (not PEM, not Ed25519, wrong or missing passphrase).
class KeyError : public Error
{
public:
    explicit KeyError(const QString &text) : Error(text) {}
};

class Ed25519PublicKey
{
public:
    // A SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----"). Throws KeyError naming `origin`.
    static Ed25519PublicKey fromPem(const QByteArray &pem, const QString &origin);
    static Ed25519PublicKey fromPemFile(const QString &path);
    ~Ed25519PublicKey();
    Ed25519PublicKey(Ed25519PublicKey &&) noexcept;
    Ed25519PublicKey &operator=(Ed25519PublicKey &&) noexcept;

    QByteArray der() const; // SubjectPublicKeyInfo DER
    QByteArray pem() const; // SubjectPublicKeyInfo PEM, as `openssl pkey -pubout` writes it
    // SHA-256 hex of der(): the fingerprint MANIFEST.json names (signature.public_key_sha256).
    QString sha256() const;
    // True when `signature` (64 raw bytes) is this key's Ed25519 signature of exactly `message`.
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    struct Impl;
    explicit Ed25519PublicKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
    friend class Ed25519PrivateKey;
};

class Ed25519PrivateKey
{
public:
    // True when the PEM is an encrypted PKCS#8 key ("-----BEGIN ENCRYPTED PRIVATE KEY-----"): ask for the
    // passphrase before calling fromPem.
    static bool isEncrypted(const QByteArray &pem);
    // Parses and then wipes `pem` and `passphrase`. Throws KeyError naming `origin`: "ORIGIN: the key is
    // encrypted: the passphrase is missing or wrong", "ORIGIN: not a private key PEM (PKCS#8)", "ORIGIN: not
    // an Ed25519 private key".
    static Ed25519PrivateKey fromPem(QByteArray &pem, QByteArray &passphrase, const QString &origin);
    // Reads the file into memory and parses it as fromPem (the bytes read are wiped).
    static Ed25519PrivateKey fromPemFile(const QString &path, QByteArray &passphrase);
    ~Ed25519PrivateKey();
    Ed25519PrivateKey(Ed25519PrivateKey &&) noexcept;
    Ed25519PrivateKey &operator=(Ed25519PrivateKey &&) noexcept;

    QByteArray sign(const QByteArray &message) const; // 64 raw bytes
    Ed25519PublicKey publicKey() const;

private:
    struct Impl;
    explicit Ed25519PrivateKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace ab::crypto
