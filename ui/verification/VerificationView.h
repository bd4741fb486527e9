#pragma once

#include "core/chain/ChainVerifier.h"
#include "core/chain/VerificationResult.h"
#include "core/report/ReportDocument.h"
#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ab {

class Keyring;
class TaskPanel;
class VerdictBanner;

// One stored verification run as the runs list and the result panel show it. A result of export files
// verified without a workspace is not stored: its id is empty.
struct VerificationRunSummary
{
    QString id;
    QDateTime ranAt;
    QString ranBy;
    VerificationResult result;
    QString scope; // "gateway" or "runtime:<source id>"
};

// Verification: choose the evidence (the workspace's chain or export files), a keyring file (its keys stay in
// memory), the examination period (default: last calendar year), an optional anchor and expected head; run in
// the background; show the verdict in the seed's terms with every error leading to its record.
class VerificationView : public QWidget
{
    Q_OBJECT
public:
    // Verifies the workspace's chain and stores the run; returns the run as stored (id, time, who).
    using WorkspaceVerifier = std::function<VerificationRunSummary(const VerifyOptions &, Progress *)>;

    explicit VerificationView(QWidget *parent = nullptr);
    ~VerificationView() override;

    void setTaskPanel(TaskPanel *panel) { m_taskPanel = panel; }
    // With a workspace open the default evidence is its audit chain; null removes that choice.
    void setWorkspaceVerifier(WorkspaceVerifier verifier);
    // The workspace's stored runs, newest first; the run shown (if listed) is selected.
    void setRuns(const QList<VerificationRunSummary> &runs);

    // Chooses the evidence: the export files listed (true) or the workspace's chain (false).
    void setFileEvidence(bool files);
    void setFiles(const QStringList &paths);
    void addFiles(const QStringList &paths);
    QStringList files() const;
    // Loads a keyring file into memory; returns false (and reports an issue) when it is unusable.
    bool loadKeyring(const QString &path);
    void clearKeyring();
    void setPeriod(const QDateTime &start, const QDateTime &end);
    void setPeriodEnabled(bool enabled);
    void setAnchor(const QString &hex);
    void setExpectedHead(const QString &hex);

    // Starts verifying in the background; false when the form is incomplete or a task is running.
    bool startVerification();
    bool isRunning() const { return m_running; }

    const std::optional<VerificationResult> &lastResult() const { return m_result; }
    VerdictBanner *banner() const { return m_banner; }
    QTableWidget *errorTable() const { return m_errors; }
    // Jumps to the record of the error in `row` of the error table (what double-click does).
    void activateError(int row);
    // Shows a stored run (its id, time and author beside the result) or, with an empty id, a result.
    void showRun(const VerificationRunSummary &run);
    void showResult(const VerificationResult &result) { showRun({{}, {}, {}, result, {}}); }
    // Writes the shown result as a verification report PDF; false (and an issue) on failure.
    // The shown result as a printable report (docs/spec/chain.md result in full: verdict, period, key ids and
    // fingerprints, sources, every error); nullopt before any verification.
    std::optional<ReportDocument> reportDocument() const;
    // The stored verification run the page shows (a past run chosen from the list, or the run a workspace
    // verification just stored, as the store returned it); empty for a verification of export files,
    // which is not stored.
    QString shownRunId() const { return m_shownRunId; }
    QTableWidget *runsTable() const { return m_runs; }

    // The default examination period: the last full calendar year before `now` (UTC).
    static std::pair<QDateTime, QDateTime>
    lastCalendarYear(const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void verificationFinished(const ab::VerificationResult &result);
    void verificationFailed(const QString &message);
    // replace: these issues supersede the previous verification's (a new result is shown)
    void issuesReported(const QList<ab::Issue> &issues, bool replace);
    void jumpRequested(const ab::JumpTarget &target);
    void reportRequested(ab::ReportMode mode);
    void reportAvailabilityChanged();

private:
    // The Print / Preview / Export PDF buttons follow whether there is a report to make.
    void setReportAvailable(bool available);
    void updateEvidenceControls();
    void updateRunButton();
    void finish();
    void selectShownRun();

    TaskPanel *m_taskPanel = nullptr;
    WorkspaceVerifier m_workspaceVerifier;
    std::shared_ptr<const Keyring> m_keyring;
    QString m_keyringPath;
    std::optional<VerificationResult> m_result;
    QString m_shownRunId;
    bool m_running = false;

    QComboBox *m_evidence = nullptr;
    QListWidget *m_fileList = nullptr;
    QWidget *m_fileButtons = nullptr;
    QLineEdit *m_keyringEdit = nullptr;
    QLabel *m_keyringInfo = nullptr;
    QCheckBox *m_periodEnabled = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_anchor = nullptr;
    QLineEdit *m_expectHead = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    VerdictBanner *m_banner = nullptr;
    QFormLayout *m_summary = nullptr;
    QWidget *m_summaryBox = nullptr;
    QTableWidget *m_errors = nullptr;
    QGroupBox *m_runsBox = nullptr;
    QTableWidget *m_runs = nullptr;
    QList<VerificationRunSummary> m_runList;
};

} // namespace ab
