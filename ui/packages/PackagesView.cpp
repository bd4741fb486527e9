#include "ui/packages/PackagesView.h"

#include "core/package/PackageComparer.h"
#include "core/package/PackageGenerator.h"
#include "core/package/WorkspacePackages.h"
#include "core/report/PackageReport.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/packages/DfdView.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ab {

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setAlternatingRowColors(true);
    return table;
}

QString joined(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &item : value.toArray())
        parts << (item.isString()
                      ? item.toString()
                      : QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
    return parts.join(QStringLiteral(", "));
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? PackagesView::tr("yes") : PackagesView::tr("no");
    if (value.isArray())
        return joined(value);
    return {};
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void addEvidence(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("id")))
            item->setData(0, Qt::UserRole, object.value(QStringLiteral("id")).toString());
        for (auto it = object.begin(); it != object.end(); ++it)
            addEvidence(item, tree, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, PackagesView::tr("%n item(s)", nullptr, int(array.size())));
        bool scalars = std::all_of(array.begin(), array.end(),
                                   [](const QJsonValue &v) { return !v.isObject() && !v.isArray(); });
        if (scalars) {
            item->setText(1, joined(array));
        } else {
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject object = array.at(i).toObject();
                QString label = object.value(QStringLiteral("id")).toString();
                if (label.isEmpty())
                    label = object.value(QStringLiteral("connector")).toString();
                addEvidence(item, tree, label.isEmpty() ? QString::number(i + 1) : label, array.at(i));
            }
        }
    } else {
        item->setText(1, scalarText(value));
    }
}
} // namespace

bool PackagesView::generationAvailable()
{
    return true;
}

PackagesView::PackagesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("packagesView"));

    // --- versions ---
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(new QLabel(tr("Agent:"), left));
    m_agent = new QComboBox(left);
    m_agent->setObjectName(QStringLiteral("packageAgent"));
    m_agent->setMinimumContentsLength(18);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    agentRow->addWidget(m_agent, 1);
    leftLayout->addLayout(agentRow);
    m_versions = makeTable({tr("Generated"), tr("Agent"), tr("Origin"), tr("Package"), tr("By")}, left,
                           QStringLiteral("packageVersions"));
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    leftLayout->addWidget(m_versions, 1);
    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate"), left);
    m_generate->setObjectName(QStringLiteral("generatePackageButton"));
    m_generate->setToolTip(generationAvailable()
                               ? tr("Generate a new package version from the agent's runtime data")
                               : tr("Package generation is not built into this version"));
    m_compare = new QPushButton(tr("&Compare two"), left);
    m_compare->setObjectName(QStringLiteral("comparePackagesButton"));
    m_compare->setToolTip(
        tr("Select two versions (e.g. the platform's and the workbench's) to compare them"));
    buttons->addWidget(m_generate);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    // --- the package ---
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_header = new QLabel(tr("Select a package version, or generate one."), right);
    m_header->setObjectName(QStringLiteral("packageHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    m_print = new QPushButton(tr("&Print…"), right);
    m_print->setObjectName(QStringLiteral("printPackageButton"));
    m_preview = new QPushButton(tr("Pre&view…"), right);
    m_preview->setObjectName(QStringLiteral("previewPackageButton"));
    m_exportPdf = new QPushButton(tr("Export P&DF…"), right);
    m_exportPdf->setObjectName(QStringLiteral("exportPackagePdfButton"));
    for (QPushButton *button : {m_print, m_preview, m_exportPdf}) {
        button->setEnabled(false);
        headerRow->addWidget(button, 0, Qt::AlignTop);
    }
    connect(m_print, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Print); });
    connect(m_preview, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Preview); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Pdf); });
    rightLayout->addLayout(headerRow);
    m_sections = new QTabWidget(right);
    m_sections->setObjectName(QStringLiteral("packageSections"));
    rightLayout->addWidget(m_sections, 1);

    // 1. execution graph
    auto *graph = new QSplitter(Qt::Vertical, m_sections);
    m_actions = makeTable({tr("Action type"), tr("Count")}, graph, QStringLiteral("actionCounts"));
    m_actions->horizontalHeader()->setStretchLastSection(false);
    m_connectors = makeTable(
        {tr("Connector"), tr("Calls"), tr("Operations"), tr("Decisions"), tr("First call"), tr("Last call")},
        graph, QStringLiteral("connectorsTable"));
    graph->addWidget(m_actions);
    graph->addWidget(m_connectors);
    m_sections->addTab(graph, tr("Execution Graph"));

    // 2. DFD
    m_dfd = new DfdView(m_sections);
    m_sections->addTab(m_dfd, tr("Data Flow Diagram"));

    // 3. VSQ walkthrough: one answer at a time
    auto *vsq = new QWidget(m_sections);
    auto *vsqLayout = new QVBoxLayout(vsq);
    auto *nav = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ Previous"), vsq);
    previous->setObjectName(QStringLiteral("vsqPrevious"));
    auto *next = new QPushButton(tr("Next ▶"), vsq);
    next->setObjectName(QStringLiteral("vsqNext"));
    m_vsqPosition = new QLabel(vsq);
    m_vsqPosition->setObjectName(QStringLiteral("vsqPosition"));
    m_vsqCategory = new QLabel(vsq);
    QFont bold = m_vsqCategory->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_vsqCategory->setFont(bold);
    nav->addWidget(m_vsqCategory, 1);
    nav->addWidget(m_vsqPosition);
    nav->addWidget(previous);
    nav->addWidget(next);
    vsqLayout->addLayout(nav);
    m_vsqQuestion = new QLabel(vsq);
    m_vsqQuestion->setWordWrap(true);
    m_vsqQuestion->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
    vsqLayout->addWidget(m_vsqQuestion);
    m_vsqAnswer = new QLabel(vsq);
    m_vsqAnswer->setObjectName(QStringLiteral("vsqAnswer"));
    m_vsqAnswer->setWordWrap(true);
    m_vsqAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vsqAnswer->setFrameShape(QFrame::StyledPanel);
    m_vsqAnswer->setMargin(8);
    vsqLayout->addWidget(m_vsqAnswer);
    vsqLayout->addWidget(
        new QLabel(tr("Evidence (double-click an item with an id to look for it in the audit log):"), vsq));
    m_vsqEvidence = new QTreeWidget(vsq);
    m_vsqEvidence->setObjectName(QStringLiteral("vsqEvidence"));
    m_vsqEvidence->setHeaderLabels({tr("Item"), tr("Value")});
    m_vsqEvidence->setColumnWidth(0, 260);
    vsqLayout->addWidget(m_vsqEvidence, 1);
    auto *verdictBox = new QGroupBox(tr("Auditor's verdict"), vsq);
    auto *verdictLayout = new QGridLayout(verdictBox);
    m_verdict = new QButtonGroup(verdictBox);
    const QList<QPair<QString, QString>> verdicts = {
        {QStringLiteral("agree"), tr("&Agree")},
        {QStringLiteral("exception"), tr("E&xception")},
        {QStringLiteral("not_applicable"), tr("&Not applicable")}};
    for (int i = 0; i < verdicts.size(); ++i) {
        auto *radio = new QRadioButton(verdicts[i].second, verdictBox);
        radio->setObjectName(QStringLiteral("verdict_") + verdicts[i].first);
        radio->setProperty("verdict", verdicts[i].first);
        m_verdict->addButton(radio, i);
        verdictLayout->addWidget(radio, 0, i);
    }
    m_comment = new QPlainTextEdit(verdictBox);
    m_comment->setObjectName(QStringLiteral("verdictComment"));
    m_comment->setPlaceholderText(tr("Comment (required for an exception)"));
    m_comment->setMaximumHeight(70);
    verdictLayout->addWidget(m_comment, 1, 0, 1, 4);
    auto *save = new QPushButton(tr("&Save verdict"), verdictBox);
    save->setObjectName(QStringLiteral("saveVerdict"));
    m_verdictState = new QLabel(verdictBox);
    m_verdictState->setObjectName(QStringLiteral("verdictState"));
    verdictLayout->addWidget(m_verdictState, 2, 0, 1, 3);
    verdictLayout->addWidget(save, 2, 3);
    verdictLayout->setColumnStretch(3, 1);
    vsqLayout->addWidget(verdictBox);
    m_sections->addTab(vsq, tr("Vendor Security Questionnaire"));

    // 4. sub-processors
    m_subProcessors =
        makeTable({tr("Connector"), tr("Vendor"), tr("Service"), tr("Data types"), tr("SOC 2"), tr("Mapped")},
                  m_sections, QStringLiteral("subProcessors"));
    m_sections->addTab(m_subProcessors, tr("Sub-Processor List"));

    // 5. SOC 2 matrix
    auto *soc2 = new QWidget(m_sections);
    auto *soc2Layout = new QVBoxLayout(soc2);
    m_soc2Summary = new QLabel(soc2);
    m_soc2Summary->setWordWrap(true);
    m_soc2Summary->setObjectName(QStringLiteral("soc2Summary"));
    soc2Layout->addWidget(m_soc2Summary);
    m_soc2 = makeTable({tr("Action type"), tr("Controls"), tr("Count"), tr("First"), tr("Last")}, soc2,
                       QStringLiteral("soc2Matrix"));
    soc2Layout->addWidget(m_soc2, 1);
    m_sections->addTab(soc2, tr("SOC 2 Control Mappings"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_agent, &QComboBox::currentIndexChanged, this, &PackagesView::fillVersions);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, [this]() {
        const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
        if (!selected.isEmpty())
            showPackage(m_versions->item(selected.constFirst()->row(), 3)->data(Qt::UserRole).toString());
    });
    connect(m_generate, &QPushButton::clicked, this, &PackagesView::generate);
    connect(m_compare, &QPushButton::clicked, this, &PackagesView::compareSelected);
    connect(previous, &QPushButton::clicked, this, [this]() { showAnswer(m_answer - 1); });
    connect(next, &QPushButton::clicked, this, [this]() { showAnswer(m_answer + 1); });
    connect(save, &QPushButton::clicked, this, [this]() {
        QAbstractButton *checked = m_verdict->checkedButton();
        if (checked)
            saveVerdict(checked->property("verdict").toString(), m_comment->toPlainText());
        else
            m_verdictState->setText(tr("Choose agree, exception or not applicable first."));
    });
    connect(m_vsqEvidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit jumpRequested({JumpTarget::Kind::AuditRecord, id, 0, {}, 0, 0});
    });
    connect(m_dfd, &DfdView::exportFailed, this, [this](const QString &message) {
        const Issue issue = Issue::error(Issue::Origin::Export, message);
        emit issuesReported({issue});
    });
    setStore(nullptr);
}

void PackagesView::setStore(WorkspaceStore *store)
{
    m_store = store;
    m_packageId.clear();
    m_package = {};
    setReportAvailable(false);
    reload();
}

void PackagesView::reload()
{
    const QString current = m_agent->currentData().toString();
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    if (m_store) {
        for (const AgentInfo &agent : m_store->agents())
            m_agent->addItem(tr("%1 (%2 entries)")
                                 .arg(agent.name.isEmpty() ? agent.agentId : agent.name,
                                      QLocale().toString(agent.auditEntries)),
                             agent.agentId);
    }
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(current)));
    m_generate->setEnabled(m_store && generationAvailable() && m_agent->count() > 1);
    fillVersions();
    showSections();
}

QString PackagesView::hashMismatchText()
{
    return tr("The content SHA-256 stated in this package does not match its content: it was changed after "
              "it was generated, or generated wrongly. Do not rely on it.");
}

void PackagesView::fillVersions()
{
    const QList<PackageInfo> packages =
        m_store ? m_store->packages(m_agent->currentData().toString()) : QList<PackageInfo>();
    const QSignalBlocker blocker(m_versions);
    m_versions->setRowCount(int(packages.size()));
    for (int row = 0; row < packages.size(); ++row) {
        const PackageInfo &info = packages.at(row);
        m_versions->setItem(row, 0, new QTableWidgetItem(info.generatedAt));
        m_versions->setItem(row, 1,
                            new QTableWidgetItem(info.agentName.isEmpty() ? info.agentId : info.agentName));
        auto *origin =
            new QTableWidgetItem(info.origin == QLatin1String("platform") ? tr("platform") : tr("workbench"));
        if (!PackageGenerator::contentSha256Matches(m_store->packageJson(info.packageId))) {
            origin->setText(tr("⚠ %1").arg(origin->text()));
            origin->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            origin->setData(Qt::UserRole, true);
            origin->setToolTip(hashMismatchText());
        }
        m_versions->setItem(row, 2, origin);
        m_versions->setItem(row, 4, new QTableWidgetItem(info.generatedBy));
        auto *id = new QTableWidgetItem(info.packageId.left(8));
        id->setData(Qt::UserRole, info.packageId);
        id->setToolTip(info.packageId);
        m_versions->setItem(row, 3, id);
        if (info.packageId == m_packageId)
            m_versions->selectRow(row);
    }
    m_versions->resizeColumnsToContents();
    m_compare->setEnabled(packages.size() >= 2);
}

bool PackagesView::showPackage(const QString &packageId)
{
    if (!m_store)
        return false;
    const QByteArray json = m_store->packageJson(packageId);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    m_packageId = packageId;
    m_package = document.object();
    m_hashMatches = PackageGenerator::contentSha256Matches(json);
    m_answer = 0;
    showSections();
    setReportAvailable(true);
    return true;
}

void PackagesView::showSections()
{
    const QLocale locale;
    m_sections->setEnabled(!m_package.isEmpty());
    if (m_package.isEmpty()) {
        m_header->setText(m_store ? tr("Select a package version, or generate one.")
                                  : tr("Open or create a workspace to generate and review packages."));
        m_actions->setRowCount(0);
        m_connectors->setRowCount(0);
        m_dfd->clear();
        m_subProcessors->setRowCount(0);
        m_soc2->setRowCount(0);
        m_soc2Summary->clear();
        showAnswer(0);
        return;
    }
    const QJsonObject source = m_package.value(QStringLiteral("source")).toObject();
    m_header->setText(
        tr("<b>%1</b> — package %2<br>generated %3 by %4 from %5 audit entries; content SHA-256 %6")
            .arg(m_package.value(QStringLiteral("agent_name")).toString().toHtmlEscaped(),
                 m_packageId.toHtmlEscaped(),
                 m_package.value(QStringLiteral("generated_at")).toString().toHtmlEscaped(),
                 m_package.value(QStringLiteral("generated_by")).toString().toHtmlEscaped(),
                 locale.toString(qint64(source.value(QStringLiteral("audit_entries")).toDouble())),
                 m_package.value(QStringLiteral("content_sha256")).toString().left(16) +
                     QStringLiteral("…")) +
        (m_hashMatches ? QString()
                       : QStringLiteral("<br><span style=\"color:#b03030\"><b>⚠ %1</b></span>")
                             .arg(hashMismatchText().toHtmlEscaped())));

    const QJsonObject graph = m_package.value(QStringLiteral("execution_graph")).toObject();
    const QJsonObject counts = graph.value(QStringLiteral("action_counts")).toObject();
    m_actions->setSortingEnabled(false);
    m_actions->setRowCount(int(counts.size()));
    int row = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it, ++row) {
        m_actions->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_actions->setItem(row, 1, numberItem(qint64(it.value().toDouble())));
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
                    it.key(),
                    scalarText(it.value().isObject() ? it.value().toObject().value(QStringLiteral("calls"))
                                                     : it.value()));
        } else {
            for (const QJsonValue &op : ops.toArray())
                operations << (op.isObject()
                                   ? QStringLiteral("%1 (%2)").arg(
                                         op.toObject().value(QStringLiteral("operation")).toString(),
                                         scalarText(op.toObject().value(QStringLiteral("calls"))))
                                   : op.toString());
        }
        QStringList decisions;
        const QJsonObject d = c.value(QStringLiteral("decisions")).toObject();
        for (auto it = d.begin(); it != d.end(); ++it)
            decisions << QStringLiteral("%1 %2").arg(it.key(), scalarText(it.value()));
        m_connectors->setItem(i, 0, new QTableWidgetItem(c.value(QStringLiteral("connector")).toString()));
        m_connectors->setItem(i, 1, numberItem(qint64(c.value(QStringLiteral("calls")).toDouble())));
        auto *opsItem = new QTableWidgetItem(operations.join(QStringLiteral(", ")));
        opsItem->setToolTip(operations.join(QLatin1Char('\n')));
        m_connectors->setItem(i, 2, opsItem);
        m_connectors->setItem(i, 3, new QTableWidgetItem(decisions.join(QStringLiteral(", "))));
        m_connectors->setItem(i, 4, new QTableWidgetItem(c.value(QStringLiteral("first")).toString()));
        m_connectors->setItem(i, 5, new QTableWidgetItem(c.value(QStringLiteral("last")).toString()));
    }
    m_connectors->resizeColumnsToContents();
    m_connectors->setColumnWidth(2, qMin(m_connectors->columnWidth(2), 320));

    const QJsonObject flow = m_package.value(QStringLiteral("data_flow")).toObject();
    m_dfd->setDiagram(flow.value(QStringLiteral("svg")).toString().toUtf8(),
                      flow.value(QStringLiteral("dot")).toString().toUtf8(),
                      QStringLiteral("dfd-") + m_package.value(QStringLiteral("agent_name")).toString());

    const QJsonArray subProcessors = m_package.value(QStringLiteral("sub_processors")).toArray();
    m_subProcessors->setRowCount(int(subProcessors.size()));
    for (int i = 0; i < subProcessors.size(); ++i) {
        const QJsonObject s = subProcessors.at(i).toObject();
        const bool mapped = s.value(QStringLiteral("mapped")).toBool(true);
        const QStringList cells = {
            s.value(QStringLiteral("connector")).toString(),   s.value(QStringLiteral("name")).toString(),
            s.value(QStringLiteral("service")).toString(),     joined(s.value(QStringLiteral("data_types"))),
            s.value(QStringLiteral("soc2_status")).toString(), mapped ? tr("yes") : tr("no: review")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(mapped ? cells[column] : tr("Not in any sub-processor registry: needs review"));
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

    const QJsonObject soc2 = m_package.value(QStringLiteral("soc2")).toObject();
    const QJsonArray mappings = soc2.value(QStringLiteral("mappings")).toArray();
    m_soc2->setRowCount(int(mappings.size()));
    for (int i = 0; i < mappings.size(); ++i) {
        const QJsonObject m = mappings.at(i).toObject();
        m_soc2->setItem(i, 0, new QTableWidgetItem(m.value(QStringLiteral("action_type")).toString()));
        m_soc2->setItem(i, 1, new QTableWidgetItem(joined(m.value(QStringLiteral("controls")))));
        m_soc2->setItem(i, 2, numberItem(qint64(m.value(QStringLiteral("count")).toDouble())));
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
    const QString unmapped = joined(soc2.value(QStringLiteral("unmapped_action_types")));
    const QString without = joined(soc2.value(QStringLiteral("controls_without_evidence")));
    m_soc2Summary->setText(
        tr("Coverage: %1 of %2 mapped controls have evidence in the period.\nControls without evidence: %3\n"
           "Action types observed but unmapped: %4")
            .arg(locale.toString(controlsWithEvidence), locale.toString(controlsMapped),
                 without.isEmpty() ? tr("none") : without, unmapped.isEmpty() ? tr("none") : unmapped));
    showAnswer(m_answer);
}

int PackagesView::answerCount() const
{
    return int(
        m_package.value(QStringLiteral("vsq")).toObject().value(QStringLiteral("answers")).toArray().size());
}

void PackagesView::showAnswer(int index)
{
    const QJsonArray answers =
        m_package.value(QStringLiteral("vsq")).toObject().value(QStringLiteral("answers")).toArray();
    m_vsqEvidence->clear();
    if (answers.isEmpty()) {
        m_answer = 0;
        m_vsqPosition->clear();
        m_vsqCategory->setText(tr("No questionnaire"));
        m_vsqQuestion->clear();
        m_vsqAnswer->clear();
        m_verdictState->clear();
        return;
    }
    m_answer = qBound(0, index, int(answers.size()) - 1);
    const QJsonObject answer = answers.at(m_answer).toObject();
    m_vsqPosition->setText(tr("Answer %1 of %2").arg(m_answer + 1).arg(answers.size()));
    m_vsqCategory->setText(tr("%1 — CCM %2")
                               .arg(answer.value(QStringLiteral("category")).toString(),
                                    joined(answer.value(QStringLiteral("ccm_ids")))));
    m_vsqQuestion->setText(answer.value(QStringLiteral("question")).toString());
    m_vsqAnswer->setText(answer.value(QStringLiteral("answer")).toString());
    const QJsonObject evidence = answer.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        addEvidence(nullptr, m_vsqEvidence, it.key(), it.value());
    const QJsonArray exceptions = answer.value(QStringLiteral("exceptions")).toArray();
    if (!exceptions.isEmpty()) {
        addEvidence(nullptr, m_vsqEvidence, tr("exceptions"), exceptions);
        m_vsqEvidence->topLevelItem(m_vsqEvidence->topLevelItemCount() - 1)
            ->setForeground(0, QColor(0xc5, 0x22, 0x1f));
    }
    m_vsqEvidence->expandToDepth(0);

    const QSignalBlocker blocker(m_verdict);
    m_verdict->setExclusive(false);
    for (QAbstractButton *button : m_verdict->buttons())
        button->setChecked(false);
    m_verdict->setExclusive(true);
    m_comment->clear();
    m_verdictState->setText(tr("No verdict yet."));
    if (m_store) {
        const QMap<QString, VsqVerdict> verdicts = m_store->latestVerdicts(m_packageId);
        const auto found = verdicts.find(PackageReport::answerKey(answer));
        if (found != verdicts.end()) {
            for (QAbstractButton *button : m_verdict->buttons())
                button->setChecked(button->property("verdict").toString() == found->verdict);
            m_comment->setPlainText(found->comment);
            m_verdictState->setText(tr("Saved by %1 at %2.").arg(found->user, found->at));
        }
    }
}

bool PackagesView::saveVerdict(const QString &verdict, const QString &comment)
{
    const QJsonArray answers =
        m_package.value(QStringLiteral("vsq")).toObject().value(QStringLiteral("answers")).toArray();
    if (!m_store || m_answer >= answers.size())
        return false;
    if (verdict == QLatin1String("exception") && comment.trimmed().isEmpty()) {
        m_verdictState->setText(tr("An exception needs a comment saying what is wrong."));
        return false;
    }
    try {
        m_store->addVerdict(m_packageId, PackageReport::answerKey(answers.at(m_answer).toObject()), verdict,
                            comment.trimmed());
    } catch (...) {
        const Issue issue =
            Issue::error(Issue::Origin::Workspace,
                         tr("The verdict was not saved: %1").arg(errorMessage(std::current_exception())));
        emit issuesReported({issue});
        return false;
    }
    showAnswer(m_answer);
    return true;
}

QString PackagesView::verdictShown() const
{
    QAbstractButton *checked = m_verdict->checkedButton();
    return checked ? checked->property("verdict").toString() : QString();
}

QString PackagesView::commentShown() const
{
    return m_comment->toPlainText();
}

bool PackagesView::generate()
{
    if (!m_store)
        return false;
    QString agentId = m_agent->currentData().toString();
    const QList<AgentInfo> agents = m_store->agents();
    if (agentId.isEmpty() && agents.size() == 1)
        agentId = agents.constFirst().agentId;
    const bool listed = std::any_of(agents.cbegin(), agents.cend(),
                                    [&agentId](const AgentInfo &agent) { return agent.agentId == agentId; });
    if (agentId.isEmpty() || !listed) {
        const Issue issue = Issue::warning(
            Issue::Origin::Generate,
            agents.isEmpty() ? tr("Import an agent runtime export first: packages are generated from it.")
                             : tr("Choose the agent to generate a package for."));
        emit issuesReported({issue});
        return false;
    }
    auto progress = std::make_shared<TaskProgress>();
    if (m_taskPanel && !m_taskPanel->begin(tr("Generating package"), progress))
        return false;
    const QString path = m_store->path();
    const AuditorIdentity identity = AppSettings::auditor();
    // The same workflow as `auditbench-cli package --workspace`: one path in core, on a worker connection.
    std::function<QString(Progress *)> work = [path, identity, agentId](Progress *p) {
        auto worker = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, identity);
        return generatePackageInWorkspace(*worker, agentId, PackageOptions{}, p).packageId;
    };
    runInBackground<QString>(this, progress, work, [this](const TaskOutcome<QString> &outcome) {
        if (m_taskPanel)
            m_taskPanel->end();
        if (outcome.value) {
            fillVersions();
            showPackage(*outcome.value);
            fillVersions();
            emit packageGenerated(*outcome.value);
        } else if (!outcome.cancelled) {
            const Issue issue = Issue::error(Issue::Origin::Generate, outcome.error);
            emit issuesReported({issue});
        }
    });
    return true;
}

void PackagesView::compareSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_versions->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.size() != 2 || !m_store) {
        const Issue issue = Issue::info(Issue::Origin::Generate,
                                        tr("Select exactly two package versions to compare (Ctrl+click)."));
        emit issuesReported({issue});
        return;
    }
    const QString a = m_versions->item(rows[0], 3)->data(Qt::UserRole).toString();
    const QString b = m_versions->item(rows[1], 3)->data(Qt::UserRole).toString();
    const auto origin = [this](int row) { return m_versions->item(row, 2)->text(); };
    // The same comparison as `auditbench-cli compare`: section by section over the contract's members.
    PackageComparison comparison;
    try {
        comparison = PackageComparer::compare(m_store->packageJson(a), m_store->packageJson(b),
                                              tr("%1 (%2)").arg(origin(rows[0]), a.left(8)),
                                              tr("%1 (%2)").arg(origin(rows[1]), b.left(8)));
    } catch (const std::exception &e) {
        const Issue issue = Issue::error(Issue::Origin::Generate, errorMessage(e));
        emit issuesReported({issue});
        return;
    }
    m_lastComparison = comparison;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("packageComparison"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Re-performance: %1 vs %2").arg(a.left(8), b.left(8)));
    auto *summary = new QLabel(dialog);
    summary->setObjectName(QStringLiteral("comparisonSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(tr("First: %1, generated %2 by %3, content SHA-256 %4\nSecond: %5, generated %6 by %7, "
                        "content SHA-256 %8\n\n%9")
                         .arg(comparison.left.name, comparison.left.generatedAt, comparison.left.generatedBy,
                              comparison.left.contentSha256, comparison.right.name,
                              comparison.right.generatedAt, comparison.right.generatedBy,
                              comparison.right.contentSha256,
                              comparison.equivalent()
                                  ? tr("Equivalent: no differences in the compared sections.")
                                  : tr("%n difference(s).", nullptr, int(comparison.differences.size()))));
    auto *table = new QTableWidget(int(comparison.differences.size()), 4, dialog);
    table->setObjectName(QStringLiteral("comparisonDifferences"));
    table->setHorizontalHeaderLabels({tr("Section"), tr("Path"), tr("First"), tr("Second")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    const auto shown = [this](const QJsonValue &v) {
        if (v.isNull() || v.isUndefined())
            return tr("(absent)");
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QLocale().toString(v.toDouble(), 'g', 15);
        if (v.isBool())
            return v.toBool() ? tr("true") : tr("false");
        return QString::fromUtf8(
            QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                .toJson(QJsonDocument::Compact));
    };
    for (int i = 0; i < comparison.differences.size(); ++i) {
        const PackageDifference &d = comparison.differences.at(i);
        table->setItem(i, 0, new QTableWidgetItem(d.section));
        table->setItem(i, 1, new QTableWidgetItem(d.path));
        table->setItem(i, 2, new QTableWidgetItem(shown(d.left)));
        table->setItem(i, 3, new QTableWidgetItem(shown(d.right)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *save = buttons->addButton(tr("Save as JSON…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    const QByteArray json = comparison.toJson();
    connect(save, &QPushButton::clicked, dialog, [this, dialog, json, a, b]() {
        const QString path = QFileDialog::getSaveFileName(
            dialog, tr("Save the comparison"),
            QStringLiteral("comparison-%1-%2.json").arg(a.left(8), b.left(8)), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            const Issue issue = Issue::error(Issue::Origin::Export,
                                             tr("%1: cannot be written (%2)").arg(path, file.errorString()));
            emit issuesReported({issue});
        }
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(820, 460);
    dialog->show();
}

std::optional<ReportDocument> PackagesView::reportDocument(QString *error) const
{
    if (!m_store || m_packageId.isEmpty()) {
        if (error)
            *error = tr("Select a package version to print.");
        return std::nullopt;
    }
    return WorkspaceReports::packageDocument(*m_store, m_packageId, AppSettings::branding(), error);
}

QString PackagesView::suggestedPdfName() const
{
    QString name = m_package.value(QStringLiteral("agent_name")).toString();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    name.remove(QRegularExpression(QStringLiteral("^[._]+"))); // no hidden files, no ".."
    return QStringLiteral("package-%1-%2.pdf")
        .arg(name.isEmpty() ? QStringLiteral("agent") : name.left(60), m_packageId.left(8));
}

void PackagesView::setReportAvailable(bool available)
{
    for (QPushButton *button : {m_print, m_preview, m_exportPdf})
        button->setEnabled(available);
    emit reportAvailabilityChanged();
}

} // namespace ab
