#pragma once
// Forks and rollbacks (issue 11): the transparency-log consistency check applied to exports. A workspace
// remembers what it verified, so a platform cannot hand the same auditor a rewritten history next quarter.
//
// Records are immutable rows, so a run need not copy what it verified: it stores its *mark*, the highest
// gateway_records rowid when it ran. The records run R verified are exactly the rows up to R's mark that lie
// in R's period. A later verification looks for rows imported after some run's mark whose `id` or
// `sequence` equals that of a record the run verified, with another `hmac`: a fork (same id, rewritten
// content) or a rollback (same position, another record). Both lookups are indexed (gateway_record_id,
// gateway_sequence); only the few candidate pairs are parsed. Measured on a 1M-record workspace: under 1 ms
// when few rows came after the runs, 6.5 s with 1M rows on each side (the verification itself takes ~40 s);
// the sequence index is 13 MB of 1.2 GB.
//
// The agent runtime chain has no such check yet: its entries are stored without id and sequence columns, so
// it would need its own columns or expression indexes first; a run of it stores no mark.
#include "core/chain/VerificationResult.h"
#include "core/workspace/SqlSession.h"

#include <QList>
#include <QString>

namespace ab {

struct ChainFork
{
    qint64 verifiedRow = 0, laterRow = 0; // gateway_records rowids
    QString recordId;                     // the verified record's id (empty without one)
    qint64 runId = 0;                     // the earliest stored run that verified it
    QString verifiedHmac, laterHmac;      // as stored
    QString laterFile;                    // file name of the source the later record came from

    QString errorText() const; // docs/spec chain.md contract text (never translated)
};

class ForkCheck
{
public:
    explicit ForkCheck(const SqlSession &sql) : m_sql(sql) {}

    // What a gateway run stores as its mark: the highest gateway record rowid now (0 when there is none).
    qint64 gatewayMark() const;
    // Every fork against the stored gateway runs that have a mark, in the verified records' import order.
    QList<ChainFork> gatewayForks() const;
    // The forks as errors of `result`, before the verifier's own (see addForks), within maxErrors.
    void checkGateway(VerificationResult &result, int maxErrors) const;

    // Puts the forks' errors in front of result's errors: invalid, counted in error_count, listed within
    // maxErrors. In front because a fork explains the verifier's errors for the same records (the two
    // histories merged into one chain give duplicate ids, sequence breaks and previous_hmac mismatches):
    // it is the cause, and the --max-errors cut must never drop it behind its consequences.
    static void addForks(VerificationResult &result, const QList<ChainFork> &forks, int maxErrors);

private:
    const SqlSession &m_sql;
};

} // namespace ab
