#pragma once
// Builds HMAC chains with the real JCS and HMAC of core, keyed from a real keyring, so that a test can tamper
// with exactly one thing and know exactly which errors docs/spec/chain.md requires.
#include "core/chain/ChainVerifier.h"
#include "core/chain/Keyring.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab::test {

class ChainFixture
{
public:
    // Keys k2025a (hex) and k2025b (base64) of spec/vectors/keyring.json, read through Keyring::fromFile.
    ChainFixture();

    const Keyring &keyring() const { return m_keyring; }

    // Content of event n: id evt_0000000n, the timestamp 2025-01-0nT10:00:00Z shifted by n hours (so sorted
    // by n), a sequence when asked, and some nested and non-ASCII content the MAC must cover.
    static QJsonObject event(int n, bool withSequence = true);
    static QString eventId(int n);

    // Records 1..count with hmac_key_id `keyId`, each linked to the one before (record 1 to `previous`).
    QList<QJsonObject> chain(int count, bool withSequence = true,
                             const QString &keyId = QStringLiteral("k2025a"),
                             const QString &previous = QString::fromLatin1(ChainVerifier::GenesisHmac)) const;
    // Appends `content` to `records`, linked to the last record (or genesis) and sealed with `keyId`.
    void append(QList<QJsonObject> &records, QJsonObject content,
                const QString &keyId = QStringLiteral("k2025a")) const;

    // The MAC docs/spec/chain.md defines, over the record's content (all but hmac and previous_hmac) and its
    // previous_hmac, with the keyring's secret for `keyId` (or with `secret` when given).
    QString macOf(const QJsonObject &record, const QString &keyId) const;
    static QString macWith(const QJsonObject &record, const QByteArray &secret);
    // Sets hmac_key_id and a fresh hmac over the current content.
    void seal(QJsonObject &record, const QString &keyId) const;
    // Reseals records[from..] and re-links each to the one before: a consistent chain again.
    void relink(QList<QJsonObject> &records, int from) const;

    static QByteArray toJsonArray(const QList<QJsonObject> &records);
    static QByteArray toNdjson(const QList<QJsonObject> &records);
    static QByteArray toPage(const QList<QJsonObject> &records, const QString &member);

    // Verifies in-memory files (name, bytes) as one chain through ChainInput, as the CLI does with files.
    static VerificationResult verify(const QList<QPair<QString, QByteArray>> &files,
                                     const VerifyOptions &options);
    VerificationResult verifyRecords(const QList<QJsonObject> &records, VerifyOptions options = {}) const;

    // "Event n: HMAC mismatch (expected 'XXXXXXXX...', got 'YYYYYYYY...')" for a stored record.
    QString hmacMismatch(int event, const QJsonObject &record) const;

private:
    Keyring m_keyring;
};

} // namespace ab::test
