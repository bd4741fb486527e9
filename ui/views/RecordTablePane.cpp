#include "ui/views/RecordTablePane.h"

#include "ui/views/PeriodFilter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>

namespace ab {

RecordTablePane::RecordTablePane(const QString &name, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_table(new QTableView(this)), m_details(new QPlainTextEdit(this))
{
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(name + QStringLiteral("Details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordTablePane::showDetails);
    // New rows (a filter applied): nothing is current, so no record's JSON stays on show.
    connect(model, &QAbstractItemModel::modelReset, m_details, &QPlainTextEdit::clear);
}

bool RecordTablePane::selectRecord(const std::function<int()> &rowOf,
                                   const std::function<void()> &clearFilter)
{
    int row = rowOf();
    if (row < 0) {
        clearFilter();
        row = rowOf();
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_table->model()->index(row, 0));
    return true;
}

void RecordTablePane::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_raw) {
        m_details->clear();
        return;
    }
    m_details->setPlainText((m_prefix ? m_prefix(current.row()) : QString()) +
                            prettyJson(m_raw(current.row())));
}

} // namespace ab
