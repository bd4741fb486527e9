#pragma once
// The Runtime page: the agent runtime's audit entries (docs/spec/formats.md 2) browsed by agent, action type,
// connector, decision and period (core/views/RuntimeQueries), with the selected entry's JSON in a details
// pane. A questionnaire's evidence id lands here (showEntry) when it names a runtime entry.

#include "core/views/RuntimeQueries.h"
#include "ui/views/RecordBrowserPage.h"

class QComboBox;

namespace ab {

class PeriodFilter;

class RuntimeView : public RecordBrowserPage<views::RuntimeEntryRow>
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

    void reload() override;
    QString countsText() const override;

    views::RuntimeFilter currentFilter() const;
    void setFilter(const views::RuntimeFilter &filter); // sets the bar and applies it
    void applyFilter();
    // Selects the entry whose `id` is `entryId`, clearing the filter when it hides it; false when unknown.
    bool showEntry(const QString &entryId);

    QComboBox *agentChoice() const { return m_agent; }
    static QString cellText(const views::RuntimeEntryRow &row, int column);

private:
    void fillChoices();

    QComboBox *m_agent = nullptr, *m_actionType = nullptr, *m_connector = nullptr, *m_decision = nullptr;
    PeriodFilter *m_period = nullptr;
};

} // namespace ab
