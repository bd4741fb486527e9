#include "ui/packages/VersionsPanel.h"

#include "core/package/PackageGenerator.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/packages/PackageWidgets.h"
#include "ui/packages/PackagesView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

VersionsPanel::VersionsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(new QLabel(packageui::PackagesTr::tr("Agent:"), this));
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("packageAgent"));
    m_agent->setMinimumContentsLength(18);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    agentRow->addWidget(m_agent, 1);
    layout->addLayout(agentRow);
    m_versions =
        packageui::makeTable({packageui::PackagesTr::tr("Generated"), packageui::PackagesTr::tr("Agent"),
                              packageui::PackagesTr::tr("Origin"), packageui::PackagesTr::tr("Package"),
                              packageui::PackagesTr::tr("By")},
                             this, QStringLiteral("packageVersions"));
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_versions, 1);
    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(packageui::PackagesTr::tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generatePackageButton"));
    m_generate->setToolTip(
        PackagesView::generationAvailable()
            ? packageui::PackagesTr::tr("Generate a new package version from the agent's runtime data")
            : packageui::PackagesTr::tr("Package generation is not built into this version"));
    m_compare = new QPushButton(packageui::PackagesTr::tr("&Compare two"), this);
    m_compare->setObjectName(QStringLiteral("comparePackagesButton"));
    m_compare->setToolTip(packageui::PackagesTr::tr(
        "Select two versions (e.g. the platform's and the workbench's) to compare them"));
    buttons->addWidget(m_generate);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_agent, &QComboBox::currentIndexChanged, this, &VersionsPanel::fillVersions);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, [this]() {
        const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
        if (!selected.isEmpty())
            emit packageSelected(
                m_versions->item(selected.constFirst()->row(), 3)->data(Qt::UserRole).toString());
    });
    connect(m_generate, &QPushButton::clicked, this, &VersionsPanel::generateRequested);
    connect(m_compare, &QPushButton::clicked, this, &VersionsPanel::compareRequested);
}

void VersionsPanel::reload(bool generationAvailable)
{
    const QString current = m_agent->currentData().toString();
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(packageui::PackagesTr::tr("All agents"), QString());
    if (m_store) {
        for (const AgentInfo &agent : m_store->agents())
            m_agent->addItem(packageui::PackagesTr::tr("%1 (%2 entries)")
                                 .arg(agent.name.isEmpty() ? agent.agentId : agent.name,
                                      QLocale().toString(agent.auditEntries)),
                             agent.agentId);
    }
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(current)));
    m_generate->setEnabled(m_store && generationAvailable && m_agent->count() > 1);
    fillVersions();
}

QString VersionsPanel::agentId() const
{
    return m_agent->currentData().toString();
}

void VersionsPanel::fillVersions()
{
    const QList<PackageInfo> packages = m_store ? m_store->packages(agentId()) : QList<PackageInfo>();
    const QSignalBlocker blocker(m_versions);
    m_versions->setRowCount(int(packages.size()));
    for (int row = 0; row < packages.size(); ++row) {
        const PackageInfo &info = packages.at(row);
        m_versions->setItem(row, 0, new QTableWidgetItem(info.generatedAt));
        m_versions->setItem(row, 1,
                            new QTableWidgetItem(info.agentName.isEmpty() ? info.agentId : info.agentName));
        auto *origin = new QTableWidgetItem(info.origin == QLatin1String("platform")
                                                ? packageui::PackagesTr::tr("platform")
                                                : packageui::PackagesTr::tr("workbench"));
        if (!PackageGenerator::contentSha256Matches(m_store->packageJson(info.packageId))) {
            origin->setText(packageui::PackagesTr::tr("⚠ %1").arg(origin->text()));
            origin->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            origin->setData(Qt::UserRole, true);
            origin->setToolTip(PackagesView::hashMismatchText());
        }
        m_versions->setItem(row, 2, origin);
        m_versions->setItem(row, 4, new QTableWidgetItem(info.generatedBy));
        auto *id = new QTableWidgetItem(info.packageId.left(8));
        id->setData(Qt::UserRole, info.packageId);
        id->setToolTip(info.packageId);
        m_versions->setItem(row, 3, id);
        if (info.packageId == m_current)
            m_versions->selectRow(row);
    }
    m_versions->resizeColumnsToContents();
    m_compare->setEnabled(packages.size() >= 2);
}

QList<VersionsPanel::Version> VersionsPanel::selectedVersions() const
{
    QList<Version> out;
    for (const QModelIndex &index : m_versions->selectionModel()->selectedRows())
        out << Version{m_versions->item(index.row(), 3)->data(Qt::UserRole).toString(),
                       m_versions->item(index.row(), 2)->text()};
    return out;
}

} // namespace ab
