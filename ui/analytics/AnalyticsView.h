#pragma once
// The Analytics page (issue 17): tests-of-controls workpapers, gaps and duplicates with jump-to, and
// summaries, one tab each. The audit log's Sample… and the Analytics menu lead here.

#include "core/workspace/WorkspaceStore.h"
#include "ui/issues/Issue.h"

#include <QWidget>

#include <functional>

class QTabWidget;

namespace ab {

class GapsPanel;
class ReportOutput;
class SummaryPanel;
class WorkpaperPage;

class AnalyticsView : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsView(QWidget *parent = nullptr);

    void setStore(WorkspaceStore *store);
    void setReportOutput(ReportOutput *output);
    // The audit log's filter, for summaries.
    void setFilterSource(std::function<AuditFilter()> filter);

    WorkpaperPage *workpaperPage() const { return m_workpapers; }
    GapsPanel *gapsPanel() const { return m_gaps; }
    SummaryPanel *summaryPanel() const { return m_summary; }
    void showWorkpapers();
    void showGaps();
    void showSummary();
    // After Sample…: offers a new workpaper over the sample just drawn.
    void sampleDrawn(qint64 sampleId);

signals:
    void jumpRequested(const ab::JumpTarget &target);
    void issuesReported(const QList<ab::Issue> &issues);

private:
    WorkspaceStore *m_store = nullptr;
    QTabWidget *m_tabs = nullptr;
    WorkpaperPage *m_workpapers = nullptr;
    GapsPanel *m_gaps = nullptr;
    SummaryPanel *m_summary = nullptr;
};

} // namespace ab
