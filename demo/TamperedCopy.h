#pragma once
// The tampered copy of the gateway year, for demos and tests of the verifier: the same chain with three
// tamperings an attacker with database access might try (a record modified without resealing, a record
// deleted, a forged record inserted and sealed with a guessed key), the exact errors `verify` must report
// for them, and TAMPERING.txt, which tells the auditor what was done.
#include "demo/DemoRecord.h"
#include "demo/OutFile.h"

#include <QString>
#include <QStringList>

#include <string>

namespace ab::demo {

class TamperedCopy
{
public:
    // `records`: the length of the original chain, which decides where the tamperings fall.
    TamperedCopy(qint64 records, quint64 seed, OutFile &out);

    // Copies original record `seq` (sealed with `hmac` over `previous` by `mac`) into the copy: unchanged,
    // modified without resealing, or left out. May change `record`.
    void copy(qint64 seq, Record &record, const std::string &previous, const std::string &hmac,
              crypto::HmacSha256 &mac);
    // Whether a forged record goes in after original record `seq`; its content is the caller's (it knows
    // the gateway's vocabulary), with sequence seq + 1.
    bool forgesAfter(qint64 seq) const { return seq == m_forgedAfter; }
    // Writes `forged`, linked to the hmac of the record before it but sealed with the forger's key; `mac` is
    // the real key, for the MAC the verifier will expect.
    void insertForged(Record &forged, const std::string &previousHmac, crypto::HmacSha256 &mac);

    qint64 records() const { return m_records; }
    // What `auditbench-cli verify` reports for the copy: docs/spec/chain.md's exact texts, in order.
    QStringList expectedErrors() const;
    // TAMPERING.txt: what was done to which record, and what the verifier reports for the copy and for the
    // original (`head`: the original's head hmac).
    QString notes(const std::string &head) const;

private:
    OutFile &m_out;
    quint64 m_seed;
    qint64 m_n;
    qint64 m_modifyFrom, m_deleted, m_forgedAfter;
    crypto::HmacSha256 m_forgerMac;
    qint64 m_records = 0;
    qint64 m_modifiedSeq = 0;
    std::string m_modifiedHmac, m_modifiedComputed, m_modifiedWhat, m_modifiedId;
    std::string m_forgedId, m_forgedComputed, m_forgedStored;
    std::string m_deletedId;
};

} // namespace ab::demo
