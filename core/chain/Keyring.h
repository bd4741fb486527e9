#pragma once

#include "core/common/Instant.h"
#include "core/crypto/Crypto.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ab {

// The auditor's keyring (docs/spec/chain.md "The keyring"): key ids and secrets, held only in memory.
// Secrets are wiped when the keyring goes away and are never printed, logged or persisted:
// reports name a key by its id and fingerprint.
class Keyring
{
public:
    struct Key
    {
        std::string id;
        crypto::SecureBytes secret;
        QString fingerprint; // first 16 hex chars of SHA-256(secret)
        // Validity window (both inclusive) and its bounds as written in the keyring, echoed in results.
        std::optional<Instant> notBefore, notAfter;
        QString notBeforeText, notAfterText;

        bool hasWindow() const { return notBefore || notAfter; }
        bool validAt(const Instant &t) const
        {
            return (!notBefore || !(t < *notBefore)) && (!notAfter || !(*notAfter < t));
        }
    };

    Keyring() = default;
    Keyring(Keyring &&) noexcept = default;
    Keyring &operator=(Keyring &&) noexcept = default;

    // Reads `{"keys":[{"id":..., "secret":"hex:..."|"base64:..."}]}`; throws InputError with
    // file:line:column.
    static Keyring fromFile(const QString &path);
    static Keyring fromBytes(const QString &name, const QByteArray &bytes);

    Key &add(const std::string &id, crypto::SecureBytes secret);
    const Key *find(std::string_view id) const;
    const std::vector<Key> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.empty(); }
    size_t size() const { return m_keys.size(); }
    QString fingerprint(std::string_view id) const; // empty when unknown

    static QString fingerprintOf(const crypto::SecureBytes &secret);

private:
    std::vector<Key> m_keys;
};

} // namespace ab
