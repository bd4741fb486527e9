#pragma once

#include "core/package/PackageComparer.h"
#include "core/report/ReportDocument.h"
#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace ab {

class PackageSectionPages;
class TaskPanel;
class VersionsPanel;
class WorkspaceStore;

// Compliance packages: versions newest first (filtered by agent), generation in the background, comparison of
// two versions, and a package's five sections — execution graph, DFD, VSQ walkthrough with the auditor's
// verdicts, sub-processors, SOC 2 matrix.
class PackagesView : public QWidget
{
    Q_OBJECT
public:
    explicit PackagesView(QWidget *parent = nullptr);

    void setTaskPanel(TaskPanel *panel) { m_taskPanel = panel; }
    void setStore(WorkspaceStore *store);
    void reload();
    // Generates a package for the agent chosen in the agent filter (or the only agent).
    bool generate();
    bool showPackage(const QString &packageId);
    QString currentPackageId() const { return m_packageId; }
    bool canPrint() const { return !m_packageId.isEmpty(); }
    // The shown package as a printable report: the workspace's verdicts and the agent's trail status on
    // the cover, branding from the settings. nullopt (and `error`) when no package is shown.
    std::optional<ReportDocument> reportDocument(QString *error = nullptr) const;
    // A file name for the shown package's PDF, from the agent's name (never a path from the evidence).
    QString suggestedPdfName() const;

    // VSQ walkthrough
    int answerCount() const;
    int currentAnswer() const;
    void showAnswer(int index);
    // Saves a verdict for the current answer ("agree", "exception" or "not_applicable").
    bool saveVerdict(const QString &verdict, const QString &comment);
    QString verdictShown() const;
    QString commentShown() const;

    QTableWidget *versionsTable() const;
    // Compares the two selected versions (PackageComparer, as `auditbench-cli compare`) and shows the result.
    void compareSelected();
    const std::optional<PackageComparison> &lastComparison() const { return m_lastComparison; }
    QTabWidget *sections() const;
    static bool generationAvailable();
    // Shown (versions tooltip, package header) when a package's content_sha256 does not match its content.
    static QString hashMismatchText();
    // The header's line on the agent runtime chain: the run the package cites (its verdict and result hash),
    // or that none was stored when the package was generated.
    static QString trailText(const QJsonObject &package);

signals:
    void issuesReported(const QList<ab::Issue> &issues);
    void jumpRequested(const ab::JumpTarget &target);
    // A questionnaire evidence id was activated: the window finds which kind of record it names (a runtime
    // entry, a gateway record, an OCSF event) and shows it.
    void evidenceRequested(const QString &id);
    void packageGenerated(const QString &packageId);
    void reportRequested(ab::ReportMode mode);
    void reportAvailabilityChanged();

private:
    // The Print / Preview / Export PDF buttons follow whether there is a report to make.
    void setReportAvailable(bool available);
    // The header and the section pages for the shown package (none: cleared); the questionnaire at `answer`.
    void showSections(int answer);

    WorkspaceStore *m_store = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    QString m_packageId;
    QJsonObject m_package;
    bool m_hashMatches = true; // the shown package's content_sha256 matches its content
    std::optional<PackageComparison> m_lastComparison;

    VersionsPanel *m_versions = nullptr;
    QLabel *m_header = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_exportPdf = nullptr;
    PackageSectionPages *m_sections = nullptr;
};

} // namespace ab
