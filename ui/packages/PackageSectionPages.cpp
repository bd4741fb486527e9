#include "ui/packages/PackageSectionPages.h"

#include "ui/packages/DfdView.h"
#include "ui/packages/PackageWidgets.h"
#include "ui/packages/QuestionnairePage.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

using packageui::makeTable;

PackageSectionPages::PackageSectionPages(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("packageSections"));

    // 1. execution graph
    auto *graph = new QSplitter(Qt::Vertical, this);
    m_actions = makeTable({packageui::PackagesTr::tr("Action type"), packageui::PackagesTr::tr("Count")},
                          graph, QStringLiteral("actionCounts"));
    m_actions->horizontalHeader()->setStretchLastSection(false);
    m_connectors =
        makeTable({packageui::PackagesTr::tr("Connector"), packageui::PackagesTr::tr("Calls"),
                   packageui::PackagesTr::tr("Operations"), packageui::PackagesTr::tr("Decisions"),
                   packageui::PackagesTr::tr("First call"), packageui::PackagesTr::tr("Last call")},
                  graph, QStringLiteral("connectorsTable"));
    graph->addWidget(m_actions);
    graph->addWidget(m_connectors);
    addTab(graph, packageui::PackagesTr::tr("Execution Graph"));

    // 2. DFD
    m_dfd = new DfdView(this);
    addTab(m_dfd, packageui::PackagesTr::tr("Data Flow Diagram"));

    // 3. VSQ walkthrough: one answer at a time
    m_questionnaire = new QuestionnairePage(this);
    addTab(m_questionnaire, packageui::PackagesTr::tr("Vendor Security Questionnaire"));

    // 4. sub-processors
    m_subProcessors =
        makeTable({packageui::PackagesTr::tr("Connector"), packageui::PackagesTr::tr("Vendor"),
                   packageui::PackagesTr::tr("Service"), packageui::PackagesTr::tr("Data types"),
                   packageui::PackagesTr::tr("SOC 2"), packageui::PackagesTr::tr("Mapped")},
                  this, QStringLiteral("subProcessors"));
    addTab(m_subProcessors, packageui::PackagesTr::tr("Sub-Processor List"));

    // 5. SOC 2 matrix
    auto *soc2 = new QWidget(this);
    auto *soc2Layout = new QVBoxLayout(soc2);
    m_soc2Summary = new QLabel(soc2);
    m_soc2Summary->setWordWrap(true);
    m_soc2Summary->setObjectName(QStringLiteral("soc2Summary"));
    soc2Layout->addWidget(m_soc2Summary);
    m_soc2 = makeTable({packageui::PackagesTr::tr("Action type"), packageui::PackagesTr::tr("Controls"),
                        packageui::PackagesTr::tr("Count"), packageui::PackagesTr::tr("First"),
                        packageui::PackagesTr::tr("Last")},
                       soc2, QStringLiteral("soc2Matrix"));
    soc2Layout->addWidget(m_soc2, 1);
    addTab(soc2, packageui::PackagesTr::tr("SOC 2 Control Mappings"));
}

void PackageSectionPages::showPackage(WorkspaceStore *store, const QString &packageId,
                                      const QJsonObject &package, int answer)
{
    setEnabled(!package.isEmpty());
    m_questionnaire->setPackage(store, packageId, package);
    if (package.isEmpty()) {
        m_actions->setRowCount(0);
        m_connectors->setRowCount(0);
        m_dfd->clear();
        m_subProcessors->setRowCount(0);
        m_soc2->setRowCount(0);
        m_soc2Summary->clear();
        m_questionnaire->showAnswer(0);
        return;
    }
    showExecutionGraph(package);
    const QJsonObject flow = package.value(QStringLiteral("data_flow")).toObject();
    m_dfd->setDiagram(flow.value(QStringLiteral("svg")).toString().toUtf8(),
                      flow.value(QStringLiteral("dot")).toString().toUtf8(),
                      QStringLiteral("dfd-") + package.value(QStringLiteral("agent_name")).toString());

    showSubProcessors(package);
    showSoc2(package);
    m_questionnaire->showAnswer(answer);
}

void PackageSectionPages::showExecutionGraph(const QJsonObject &package)
{
    const QJsonObject graph = package.value(QStringLiteral("execution_graph")).toObject();
    const QJsonObject counts = graph.value(QStringLiteral("action_counts")).toObject();
    m_actions->setSortingEnabled(false);
    m_actions->setRowCount(int(counts.size()));
    int row = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it, ++row) {
        m_actions->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_actions->setItem(row, 1, packageui::numberItem(qint64(it.value().toDouble())));
    }
    m_actions->resizeColumnsToContents();
    m_actions->setColumnWidth(0, qMax(m_actions->columnWidth(0), 220));
    const QJsonArray connectors = graph.value(QStringLiteral("connectors")).toArray();
    m_connectors->setRowCount(int(connectors.size()));
    for (int i = 0; i < connectors.size(); ++i) {
        const QJsonObject c = connectors.at(i).toObject();
        QStringList operations;
        const QJsonValue ops = c.value(QStringLiteral("operations"));
        if (ops.isObject()) {
            const QJsonObject object = ops.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                operations << QStringLiteral("%1 (%2)").arg(
                    it.key(), packageui::scalarText(it.value().isObject()
                                                        ? it.value().toObject().value(QStringLiteral("calls"))
                                                        : it.value()));
        } else {
            for (const QJsonValue &op : ops.toArray())
                operations << (op.isObject()
                                   ? QStringLiteral("%1 (%2)").arg(
                                         op.toObject().value(QStringLiteral("operation")).toString(),
                                         packageui::scalarText(op.toObject().value(QStringLiteral("calls"))))
                                   : op.toString());
        }
        QStringList decisions;
        const QJsonObject d = c.value(QStringLiteral("decisions")).toObject();
        for (auto it = d.begin(); it != d.end(); ++it)
            decisions << QStringLiteral("%1 %2").arg(it.key(), packageui::scalarText(it.value()));
        m_connectors->setItem(i, 0, new QTableWidgetItem(c.value(QStringLiteral("connector")).toString()));
        m_connectors->setItem(i, 1,
                              packageui::numberItem(qint64(c.value(QStringLiteral("calls")).toDouble())));
        auto *opsItem = new QTableWidgetItem(operations.join(QStringLiteral(", ")));
        opsItem->setToolTip(operations.join(QLatin1Char('\n')));
        m_connectors->setItem(i, 2, opsItem);
        m_connectors->setItem(i, 3, new QTableWidgetItem(decisions.join(QStringLiteral(", "))));
        m_connectors->setItem(i, 4, new QTableWidgetItem(c.value(QStringLiteral("first")).toString()));
        m_connectors->setItem(i, 5, new QTableWidgetItem(c.value(QStringLiteral("last")).toString()));
    }
    m_connectors->resizeColumnsToContents();
    m_connectors->setColumnWidth(2, qMin(m_connectors->columnWidth(2), 320));
}

void PackageSectionPages::showSubProcessors(const QJsonObject &package)
{
    const QJsonArray subProcessors = package.value(QStringLiteral("sub_processors")).toArray();
    m_subProcessors->setRowCount(int(subProcessors.size()));
    for (int i = 0; i < subProcessors.size(); ++i) {
        const QJsonObject s = subProcessors.at(i).toObject();
        const bool mapped = s.value(QStringLiteral("mapped")).toBool(true);
        const QStringList cells = {s.value(QStringLiteral("connector")).toString(),
                                   s.value(QStringLiteral("name")).toString(),
                                   s.value(QStringLiteral("service")).toString(),
                                   packageui::joined(s.value(QStringLiteral("data_types"))),
                                   s.value(QStringLiteral("soc2_status")).toString(),
                                   mapped ? packageui::PackagesTr::tr("yes")
                                          : packageui::PackagesTr::tr("no: review")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(
                mapped ? cells[column]
                       : packageui::PackagesTr::tr("Not in any sub-processor registry: needs review"));
            if (!mapped) {
                item->setBackground(QColor(0xfe, 0xf4, 0xd6));
                if (column == 5)
                    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
            m_subProcessors->setItem(i, column, item);
        }
    }
    m_subProcessors->resizeColumnsToContents();
    m_subProcessors->setColumnWidth(3, qMin(m_subProcessors->columnWidth(3), 300));
}

void PackageSectionPages::showSoc2(const QJsonObject &package)
{
    const QLocale locale;
    const QJsonObject soc2 = package.value(QStringLiteral("soc2")).toObject();
    const QJsonArray mappings = soc2.value(QStringLiteral("mappings")).toArray();
    m_soc2->setRowCount(int(mappings.size()));
    for (int i = 0; i < mappings.size(); ++i) {
        const QJsonObject m = mappings.at(i).toObject();
        m_soc2->setItem(i, 0, new QTableWidgetItem(m.value(QStringLiteral("action_type")).toString()));
        m_soc2->setItem(i, 1, new QTableWidgetItem(packageui::joined(m.value(QStringLiteral("controls")))));
        m_soc2->setItem(i, 2, packageui::numberItem(qint64(m.value(QStringLiteral("count")).toDouble())));
        m_soc2->setItem(i, 3, new QTableWidgetItem(m.value(QStringLiteral("first")).toString()));
        m_soc2->setItem(i, 4, new QTableWidgetItem(m.value(QStringLiteral("last")).toString()));
        if (m.value(QStringLiteral("count")).toDouble() == 0)
            for (int column = 0; column < 5; ++column)
                m_soc2->item(i, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_soc2->resizeColumnsToContents();
    // Coverage as the package states it, else counted from soc2.controls[] (a member other tools read).
    const QJsonObject coverage = soc2.value(QStringLiteral("coverage")).toObject();
    qint64 controlsMapped = 0, controlsWithEvidence = 0;
    for (const QJsonValue &control : soc2.value(QStringLiteral("controls")).toArray()) {
        ++controlsMapped;
        if (control.toObject().value(QStringLiteral("count")).toDouble() > 0)
            ++controlsWithEvidence;
    }
    if (coverage.contains(QStringLiteral("controls_mapped")))
        controlsMapped = qint64(coverage.value(QStringLiteral("controls_mapped")).toDouble());
    if (coverage.contains(QStringLiteral("controls_with_evidence")))
        controlsWithEvidence = qint64(coverage.value(QStringLiteral("controls_with_evidence")).toDouble());
    const QString unmapped = packageui::joined(soc2.value(QStringLiteral("unmapped_action_types")));
    const QString without = packageui::joined(soc2.value(QStringLiteral("controls_without_evidence")));
    m_soc2Summary->setText(
        packageui::PackagesTr::tr(
            "Coverage: %1 of %2 mapped controls have evidence in the period.\nControls without evidence: %3\n"
            "Action types observed but unmapped: %4")
            .arg(locale.toString(controlsWithEvidence), locale.toString(controlsMapped),
                 without.isEmpty() ? packageui::PackagesTr::tr("none") : without,
                 unmapped.isEmpty() ? packageui::PackagesTr::tr("none") : unmapped));
    // The platform's own entries (compliance.generated) are listed apart: bookkeeping, not a gap.
    QStringList bookkeeping;
    for (const QJsonValue &entry : soc2.value(QStringLiteral("platform_bookkeeping")).toArray())
        bookkeeping << entry.toObject().value(QStringLiteral("action_type")).toString();
    if (!bookkeeping.isEmpty())
        m_soc2Summary->setText(m_soc2Summary->text() + QLatin1Char('\n') +
                               packageui::PackagesTr::tr("Platform bookkeeping (not mapped to controls): %1")
                                   .arg(bookkeeping.join(QStringLiteral(", "))));
}

} // namespace ab
