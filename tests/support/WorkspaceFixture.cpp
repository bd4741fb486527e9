#include "support/WorkspaceFixture.h"

#include "TestConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <zlib.h>

#include <optional>
#include <stdexcept>
#include <utility>

namespace wsfixture {

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write fixture");
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray gzip(const QByteArray &bytes)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(bytes.size()))) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zs.avail_in = uInt(bytes.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

QJsonArray gatewayRecords(int count, int firstSequence)
{
    static const QStringList frameworks{QStringLiteral("pci_dss"), QStringLiteral("hipaa"),
                                        QStringLiteral("soc2"), QStringLiteral("sox"), QString()};
    static const QStringList actions{QStringLiteral("block"),  QStringLiteral("allow"),
                                     QStringLiteral("redact"), QStringLiteral("allow_with_override"),
                                     QStringLiteral("login"),  QStringLiteral("logout")};
    static const QStringList entityTypes{QStringLiteral("credit_card"), QStringLiteral("ssn"),
                                         QStringLiteral("dob"),         QStringLiteral("medical_record"),
                                         QStringLiteral("email"),       QString()};
    static const QStringList categories{QStringLiteral("enforcement"), QStringLiteral("authentication"),
                                        QStringLiteral("provisioning"), QStringLiteral("admin")};
    static const QStringList offsets{QStringLiteral("Z"), QStringLiteral("+02:00"), QStringLiteral("-05:30")};
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        QJsonObject r;
        r.insert(QStringLiteral("id"),
                 QStringLiteral("evt_%1").arg(firstSequence + i, 6, 10, QLatin1Char('0')));
        r.insert(QStringLiteral("sequence"), firstSequence + i);
        if (i % 37 != 5) {
            // Spread over 2025 with day-of-year from i; hour/offset vary so UTC day boundaries are crossed.
            const QDate day = QDate(2025, 1, 1).addDays((i * 7) % 365);
            const int hour = (i * 5) % 24;
            r.insert(QStringLiteral("timestamp"), QStringLiteral("%1T%2:%3:%4.%5%6")
                                                      .arg(day.toString(Qt::ISODate))
                                                      .arg(hour, 2, 10, QLatin1Char('0'))
                                                      .arg((i * 13) % 60, 2, 10, QLatin1Char('0'))
                                                      .arg((i * 17) % 60, 2, 10, QLatin1Char('0'))
                                                      .arg((i * 131) % 1000, 3, 10, QLatin1Char('0'))
                                                      .arg(offsets[i % offsets.size()]));
        }
        r.insert(QStringLiteral("org_id"), QStringLiteral("org_demo"));
        r.insert(QStringLiteral("category"), categories[i % categories.size()]);
        r.insert(QStringLiteral("action"), actions[(i / 2) % actions.size()]);
        r.insert(QStringLiteral("user_id"), QStringLiteral("usr_%1").arg(i % 7));
        r.insert(QStringLiteral("user_email"), QStringLiteral("user%1@example.com").arg(i % 5));
        if (const QString f = frameworks[(i / 3) % frameworks.size()]; !f.isEmpty()) {
            r.insert(QStringLiteral("framework"), f);
            r.insert(QStringLiteral("policy_name"), f.toUpper() + QStringLiteral("-Standard"));
        }
        if (const QString t = entityTypes[i % entityTypes.size()]; !t.isEmpty())
            r.insert(QStringLiteral("entity_type"), t);
        if (i % 11 == 0)
            r.insert(QStringLiteral("override_reason"), QStringLiteral("50%_off promo, ticket #%1").arg(i));
        else if (i % 11 == 1)
            r.insert(QStringLiteral("override_reason"), QStringLiteral("500 off, ticket #%1").arg(i));
        r.insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2025a"));
        r.insert(QStringLiteral("previous_hmac"), QString(64, QLatin1Char('0')));
        r.insert(QStringLiteral("hmac"), QString(64, QLatin1Char('0')));
        out.append(r);
    }
    return out;
}

QByteArray asArray(const QJsonArray &records)
{
    return QJsonDocument(records).toJson(QJsonDocument::Indented);
}

QByteArray asNdjson(const QJsonArray &records)
{
    QByteArray out;
    for (const QJsonValue &v : records)
        out += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

QByteArray runtimeExport(int entries)
{
    const QString a1 = QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
    const QString a2 = QStringLiteral("b1b2c3d4-e5f6-7890-abcd-ef1234567890");
    QJsonArray agents{
        QJsonObject{{QStringLiteral("id"), a1}, {QStringLiteral("name"), QStringLiteral("triage-bot")}},
        QJsonObject{{QStringLiteral("id"), a2}, {QStringLiteral("name"), QStringLiteral("billing-bot")}}};
    static const QStringList types{QStringLiteral("connector.called"), QStringLiteral("policy.evaluated"),
                                   QStringLiteral("secret.accessed")};
    QJsonArray audit;
    for (int i = 0; i < entries; ++i) {
        audit.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("ae_%1").arg(i + 1)},
            {QStringLiteral("sequence"), i + 1},
            {QStringLiteral("timestamp"),
             QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODate)},
            {QStringLiteral("agent_id"), i % 3 == 0 ? a2 : a1},
            {QStringLiteral("action_type"), types[i % types.size()]},
            {QStringLiteral("connector"), i % 2 ? QStringLiteral("jira") : QStringLiteral("crowdstrike")},
            {QStringLiteral("hmac_key_id"), QStringLiteral("k2025a")},
            {QStringLiteral("previous_hmac"), QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'))},
            {QStringLiteral("hmac"), QStringLiteral("%1").arg(i + 1, 64, 10, QLatin1Char('0'))}});
    }
    QJsonObject top{
        {QStringLiteral("format"), QStringLiteral("arx-runtime-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), QStringLiteral("2026-03-01T12:00:00Z")},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), QStringLiteral("org_1")}}},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("connector_configs"), QJsonArray()},
        {QStringLiteral("policy_rules"), QJsonArray()},
        {QStringLiteral("drift_events"), QJsonArray()},
        {QStringLiteral("audit_entries"), audit}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

QByteArray compliancePackage(const QString &packageId, const QString &agentId, const QString &generatedAt)
{
    // Members in JCS order with ASCII-only values, so the canonical form is Qt's compact form (sorted keys).
    QJsonObject p{{QStringLiteral("agent_id"), agentId},
                  {QStringLiteral("agent_name"), QStringLiteral("triage-bot")},
                  {QStringLiteral("format"), QStringLiteral("arx-compliance-package")},
                  {QStringLiteral("generated_at"), generatedAt},
                  {QStringLiteral("generated_by"), QStringLiteral("platform@example.com")},
                  {QStringLiteral("package_id"), packageId},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("vsq"), QJsonObject{{QStringLiteral("answers"), QJsonArray()}}}};
    const QByteArray canonical = QJsonDocument(p).toJson(QJsonDocument::Compact);
    p.insert(QStringLiteral("content_sha256"),
             QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(p).toJson(QJsonDocument::Indented);
}

QByteArray bundleExport(int count)
{
    static const QStringList frameworks{QStringLiteral("HIPAA"), QStringLiteral("PCI-DSS"),
                                        QStringLiteral("SOC 2")};
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("bundle-%1").arg(i)},
            {QStringLiteral("description"), QStringLiteral("d")},
            {QStringLiteral("regulatory_framework"), frameworks[i % frameworks.size()]},
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("enabled"), i % 2 == 0},
            {QStringLiteral("seed_rule_mappings"), QJsonArray{QJsonObject{{QStringLiteral("rule"), i}}}},
            {QStringLiteral("exported_at"), QStringLiteral("2026-03-13T00:00:00Z")},
            {QStringLiteral("export_version"), QStringLiteral("1")}});
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

namespace {

const QJsonObject &ocsfSchema()
{
    static const QJsonObject schema = [] {
        QFile f(QStringLiteral(AB_EXTERNAL_DIR "/ocsf-1.1.0/ocsf-1.1.0-subset.json"));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("OCSF subset missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return schema;
}

QJsonValue valueFor(const QString &name, const QJsonObject &attr, int depth);

QJsonObject objectFor(const QString &objectType, int depth)
{
    QJsonObject out;
    const QJsonObject attrs =
        ocsfSchema()[QStringLiteral("objects")][objectType][QStringLiteral("attributes")].toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        if (a[QStringLiteral("requirement")].toString() == QLatin1String("required") &&
            a[QStringLiteral("profile")].isNull())
            out.insert(it.key(), valueFor(it.key(), a, depth + 1));
    }
    return out;
}

QJsonValue scalarFor(const QJsonObject &attr)
{
    const QString type = attr[QStringLiteral("type")].toString();
    const QJsonObject enumValues = attr[QStringLiteral("enum")].toObject();
    if (!enumValues.isEmpty()) {
        const QString key =
            enumValues.contains(QStringLiteral("1")) ? QStringLiteral("1") : enumValues.keys().front();
        return type == QLatin1String("string_t") ? QJsonValue(key) : QJsonValue(key.toInt());
    }
    if (type == QLatin1String("timestamp_t"))
        return QJsonValue(qint64(1735689600000));
    if (type == QLatin1String("integer_t") || type == QLatin1String("long_t") ||
        type == QLatin1String("port_t"))
        return 1;
    if (type == QLatin1String("float_t"))
        return 1.5;
    if (type == QLatin1String("boolean_t"))
        return true;
    if (type == QLatin1String("email_t"))
        return QStringLiteral("user@example.com");
    return QStringLiteral("example");
}

QJsonValue valueFor(const QString &, const QJsonObject &attr, int depth)
{
    const QString objectType = attr[QStringLiteral("object_type")].toString();
    QJsonValue v =
        (!objectType.isEmpty() && depth < 6) ? QJsonValue(objectFor(objectType, depth)) : scalarFor(attr);
    if (attr[QStringLiteral("is_array")].toBool())
        return QJsonArray{v};
    return v;
}

} // namespace

QJsonObject ocsfEvent(int classUid)
{
    const QJsonObject classes = ocsfSchema()[QStringLiteral("classes")].toObject();
    const int defUid = classUid == 2004 ? 2003 : classUid;
    QJsonObject def;
    for (const QJsonValue &c : classes)
        if (c[QStringLiteral("uid")].toInt() == defUid)
            def = c.toObject();
    QJsonObject event;
    const QJsonObject attrs = def[QStringLiteral("attributes")].toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        if (a[QStringLiteral("requirement")].toString() == QLatin1String("required") &&
            a[QStringLiteral("profile")].isNull())
            event.insert(it.key(), valueFor(it.key(), a, 0));
    }
    if (classUid == 2004)
        event.remove(QStringLiteral("compliance"));
    event.insert(QStringLiteral("class_uid"), classUid);
    event.insert(QStringLiteral("category_uid"), classUid / 1000);
    event.insert(QStringLiteral("activity_id"), 1);
    event.insert(QStringLiteral("type_uid"), classUid * 100 + 1);
    return event;
}

namespace {

// Runs `work` on a read-only connection of its own to the workspace at `path` (closed and removed after);
// returns `work`'s result, or nothing when the file cannot be opened.
template <typename Work>
auto withReadOnlyConnection(const QString &path, const QString &name, Work &&work)
    -> std::optional<decltype(work(std::declval<QSqlDatabase &>()))>
{
    std::optional<decltype(work(std::declval<QSqlDatabase &>()))> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            out = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

QByteArray dumpWorkspace(const QString &path)
{
    const auto dump = withReadOnlyConnection(path, QStringLiteral("wsfixture-dump"), [](QSqlDatabase &db) {
        QByteArray out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        q.next();
        out += "user_version " + q.value(0).toByteArray() + '\n';
        QStringList tables;
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
        while (q.next()) {
            out += q.value(0).toByteArray() + ": " + q.value(1).toByteArray() + '\n';
            if (q.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
                tables << q.value(0).toString();
        }
        for (const QString &table : tables) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            while (rows.next()) {
                out += table.toUtf8() + ':';
                for (int c = 0; c < rows.record().count(); ++c)
                    out +=
                        ' ' + (rows.value(c).isNull() ? QByteArray("NULL")
                                                      : QCryptographicHash::hash(rows.value(c).toByteArray(),
                                                                                 QCryptographicHash::Sha256)
                                                            .toHex());
                out += '\n';
            }
        }
        return out;
    });
    if (!dump)
        throw std::runtime_error("cannot open workspace for dump");
    return *dump;
}

QStringList queryRows(const QString &path, const QString &sql)
{
    const auto rows = withReadOnlyConnection(path, QStringLiteral("wsfixture-rows"), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return QStringList{QStringLiteral("query failed")};
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    });
    return rows.value_or(QStringList{QStringLiteral("cannot open")});
}

} // namespace wsfixture
