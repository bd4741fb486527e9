#include "ui/verification/VerificationRunsTable.h"

#include "ui/verification/VerdictBanner.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

VerificationRunsTable::VerificationRunsTable(QWidget *parent)
    : QGroupBox(tr("Past runs in this workspace"), parent)
{
    auto *layout = new QVBoxLayout(this);
    m_runs = new QTableWidget(0, 5, this);
    m_runs->setObjectName(QStringLiteral("pastRuns"));
    m_runs->setHorizontalHeaderLabels({tr("When"), tr("Verdict"), tr("Events"), tr("Who"), tr("Chain")});
    m_runs->verticalHeader()->setDefaultSectionSize(m_runs->fontMetrics().height() + 8);
    m_runs->verticalHeader()->hide();
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_runs);
    connect(m_runs, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_runList.size())
            emit runActivated(m_runList.at(row));
    });
}

QString VerificationRunsTable::chainName(const QString &scope)
{
    if (scope == QLatin1String("gateway"))
        return tr("Gateway audit log");
    // "runtime" (every runtime export) and "runtime:<source id>" (one export, as earlier versions stored).
    if (scope == QLatin1String("runtime") || scope.startsWith(QLatin1String("runtime:")))
        return tr("Agent runtime chain");
    return scope;
}

void VerificationRunsTable::setRuns(const QList<VerificationRunSummary> &runs)
{
    m_runList = runs;
    m_runs->setRowCount(int(runs.size()));
    const QLocale locale;
    for (int row = 0; row < runs.size(); ++row) {
        const VerificationRunSummary &run = runs.at(row);
        const VerdictBanner::State state = VerdictBanner::stateOf(run.result);
        const QString verdict = state == VerdictBanner::State::Verified ? tr("Verified")
                                : state == VerdictBanner::State::Incomplete
                                    ? tr("Intact, coverage incomplete")
                                : state == VerdictBanner::State::LinkageOnly
                                    ? tr("Linkage only")
                                    : tr("%Ln error(s)", nullptr, int(run.result.errorCount));
        auto *when =
            new QTableWidgetItem(run.ranAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        auto *verdictItem = new QTableWidgetItem(QIcon(VerdictBanner::icon(state, 16)), verdict);
        m_runs->setItem(row, 0, when);
        auto *who = new QTableWidgetItem(run.ranBy);
        who->setToolTip(run.ranBy);
        m_runs->setItem(row, 1, verdictItem);
        m_runs->setItem(row, 2, new QTableWidgetItem(locale.toString(run.result.eventsChecked)));
        m_runs->setItem(row, 3, who);
        auto *chain = new QTableWidgetItem(chainName(run.scope));
        chain->setToolTip(run.scope);
        m_runs->setItem(row, 4, chain);
    }
    m_runs->resizeColumnsToContents();
    selectRun(m_selectedId);
}

void VerificationRunsTable::selectRun(const QString &id)
{
    m_selectedId = id;
    for (int row = 0; row < m_runList.size(); ++row) {
        if (!id.isEmpty() && m_runList.at(row).id == id) {
            m_runs->selectRow(row);
            return;
        }
    }
    m_runs->clearSelection();
}

} // namespace ab
