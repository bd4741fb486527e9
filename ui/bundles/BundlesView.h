#pragma once
// The Bundles page: the compliance bundle definitions imported into the workspace (docs/spec/formats.md 4,
// seed 004's proof that a framework's controls are configured and enabled), one row per bundle, with the
// selected bundle's JSON as imported.

#include "core/views/BundleQueries.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace ab {

class WorkspaceStore;
template <typename Row> class RowTableModel;

class BundlesView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        FrameworkColumn,
        VersionColumn,
        EnabledColumn,
        RuleMappingsColumn,
        ExportedAtColumn,
        SourceColumn,
        ColumnCount
    };

    explicit BundlesView(QWidget *parent = nullptr);
    ~BundlesView() override;

    // The store must outlive the view's use of it (or be replaced with null first).
    void setStore(const WorkspaceStore *store);
    void reload();

    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QString countsText() const;
    static QString cellText(const views::BundleRow &row, int column);

private:
    void showDetails();

    const WorkspaceStore *m_store = nullptr;
    RowTableModel<views::BundleRow> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace ab
