#include "support/OcsfValidator.h"

#include "TestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ocsftest {

namespace {

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == double(qint64(d));
}

QString kindOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString join(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

} // namespace

OcsfValidator::OcsfValidator()
{
    QFile file(QStringLiteral(AB_EXTERNAL_DIR "/ocsf-1.1.0/ocsf-1.1.0-subset.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    m_classes = schema.value(QStringLiteral("classes")).toObject();
    m_objects = schema.value(QStringLiteral("objects")).toObject();
    m_types = schema.value(QStringLiteral("types")).toObject();
    m_categories = schema.value(QStringLiteral("categories")).toObject();
}

QStringList OcsfValidator::seedMembers()
{
    return {QStringLiteral("metadata.framework_reference"),
            QStringLiteral("metadata.entity_type"),
            QStringLiteral("metadata.action"),
            QStringLiteral("metadata.policy_name"),
            QStringLiteral("actor"),
            QStringLiteral("finding.rule")};
}

QStringList OcsfValidator::check(const QJsonObject &event, const QStringList &allowed) const
{
    QStringList problems;
    const QJsonValue classUid = event.value(QStringLiteral("class_uid"));
    QJsonObject cls;
    for (const QJsonValue &c : m_classes)
        if (isIntegral(classUid) &&
            c.toObject().value(QStringLiteral("uid")).toInteger() == classUid.toInteger())
            cls = c.toObject();
    if (cls.isEmpty())
        return {
            QStringLiteral("class_uid: %1 is not a class of the schema")
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{classUid}).toJson(QJsonDocument::Compact)))};

    const QJsonObject category =
        m_categories.value(cls.value(QStringLiteral("category")).toString()).toObject();
    const QJsonValue categoryUid = event.value(QStringLiteral("category_uid"));
    if (categoryUid.isDouble() &&
        categoryUid.toInteger() != category.value(QStringLiteral("uid")).toInteger())
        problems << QStringLiteral("category_uid: %1, but class %2 is in category %3")
                        .arg(categoryUid.toInteger())
                        .arg(classUid.toInteger())
                        .arg(category.value(QStringLiteral("uid")).toInteger());
    const QJsonValue activityId = event.value(QStringLiteral("activity_id"));
    const QJsonValue typeUid = event.value(QStringLiteral("type_uid"));
    if (isIntegral(activityId) && isIntegral(typeUid) &&
        typeUid.toInteger() != classUid.toInteger() * 100 + activityId.toInteger())
        problems << QStringLiteral("type_uid: %1, expected class_uid * 100 + activity_id = %2")
                        .arg(typeUid.toInteger())
                        .arg(classUid.toInteger() * 100 + activityId.toInteger());

    m_profiles.clear();
    for (const QJsonValue &p :
         event.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("profiles")).toArray())
        m_profiles << p.toString();
    m_allowed = allowed;
    checkObject(event, cls.value(QStringLiteral("attributes")).toObject(), QString(), problems);
    return problems;
}

void OcsfValidator::checkObject(const QJsonObject &value, const QJsonObject &attributes, const QString &path,
                                QStringList &problems) const
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QJsonObject attribute = it->toObject();
        const QJsonValue profile = attribute.value(QStringLiteral("profile"));
        const bool applies = profile.isNull() || m_profiles.contains(profile.toString());
        if (applies &&
            attribute.value(QStringLiteral("requirement")).toString() == QLatin1String("required") &&
            !value.contains(it.key()))
            problems << QStringLiteral("%1: required attribute missing").arg(join(path, it.key()));
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString member = join(path, it.key());
        if (!attributes.contains(it.key())) {
            const bool allowed = std::any_of(m_allowed.begin(), m_allowed.end(), [&](const QString &a) {
                return member == a || member.startsWith(a + QLatin1Char('.'));
            });
            if (!allowed)
                problems << QStringLiteral("%1: not an attribute of the schema").arg(member);
            continue;
        }
        checkValue(it.value(), attributes.value(it.key()).toObject(), member, problems);
    }
}

void OcsfValidator::checkValue(const QJsonValue &value, const QJsonObject &attribute, const QString &path,
                               QStringList &problems) const
{
    if (attribute.value(QStringLiteral("is_array")).toBool()) {
        if (!value.isArray()) {
            problems << QStringLiteral("%1: %2, expected an array").arg(path, kindOf(value));
            return;
        }
        QJsonObject element = attribute;
        element.insert(QStringLiteral("is_array"), false);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkValue(array[i], element, QStringLiteral("%1[%2]").arg(path).arg(i), problems);
        return;
    }
    const QString type = attribute.value(QStringLiteral("type")).toString();
    const QJsonValue objectType = attribute.value(QStringLiteral("object_type"));
    if (!objectType.isNull() || type == QLatin1String("object_t") || type == QLatin1String("object")) {
        if (!value.isObject()) {
            problems << QStringLiteral("%1: %2, expected an object").arg(path, kindOf(value));
            return;
        }
        const QJsonObject definition = m_objects.value(objectType.toString()).toObject();
        if (!definition.isEmpty()) // "object" (unmapped) is free-form
            checkObject(value.toObject(), definition.value(QStringLiteral("attributes")).toObject(), path,
                        problems);
        return;
    }
    checkScalar(value, type, path, problems);
    const QJsonObject enumeration = attribute.value(QStringLiteral("enum")).toObject();
    if (!enumeration.isEmpty() && isIntegral(value) &&
        !enumeration.contains(QString::number(value.toInteger())))
        problems << QStringLiteral("%1: %2 is not a value of the enum").arg(path).arg(value.toInteger());
}

void OcsfValidator::checkScalar(const QJsonValue &value, const QString &typeName, const QString &path,
                                QStringList &problems) const
{
    const QJsonObject type = m_types.value(typeName).toObject();
    // A derived type (email_t) names its base type (string_t); the base types name none or themselves.
    const QString base = type.value(QStringLiteral("type")).toString();
    const QString kind = base.isEmpty() ? typeName : base;
    bool ok = true;
    if (kind == QLatin1String("string_t"))
        ok = value.isString();
    else if (kind == QLatin1String("integer_t") || kind == QLatin1String("long_t"))
        ok = isIntegral(value);
    else if (kind == QLatin1String("float_t"))
        ok = value.isDouble();
    else if (kind == QLatin1String("boolean_t"))
        ok = value.isBool();
    else if (kind != QLatin1String("json_t"))
        problems << QStringLiteral("%1: unknown type %2").arg(path, typeName);
    if (!ok) {
        problems << QStringLiteral("%1: %2, expected %3").arg(path, kindOf(value), typeName);
        return;
    }
    if (kind == QLatin1String("integer_t") &&
        (value.toInteger() < INT32_MIN || value.toInteger() > INT32_MAX))
        problems << QStringLiteral("%1: %2 does not fit integer_t").arg(path).arg(value.toInteger());
    const QJsonArray range = type.value(QStringLiteral("range")).toArray();
    if (range.size() == 2 &&
        (value.toInteger() < range[0].toInteger() || value.toInteger() > range[1].toInteger()))
        problems << QStringLiteral("%1: %2 is outside %3").arg(path).arg(value.toInteger()).arg(typeName);
    if (!value.isString())
        return;
    const QString text = value.toString();
    QJsonValue maxLen = type.value(QStringLiteral("max_len"));
    if (maxLen.isNull() && !base.isEmpty())
        maxLen = m_types.value(base).toObject().value(QStringLiteral("max_len"));
    if (maxLen.isDouble() && text.size() > maxLen.toInteger())
        problems << QStringLiteral("%1: longer than %2 characters").arg(path).arg(maxLen.toInteger());
    const QString regex = type.value(QStringLiteral("regex")).toString();
    if (!regex.isEmpty() && !QRegularExpression(regex).match(text).hasMatch())
        problems << QStringLiteral("%1: '%2' does not match the %3 pattern").arg(path, text, typeName);
}

} // namespace ocsftest
