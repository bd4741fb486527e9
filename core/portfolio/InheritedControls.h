#pragma once
// The SOC 2 criteria the organisation relies on its hosting platform for (seed 000, "Evidence Bundles":
// "the platform-level controls inherited from Aptible"), shipped as data (resources/inherited-controls.json)
// and overridable by the auditor's own file of the same form, as the sub-processor registry is. Each entry
// names a Trust Services Criteria (2017) id, the provider, the basis the reliance rests on and the period of
// the provider's report, which the auditor fills in.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ab::portfolio {

struct InheritedControl
{
    QString id, provider, description, basis;
    QString reportPeriod; // empty until the auditor fills it in
};

class InheritedControls
{
public:
    // The shipped list (:/auditbench/inherited-controls.json).
    static InheritedControls builtIn();
    // {"controls": [{"id", "provider", "basis", "description"?, "report_period"?: string | null}]}. Throws
    // InputError naming the file (line and column for bad JSON, the index for a bad entry: missing id,
    // provider or basis, or an id that is not of the criteria's form, e.g. "CC6.4", "A1.2", "PI1.3").
    static InheritedControls fromJson(const QString &fileName, const QByteArray &json);
    static InheritedControls fromFile(const QString &path);

    // Entries of `overrides` replace entries with the same id; new ids are added.
    void merge(const InheritedControls &overrides);

    // In criteria order (CC1.1 < CC6.4 < A1.1), one per id.
    const QList<InheritedControl> &controls() const { return m_controls; }
    const InheritedControl *find(const QString &id) const;
    static bool isCriterionId(const QString &id);

private:
    void sort();
    QList<InheritedControl> m_controls;
};

} // namespace ab::portfolio
