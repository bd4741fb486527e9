#include "core/views/ViewFilters.h"

#include "core/json/JsonWriter.h"

#include <QList>
#include <QPair>

namespace ab::views {

namespace {

// One filter as (name, values); a single value is written as a string, several as an array.
using Term = QPair<QString, QStringList>;

QList<Term> termsOf(const AuditFilter &f)
{
    QList<Term> t;
    const auto list = [&](const char *name, const QStringList &v) {
        if (!v.isEmpty())
            t << Term{QLatin1String(name), v};
    };
    list("framework", f.frameworks);
    list("action", f.actions);
    list("entity_type", f.entityTypes);
    list("category", f.categories);
    if (f.start)
        t << Term{QStringLiteral("start"), {f.start->toString()}};
    if (f.end)
        t << Term{QStringLiteral("end"), {f.end->toString()}};
    if (!f.user.isEmpty())
        t << Term{QStringLiteral("user"), {f.user}};
    if (!f.text.isEmpty())
        t << Term{QStringLiteral("text"), {f.text}};
    if (f.limit >= 0)
        t << Term{QStringLiteral("limit"), {QString::number(f.limit)}};
    if (f.offset > 0)
        t << Term{QStringLiteral("offset"), {QString::number(f.offset)}};
    return t;
}

QList<Term> termsOf(const OcsfFilter &f)
{
    QList<Term> t;
    QStringList classes;
    for (int c : f.classUids)
        classes << QString::number(c);
    if (!classes.isEmpty())
        t << Term{QStringLiteral("class"), classes};
    if (!f.activities.isEmpty())
        t << Term{QStringLiteral("activity"), f.activities};
    if (f.start)
        t << Term{QStringLiteral("start"), {f.start->toString()}};
    if (f.end)
        t << Term{QStringLiteral("end"), {f.end->toString()}};
    if (!f.frameworkReference.isEmpty())
        t << Term{QStringLiteral("framework_reference"), {f.frameworkReference}};
    if (!f.entityTypes.isEmpty())
        t << Term{QStringLiteral("entity_type"), f.entityTypes};
    if (!f.actions.isEmpty())
        t << Term{QStringLiteral("action"), f.actions};
    if (!f.user.isEmpty())
        t << Term{QStringLiteral("user"), {f.user}};
    if (f.limit >= 0)
        t << Term{QStringLiteral("limit"), {QString::number(f.limit)}};
    if (f.offset > 0)
        t << Term{QStringLiteral("offset"), {QString::number(f.offset)}};
    return t;
}

QList<Term> termsOf(const RuntimeFilter &f)
{
    QList<Term> t;
    const auto list = [&](const char *name, const QStringList &v) {
        if (!v.isEmpty())
            t << Term{QLatin1String(name), v};
    };
    list("agent", f.agentIds);
    list("action_type", f.actionTypes);
    list("connector", f.connectors);
    list("decision", f.decisions);
    if (f.start)
        t << Term{QStringLiteral("start"), {f.start->toString()}};
    if (f.end)
        t << Term{QStringLiteral("end"), {f.end->toString()}};
    if (f.limit >= 0)
        t << Term{QStringLiteral("limit"), {QString::number(f.limit)}};
    if (f.offset > 0)
        t << Term{QStringLiteral("offset"), {QString::number(f.offset)}};
    return t;
}

void writeTerms(JsonWriter &w, const QList<Term> &terms)
{
    w.beginObject();
    for (const Term &t : terms) {
        w.key(t.first.toStdString());
        if (t.first == QLatin1String("limit") || t.first == QLatin1String("offset")) {
            w.value(t.second.front().toLongLong());
        } else if (t.second.size() == 1) {
            w.value(t.second.front());
        } else {
            w.beginArray();
            for (const QString &v : t.second)
                w.value(v);
            w.endArray();
        }
    }
    w.endObject();
}

QString textOfTerms(const QList<Term> &terms)
{
    QStringList parts;
    for (const Term &t : terms)
        parts << QStringLiteral("%1 = %2").arg(t.first, t.second.join(QStringLiteral(", ")));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral("; "));
}

} // namespace

QString kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Ocsf:
        return QStringLiteral("ocsf");
    case RecordKind::Runtime:
        return QStringLiteral("runtime");
    case RecordKind::Gateway:
        break;
    }
    return QStringLiteral("gateway");
}

QList<FilterTerm> filterTerms(const AuditFilter &f)
{
    return termsOf(f);
}
QList<FilterTerm> filterTerms(const OcsfFilter &f)
{
    return termsOf(f);
}
QList<FilterTerm> filterTerms(const RuntimeFilter &f)
{
    return termsOf(f);
}

void writeFilter(JsonWriter &w, const AuditFilter &f)
{
    writeTerms(w, termsOf(f));
}
void writeFilter(JsonWriter &w, const OcsfFilter &f)
{
    writeTerms(w, termsOf(f));
}
void writeFilter(JsonWriter &w, const RuntimeFilter &f)
{
    writeTerms(w, termsOf(f));
}
QString filterText(const AuditFilter &f)
{
    return textOfTerms(termsOf(f));
}
QString filterText(const OcsfFilter &f)
{
    return textOfTerms(termsOf(f));
}
QString filterText(const RuntimeFilter &f)
{
    return textOfTerms(termsOf(f));
}

} // namespace ab::views
