#pragma once
// The OCSF page: imported OCSF v1.1 events (docs/spec/formats.md 5) filtered by class, activity, period,
// framework reference, entity type, action and user (core/views/OcsfQueries), with the selected event's
// JSON in a details pane.

#include "core/views/OcsfQueries.h"
#include "ui/views/RecordBrowserPage.h"

#include <QTimer>

class QComboBox;
class QLineEdit;

namespace ab {

class PeriodFilter;

class OcsfView : public RecordBrowserPage<views::OcsfEventRow>
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ClassColumn,
        ActivityColumn,
        ActionColumn,
        FrameworkReferenceColumn,
        EntityTypeColumn,
        UserColumn,
        PolicyColumn,
        UidColumn,
        SourceColumn,
        ColumnCount
    };

    explicit OcsfView(QWidget *parent = nullptr);
    ~OcsfView() override;

    void reload() override;
    QString countsText() const override;

    views::OcsfFilter currentFilter() const;
    void setFilter(const views::OcsfFilter &filter); // sets the bar and applies it
    void applyFilter();
    // Selects the event whose metadata.uid (or finding.uid) is `uid`, clearing the filter when it hides it.
    bool showEvent(const QString &uid);

    static QString cellText(const views::OcsfEventRow &row, int column);

private:
    void fillClasses();

    QComboBox *m_class = nullptr;
    QLineEdit *m_activity = nullptr, *m_frameworkReference = nullptr, *m_entityTypes = nullptr,
              *m_actions = nullptr, *m_user = nullptr;
    PeriodFilter *m_period = nullptr;
    QTimer m_debounce;
};

} // namespace ab
