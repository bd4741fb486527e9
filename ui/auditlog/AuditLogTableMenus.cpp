#include "ui/auditlog/AuditLogTableMenus.h"

#include "ui/auditlog/AuditLogModel.h"
#include "ui/common/AppSettings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace ab {

AuditLogTableMenus::AuditLogTableMenus(QTableView *table)
    : QObject(table), m_table(table), m_columns(new QMenu(table)), m_rows(new QMenu(table))
{
    m_columns->setObjectName(QStringLiteral("auditLogColumnMenu"));
    m_rows->setObjectName(QStringLiteral("auditLogRowMenu"));
    QAbstractItemModel *model = table->model();
    const QStringList hidden = AppSettings::hiddenAuditLogColumns(defaultHidden());
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column) {
        QAction *action = m_columns->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column_") + AuditLogModel::columnKey(column));
        action->setCheckable(true);
        table->setColumnHidden(column, hidden.contains(AuditLogModel::columnKey(column)));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    syncActions();

    // The record members read from the stored JSON: widths for their usual values.
    const QFontMetrics metrics = table->fontMetrics();
    const QList<QPair<int, QString>> widths = {
        {AuditLogModel::FrameworkReferenceColumn, QStringLiteral("PCI-DSS Requirement 10.2.1")},
        {AuditLogModel::OverrideReasonColumn, QStringLiteral("Customer escalation approved by the CISO")},
        {AuditLogModel::ModelColumn, QStringLiteral("claude-3-5-sonnet")},
        {AuditLogModel::ProviderColumn, QStringLiteral("anthropic ")},
        {AuditLogModel::SourceIpColumn, QStringLiteral("255.255.255.255 ")},
        {AuditLogModel::SourceColumn, QStringLiteral("gateway-audit-2025.ndjson")}};
    for (const auto &[column, sample] : widths)
        table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 12);

    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        syncActions();
        m_columns->popup(header->viewport()->mapToGlobal(at));
    });

    QAction *exportVisible = m_rows->addAction(tr("Export Visible Records…"));
    exportVisible->setObjectName(QStringLiteral("rowExportVisible"));
    connect(exportVisible, &QAction::triggered, this, &AuditLogTableMenus::exportRequested);
    QAction *exportOcsf = m_rows->addAction(tr("Export OCSF…"));
    exportOcsf->setObjectName(QStringLiteral("rowExportOcsf"));
    connect(exportOcsf, &QAction::triggered, this, &AuditLogTableMenus::ocsfExportRequested);
    m_rows->addSeparator();
    m_rows->addMenu(m_columns)->setText(tr("Columns"));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        // Actions others put on the table (Add Note…) head the menu.
        const QList<QAction *> own = m_table->actions();
        for (auto it = own.rbegin(); it != own.rend(); ++it)
            if (!m_rows->actions().contains(*it))
                m_rows->insertAction(m_rows->actions().value(0), *it);
        m_rows->popup(m_table->viewport()->mapToGlobal(at));
    });
}

QStringList AuditLogTableMenus::defaultHidden()
{
    return {QStringLiteral("model"), QStringLiteral("provider"), QStringLiteral("source_ip")};
}

void AuditLogTableMenus::setColumnHidden(int column, bool hidden)
{
    if (m_table->isColumnHidden(column) == hidden)
        return;
    m_table->setColumnHidden(column, hidden);
    QStringList keys;
    for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
        if (m_table->isColumnHidden(c))
            keys << AuditLogModel::columnKey(c);
    AppSettings::setHiddenAuditLogColumns(keys);
    syncActions();
}

void AuditLogTableMenus::syncActions()
{
    // The last shown column cannot be hidden: a table without columns has no header to bring them back.
    const QList<QAction *> actions = m_columns->actions();
    int shown = 0;
    for (int column = 0; column < actions.size(); ++column)
        shown += !m_table->isColumnHidden(column);
    for (int column = 0; column < actions.size(); ++column) {
        QAction *action = actions[column];
        const QSignalBlocker quiet(action);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(!(shown == 1 && action->isChecked()));
    }
}

} // namespace ab
