#include "ui/analytics/AnalyticsView.h"

#include "ui/analytics/GapsPanel.h"
#include "ui/analytics/SummaryPanel.h"
#include "ui/analytics/WorkpaperDialogs.h"
#include "ui/analytics/WorkpaperPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ab {

AnalyticsView::AnalyticsView(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("analyticsTabs"));
    m_workpapers = new WorkpaperPage(m_tabs);
    m_gaps = new GapsPanel(m_tabs);
    m_summary = new SummaryPanel(m_tabs);
    m_tabs->addTab(m_workpapers, tr("Workpapers"));
    m_tabs->addTab(m_gaps, tr("Gaps and Duplicates"));
    m_tabs->addTab(m_summary, tr("Summary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_workpapers, &WorkpaperPage::jumpRequested, this, &AnalyticsView::jumpRequested);
    connect(m_gaps, &GapsPanel::jumpRequested, this, &AnalyticsView::jumpRequested);
    connect(m_workpapers, &WorkpaperPage::issuesReported, this, &AnalyticsView::issuesReported);
    connect(m_gaps, &GapsPanel::issuesReported, this, &AnalyticsView::issuesReported);
    connect(m_summary, &SummaryPanel::issuesReported, this, &AnalyticsView::issuesReported);
}

void AnalyticsView::setStore(WorkspaceStore *store)
{
    m_store = store;
    m_workpapers->setStore(store);
    m_gaps->setStore(store);
    m_summary->setStore(store);
}

void AnalyticsView::setReportOutput(ReportOutput *output)
{
    m_workpapers->setReportOutput(output);
}

void AnalyticsView::setFilterSource(std::function<AuditFilter()> filter)
{
    m_summary->filter = std::move(filter);
}

void AnalyticsView::showWorkpapers()
{
    m_tabs->setCurrentWidget(m_workpapers);
}

void AnalyticsView::showGaps()
{
    m_tabs->setCurrentWidget(m_gaps);
}

void AnalyticsView::showSummary()
{
    m_tabs->setCurrentWidget(m_summary);
}

void AnalyticsView::sampleDrawn(qint64 sampleId)
{
    showWorkpapers();
    if (!m_store)
        return;
    NewWorkpaperDialog dialog(*m_store, this);
    dialog.selectSample(sampleId);
    if (dialog.exec() == QDialog::Accepted)
        m_workpapers->createWorkpaper(dialog.sampleId(), dialog.name(), dialog.confidenceBp(),
                                      dialog.tolerableBp());
}

} // namespace ab
