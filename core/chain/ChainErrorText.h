#pragma once
// The error texts of docs/spec/chain.md's checks table, exactly: contract data that is stored, hashed,
// printed and compared with the platform's own verifier, so never translated. `event` is the record's
// 1-based position in the verified sequence; hash arguments are the first 8 characters already cut.
#include <QString>
#include <QtGlobal>

namespace ab::chaintext {

QString malformedRecord(qint64 event, const QString &member); // "Event n: malformed record (missing 'hmac')"
QString duplicateId(qint64 event, const QString &id);
QString sequenceBreak(qint64 event, qint64 expected, qint64 got);
QString previousHmacMismatch(qint64 event);
QString unknownKeyId(qint64 event, const QString &keyId);
QString hmacMismatch(qint64 event, const QString &expected8, const QString &got8);
QString chainHeadMismatch(const QString &expected8, const QString &got8);
// docs/spec/chain.md "Nothing verified is not valid": the one error of a result with no event checked.
QString noEventsToVerify(bool periodGiven);
// docs/spec/chain.md "Examination period": a record a period cannot place (`id` empty: "(no id)").
QString unplaceableRecord(const QString &id);
// docs/spec/chain.md "Checks": a key used outside its window (`timestamp` empty: "(none)").
QString keyNotValidAt(qint64 event, const QString &keyId, const QString &timestamp);
// Forks and rollbacks (issue 11): a record imported after stored run `runId` contradicts one that run
// verified (same id or same sequence, another hmac). `id` is the verified record's id (empty: "(no id)"),
// `file` the later source's file name.
QString chainFork(const QString &id, qint64 runId, const QString &verified8, const QString &file,
                  const QString &later8);

} // namespace ab::chaintext
