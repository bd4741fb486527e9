#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ab {

// One connector -> vendor mapping of the sub-processor registry (resources/subprocessors.json).
struct SubProcessorInfo
{
    QString connector, name, service, category, soc2Status;
    QStringList dataTypes;
};

// The registry of connector -> vendor mappings shipped as data, which users extend or override with their own
// file of the same form ({"entries": [...], "always_included": [...]}). Connector names are matched
// case-insensitively, ignoring '-', '_', ' ' and '.' ("Microsoft-Defender" == "microsoft_defender").
class SubProcessorRegistry
{
public:
    // The shipped registry (:/auditbench/subprocessors.json).
    static SubProcessorRegistry builtIn();
    // Throws InputError naming the file and, for syntax errors, line and column; for a bad entry, its index.
    static SubProcessorRegistry fromJson(const QString &fileName, const QByteArray &json);
    static SubProcessorRegistry fromFile(const QString &path);

    // Entries of `overrides` replace entries of the same connector; new connectors are added.
    void merge(const SubProcessorRegistry &overrides);

    const SubProcessorInfo *find(const QString &connector) const;
    const QList<SubProcessorInfo> &entries() const { return m_entries; }
    // The hosting platform and the secrets vault the seed names, listed in every package.
    const QList<SubProcessorInfo> &alwaysIncluded() const { return m_always; }
    static QString key(const QString &connector);

private:
    QList<SubProcessorInfo> m_entries;
    QList<SubProcessorInfo> m_always;
};

// The seed's action type -> SOC 2 Trust Services Criteria table (resources/soc2-mappings.json).
struct Soc2Mapping
{
    QString actionType, description;
    QStringList controls;
};

class Soc2Mappings
{
public:
    static Soc2Mappings builtIn();
    static Soc2Mappings fromJson(const QString &fileName, const QByteArray &json); // throws InputError

    const QList<Soc2Mapping> &mappings() const { return m_mappings; }
    const Soc2Mapping *find(const QString &actionType) const;
    // Every control named by the table, in TSC order (CC1.1 < CC6.1 < CC6.10 < CC7.1).
    QStringList controls() const;
    static bool controlLess(const QString &a, const QString &b);

private:
    QList<Soc2Mapping> m_mappings;
};

} // namespace ab
