#include "support/ChainFixture.h"

#include "TestConfig.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ab::test {

ChainFixture::ChainFixture()
    : m_keyring(Keyring::fromFile(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")))
{
}

QString ChainFixture::eventId(int n)
{
    return QStringLiteral("evt_%1").arg(n, 8, 10, QLatin1Char('0'));
}

QJsonObject ChainFixture::event(int n, bool withSequence)
{
    QJsonObject e;
    e.insert(QStringLiteral("id"), eventId(n));
    const QDateTime at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 3600);
    e.insert(QStringLiteral("timestamp"), at.toString(Qt::ISODate));
    if (withSequence)
        e.insert(QStringLiteral("sequence"), n);
    e.insert(QStringLiteral("category"), QStringLiteral("enforcement"));
    e.insert(QStringLiteral("action"), n % 2 ? QStringLiteral("allow") : QStringLiteral("block"));
    e.insert(QStringLiteral("details"),
             QJsonObject{{QStringLiteral("reason"), QStringLiteral("Überprüfung ☃ #%1").arg(n)},
                         {QStringLiteral("scores"), QJsonArray{n, 0.5, -1}}});
    return e;
}

QString ChainFixture::macWith(const QJsonObject &record, const QByteArray &secret)
{
    QJsonObject content = record;
    content.remove(QStringLiteral("hmac"));
    content.remove(QStringLiteral("previous_hmac"));
    const QByteArray json = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const std::string jcs = jcs::canonicalize(std::string_view(json.constData(), size_t(json.size())));
    const std::string message = jcs + record.value(QStringLiteral("previous_hmac")).toString().toStdString();
    return crypto::toHex(crypto::hmacSha256(reinterpret_cast<const unsigned char *>(secret.constData()),
                                            size_t(secret.size()), message));
}

QString ChainFixture::macOf(const QJsonObject &record, const QString &keyId) const
{
    const Keyring::Key *key = m_keyring.find(keyId.toStdString());
    Q_ASSERT(key);
    return macWith(record, QByteArray(reinterpret_cast<const char *>(key->secret.data()),
                                      qsizetype(key->secret.size())));
}

void ChainFixture::seal(QJsonObject &record, const QString &keyId) const
{
    record.insert(QStringLiteral("hmac_key_id"), keyId);
    record.insert(QStringLiteral("hmac"), macOf(record, keyId));
}

void ChainFixture::append(QList<QJsonObject> &records, QJsonObject content, const QString &keyId) const
{
    content.insert(QStringLiteral("previous_hmac"),
                   records.isEmpty() ? QString::fromLatin1(ChainVerifier::GenesisHmac)
                                     : records.last().value(QStringLiteral("hmac")).toString());
    seal(content, keyId);
    records.append(content);
}

QList<QJsonObject> ChainFixture::chain(int count, bool withSequence, const QString &keyId,
                                       const QString &previous) const
{
    QList<QJsonObject> records;
    for (int n = 1; n <= count; ++n) {
        QJsonObject e = event(n, withSequence);
        e.insert(QStringLiteral("previous_hmac"),
                 n == 1 ? previous : records.last().value(QStringLiteral("hmac")).toString());
        seal(e, keyId);
        records.append(e);
    }
    return records;
}

void ChainFixture::relink(QList<QJsonObject> &records, int from) const
{
    for (int i = from; i < records.size(); ++i) {
        records[i].insert(QStringLiteral("previous_hmac"),
                          i == 0 ? QString::fromLatin1(ChainVerifier::GenesisHmac)
                                 : records[i - 1].value(QStringLiteral("hmac")).toString());
        seal(records[i], records[i].value(QStringLiteral("hmac_key_id")).toString());
    }
}

QByteArray ChainFixture::toJsonArray(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &r : records)
        array.append(r);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ChainFixture::toNdjson(const QList<QJsonObject> &records)
{
    QByteArray out;
    for (const QJsonObject &r : records)
        out += QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

QByteArray ChainFixture::toPage(const QList<QJsonObject> &records, const QString &member)
{
    QJsonArray array;
    for (const QJsonObject &r : records)
        array.append(r);
    QJsonObject page{{member, array},
                     {QStringLiteral("next_cursor"), QStringLiteral("c2")},
                     {QStringLiteral("total"), 99},
                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("records"), QJsonArray{1, 2}}}}};
    return QJsonDocument(page).toJson(QJsonDocument::Indented);
}

VerificationResult ChainFixture::verify(const QList<QPair<QString, QByteArray>> &files,
                                        const VerifyOptions &options)
{
    ChainInput input;
    for (const auto &[name, bytes] : files)
        input.addSource(SourceText::fromBytes(name, bytes));
    return ChainVerifier::verify(input, options);
}

VerificationResult ChainFixture::verifyRecords(const QList<QJsonObject> &records, VerifyOptions options) const
{
    if (!options.keyring)
        options.keyring = &m_keyring;
    return verify({{QStringLiteral("export.json"), toJsonArray(records)}}, options);
}

QString ChainFixture::hmacMismatch(int event, const QJsonObject &record) const
{
    const QString computed = macOf(record, record.value(QStringLiteral("hmac_key_id")).toString());
    return QStringLiteral("Event %1: HMAC mismatch (expected '%2...', got '%3...')")
        .arg(event)
        .arg(computed.left(8), record.value(QStringLiteral("hmac")).toString().left(8));
}

} // namespace ab::test
