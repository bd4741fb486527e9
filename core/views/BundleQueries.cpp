#include "core/views/BundleQueries.h"

#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab::views {

namespace {

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

} // namespace

QList<BundleRow> bundles(const WorkspaceStore &store)
{
    const SqlSession &sql = store.sqlSession();
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT b.id, b.source_id, s.file_name, s.sha256, b.raw FROM compliance_bundles b"
                       " JOIN sources s ON s.id = b.source_id ORDER BY b.source_id, b.ordinal"));
    sql.exec(q);
    QList<BundleRow> out;
    while (q.next()) {
        BundleRow r;
        r.rowId = q.value(0).toLongLong();
        r.sourceId = q.value(1).toLongLong();
        r.sourceFile = q.value(2).toString();
        r.sourceSha256 = q.value(3).toString();
        r.raw = q.value(4).toString().toUtf8();
        const QJsonObject o = QJsonDocument::fromJson(r.raw).object();
        r.name = scalarText(o.value(QStringLiteral("name")));
        r.description = scalarText(o.value(QStringLiteral("description")));
        r.framework = scalarText(o.value(QStringLiteral("regulatory_framework")));
        r.version = scalarText(o.value(QStringLiteral("version")));
        r.exportedAt = scalarText(o.value(QStringLiteral("exported_at")));
        r.exportVersion = scalarText(o.value(QStringLiteral("export_version")));
        if (o.value(QStringLiteral("enabled")).isBool())
            r.enabled = o.value(QStringLiteral("enabled")).toBool();
        const QJsonArray mappings = o.value(QStringLiteral("seed_rule_mappings")).toArray();
        r.ruleMappingCount = mappings.size();
        r.ruleMappingsJson = QJsonDocument(mappings).toJson(QJsonDocument::Compact);
        out << r;
    }
    return out;
}

} // namespace ab::views
