#pragma once

#include "core/workspace/WorkspaceStore.h"

#include <QWidget>

class QChartView;

namespace ab {

// Enforcement events over time, by action and by framework (Qt Charts), from the workspace's per-day counts.
// Days are summed into weeks or months so a year stays readable.
class EventCharts : public QWidget
{
    Q_OBJECT
public:
    explicit EventCharts(QWidget *parent = nullptr);
    // Counts the records of `filter` restricted to the enforcement category.
    // A workspace that cannot be read (a damaged file) leaves the charts empty and says why (readFailed).
    void update(const WorkspaceStore *store, const AuditFilter &filter);
    int seriesCount() const;

signals:
    void readFailed(const QString &message);

private:
    QChartView *m_byAction = nullptr;
    QChartView *m_byFramework = nullptr;
};

} // namespace ab
