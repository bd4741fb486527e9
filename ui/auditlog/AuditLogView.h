#pragma once

#include "core/workspace/WorkspaceStore.h"
#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class QToolButton;

namespace ab {

class PeriodFilter;

class AuditLogModel;
class AuditLogTableMenus;
class EventCharts;

// The audit log page: the seed API's filters (framework, action, entity type, category, period) plus user and
// free text, the lazy records table with visible / total counts, charts, and export of exactly what is
// visible.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogView(QWidget *parent = nullptr);

    // The store must outlive the view's use of it (or be replaced with null first).
    void setStore(const WorkspaceStore *store);
    // After an import: new filter values, row index and charts.
    void reload();

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AuditLogTableMenus *tableMenus() const { return m_tableMenus; }
    // The filter as the bar shows it.
    AuditFilter currentFilter() const;
    // Sets the bar's fields (and applies them at once).
    void setFilter(const AuditFilter &filter);
    void applyFilter();
    void clearFilter();
    QString countsText() const;
    // Selects and shows the record; when the filter hides it the filter is cleared first. False when unknown.
    bool showRecord(const QString &recordId);
    qint64 currentRowId() const;
    // The record's JSON, pretty-printed, and its chain fields (for the details pane).
    QString recordDetails(qint64 rowId) const;
    void focusFilter();

    // Writes the visible records (the current filter, in table order) through RecordExport: its CSV, or a
    // JSON array of the records exactly as imported. Returns the number written; throws on I/O errors.
    static qint64 exportRecords(const WorkspaceStore &store, const AuditFilter &filter, const QString &path,
                                bool json);

signals:
    void currentRecordChanged(qint64 rowId);
    void exportRequested(const ab::AuditFilter &filter);
    // Export OCSF… from the table's context menu: the filter the table shows.
    void ocsfExportRequested(const ab::AuditFilter &filter);
    // Sample… on the filtered view: the filter the table shows.
    void sampleRequested(const ab::AuditFilter &filter);
    // The filtered records as an evidence listing (the window prints it: MainWindow::outputListing).
    void listingRequested(ab::ReportMode mode);
    // For the issues dock (a background filter that failed).
    void issuesReported(const QList<ab::Issue> &issues);

private:
    void fillChoices();
    QToolButton *makeListingButton(QWidget *parent);
    void restoreSelection();

    const WorkspaceStore *m_store = nullptr;
    AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    AuditLogTableMenus *m_tableMenus = nullptr;
    QTabWidget *m_tabs = nullptr;
    EventCharts *m_charts = nullptr;
    QComboBox *m_framework = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_entityTypes = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_text = nullptr;
    PeriodFilter *m_period = nullptr;
    QLabel *m_counts = nullptr;
    QTimer m_debounce;
    bool m_filling = false;
    qint64 m_keepSelected = 0; // the record selected before a filter change, re-selected once rows are known
};

} // namespace ab
