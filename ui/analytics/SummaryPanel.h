#pragma once
// Summaries on screen (core/analytics/Summary.h): counts of the audit log's filtered records by one column,
// across another or by month, with row and column totals and the filter stated; Excel… and Export PDF….

#include "core/analytics/Summary.h"
#include "ui/issues/Issue.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ab {

class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setStore(WorkspaceStore *store);
    // The filter counted (the audit log's); unset: every record.
    std::function<AuditFilter()> filter;
    std::function<QString(const QString &title, const QString &name, const QString &filter)> askPath;

    void setColumns(const QString &by, const QString &across);
    bool count();
    const std::optional<analytics::SummaryTable> &summary() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    QString filterText() const;
    bool exportExcel();
    bool exportPdf();

signals:
    void issuesReported(const QList<ab::Issue> &issues);

private:
    WorkspaceStore *m_store = nullptr;
    QComboBox *m_by = nullptr;
    QComboBox *m_across = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_filter = nullptr;
    std::optional<analytics::SummaryTable> m_summary;
};

} // namespace ab
