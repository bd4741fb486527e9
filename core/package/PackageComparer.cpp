#include "core/package/PackageComparer.h"

#include "core/common/InputError.h"
#include "core/json/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace ab {

struct PackageComparerTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageComparer)
};

namespace {

QJsonObject parse(const QByteArray &json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError::atOffset(name, std::string_view(json.constData(), size_t(json.size())),
                                   size_t(std::max(0, error.offset - 1)),
                                   PackageComparerTr::tr("invalid JSON (%1)").arg(error.errorString()));
    if (!doc.isObject())
        throw InputError(name, PackageComparerTr::tr("expected a compliance package (a JSON object)"));
    return doc.object();
}

class Collector
{
public:
    QList<PackageDifference> out;

    void value(const QString &section, const QString &path, const QJsonValue &l, const QJsonValue &r)
    {
        const QJsonValue a = l.isUndefined() ? QJsonValue() : l;
        const QJsonValue b = r.isUndefined() ? QJsonValue() : r;
        // 3 and 3.0 are the same count.
        if (a.isDouble() && b.isDouble() ? a.toDouble() == b.toDouble() : a == b)
            return;
        out << PackageDifference{section, path, a, b};
    }

    // Compares two objects member by member (numbers and strings; nested objects recurse).
    void object(const QString &section, const QString &path, const QJsonObject &l, const QJsonObject &r)
    {
        QStringList keys = l.keys();
        for (const QString &k : r.keys())
            if (!keys.contains(k))
                keys << k;
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys) {
            const QString p = path.isEmpty() ? k : path + QLatin1Char('.') + k;
            const QJsonValue a = l.value(k), b = r.value(k);
            if (a.isObject() && b.isObject())
                object(section, p, a.toObject(), b.toObject());
            else
                value(section, p, a, b);
        }
    }

    // Compares arrays of objects keyed by `key`; `fields` are compared for items on both sides (a field that
    // is an object is compared member by member); items on one side only are reported as such.
    template <typename ItemFn>
    void keyed(const QString &section, const QString &path, const QJsonArray &l, const QJsonArray &r,
               const QString &key, ItemFn &&item)
    {
        QMap<QString, QJsonObject> left, right;
        for (const QJsonValue &v : l)
            left.insert(keyOf(v, key), v.toObject());
        for (const QJsonValue &v : r)
            right.insert(keyOf(v, key), v.toObject());
        QStringList keys = left.keys();
        for (const QString &k : right.keys())
            if (!left.contains(k))
                keys << k;
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys) {
            const QString p = QStringLiteral("%1[%2]").arg(path, k);
            if (!left.contains(k) || !right.contains(k)) {
                value(section, p, left.contains(k) ? QJsonValue(QStringLiteral("present")) : QJsonValue(),
                      right.contains(k) ? QJsonValue(QStringLiteral("present")) : QJsonValue());
                continue;
            }
            item(p, left.value(k), right.value(k));
        }
    }

    void fields(const QString &section, const QString &path, const QJsonObject &l, const QJsonObject &r,
                const QStringList &names)
    {
        for (const QString &f : names) {
            const QJsonValue a = l.value(f), b = r.value(f);
            const QString p = path.isEmpty() ? f : path + QLatin1Char('.') + f;
            if (a.isObject() && b.isObject())
                object(section, p, a.toObject(), b.toObject());
            else
                value(section, p, a, b);
        }
    }

    void stringSet(const QString &section, const QString &path, const QJsonArray &l, const QJsonArray &r)
    {
        QStringList a, b;
        for (const QJsonValue &v : l)
            a << (v.isString() ? v.toString() : keyOf(v, QStringLiteral("reference")));
        for (const QJsonValue &v : r)
            b << (v.isString() ? v.toString() : keyOf(v, QStringLiteral("reference")));
        for (const QString &s : a)
            if (!b.contains(s))
                out << PackageDifference{section, QStringLiteral("%1[%2]").arg(path, s),
                                         QStringLiteral("present"), QJsonValue()};
        for (const QString &s : b)
            if (!a.contains(s))
                out << PackageDifference{section, QStringLiteral("%1[%2]").arg(path, s), QJsonValue(),
                                         QStringLiteral("present")};
    }

    static QString keyOf(const QJsonValue &v, const QString &key)
    {
        if (v.isString())
            return v.toString();
        const QJsonValue k = v.toObject().value(key);
        return k.isString() ? k.toString()
                            : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
};

PackageComparison::Side side(const QJsonObject &p, const QString &name)
{
    PackageComparison::Side s;
    s.name = name;
    s.packageId = p.value(QLatin1String("package_id")).toString();
    s.agentId = p.value(QLatin1String("agent_id")).toString();
    s.generatedAt = p.value(QLatin1String("generated_at")).toString();
    s.generatedBy = p.value(QLatin1String("generated_by")).toString();
    s.contentSha256 = p.value(QLatin1String("content_sha256")).toString();
    const QJsonValue n = p.value(QLatin1String("source")).toObject().value(QLatin1String("audit_entries"));
    s.auditEntries = n.isDouble() ? qint64(n.toDouble()) : -1;
    return s;
}

QJsonObject sub(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toArray();
}

} // namespace

PackageComparison PackageComparer::compare(const QByteArray &leftJson, const QByteArray &rightJson,
                                           const QString &leftName, const QString &rightName)
{
    const QJsonObject l = parse(leftJson, leftName), r = parse(rightJson, rightName);
    PackageComparison out;
    out.left = side(l, leftName);
    out.right = side(r, rightName);
    Collector c;
    const QString source = QStringLiteral("source");
    c.value(source, QStringLiteral("agent_id"), l.value(QLatin1String("agent_id")),
            r.value(QLatin1String("agent_id")));
    c.fields(source, QStringLiteral("source"), sub(l, "source"), sub(r, "source"),
             {QStringLiteral("audit_entries"), QStringLiteral("first_entry"), QStringLiteral("last_entry")});

    const QString graph = QStringLiteral("execution_graph");
    const QJsonObject lg = sub(l, "execution_graph"), rg = sub(r, "execution_graph");
    c.object(graph, QStringLiteral("action_counts"), sub(lg, "action_counts"), sub(rg, "action_counts"));
    c.keyed(graph, QStringLiteral("connectors"), arr(lg, "connectors"), arr(rg, "connectors"),
            QStringLiteral("connector"), [&](const QString &p, const QJsonObject &a, const QJsonObject &b) {
                c.fields(graph, p, a, b,
                         {QStringLiteral("calls"), QStringLiteral("decisions"), QStringLiteral("first"),
                          QStringLiteral("last")});
                const QJsonArray ao = arr(a, "operations"), bo = arr(b, "operations");
                const bool objects =
                    (!ao.isEmpty() && ao.first().isObject()) || (!bo.isEmpty() && bo.first().isObject());
                if (objects)
                    c.keyed(
                        graph, p + QStringLiteral(".operations"), ao, bo, QStringLiteral("operation"),
                        [&](const QString &op, const QJsonObject &x, const QJsonObject &y) {
                            c.fields(graph, op, x, y, {QStringLiteral("calls"), QStringLiteral("decisions")});
                        });
                else
                    c.stringSet(graph, p + QStringLiteral(".operations"), ao, bo);
            });
    c.fields(graph, QString(), lg, rg, {QStringLiteral("secrets"), QStringLiteral("approvals")});
    const QJsonObject ld = sub(lg, "drift_events"), rd = sub(rg, "drift_events");
    {
        QJsonArray a, b;
        for (const QJsonValue &v : arr(ld, "events"))
            a << v.toObject().value(QLatin1String("id"));
        for (const QJsonValue &v : arr(rd, "events"))
            b << v.toObject().value(QLatin1String("id"));
        c.stringSet(graph, QStringLiteral("drift_events.events"), a, b);
    }

    const QString soc2 = QStringLiteral("soc2");
    const QJsonObject ls = sub(l, "soc2"), rs = sub(r, "soc2");
    c.keyed(soc2, QStringLiteral("mappings"), arr(ls, "mappings"), arr(rs, "mappings"),
            QStringLiteral("action_type"), [&](const QString &p, const QJsonObject &a, const QJsonObject &b) {
                c.fields(soc2, p, a, b,
                         {QStringLiteral("count"), QStringLiteral("first"), QStringLiteral("last")});
                c.stringSet(soc2, p + QStringLiteral(".controls"), arr(a, "controls"), arr(b, "controls"));
            });
    c.keyed(soc2, QStringLiteral("controls"), arr(ls, "controls"), arr(rs, "controls"), QStringLiteral("id"),
            [&](const QString &p, const QJsonObject &a, const QJsonObject &b) {
                c.fields(soc2, p, a, b, {QStringLiteral("count")});
            });
    c.stringSet(soc2, QStringLiteral("unmapped_action_types"), arr(ls, "unmapped_action_types"),
                arr(rs, "unmapped_action_types"));

    const QString sp = QStringLiteral("sub_processors");
    c.keyed(sp, QStringLiteral("sub_processors"), arr(l, "sub_processors"), arr(r, "sub_processors"),
            QStringLiteral("connector"), [&](const QString &p, const QJsonObject &a, const QJsonObject &b) {
                c.fields(sp, p, a, b,
                         {QStringLiteral("name"), QStringLiteral("service"), QStringLiteral("soc2_status"),
                          QStringLiteral("mapped")});
                c.stringSet(sp, p + QStringLiteral(".data_types"), arr(a, "data_types"),
                            arr(b, "data_types"));
            });

    const QString vsq = QStringLiteral("vsq");
    c.keyed(vsq, QStringLiteral("answers"), arr(sub(l, "vsq"), "answers"), arr(sub(r, "vsq"), "answers"),
            QStringLiteral("category"), [&](const QString &p, const QJsonObject &a, const QJsonObject &b) {
                c.stringSet(vsq, p + QStringLiteral(".exceptions"), arr(a, "exceptions"),
                            arr(b, "exceptions"));
                c.stringSet(vsq, p + QStringLiteral(".ccm_ids"), arr(a, "ccm_ids"), arr(b, "ccm_ids"));
            });
    out.differences = c.out;
    return out;
}

namespace {

void writeSide(JsonWriter &w, const PackageComparison::Side &s)
{
    w.beginObject();
    w.key("name").value(s.name);
    w.key("package_id").value(s.packageId);
    w.key("agent_id").value(s.agentId);
    w.key("generated_at").value(s.generatedAt);
    w.key("generated_by").value(s.generatedBy);
    w.key("content_sha256").value(s.contentSha256);
    w.key("audit_entries");
    if (s.auditEntries >= 0)
        w.value(s.auditEntries);
    else
        w.null();
    w.endObject();
}

void writeValue(JsonWriter &w, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        w.null();
    else if (v.isBool())
        w.value(v.toBool());
    else if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            w.value(qint64(d));
        else
            w.value(d);
    } else if (v.isString())
        w.value(v.toString());
    else {
        const QByteArray compact = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        w.raw(std::string_view(compact.constData(), size_t(compact.size())));
    }
}

QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return PackageComparerTr::tr("(absent)");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QByteArray PackageComparison::toJson() const
{
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value("auditbench-package-comparison");
    w.key("version").value(1);
    w.key("left");
    writeSide(w, left);
    w.key("right");
    writeSide(w, right);
    w.key("equivalent").value(equivalent());
    w.key("difference_count").value(qint64(differences.size()));
    w.key("differences").beginArray();
    for (const PackageDifference &d : differences) {
        w.beginObject();
        w.key("section").value(d.section);
        w.key("path").value(d.path);
        w.key("left");
        writeValue(w, d.left);
        w.key("right");
        writeValue(w, d.right);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    QByteArray out = w.toByteArray();
    out.append('\n');
    return out;
}

QString PackageComparison::toText() const
{
    QString out;
    out += PackageComparerTr::tr("Comparing %1 (package %2) with %3 (package %4)\n")
               .arg(left.name, left.packageId, right.name, right.packageId);
    if (differences.isEmpty()) {
        out += PackageComparerTr::tr("No differences in the compared sections.\n");
        return out;
    }
    out += PackageComparerTr::tr("%n difference(s):\n", nullptr, int(differences.size()));
    for (const PackageDifference &d : differences)
        out += QStringLiteral("  %1: %2: %3 -> %4\n").arg(d.section, d.path, text(d.left), text(d.right));
    return out;
}

} // namespace ab
