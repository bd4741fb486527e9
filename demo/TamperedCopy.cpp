#include "demo/TamperedCopy.h"

#include "core/chain/ChainErrorText.h"
#include "demo/DemoKeyring.h"

namespace ab::demo {

TamperedCopy::TamperedCopy(qint64 records, quint64 seed, OutFile &out)
    : m_out(out), m_seed(seed), m_n(records), m_modifyFrom(records / 4), m_deleted(records / 2 + 1),
      m_forgedAfter(3 * records / 4 + 1), m_forgerMac(deriveKey(seed, "forger"))
{
}

void TamperedCopy::copy(qint64 seq, Record &record, const std::string &previous, const std::string &hmac,
                        crypto::HmacSha256 &mac)
{
    std::string &t = m_out.buffer();
    if (seq == m_deleted) {
        m_deletedId = std::string(record.get("id"));
    } else if (m_modifiedSeq == 0 && seq >= m_modifyFrom &&
               (record.get("action") == "block" || seq == m_deleted - 1)) {
        // A database edit without resealing: a block turned into an allow (or a changed user).
        m_modifiedSeq = seq;
        m_modifiedId = std::string(record.get("id"));
        if (record.get("action") == "block") {
            record.set("action", "allow");
            m_modifiedWhat = "action changed from \"block\" to \"allow\"";
        } else {
            m_modifiedWhat = "user_email changed from \"" + std::string(record.get("user_email")) +
                             "\" to \"mallory.intruder@example.com\"";
            record.set("user_email", "mallory.intruder@example.com");
        }
        m_modifiedComputed = macHex(mac, record.canonical(), previous);
        m_modifiedHmac = hmac;
        record.write(t, previous, hmac);
        t.push_back('\n');
        ++m_records;
    } else {
        record.write(t, previous, hmac);
        t.push_back('\n');
        ++m_records;
    }
}

void TamperedCopy::insertForged(Record &forged, const std::string &previousHmac, crypto::HmacSha256 &mac)
{
    m_forgedStored = macHex(m_forgerMac, forged.canonical(), previousHmac);
    m_forgedComputed = macHex(mac, forged.canonical(), previousHmac);
    m_forgedId = std::string(forged.get("id"));
    std::string &t = m_out.buffer();
    forged.write(t, previousHmac, m_forgedStored);
    t.push_back('\n');
    ++m_records;
}

// chain.md's texts, as the verifier builds them. Positions in the verified sequence: the deletion shifts
// later records up by one, the insertion takes the deleted record's place in the count again.
QStringList TamperedCopy::expectedErrors() const
{
    const auto p8 = [](const std::string &s) { return QString::fromLatin1(s.data(), 8); };
    const qint64 forgedPos = m_forgedAfter; // real record forgedAfter sits at forgedAfter - 1
    return QStringList{chaintext::hmacMismatch(m_modifiedSeq, p8(m_modifiedComputed), p8(m_modifiedHmac)),
                       chaintext::sequenceBreak(m_deleted, m_deleted, m_deleted + 1),
                       chaintext::previousHmacMismatch(m_deleted),
                       chaintext::hmacMismatch(forgedPos, p8(m_forgedComputed), p8(m_forgedStored)),
                       chaintext::sequenceBreak(forgedPos + 1, m_forgedAfter + 2, m_forgedAfter + 1),
                       chaintext::previousHmacMismatch(forgedPos + 1)};
}

QString TamperedCopy::notes(const std::string &head) const
{
    const QStringList errors = expectedErrors();
    QString notes;
    notes += QStringLiteral("Tampered copy of %1 (%2 records, seed %3): %4 has %5 records.\n\n")
                 .arg(QLatin1String(DemoDataGenerator::GatewayFile))
                 .arg(m_n)
                 .arg(m_seed)
                 .arg(QLatin1String(DemoDataGenerator::TamperedFile))
                 .arg(m_records);
    notes += QStringLiteral("1. Modified without resealing: sequence %1 (%2): %3; hmac left as it was.\n")
                 .arg(m_modifiedSeq)
                 .arg(QString::fromStdString(m_modifiedId))
                 .arg(QString::fromStdString(m_modifiedWhat));
    notes += QStringLiteral("2. Deleted: sequence %1 (%2).\n")
                 .arg(m_deleted)
                 .arg(QString::fromStdString(m_deletedId));
    notes +=
        QStringLiteral("3. Forged and inserted after sequence %1: %2 with sequence %3, linked to the hmac of "
                       "sequence %1 but sealed with a key that is not the keyring's.\n\n")
            .arg(m_forgedAfter)
            .arg(QString::fromStdString(m_forgedId))
            .arg(m_forgedAfter + 1);
    notes +=
        QStringLiteral("auditbench-cli verify --keyring %1 %2 reports (exit status 1, events_checked %3, "
                       "error_count %4, head_hmac unchanged):\n")
            .arg(QLatin1String(DemoDataGenerator::KeyringFile),
                 QLatin1String(DemoDataGenerator::TamperedFile))
            .arg(m_n)
            .arg(errors.size());
    for (const QString &e : errors)
        notes += QStringLiteral("  ") + e + QLatin1Char('\n');
    notes +=
        QStringLiteral("\nThe original %1 verifies valid (exit status 0, events_checked %2, head_hmac %3).\n")
            .arg(QLatin1String(DemoDataGenerator::GatewayFile))
            .arg(m_n)
            .arg(QString::fromStdString(head));
    return notes;
}

} // namespace ab::demo
