#pragma once
// The audit log table's two menus (issue 13): the header's column chooser, one checkable action per column,
// with the choice kept in the settings (AppSettings::hiddenAuditLogColumns) and restored when the table is
// built again; and the rows' context menu with the page's exports (Export Visible Records…, Export OCSF…).
// A helper of AuditLogView, kept apart so the page's layout and its table's menus change independently.

#include <QObject>

class QMenu;
class QTableView;

namespace ab {

class AuditLogTableMenus : public QObject
{
    Q_OBJECT
public:
    // `table` shows an AuditLogModel; the menus belong to it. Restores the saved (or default) hidden columns.
    explicit AuditLogTableMenus(QTableView *table);

    // The column chooser (actions named "column_<key>", e.g. "column_override_reason").
    QMenu *columnMenu() const { return m_columns; }
    // The rows' context menu (actions "rowExportVisible", "rowExportOcsf").
    QMenu *rowMenu() const { return m_rows; }
    // Hidden until the auditor chooses otherwise: the members read least often.
    static QStringList defaultHidden();

signals:
    void exportRequested();
    void ocsfExportRequested();

private:
    void setColumnHidden(int column, bool hidden);
    void syncActions();

    QTableView *m_table;
    QMenu *m_columns;
    QMenu *m_rows;
};

} // namespace ab
