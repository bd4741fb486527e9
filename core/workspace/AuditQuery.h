#pragma once

#include "core/workspace/WorkspaceStore.h"

#include <QString>
#include <QVariantList>

namespace ab {

// A WHERE clause over gateway_records (aliased g) for an AuditFilter, with every value bound (never spliced).
struct SqlWhere
{
    QString sql; // "" or " WHERE ..."
    QVariantList binds;
};

SqlWhere auditWhere(const AuditFilter &filter);

// Escapes LIKE's wildcards (%, _) and the escape character itself ('\') for "LIKE ? ESCAPE '\'".
QString escapeLike(const QString &text);

// The JSON text without insignificant white space (for one-record-per-line output); `json` when invalid.
QByteArray minifiedJson(const QByteArray &json);

} // namespace ab
