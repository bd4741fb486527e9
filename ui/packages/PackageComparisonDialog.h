#pragma once

#include "core/package/PackageComparer.h"
#include "ui/issues/Issue.h"

#include <QDialog>

namespace ab {

// The re-performance result of two package versions (PackageComparer, as `auditbench-cli compare`): both
// packages' identities, the differences section by section, and Save as JSON.
class PackageComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    // `firstId` / `secondId`: the package ids (the title and the suggested file name use their first 8).
    PackageComparisonDialog(const PackageComparison &comparison, const QString &firstId,
                            const QString &secondId, QWidget *parent = nullptr);

signals:
    void issuesReported(const QList<ab::Issue> &issues);
};

} // namespace ab
