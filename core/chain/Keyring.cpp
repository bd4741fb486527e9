#include "core/chain/Keyring.h"

#include "core/common/InputError.h"
#include "core/common/InputFile.h"
#include "core/json/JsonDiagnostics.h"
#include "core/json/SourceText.h"

#include <QCoreApplication>

#include <simdjson.h>

namespace ab {

struct KeyringTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::Keyring)
};

QString Keyring::fingerprintOf(const crypto::SecureBytes &secret)
{
    const crypto::Digest d =
        crypto::sha256(std::string_view(reinterpret_cast<const char *>(secret.data()), secret.size()));
    return crypto::toHex(d.data(), 8);
}

Keyring::Key &Keyring::add(const std::string &id, crypto::SecureBytes secret)
{
    Key key;
    key.id = id;
    key.fingerprint = fingerprintOf(secret);
    key.secret = std::move(secret);
    m_keys.push_back(std::move(key));
    return m_keys.back();
}

const Keyring::Key *Keyring::find(std::string_view id) const
{
    for (const Key &k : m_keys)
        if (k.id == id)
            return &k;
    return nullptr;
}

QString Keyring::fingerprint(std::string_view id) const
{
    const Key *k = find(id);
    return k ? k->fingerprint : QString();
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes without leaving copies of the secret in unwiped temporaries.
bool decodeSecret(std::string_view text, crypto::SecureBytes &out, QString &why)
{
    if (text.substr(0, 4) == "hex:") {
        const std::string_view hex = text.substr(4);
        if (hex.empty() || hex.size() % 2) {
            why = KeyringTr::tr("expected an even number of hex digits after 'hex:'");
            return false;
        }
        out = crypto::SecureBytes(hex.size() / 2);
        for (size_t i = 0; i < hex.size(); i += 2) {
            const int hi = hexValue(hex[i]), lo = hexValue(hex[i + 1]);
            if (hi < 0 || lo < 0) {
                out.wipe();
                why = KeyringTr::tr("expected only hex digits after 'hex:'");
                return false;
            }
            out.data()[i / 2] = static_cast<unsigned char>(hi * 16 + lo);
        }
        return true;
    }
    if (text.substr(0, 7) == "base64:") {
        QByteArray encoded(text.data() + 7, qsizetype(text.size() - 7));
        auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        crypto::wipe(encoded);
        if (!decoded || decoded.decoded.isEmpty()) {
            crypto::wipe(decoded.decoded);
            why = KeyringTr::tr("expected base64 data after 'base64:'");
            return false;
        }
        out = crypto::SecureBytes(size_t(decoded.decoded.size()));
        std::copy(decoded.decoded.begin(), decoded.decoded.end(), out.data());
        crypto::wipe(decoded.decoded);
        return true;
    }
    why = KeyringTr::tr("expected the secret to start with 'hex:' or 'base64:'");
    return false;
}

} // namespace

Keyring Keyring::fromFile(const QString &path)
{
    // A regular file of at most 1 MiB (thousands of keys): /dev/zero or a FIFO is refused, never read.
    constexpr qint64 MaxKeyringBytes = qint64(1) << 20;
    QByteArray bytes = InputFile::read(path, KeyringTr::tr("keyring"), MaxKeyringBytes);
    try {
        Keyring k = fromBytes(path, bytes);
        crypto::wipe(bytes);
        return k;
    } catch (...) {
        crypto::wipe(bytes);
        throw;
    }
}

Keyring Keyring::fromBytes(const QString &name, const QByteArray &bytes)
{
    using namespace simdjson;
    SourceText src = SourceText::fromBytes(name, bytes);
    const std::string_view text = src.text();
    const auto at = [&](const char *p) { return p ? size_t(p - src.data()) : size_t(0); };
    const auto error = [&](const char *p, const QString &message) {
        return InputError::atOffset(name, text, at(p), message);
    };

    // Structure (and duplicate names) first, with positions, so the walk below can trust it.
    {
        dom::parser dp;
        dom::element el;
        if (auto err = dp.parse(src.data(), src.size(), false).get(el))
            throw jsonSyntaxError(name, text, text, 0, error_message(err));
        std::string duplicate;
        const size_t dup = findDuplicateMember(text, &duplicate);
        if (dup != std::string_view::npos)
            throw InputError::atOffset(name, text, dup, duplicateMemberMessage(duplicate));
    }

    ondemand::parser parser;
    ondemand::document doc;
    if (auto err = parser.iterate(src.data(), src.size(), src.size() + SourceText::Padding).get(doc))
        throw jsonSyntaxError(name, text, text, 0, error_message(err));
    // Parsed above, so there is a value: point at it, not at white space before it.
    const char *rootPos = text.data() + std::min(text.size(), text.find_first_not_of(" \t\r\n"));
    ondemand::object root;
    if (doc.get_object().get(root))
        throw error(rootPos, KeyringTr::tr("expected a keyring object {\"keys\": [...]}"));
    Keyring ring;
    bool sawKeys = false;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key) || key != "keys")
            continue;
        sawKeys = true;
        ondemand::value keysValue = field.value();
        std::string_view token = keysValue.raw_json_token();
        ondemand::array keys;
        if (keysValue.get_array().get(keys))
            throw error(token.data(), KeyringTr::tr("expected \"keys\" to be an array"));
        for (auto entryResult : keys) {
            ondemand::value entry = entryResult.value_unsafe();
            token = entry.raw_json_token();
            const char *entryPos = token.data();
            ondemand::object obj;
            if (entry.get_object().get(obj))
                throw error(entryPos, KeyringTr::tr("expected a key object {\"id\": ..., \"secret\": ...}"));
            std::string id;
            bool haveId = false, haveSecret = false;
            crypto::SecureBytes secret;
            // Validity window bounds: checked once the key's id is known, so the message can name it.
            struct Bound
            {
                const char *member;
                const char *pos = nullptr;
                bool isString = false;
                QString text;
            } bounds[2] = {{"not_before"}, {"not_after"}};
            for (auto member : obj) {
                std::string_view name2;
                if (member.unescaped_key().get(name2))
                    continue;
                ondemand::value v = member.value();
                const std::string_view vtoken = v.raw_json_token();
                if (name2 == "id") {
                    std::string_view s;
                    if (v.get_string().get(s) || s.empty())
                        throw error(vtoken.data(), KeyringTr::tr("expected \"id\" to be a non-empty string"));
                    id = std::string(s);
                    haveId = true;
                } else if (name2 == "secret") {
                    std::string_view s;
                    if (v.get_string().get(s))
                        throw error(vtoken.data(), KeyringTr::tr("expected \"secret\" to be a string"));
                    QString why;
                    const bool decoded = decodeSecret(s, secret, why);
                    // The parser's unescaped copy of the secret: wipe it now that it is decoded.
                    std::fill(const_cast<char *>(s.data()), const_cast<char *>(s.data()) + s.size(), '\0');
                    if (!decoded)
                        throw error(vtoken.data(), why);
                    haveSecret = true;
                } else if (name2 == "not_before" || name2 == "not_after") {
                    Bound &b = bounds[name2 == "not_after" ? 1 : 0];
                    b.pos = vtoken.data();
                    std::string_view s;
                    b.isString = !v.get_string().get(s);
                    if (b.isString)
                        b.text = QString::fromUtf8(s.data(), qsizetype(s.size()));
                }
            }
            if (!haveId)
                throw error(entryPos, KeyringTr::tr("expected an \"id\" member in the key"));
            if (!haveSecret)
                throw error(entryPos, KeyringTr::tr("expected a \"secret\" member in key '%1'")
                                          .arg(QString::fromStdString(id)));
            if (ring.find(id))
                throw error(entryPos, KeyringTr::tr("duplicate key id '%1': expected each id once")
                                          .arg(QString::fromStdString(id)));
            std::optional<Instant> window[2];
            for (int b = 0; b < 2; ++b) {
                if (!bounds[b].pos)
                    continue;
                window[b] = bounds[b].isString ? Instant::parse(bounds[b].text) : std::nullopt;
                if (!window[b])
                    throw error(
                        bounds[b].pos,
                        KeyringTr::tr("expected \"%1\" of key '%2' to be an RFC 3339 timestamp such as "
                                      "2025-06-30T23:59:59Z")
                            .arg(QLatin1String(bounds[b].member), QString::fromStdString(id)));
            }
            if (window[0] && window[1] && *window[1] < *window[0])
                throw error(bounds[1].pos, KeyringTr::tr("key '%1': \"not_after\" is before \"not_before\"")
                                               .arg(QString::fromStdString(id)));
            Key &added = ring.add(id, std::move(secret));
            added.notBefore = window[0];
            added.notAfter = window[1];
            if (window[0])
                added.notBeforeText = bounds[0].text;
            if (window[1])
                added.notAfterText = bounds[1].text;
        }
    }
    if (!sawKeys)
        throw error(rootPos, KeyringTr::tr("expected a \"keys\" member"));
    // The parsed text held the secrets: wipe the copy.
    std::fill(const_cast<char *>(src.data()), const_cast<char *>(src.data()) + src.size(), '\0');
    return ring;
}

} // namespace ab
