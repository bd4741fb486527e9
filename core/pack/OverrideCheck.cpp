#include "core/pack/OverrideCheck.h"

#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ab::pack {

QString OverrideViolation::text() const
{
    QStringList missing;
    if (missingReason)
        missing << QStringLiteral("no override_reason");
    if (missingUser)
        missing << QStringLiteral("no user identity");
    return QStringLiteral("%1 at %2 by %3: %4")
        .arg(recordId.isEmpty() ? QStringLiteral("(no id)") : recordId,
             timestamp.isEmpty() ? QStringLiteral("(no timestamp)") : timestamp,
             user.isEmpty() ? QStringLiteral("(no user)") : user, missing.join(QStringLiteral(", ")));
}

OverrideCheckResult checkOverrides(const WorkspaceStore &store, const Instant &start, const Instant &end)
{
    AuditFilter filter;
    filter.actions = {QStringLiteral("allow_with_override")};
    filter.start = start;
    filter.end = end;
    OverrideCheckResult result;
    store.forEachRecord(filter, [&](const GatewayRecordRow &row, const QByteArray &raw) {
        ++result.overrides;
        const QJsonObject record = QJsonDocument::fromJson(raw).object();
        const QJsonValue reason = record.value(QLatin1String("override_reason"));
        OverrideViolation v;
        v.missingReason = !reason.isString() || reason.toString().trimmed().isEmpty();
        v.missingUser = row.userId.trimmed().isEmpty() && row.userEmail.trimmed().isEmpty();
        if (v.missingReason || v.missingUser) {
            v.recordId = row.recordId;
            v.timestamp = row.timestamp;
            v.user = row.userEmail.isEmpty() ? row.userId : row.userEmail;
            result.violations << v;
        }
        return true;
    });
    return result;
}

} // namespace ab::pack
