#pragma once
// Gaps and duplicates (core/analytics/GapFinder.h) as a table: sequence gaps per source and across sources,
// silences longer than the threshold, and ids carried by records with different content. Jump to (the
// button or a double-click) shows the record before the gap (or the duplicated id) in the audit log.

#include "core/analytics/GapFinder.h"
#include "ui/issues/Issue.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace ab {

class GapsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GapsPanel(QWidget *parent = nullptr);

    void setStore(const WorkspaceStore *store);
    // Runs the search with the threshold shown; false (and an issue) on failure.
    bool findGaps();
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    void setMaxGapHours(int hours);
    // The record the row jumps to (the record after which the gap starts, or the duplicated id).
    QString targetOf(int row) const;
    void jumpToRow(int row);

signals:
    void jumpRequested(const ab::JumpTarget &target);
    void issuesReported(const QList<ab::Issue> &issues);

private:
    const WorkspaceStore *m_store = nullptr;
    QSpinBox *m_hours = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ab
