#include "ui/packages/PackagesView.h"

#include "core/package/ChainCitation.h"
#include "core/package/PackageComparer.h"
#include "core/package/PackageGenerator.h"
#include "core/package/WorkspacePackages.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/packages/DfdView.h"
#include "ui/packages/PackageComparisonDialog.h"
#include "ui/packages/PackageSectionPages.h"
#include "ui/packages/QuestionnairePage.h"
#include "ui/packages/VersionsPanel.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

// The Packages page puts its parts together: the versions panel (VersionsPanel), the shown package's header
// with the report buttons, its section pages (PackageSectionPages, QuestionnairePage, EvidenceTree) and the
// comparison of two versions (PackageComparisonDialog). Generation runs core's generatePackageInWorkspace.
namespace ab {

bool PackagesView::generationAvailable()
{
    return true;
}

PackagesView::PackagesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("packagesView"));
    m_versions = new VersionsPanel(this);

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
    m_preview = new QPushButton(tr("Previe&w…"), right);
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
    m_sections = new PackageSectionPages(right);
    rightLayout->addWidget(m_sections, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_versions);
    // The sections scroll rather than set the window's minimum height (a laptop screen, issue 19).
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(rightScroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_versions, &VersionsPanel::packageSelected, this, &PackagesView::showPackage);
    connect(m_versions, &VersionsPanel::generateRequested, this, &PackagesView::generate);
    connect(m_versions, &VersionsPanel::compareRequested, this, &PackagesView::compareSelected);
    QuestionnairePage *vsq = m_sections->questionnaire();
    connect(vsq, &QuestionnairePage::issuesReported, this, &PackagesView::issuesReported);
    connect(vsq, &QuestionnairePage::recordRequested, this, &PackagesView::evidenceRequested);
    connect(m_sections->dfd(), &DfdView::exportFailed, this, [this](const QString &message) {
        const Issue issue = Issue::error(Issue::Origin::Export, message);
        emit issuesReported({issue});
    });
    setStore(nullptr);
}

void PackagesView::setStore(WorkspaceStore *store)
{
    m_store = store;
    m_versions->setStore(store);
    m_packageId.clear();
    m_versions->setCurrentPackage(m_packageId);
    m_package = {};
    setReportAvailable(false);
    reload();
}

void PackagesView::reload()
{
    m_versions->reload(generationAvailable());
    showSections(currentAnswer());
}

QTableWidget *PackagesView::versionsTable() const
{
    return m_versions->table();
}

QTabWidget *PackagesView::sections() const
{
    return m_sections;
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
    m_versions->setCurrentPackage(m_packageId);
    m_package = document.object();
    m_hashMatches = PackageGenerator::contentSha256Matches(json);
    showSections(0);
    setReportAvailable(true);
    return true;
}

QString PackagesView::trailText(const QJsonObject &package)
{
    const std::optional<CitedVerification> cited = ChainCitation::read(package);
    if (!cited)
        return tr("Agent runtime chain: no verification was stored when this package was generated.");
    const VerificationResult verdict = cited->verdict();
    const QString state = !verdict.valid               ? tr("%Ln error(s)", nullptr, int(verdict.errorCount))
                          : !verdict.macsVerified      ? tr("linkage only, MACs not verified")
                          : !verdict.coverage.complete ? tr("intact, coverage incomplete")
                                                       : tr("verified, coverage complete");
    return tr("Agent runtime chain: run %1 cited (%2), result SHA-256 %3")
        .arg(cited->runId, state, cited->resultSha256.left(16) + QStringLiteral("…"));
}

void PackagesView::showSections(int answer)
{
    const QLocale locale;
    m_sections->showPackage(m_store, m_packageId, m_package, answer);
    if (m_package.isEmpty()) {
        m_header->setText(m_store ? tr("Select a package version, or generate one.")
                                  : tr("Open or create a workspace to generate and review packages."));
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
        QStringLiteral("<br>") + trailText(m_package).toHtmlEscaped() +
        (m_hashMatches ? QString()
                       : QStringLiteral("<br><span style=\"color:#b03030\"><b>⚠ %1</b></span>")
                             .arg(hashMismatchText().toHtmlEscaped())));
}

int PackagesView::answerCount() const
{
    return m_sections->questionnaire()->answerCount();
}

int PackagesView::currentAnswer() const
{
    return m_sections->questionnaire()->currentAnswer();
}

void PackagesView::showAnswer(int index)
{
    m_sections->questionnaire()->showAnswer(index);
}

bool PackagesView::saveVerdict(const QString &verdict, const QString &comment)
{
    return m_sections->questionnaire()->saveVerdict(verdict, comment);
}

QString PackagesView::verdictShown() const
{
    return m_sections->questionnaire()->verdictShown();
}

QString PackagesView::commentShown() const
{
    return m_sections->questionnaire()->commentShown();
}

bool PackagesView::generate()
{
    if (!m_store)
        return false;
    QString agentId = m_versions->agentId();
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
            m_versions->fillVersions();
            showPackage(*outcome.value);
            m_versions->fillVersions();
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
    const QList<VersionsPanel::Version> selected = m_versions->selectedVersions();
    if (selected.size() != 2 || !m_store) {
        const Issue issue = Issue::info(Issue::Origin::Generate,
                                        tr("Select exactly two package versions to compare (Ctrl+click)."));
        emit issuesReported({issue});
        return;
    }
    const QString a = selected[0].packageId;
    const QString b = selected[1].packageId;
    // The same comparison as `auditbench-cli compare`: section by section over the contract's members.
    PackageComparison comparison;
    try {
        comparison = PackageComparer::compare(m_store->packageJson(a), m_store->packageJson(b),
                                              tr("%1 (%2)").arg(selected[0].origin, a.left(8)),
                                              tr("%1 (%2)").arg(selected[1].origin, b.left(8)));
    } catch (const std::exception &e) {
        const Issue issue = Issue::error(Issue::Origin::Generate, errorMessage(e));
        emit issuesReported({issue});
        return;
    }
    m_lastComparison = comparison;
    auto *dialog = new PackageComparisonDialog(comparison, a, b, this);
    connect(dialog, &PackageComparisonDialog::issuesReported, this, &PackagesView::issuesReported);
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

QString PackagesView::hashMismatchText()
{
    return tr("The content SHA-256 stated in this package does not match its content: it was changed after "
              "it was generated, or generated wrongly. Do not rely on it.");
}

void PackagesView::setReportAvailable(bool available)
{
    for (QPushButton *button : {m_print, m_preview, m_exportPdf})
        button->setEnabled(available);
    emit reportAvailabilityChanged();
}

} // namespace ab
