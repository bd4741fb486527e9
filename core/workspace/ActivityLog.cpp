#include "core/workspace/ActivityLog.h"

#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"

#include <QSqlQuery>

#include <exception>

namespace ab {

namespace {

const QString GenesisHash = QString(64, QLatin1Char('0'));

QByteArray canonicalRow(qint64 seq, const QString &at, const QString &user, const QString &action,
                        const QByteArray &details)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("action").value(action);
    w.key("at").value(at);
    w.key("details").raw(std::string_view(details.constData(), size_t(details.size())));
    w.key("seq").value(seq);
    w.key("user").value(user);
    w.endObject();
    const std::string canonical = jcs::canonicalize(w.str()); // throws on details that are not JSON
    return QByteArray(canonical.data(), qsizetype(canonical.size()));
}

QString rowHash(const QString &prevHash, const QByteArray &canonical)
{
    return crypto::sha256Hex(prevHash.toLatin1() + canonical);
}

} // namespace

void ActivityLog::append(const QString &action, const QByteArray &detailsJson) const
{
    std::string details;
    try {
        details = jcs::canonicalize(std::string_view(detailsJson.constData(), size_t(detailsJson.size())));
    } catch (const std::exception &) {
        throw WorkspaceError(WorkspaceTr::tr("activity details for '%1' are not valid JSON").arg(action));
    }
    if (details.empty() || details.front() != '{')
        throw WorkspaceError(
            WorkspaceTr::tr("activity details for '%1': expected a JSON object").arg(action));
    QSqlQuery last =
        m_sql.prepare(QStringLiteral("SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1"));
    m_sql.exec(last);
    qint64 seq = 1;
    QString prevHash = GenesisHash;
    if (m_sql.next(last)) {
        seq = last.value(0).toLongLong() + 1;
        prevHash = last.value(1).toString();
    }
    const QString at = sqlvalue::nowUtc();
    const QString user = sqlvalue::userText(m_identity);
    const QByteArray detailsText(details.data(), qsizetype(details.size()));
    const QString hash = rowHash(prevHash, canonicalRow(seq, at, user, action, detailsText));
    PreparedInsert(m_sql, "activity_log", {"seq", "at", "user", "action", "details", "prev_hash", "hash"})
        .insert({seq, at, user, sqlvalue::notNull(action), QString::fromUtf8(detailsText), prevHash, hash});
}

QList<ActivityEntry> ActivityLog::entries() const
{
    QSqlQuery q = m_sql.prepare(QStringLiteral(
        "SELECT seq, at, user, action, details, prev_hash, hash FROM activity_log ORDER BY seq"));
    m_sql.exec(q);
    QList<ActivityEntry> out;
    while (m_sql.next(q))
        out << ActivityEntry{q.value(0).toLongLong(), q.value(1).toString(),          q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toString().toUtf8(), q.value(5).toString(),
                             q.value(6).toString()};
    return out;
}

ActivityLogHead ActivityLog::head() const
{
    QSqlQuery q = m_sql.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM activity_log), (SELECT hash "
                                               "FROM activity_log ORDER BY seq DESC LIMIT 1)"));
    m_sql.exec(q);
    ActivityLogHead head;
    head.hash = GenesisHash;
    if (m_sql.next(q)) {
        head.rows = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            head.hash = q.value(1).toString();
    }
    return head;
}

ActivityLogCheck ActivityLog::verify() const
{
    ActivityLogCheck check;
    qint64 expectedSeq = 1;
    QString prevHash = GenesisHash;
    const auto broken = [&](qint64 seq, const QString &message) {
        check.intact = false;
        check.firstBrokenSeq = seq;
        check.message = message;
        return check;
    };
    for (const ActivityEntry &e : entries()) {
        ++check.rows;
        if (e.seq != expectedSeq)
            return broken(
                expectedSeq,
                WorkspaceTr::tr("Activity log row %1 is missing (the next row is %2): rows were deleted")
                    .arg(expectedSeq)
                    .arg(e.seq));
        if (e.prevHash != prevHash)
            return broken(e.seq,
                          WorkspaceTr::tr("Activity log row %1: prev_hash does not match the hash of row %2")
                              .arg(e.seq)
                              .arg(e.seq - 1));
        QString computed;
        try {
            computed = rowHash(e.prevHash, canonicalRow(e.seq, e.at, e.user, e.action, e.details));
        } catch (const std::exception &) {
        }
        if (computed != e.hash)
            return broken(
                e.seq,
                WorkspaceTr::tr("Activity log row %1: content does not match its hash (the row was altered)")
                    .arg(e.seq));
        prevHash = e.hash;
        ++expectedSeq;
    }
    check.message =
        WorkspaceTr::tr("Activity log intact: %n row(s), hash chain verified", nullptr, int(check.rows));
    return check;
}

} // namespace ab
