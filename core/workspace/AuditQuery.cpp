#include "core/workspace/AuditQuery.h"

#include "core/workspace/RawSpan.h"

#include <simdjson.h>

#include <string>

namespace ab {

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray minifiedJson(const QByteArray &json)
{
    std::string out(size_t(json.size()), '\0');
    size_t length = 0;
    if (simdjson::minify(json.constData(), size_t(json.size()), out.data(), length) != simdjson::SUCCESS)
        return json;
    return QByteArray(out.data(), qsizetype(length));
}

SqlWhere auditWhere(const AuditFilter &filter)
{
    QStringList clauses;
    SqlWhere where;
    const auto anyOf = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            where.binds << v;
        }
        clauses << QStringLiteral("g.%1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    anyOf("framework", filter.frameworks);
    anyOf("action", filter.actions);
    anyOf("entity_type", filter.entityTypes);
    anyOf("category", filter.categories);
    if (filter.start) {
        // Inclusive; a start inside a millisecond begins at the next whole one (timestamps are kept in ms).
        qint64 ms = filter.start->toMSecsSinceEpoch();
        if (filter.start->nanos % 1000000 != 0)
            ++ms;
        clauses << QStringLiteral("g.sort_ms >= ?");
        where.binds << ms;
    }
    if (filter.end) {
        clauses << QStringLiteral("g.sort_ms <= ?");
        where.binds << filter.end->toMSecsSinceEpoch();
    }
    // sort_ms is ts_ms where there is a timestamp (indexed, so a period is a range scan) and the largest
    // integer where there is none: records without a timestamp never fall inside a period.
    if (filter.start || filter.end)
        clauses << QStringLiteral("g.sort_ms < 9223372036854775807");
    if (!filter.user.isEmpty()) {
        clauses << QStringLiteral("(g.user_id = ? OR g.user_email = ?)");
        where.binds << filter.user << filter.user;
    }
    if (!filter.text.isEmpty()) {
        clauses << raw_span::expression(QStringLiteral("g")) + QStringLiteral(" LIKE ? ESCAPE '\\'");
        where.binds << QStringLiteral("%%1%").arg(escapeLike(filter.text));
    }
    if (filter.sourceId) {
        clauses << QStringLiteral("g.source_id = ?");
        where.binds << *filter.sourceId;
    }
    if (!clauses.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return where;
}

} // namespace ab
