#include "core/package/ComplianceData.h"

#include "core/common/InputError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ab {

struct ComplianceDataTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ComplianceData)
};

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path,
                         ComplianceDataTr::tr("the data shipped with AuditBench is missing (build error)"));
    return file.readAll();
}

QJsonObject parseObject(const QString &fileName, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const std::string_view text(json.constData(), size_t(json.size()));
        throw InputError::atOffset(fileName, text, size_t(std::max(0, error.offset - 1)),
                                   ComplianceDataTr::tr("invalid JSON (%1)").arg(error.errorString()));
    }
    if (!doc.isObject())
        throw InputError(fileName, ComplianceDataTr::tr("expected a JSON object"));
    return doc.object();
}

QStringList stringList(const QJsonValue &value, bool &ok)
{
    QStringList out;
    ok = value.isArray();
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            ok = false;
        out << v.toString();
    }
    return out;
}

QList<SubProcessorInfo> readEntries(const QString &fileName, const QJsonObject &root, const char *member)
{
    QList<SubProcessorInfo> out;
    const QJsonValue value = root.value(QLatin1String(member));
    if (value.isUndefined())
        return out;
    if (!value.isArray())
        throw InputError(fileName,
                         ComplianceDataTr::tr("expected \"%1\" to be an array").arg(QLatin1String(member)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        SubProcessorInfo info;
        info.connector = o.value(QLatin1String("connector")).toString();
        info.name = o.value(QLatin1String("name")).toString();
        info.service = o.value(QLatin1String("service")).toString();
        info.category = o.value(QLatin1String("category")).toString();
        info.soc2Status = o.value(QLatin1String("soc2_status")).toString();
        bool typesOk = false;
        info.dataTypes = stringList(o.value(QLatin1String("data_types")), typesOk);
        const auto missing = [&](const char *what) {
            throw InputError(fileName, ComplianceDataTr::tr("%1[%2]: expected a non-empty \"%3\"")
                                           .arg(QLatin1String(member))
                                           .arg(i)
                                           .arg(QLatin1String(what)));
        };
        if (info.connector.isEmpty())
            missing("connector");
        if (info.name.isEmpty())
            missing("name");
        if (info.service.isEmpty())
            missing("service");
        if (info.soc2Status.isEmpty())
            missing("soc2_status");
        if (!typesOk || info.dataTypes.isEmpty())
            missing("data_types");
        out << info;
    }
    return out;
}

void upsert(QList<SubProcessorInfo> &list, const SubProcessorInfo &info)
{
    const QString key = SubProcessorRegistry::key(info.connector);
    for (SubProcessorInfo &existing : list) {
        if (SubProcessorRegistry::key(existing.connector) == key) {
            existing = info;
            return;
        }
    }
    list << info;
}

} // namespace

QString SubProcessorRegistry::key(const QString &connector)
{
    QString out;
    for (const QChar c : connector.trimmed().toCaseFolded())
        if (c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char(' ') && c != QLatin1Char('.'))
            out += c;
    return out;
}

SubProcessorRegistry SubProcessorRegistry::builtIn()
{
    static const SubProcessorRegistry registry =
        fromJson(QStringLiteral(":/auditbench/subprocessors.json"),
                 readResource(QStringLiteral(":/auditbench/subprocessors.json")));
    return registry;
}

SubProcessorRegistry SubProcessorRegistry::fromJson(const QString &fileName, const QByteArray &json)
{
    const QJsonObject root = parseObject(fileName, json);
    SubProcessorRegistry r;
    for (const SubProcessorInfo &info : readEntries(fileName, root, "entries"))
        upsert(r.m_entries, info);
    for (const SubProcessorInfo &info : readEntries(fileName, root, "always_included"))
        upsert(r.m_always, info);
    return r;
}

SubProcessorRegistry SubProcessorRegistry::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            path,
            ComplianceDataTr::tr("cannot read the sub-processor registry (%1)").arg(file.errorString()));
    return fromJson(path, file.readAll());
}

void SubProcessorRegistry::merge(const SubProcessorRegistry &overrides)
{
    for (const SubProcessorInfo &info : overrides.m_entries)
        upsert(m_entries, info);
    for (const SubProcessorInfo &info : overrides.m_always)
        upsert(m_always, info);
}

const SubProcessorInfo *SubProcessorRegistry::find(const QString &connector) const
{
    const QString k = key(connector);
    for (const SubProcessorInfo &info : m_entries)
        if (key(info.connector) == k)
            return &info;
    return nullptr;
}

Soc2Mappings Soc2Mappings::builtIn()
{
    static const Soc2Mappings mappings =
        fromJson(QStringLiteral(":/auditbench/soc2-mappings.json"),
                 readResource(QStringLiteral(":/auditbench/soc2-mappings.json")));
    return mappings;
}

Soc2Mappings Soc2Mappings::fromJson(const QString &fileName, const QByteArray &json)
{
    const QJsonObject root = parseObject(fileName, json);
    Soc2Mappings out;
    const QJsonArray array = root.value(QLatin1String("mappings")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Soc2Mapping m;
        m.actionType = o.value(QLatin1String("action_type")).toString();
        m.description = o.value(QLatin1String("description")).toString();
        bool ok = false;
        m.controls = stringList(o.value(QLatin1String("controls")), ok);
        if (m.actionType.isEmpty() || !ok || m.controls.isEmpty())
            throw InputError(fileName,
                             ComplianceDataTr::tr("mappings[%1]: expected \"action_type\" and a non-empty "
                                                  "\"controls\" array of criterion ids")
                                 .arg(i));
        out.m_mappings << m;
    }
    return out;
}

const Soc2Mapping *Soc2Mappings::find(const QString &actionType) const
{
    for (const Soc2Mapping &m : m_mappings)
        if (m.actionType == actionType)
            return &m;
    return nullptr;
}

bool Soc2Mappings::controlLess(const QString &a, const QString &b)
{
    // "CC6.10" after "CC6.9": compare the series, then the number after the dot numerically.
    const qsizetype da = a.lastIndexOf(QLatin1Char('.')), db = b.lastIndexOf(QLatin1Char('.'));
    const QString sa = a.left(da), sb = b.left(db);
    if (sa != sb) {
        // Common Criteria first, as the TSC list orders them.
        const bool ca = sa.startsWith(QLatin1String("CC")), cb = sb.startsWith(QLatin1String("CC"));
        if (ca != cb)
            return ca;
        if (sa.size() != sb.size() && sa.left(2) == sb.left(2))
            return sa.size() < sb.size();
        return sa < sb;
    }
    return a.mid(da + 1).toInt() < b.mid(db + 1).toInt();
}

QStringList Soc2Mappings::controls() const
{
    QStringList out;
    for (const Soc2Mapping &m : m_mappings)
        for (const QString &c : m.controls)
            if (!out.contains(c))
                out << c;
    std::sort(out.begin(), out.end(), &Soc2Mappings::controlLess);
    return out;
}

} // namespace ab
