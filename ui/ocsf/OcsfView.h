#pragma once
// The OCSF page: imported OCSF v1.1 events (docs/spec/formats.md 5) filtered by class, activity, period,
// framework reference, entity type, action and user (core/views/OcsfQueries), with the selected event's
// JSON in a details pane.

#include "core/views/OcsfQueries.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace ab {

class PeriodFilter;
class RecordTablePane;
class WorkspaceStore;
template <typename Row> class RowTableModel;

class OcsfView : public QWidget
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

    void setStore(const WorkspaceStore *store);
    void reload();

    views::OcsfFilter currentFilter() const;
    void setFilter(const views::OcsfFilter &filter); // sets the bar and applies it
    void applyFilter();
    // Selects the event whose metadata.uid (or finding.uid) is `uid`, clearing the filter when it hides it.
    bool showEvent(const QString &uid);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    int visibleCount() const;
    qint64 totalCount() const { return m_total; }
    QString countsText() const;
    const QList<views::OcsfEventRow> &rows() const;
    static QString cellText(const views::OcsfEventRow &row, int column);

private:
    void fillClasses();

    const WorkspaceStore *m_store = nullptr;
    RowTableModel<views::OcsfEventRow> *m_model = nullptr;
    RecordTablePane *m_pane = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QComboBox *m_class = nullptr;
    QLineEdit *m_activity = nullptr, *m_frameworkReference = nullptr, *m_entityTypes = nullptr,
              *m_actions = nullptr, *m_user = nullptr;
    PeriodFilter *m_period = nullptr;
    QLabel *m_counts = nullptr;
    QTimer m_debounce;
    qint64 m_total = 0;
};

} // namespace ab
