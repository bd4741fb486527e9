#include "ui/bundles/BundlesView.h"

#include "core/workspace/WorkspaceStore.h"
#include "ui/views/PeriodFilter.h"
#include "ui/views/RowTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ab {

BundlesView::BundlesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bundlesView"));
    m_model = new RowTableModel<views::BundleRow>(
        {tr("Name"), tr("Framework"), tr("Version"), tr("Enabled"), tr("Rule mappings"), tr("Exported at"),
         tr("Source")},
        [](const views::BundleRow &row, int column, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return cellText(row, column);
            if (role == Qt::ForegroundRole && column == EnabledColumn && row.enabled == false)
                return QColor(0xc5, 0x22, 0x1f); // a disabled bundle proves nothing is enforced
            return {};
        },
        this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("bundleCounts"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bundlesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("bundleDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BundlesView::showDetails);
    reload();
}

BundlesView::~BundlesView() = default;

void BundlesView::setStore(const WorkspaceStore *store)
{
    m_store = store;
    reload();
}

void BundlesView::reload()
{
    m_model->setRows(m_store ? views::bundles(*m_store) : QList<views::BundleRow>());
    m_table->resizeColumnsToContents();
    m_details->clear();
    m_counts->setText(countsText());
}

QString BundlesView::countsText() const
{
    const QList<views::BundleRow> &rows = m_model->rows();
    const qint64 enabled =
        std::count_if(rows.begin(), rows.end(), [](const views::BundleRow &r) { return r.enabled == true; });
    return tr("%Ln bundle(s), %1 enabled", nullptr, int(rows.size())).arg(QLocale().toString(enabled));
}

QString BundlesView::cellText(const views::BundleRow &row, int column)
{
    switch (column) {
    case NameColumn:
        return row.name;
    case FrameworkColumn:
        return row.framework;
    case VersionColumn:
        return row.version;
    case EnabledColumn:
        return row.enabled ? (*row.enabled ? tr("yes") : tr("no")) : QString();
    case RuleMappingsColumn:
        return QLocale().toString(row.ruleMappingCount);
    case ExportedAtColumn:
        return row.exportedAt;
    case SourceColumn:
        return row.sourceFile;
    default:
        return {};
    }
}

void BundlesView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_details->setPlainText(current.isValid() ? prettyJson(m_model->row(current.row()).raw) : QString());
}

} // namespace ab
