#include "ui/portfolio/AgentsPage.h"

#include "core/common/Error.h"
#include "core/portfolio/AgentDirectory.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

AgentsPage::AgentsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agentsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agentsSummary"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAgents"));
    connect(refresh, &QPushButton::clicked, this, &AgentsPage::reload);
    top->addWidget(m_summary, 1);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 9, this);
    m_table->setObjectName(QStringLiteral("agentsTable"));
    m_table->setHorizontalHeaderLabels({tr("Agent ID"), tr("Name"), tr("Status"), tr("Owner"),
                                        tr("Deployed at"), tr("Entries"), tr("Connectors"),
                                        tr("Drift events"), tr("Latest package")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    reload();
}

void AgentsPage::setStore(WorkspaceStore *store)
{
    m_store = store;
    reload();
}

void AgentsPage::reload()
{
    m_table->setRowCount(0);
    if (!m_store) {
        m_summary->setText(tr("Open a workspace to list its agents."));
        return;
    }
    QList<portfolio::AgentProfile> agents;
    try {
        agents = portfolio::listAgents(*m_store);
    } catch (const std::exception &e) {
        m_summary->setText(tr("The agents could not be listed."));
        emit issuesReported({Issue::error(Issue::Origin::Workspace, errorMessage(e))});
        return;
    }
    qsizetype active = 0;
    m_table->setRowCount(int(agents.size()));
    for (int row = 0; row < agents.size(); ++row) {
        const portfolio::AgentProfile &a = agents[row];
        active += a.isActive() ? 1 : 0;
        const QStringList cells{
            a.agentId,
            a.name,
            a.status.isEmpty() ? tr("not stated") : a.status,
            a.owner,
            a.deployedAt,
            QLocale().toString(a.entries),
            QLocale().toString(a.connectors),
            QLocale().toString(a.driftEvents),
            a.latestPackage ? tr("%1 (%2)").arg(a.latestPackage->packageId, a.latestPackage->generatedAt)
                            : tr("none")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]); // plain text: names are shown verbatim
            if (column >= 5 && column <= 7)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        tr("%Ln agent(s), %1 active.", nullptr, int(agents.size())).arg(QLocale().toString(active)));
}

} // namespace ab
