#pragma once
// The compliance bundle definitions a workspace holds (docs/spec/formats.md 4, seed 004's proof that HIPAA,
// PCI-DSS and SOC 2 controls are configured and enabled), one row per bundle object, in import order.

#include <QByteArray>
#include <QString>

#include <optional>

namespace ab {
class WorkspaceStore;
}

namespace ab::views {

struct BundleRow
{
    qint64 rowId = 0;
    qint64 sourceId = 0;
    QString sourceFile, sourceSha256;
    QString name, description, framework, version, exportedAt, exportVersion;
    std::optional<bool> enabled; // unset when the member is absent or not a boolean
    qint64 ruleMappingCount = 0; // entries of seed_rule_mappings
    QByteArray ruleMappingsJson; // seed_rule_mappings, compact JSON ("[]" when absent)
    QByteArray raw;              // the bundle object exactly as imported
};

QList<BundleRow> bundles(const WorkspaceStore &store);

} // namespace ab::views
