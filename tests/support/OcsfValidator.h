#pragma once
// A small OCSF 1.1 event validator for the tests: walks the compiled schema subset in
// tests/data/external/ocsf-1.1.0 (see its PROVENANCE.md) and reports, one line per problem, what an event
// gets wrong: class and category, type_uid = class_uid * 100 + activity_id, enums, required attributes
// (profile-gated ones only when the profile is in metadata.profiles, recursively into objects), scalar types
// (JSON kind, the type's regex and max_len) and members the schema does not define.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ocsftest {

class OcsfValidator
{
public:
    // Loads AB_EXTERNAL_DIR/ocsf-1.1.0/ocsf-1.1.0-subset.json (QFAIL-free: an empty schema reports
    // every event as of an unknown class).
    OcsfValidator();

    // The members formats.md 5 allows although the schema does not define them (the seed's own paths):
    // metadata.framework_reference, metadata.entity_type, metadata.action, metadata.policy_name, and the
    // seed's actor.user and finding.rule on Security Finding.
    static QStringList seedMembers();

    // Problems of one event as "path: what is wrong", empty when valid. `allowed` are dotted paths (and
    // their descendants) accepted although the schema does not define them.
    QStringList check(const QJsonObject &event, const QStringList &allowed = seedMembers()) const;

    bool loaded() const { return !m_classes.isEmpty(); }

private:
    void checkObject(const QJsonObject &value, const QJsonObject &attributes, const QString &path,
                     QStringList &problems) const;
    void checkValue(const QJsonValue &value, const QJsonObject &attribute, const QString &path,
                    QStringList &problems) const;
    void checkScalar(const QJsonValue &value, const QString &typeName, const QString &path,
                     QStringList &problems) const;

    QJsonObject m_classes, m_objects, m_types, m_categories;
    // Per check(): the listed profiles and the allowed paths.
    mutable QStringList m_profiles, m_allowed;
};

} // namespace ocsftest
