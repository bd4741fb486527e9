#include "core/views/OcsfQueries.h"

#include "core/views/ViewQuery.h"
#include "core/workspace/AuditQuery.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QSqlQuery>

namespace ab::views {

namespace {

QString member(const char *path)
{
    return QStringLiteral("json_extract(o.raw, '%1')").arg(QLatin1String(path));
}

WhereBuilder ocsfWhere(const OcsfFilter &f)
{
    WhereBuilder w;
    if (!f.classUids.isEmpty()) {
        QVariantList binds;
        QStringList marks;
        for (int c : f.classUids) {
            marks << QStringLiteral("?");
            binds << c;
        }
        w.add(QStringLiteral("o.class_uid IN (%1)").arg(marks.join(QLatin1Char(','))), binds);
    }
    if (!f.activities.isEmpty()) {
        QStringList clauses;
        QVariantList binds;
        for (const QString &a : f.activities) {
            bool numeric = false;
            const int id = a.toInt(&numeric);
            if (numeric) {
                clauses << QStringLiteral("o.activity_id = ?");
                binds << id;
            } else {
                clauses << QStringLiteral("lower(%1) = lower(?)").arg(member("$.activity_name"));
                binds << a;
            }
        }
        w.anyClause(clauses, binds);
    }
    w.period(QStringLiteral("o.time_ms"), f.start, f.end);
    if (!f.frameworkReference.isEmpty())
        w.add(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(member("$.metadata.framework_reference")),
              {QStringLiteral("%%1%").arg(escapeLike(f.frameworkReference))});
    w.anyOf(member("$.metadata.entity_type"), f.entityTypes, true);
    w.anyOf(member("$.metadata.action"), f.actions, true);
    if (!f.user.isEmpty())
        w.anyClause({member("$.actor.user.email_addr") + QStringLiteral(" = ?"),
                     member("$.actor.user.uid") + QStringLiteral(" = ?"),
                     member("$.actor.user.name") + QStringLiteral(" = ?")},
                    {f.user, f.user, f.user});
    return w;
}

const QString Order = QStringLiteral(" ORDER BY o.time_ms IS NULL, o.time_ms, o.id");

} // namespace

QString OcsfQueries::classNameOf(int classUid)
{
    switch (classUid) {
    case 2001:
        return QStringLiteral("Security Finding");
    case 2003:
        return QStringLiteral("Compliance Finding");
    case 2004:
        return QStringLiteral("Detection Finding");
    case 3001:
        return QStringLiteral("Account Change");
    case 3002:
        return QStringLiteral("Authentication");
    default:
        return QString::number(classUid);
    }
}

qint64 OcsfQueries::count(const OcsfFilter &filter) const
{
    const WhereBuilder w = ocsfWhere(filter);
    return countRows(m_store.sqlSession(), QStringLiteral("FROM ocsf_events o") + w.sql(), w.binds(),
                     filter.limit, filter.offset);
}

QList<OcsfEventRow> OcsfQueries::rows(const OcsfFilter &filter) const
{
    const SqlSession &sql = m_store.sqlSession();
    const WhereBuilder w = ocsfWhere(filter);
    const QString select =
        QStringLiteral("SELECT o.id, o.source_id, s.file_name, o.class_uid, o.activity_id, %1, o.time_ms,"
                       " %2, %3, %4, %5, %6, %7, coalesce(%8, %9, %10), coalesce(%11, o.severity_id)"
                       " FROM ocsf_events o JOIN sources s ON s.id = o.source_id%12%13")
            .arg(member("$.activity_name"), member("$.class_name"), member("$.metadata.uid"),
                 member("$.metadata.framework_reference"), member("$.metadata.entity_type"),
                 member("$.metadata.action"), member("$.metadata.policy_name"),
                 member("$.actor.user.email_addr"), member("$.actor.user.uid"), member("$.actor.user.name"))
            .arg(member("$.severity"), w.sql(), Order);
    QList<OcsfEventRow> out;
    forEachRow(sql, select, w.binds(), filter.limit, filter.offset, [&out](const QSqlQuery &q) {
        OcsfEventRow r;
        r.rowId = q.value(0).toLongLong();
        r.sourceId = q.value(1).toLongLong();
        r.sourceFile = q.value(2).toString();
        r.classUid = q.value(3).toInt();
        r.activity = textOf(q.value(5));
        if (r.activity.isEmpty())
            r.activity = textOf(q.value(4));
        if (!q.value(6).isNull())
            r.timeMs = q.value(6).toLongLong();
        r.className = textOf(q.value(7));
        if (r.className.isEmpty())
            r.className = classNameOf(r.classUid);
        r.uid = textOf(q.value(8));
        r.frameworkReference = textOf(q.value(9));
        r.entityType = textOf(q.value(10));
        r.action = textOf(q.value(11));
        r.policyName = textOf(q.value(12));
        r.user = textOf(q.value(13));
        r.severity = textOf(q.value(14));
        out << r;
    });
    return out;
}

QList<QByteArray> OcsfQueries::rawEvents(const OcsfFilter &filter) const
{
    const WhereBuilder w = ocsfWhere(filter);
    return firstColumnBytes(m_store.sqlSession(),
                            QStringLiteral("SELECT o.raw FROM ocsf_events o") + w.sql() + Order, w.binds(),
                            filter.limit, filter.offset);
}

QByteArray OcsfQueries::rawEvent(qint64 rowId) const
{
    return rawOfRow(m_store.sqlSession(), QStringLiteral("ocsf_events"), rowId);
}

std::vector<qint64> OcsfQueries::rowIdsOfUid(const QString &uid) const
{
    std::vector<qint64> out;
    forEachRow(m_store.sqlSession(),
               QStringLiteral("SELECT o.id FROM ocsf_events o WHERE %1 = ? OR %2 = ? ORDER BY o.id")
                   .arg(member("$.metadata.uid"), member("$.finding.uid")),
               {uid, uid}, -1, 0, [&out](const QSqlQuery &q) { out.push_back(q.value(0).toLongLong()); });
    return out;
}

QList<int> OcsfQueries::classUids() const
{
    QList<int> out;
    forEachRow(m_store.sqlSession(),
               QStringLiteral("SELECT DISTINCT class_uid FROM ocsf_events ORDER BY class_uid"), {}, -1, 0,
               [&out](const QSqlQuery &q) { out << q.value(0).toInt(); });
    return out;
}

} // namespace ab::views
