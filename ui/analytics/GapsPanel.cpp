#include "ui/analytics/GapsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

GapsPanel::GapsPanel(QWidget *parent) : QWidget(parent)
{
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("maxGapHours"));
    m_hours->setRange(1, 24 * 365);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" h"));
    auto *find = new QPushButton(tr("&Find Gaps and Duplicates"), this);
    find->setObjectName(QStringLiteral("findGaps"));
    auto *jump = new QPushButton(tr("&Jump to Record"), this);
    jump->setObjectName(QStringLiteral("jump"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Silences longer than:"), this));
    top->addWidget(m_hours);
    top->addWidget(find);
    top->addStretch(1);
    top->addWidget(jump);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("gaps"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Source"), tr("After"), tr("Before"), tr("Detail")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary =
        new QLabel(tr("Describes the records as stored; it needs no keyring and proves nothing."), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    connect(find, &QPushButton::clicked, this, &GapsPanel::findGaps);
    connect(jump, &QPushButton::clicked, this, [this] { jumpToRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { jumpToRow(row); });
}

void GapsPanel::setStore(const WorkspaceStore *store)
{
    m_store = store;
    m_table->setRowCount(0);
}

void GapsPanel::setMaxGapHours(int hours)
{
    m_hours->setValue(hours);
}

QString GapsPanel::summaryText() const
{
    return m_summary->text();
}

QString GapsPanel::targetOf(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void GapsPanel::jumpToRow(int row)
{
    const QString id = targetOf(row);
    if (!id.isEmpty())
        emit jumpRequested({JumpTarget::Kind::AuditRecord, id});
}

bool GapsPanel::findGaps()
{
    if (!m_store)
        return false;
    analytics::GapReport report;
    try {
        report = analytics::findGaps(*m_store, m_hours->value());
    } catch (const std::exception &e) {
        emit issuesReported({Issue::error(Issue::Origin::Workspace, errorMessage(e))});
        return false;
    }
    m_table->setRowCount(0);
    const auto add = [this](const QString &kind, const QString &source, const QString &after,
                            const QString &before, const QString &detail, const QString &target) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{kind, source, after, before, detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_table->item(row, 0)->setData(Qt::UserRole, target);
    };
    for (const analytics::SequenceGap &g : report.sequenceGaps)
        add(tr("Sequence gap"), g.sourceId ? g.sourceFile : tr("all sources"), g.afterId, g.beforeId,
            g.firstMissing == g.lastMissing
                ? tr("sequence %1 missing").arg(g.firstMissing)
                : tr("sequences %1 to %2 missing (%3)")
                      .arg(g.firstMissing)
                      .arg(g.lastMissing)
                      .arg(QLocale().toString(g.lastMissing - g.firstMissing + 1)),
            g.afterId);
    for (const analytics::TimeGap &g : report.timeGaps)
        add(tr("Time gap"), tr("all sources"), g.afterId, g.beforeId,
            tr("%1 to %2: %3 h").arg(g.from, g.to).arg(QLocale().toString(g.seconds / 3600.0, 'f', 1)),
            g.afterId);
    for (const analytics::Duplicate &d : report.duplicates) {
        QStringList where;
        for (const analytics::DuplicateRecord &r : d.records)
            where << tr("%1 #%2 (%3…)").arg(r.sourceFile).arg(r.ordinal + 1).arg(r.contentSha256.left(12));
        add(tr("Duplicate id"), {}, d.id, {},
            tr("different content: %1").arg(where.join(QStringLiteral("; "))), d.id);
    }
    m_summary->setText(tr("%Ln gap(s) found", nullptr, int(report.gapCount)) + QStringLiteral(", ") +
                       tr("%Ln duplicated id(s)", nullptr, int(report.duplicates.size())) +
                       QStringLiteral(". ") +
                       tr("Describes the records as stored; it needs no keyring and proves nothing."));
    return true;
}

} // namespace ab
