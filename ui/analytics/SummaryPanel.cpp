#include "ui/analytics/SummaryPanel.h"

#include "core/export/XlsxExportAnalytics.h"
#include "core/report/SummaryReport.h"
#include "ui/common/AppSettings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ab {

SummaryPanel::SummaryPanel(QWidget *parent) : QWidget(parent)
{
    askPath = [this](const QString &title, const QString &name, const QString &f) {
        return QFileDialog::getSaveFileName(this, title, name, f);
    };
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("by"));
    m_across = new QComboBox(this);
    m_across->setObjectName(QStringLiteral("across"));
    m_across->addItem(tr("(count only)"), QString());
    for (const QString &c : analytics::summaryColumns()) {
        m_by->addItem(c, c);
        m_across->addItem(c, c);
    }
    m_by->setCurrentIndex(m_by->findData(QStringLiteral("action")));
    m_across->setCurrentIndex(m_across->findData(QStringLiteral("month")));
    auto *countButton = new QPushButton(tr("&Count"), this);
    countButton->setObjectName(QStringLiteral("count"));
    auto *excel = new QPushButton(tr("Excel…"), this);
    excel->setObjectName(QStringLiteral("exportExcel"));
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Count by:"), this));
    top->addWidget(m_by);
    top->addWidget(new QLabel(tr("across:"), this));
    top->addWidget(m_across);
    top->addWidget(countButton);
    top->addStretch(1);
    top->addWidget(excel);
    top->addWidget(pdf);
    m_filter = new QLabel(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("pivot"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    connect(countButton, &QPushButton::clicked, this, &SummaryPanel::count);
    connect(excel, &QPushButton::clicked, this, &SummaryPanel::exportExcel);
    connect(pdf, &QPushButton::clicked, this, &SummaryPanel::exportPdf);
}

void SummaryPanel::setStore(WorkspaceStore *store)
{
    m_store = store;
    m_summary.reset();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_filter->clear();
}

void SummaryPanel::setColumns(const QString &by, const QString &across)
{
    m_by->setCurrentIndex(m_by->findData(by));
    m_across->setCurrentIndex(m_across->findData(across));
}

QString SummaryPanel::filterText() const
{
    return m_filter->text();
}

bool SummaryPanel::count()
{
    if (!m_store)
        return false;
    AuditFilter f = filter ? filter() : AuditFilter{};
    f.limit = -1;
    f.offset = 0;
    try {
        m_summary = analytics::summarize(*m_store, f, m_by->currentData().toString(),
                                         m_across->currentData().toString());
    } catch (const std::exception &e) {
        emit issuesReported({Issue::error(Issue::Origin::Workspace, errorMessage(e))});
        return false;
    }
    const analytics::SummaryTable &s = *m_summary;
    const bool pivot = !s.across.isEmpty();
    QStringList header{s.by};
    header += s.columnValues;
    if (pivot)
        header << tr("Total");
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(s.rowValues.size()) + 1);
    const auto number = [](qint64 n) {
        auto *item = new QTableWidgetItem(QLocale().toString(n));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < s.rowValues.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(s.rowValues[r]));
        for (int c = 0; c < s.columnValues.size(); ++c)
            m_table->setItem(r, c + 1, number(s.counts[r][c]));
        if (pivot)
            m_table->setItem(r, int(s.columnValues.size()) + 1, number(s.rowTotal(r)));
    }
    const int last = int(s.rowValues.size());
    m_table->setItem(last, 0, new QTableWidgetItem(tr("Total")));
    for (int c = 0; c < s.columnValues.size(); ++c)
        m_table->setItem(last, c + 1, number(s.columnTotal(c)));
    if (pivot)
        m_table->setItem(last, int(s.columnValues.size()) + 1, number(s.total));
    m_table->resizeColumnsToContents();
    m_filter->setText(tr("Filter: %1 (%Ln record(s)).", nullptr, int(std::min<qint64>(s.total, INT_MAX)))
                          .arg(s.filterText));
    return true;
}

bool SummaryPanel::exportExcel()
{
    if (!m_store || (!m_summary && !count()) || !askPath)
        return false;
    const QString path = askPath(tr("Export the Summary to Excel"), QStringLiteral("summary.xlsx"),
                                 tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    try {
        const RecordExportResult written = XlsxAnalyticsExport::writeSummary(*m_summary, path);
        XlsxAnalyticsExport::logExport(*m_store, "summary", "filter", m_summary->filterText, path, written);
    } catch (const std::exception &e) {
        emit issuesReported({Issue::error(Issue::Origin::Export, errorMessage(e))});
        return false;
    }
    emit issuesReported({Issue::info(Issue::Origin::Export, tr("Summary written to %1.").arg(path))});
    return true;
}

bool SummaryPanel::exportPdf()
{
    if (!m_store || (!m_summary && !count()) || !askPath)
        return false;
    const QString path =
        askPath(tr("Export the Summary as PDF"), QStringLiteral("summary.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!SummaryReport::print(*m_store, *m_summary, path, AppSettings::branding(), nullptr, &error)) {
        emit issuesReported({Issue::error(Issue::Origin::Export, error)});
        return false;
    }
    emit issuesReported({Issue::info(Issue::Origin::Export, tr("Summary written to %1.").arg(path))});
    return true;
}

} // namespace ab
