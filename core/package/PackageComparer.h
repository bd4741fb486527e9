#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ab {

// One difference between two compliance packages, addressed so an auditor can cite it:
// section "execution_graph", path "connectors[jira].decisions.deny", left 1, right 2.
struct PackageDifference
{
    QString section;
    QString path;
    QJsonValue left, right; // null when absent on that side
};

struct PackageComparison
{
    struct Side
    {
        QString name, packageId, agentId, generatedAt, generatedBy, contentSha256;
        qint64 auditEntries = -1;
    };
    Side left, right;
    QList<PackageDifference> differences;

    bool equivalent() const { return differences.isEmpty(); }
    // {"format": "auditbench-package-comparison", "version": 1, "left": {...}, "right": {...},
    //  "equivalent": bool, "difference_count": n, "differences": [{section, path, left, right}]}
    QByteArray toJson() const;
    // One line per difference, for the terminal and the report.
    QString toText() const;
};

// Re-performance: compares two packages of the same agent (typically the platform's and the auditor's own)
// section by section over the members other tools read (docs/spec/formats.md §3): action counts, connectors
// with operations, calls and decisions, SOC 2 mapping and control counts, sub-processors and VSQ exceptions.
// Members only one generator writes are not compared, so a platform package and an AuditBench package can be
// compared on the contract alone.
class PackageComparer
{
public:
    // Throws InputError when either side is not a JSON object.
    static PackageComparison compare(const QByteArray &left, const QByteArray &right,
                                     const QString &leftName = QStringLiteral("left"),
                                     const QString &rightName = QStringLiteral("right"));
};

} // namespace ab
