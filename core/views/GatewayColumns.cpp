#include "core/views/GatewayColumns.h"

#include "core/views/ViewQuery.h"
#include "core/workspace/RawSpan.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QSqlQuery>
#include <QStringList>

namespace ab::views {

QString memberName(GatewayMember member)
{
    switch (member) {
    case GatewayMember::FrameworkReference:
        return QStringLiteral("framework_reference");
    case GatewayMember::OverrideReason:
        return QStringLiteral("override_reason");
    case GatewayMember::Model:
        return QStringLiteral("model");
    case GatewayMember::Provider:
        return QStringLiteral("provider");
    case GatewayMember::SourceIp:
        return QStringLiteral("source_ip");
    case GatewayMember::RuleName:
        return QStringLiteral("rule_name");
    case GatewayMember::Count:
        break;
    }
    return {};
}

QHash<qint64, GatewayMembers> gatewayMembers(const WorkspaceStore &store, const std::vector<qint64> &rowIds)
{
    // The member names are the fixed list above (never input text); the rowids are bound.
    QStringList members;
    for (int m = 0; m < int(GatewayMember::Count); ++m)
        members << QStringLiteral("json_extract(%1, '$.%2')")
                       .arg(raw_span::expression(QStringLiteral("g")), memberName(GatewayMember(m)));
    const SqlSession &sql = store.sqlSession();
    QHash<qint64, GatewayMembers> out;
    constexpr size_t Batch = 500;
    for (size_t at = 0; at < rowIds.size(); at += Batch) {
        const size_t n = std::min(Batch, rowIds.size() - at);
        QStringList marks;
        QVariantList binds;
        for (size_t k = 0; k < n; ++k) {
            marks << QStringLiteral("?");
            binds << rowIds[at + k];
        }
        QSqlQuery q = sql.prepare(QStringLiteral("SELECT g.id, %1 FROM gateway_records g WHERE g.id IN (%2)")
                                      .arg(members.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))));
        bindAll(q, binds);
        sql.exec(q);
        while (q.next()) {
            GatewayMembers values;
            for (int m = 0; m < int(GatewayMember::Count); ++m)
                values[size_t(m)] = textOf(q.value(m + 1));
            out.insert(q.value(0).toLongLong(), values);
        }
    }
    return out;
}

} // namespace ab::views
