#pragma once

#include "core/workspace/WorkspaceStore.h"

#include <QWidget>

class QChartView;

namespace ab {

// Enforcement events over time, by action and by framework (Qt Charts), from the workspace's per-day counts.
// Days are summed into weeks or months so a year stays readable.
// The per-day counts group every matching record (a free-text filter scans every record's JSON: seconds at a
// million records), so on large workspaces they are counted on a worker with its own read connection and the
// charts say "Counting…" meanwhile; counts that arrive after the filter changed again are dropped. What is
// large is decided from the largest row id (RecordQueries::rowIdBound), never a COUNT(*) on the UI thread,
// and the worker runs on auditLogPool(), not on the pool Qt's painting needs (AuditLogWorkers.h).
class EventCharts : public QWidget
{
    Q_OBJECT
public:
    explicit EventCharts(QWidget *parent = nullptr);
    // Counts the records of `filter` restricted to the enforcement category.
    // A workspace that cannot be read (a damaged file) leaves the charts empty and says why (readFailed).
    void update(const WorkspaceStore *store, const AuditFilter &filter);
    int seriesCount() const;
    // Workspaces with at least this many records are counted in the background (default 200,000).
    void setBackgroundThreshold(qint64 records) { m_backgroundThreshold = records; }
    // Whether counts are being computed on a worker (the charts show the previous state until updated()).
    bool isCounting() const { return m_counting; }

signals:
    void readFailed(const QString &message);
    // The charts show the counts of the last update().
    void updated();

private:
    void show(const QList<DayCount> &byAction, const QList<DayCount> &byFramework);
    void showFailure(const QString &message);

    QChartView *m_byAction = nullptr;
    QChartView *m_byFramework = nullptr;
    qint64 m_backgroundThreshold = 200000;
    quint64 m_generation = 0; // bumped by every update; a worker's counts for an older one are dropped
    bool m_counting = false;
};

} // namespace ab
