#pragma once
// The Runtime page: the agent runtime's audit entries (docs/spec/formats.md 2) browsed by agent, action type,
// connector, decision and period (core/views/RuntimeQueries), with the selected entry's JSON in a details
// pane. A questionnaire's evidence id lands here (showEntry) when it names a runtime entry.

#include "core/views/RuntimeQueries.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace ab {

class PeriodFilter;
class RecordTablePane;
class WorkspaceStore;
template <typename Row> class RowTableModel;

class RuntimeView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        AgentColumn,
        ActionTypeColumn,
        ConnectorColumn,
        OperationColumn,
        DecisionColumn,
        RiskColumn,
        ActorColumn,
        EntryIdColumn,
        SequenceColumn,
        SourceColumn,
        ColumnCount
    };

    explicit RuntimeView(QWidget *parent = nullptr);
    ~RuntimeView() override;

    void setStore(const WorkspaceStore *store);
    void reload();

    views::RuntimeFilter currentFilter() const;
    void setFilter(const views::RuntimeFilter &filter); // sets the bar and applies it
    void applyFilter();
    // Selects the entry whose `id` is `entryId`, clearing the filter when it hides it; false when unknown.
    bool showEntry(const QString &entryId);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QComboBox *agentChoice() const { return m_agent; }
    int visibleCount() const;
    qint64 totalCount() const { return m_total; }
    QString countsText() const;
    const QList<views::RuntimeEntryRow> &rows() const;
    static QString cellText(const views::RuntimeEntryRow &row, int column);

private:
    void fillChoices();

    const WorkspaceStore *m_store = nullptr;
    RowTableModel<views::RuntimeEntryRow> *m_model = nullptr;
    RecordTablePane *m_pane = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QComboBox *m_agent = nullptr, *m_actionType = nullptr, *m_connector = nullptr, *m_decision = nullptr;
    PeriodFilter *m_period = nullptr;
    QLabel *m_counts = nullptr;
    qint64 m_total = 0;
};

} // namespace ab
