#include "core/chain/ChainErrorText.h"

namespace ab::chaintext {

namespace {

QString event(qint64 n, const QString &what)
{
    return QStringLiteral("Event %1: %2").arg(n).arg(what);
}

} // namespace

QString malformedRecord(qint64 n, const QString &member)
{
    return event(n, QStringLiteral("malformed record (missing '%1')").arg(member));
}

QString duplicateId(qint64 n, const QString &id)
{
    return event(n, QStringLiteral("duplicate id '%1' with differing content").arg(id));
}

QString sequenceBreak(qint64 n, qint64 expected, qint64 got)
{
    return event(n, QStringLiteral("sequence break (expected %1, got %2)").arg(expected).arg(got));
}

QString previousHmacMismatch(qint64 n)
{
    return event(n, QStringLiteral("previous_hmac mismatch"));
}

QString unknownKeyId(qint64 n, const QString &keyId)
{
    return event(n, QStringLiteral("unknown hmac_key_id '%1'").arg(keyId));
}

QString hmacMismatch(qint64 n, const QString &expected8, const QString &got8)
{
    return event(n, QStringLiteral("HMAC mismatch (expected '%1...', got '%2...')").arg(expected8, got8));
}

QString chainHeadMismatch(const QString &expected8, const QString &got8)
{
    return QStringLiteral("Chain head mismatch (expected '%1...', got '%2...')").arg(expected8, got8);
}

QString noEventsToVerify(bool periodGiven)
{
    return periodGiven ? QStringLiteral("No events in the examination period")
                       : QStringLiteral("No events to verify");
}

QString unplaceableRecord(const QString &id)
{
    return QStringLiteral("Record '%1': no valid timestamp to place it in the period")
        .arg(id.isEmpty() ? QStringLiteral("(no id)") : id);
}

QString keyNotValidAt(qint64 n, const QString &keyId, const QString &timestamp)
{
    return event(n, QStringLiteral("key '%1' not valid at '%2'")
                        .arg(keyId, timestamp.isEmpty() ? QStringLiteral("(none)") : timestamp));
}

QString chainFork(const QString &id, qint64 runId, const QString &verified8, const QString &file,
                  const QString &later8)
{
    return QStringLiteral("Chain fork at event '%1': run %2 verified '%3...', %4 has '%5...'")
        .arg(id.isEmpty() ? QStringLiteral("(no id)") : id, QString::number(runId), verified8, file, later8);
}

} // namespace ab::chaintext
