#pragma once

#include "core/chain/ChainVerifier.h"
#include "core/chain/VerificationResult.h"
#include "core/report/ReportDocument.h"
#include "ui/issues/Issue.h"
#include "ui/records/RecordViewer.h"
#include "ui/reports/ReportOutput.h"
#include "ui/verification/VerificationForm.h"
#include "ui/verification/VerificationRunSummary.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTableWidget;

namespace ab {

class TaskPanel;
class VerdictBanner;
class WorkspaceStore;
class VerificationResultPanel;
class VerificationRunsTable;

// Verification: choose the evidence (the workspace's chain or export files), a keyring file (its keys stay in
// memory), the examination period (default: last calendar year), an optional anchor and expected head; run in
// the background; show the verdict in the seed's terms with every error leading to its record. The page is
// the form and the stored runs (left) and the result panel (right); it runs the verification between them.
class VerificationView : public QWidget
{
    Q_OBJECT
public:
    // Verifies the chosen chain of the workspace and stores the run; returns the run as stored (id, time,
    // who, scope).
    using WorkspaceVerifier =
        std::function<VerificationRunSummary(WorkspaceChain, const VerifyOptions &, Progress *)>;

    explicit VerificationView(QWidget *parent = nullptr);
    ~VerificationView() override;

    void setTaskPanel(TaskPanel *panel) { m_taskPanel = panel; }
    // The open workspace (null: none): names the evidence of a workspace run, and tells whether a record
    // named by an error of export files can be shown in the audit log or needs the record viewer.
    void setStore(const WorkspaceStore *store);
    // With a workspace open the default evidence is its audit chain; null removes that choice.
    void setWorkspaceVerifier(WorkspaceVerifier verifier);
    // The workspace's stored runs, newest first; the run shown (if listed) is selected.
    void setRuns(const QList<VerificationRunSummary> &runs);

    // Chooses the evidence: the export files listed (true) or the workspace's chain (false).
    void setFileEvidence(bool files);
    // Chooses which of the workspace's chains is verified: the gateway audit log or the agent runtime chain.
    void setWorkspaceChain(WorkspaceChain chain);
    WorkspaceChain workspaceChain() const;
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

    const std::optional<VerificationResult> &lastResult() const;
    VerdictBanner *banner() const;
    QTableWidget *errorTable() const;
    QTableWidget *runsTable() const;
    // Jumps to the record of the error in `row` of the error table (what double-click does).
    void activateError(int row);
    // Shows a stored run (its id, time and author beside the result) or, with an empty id, a result.
    void showRun(const VerificationRunSummary &run);
    void showResult(const VerificationResult &result) { showRun({{}, {}, {}, result, {}}); }
    // The shown result as a printable report (docs/spec/chain.md result in full: verdict, period, key ids and
    // fingerprints, sources, every error); nullopt before any verification.
    std::optional<ReportDocument> reportDocument() const;
    // The stored verification run the page shows (a past run chosen from the list, or the run a workspace
    // verification just stored, as the store returned it); empty for a verification of export files,
    // which is not stored.
    QString shownRunId() const { return m_shownRunId; }

    // The result shown no longer matches the inputs (`what` changed, e.g. the workspace's sources): grey,
    // with "Verify again". A form input, a listed file changed on disk or a new result does this itself.
    void markStale(const QString &what);
    bool isStale() const;
    // Shows the record of an error in export files outside the workspace in the record viewer (with a
    // field-by-field comparison when the workspace holds a record with that id); false when the shown result
    // is not of such files or the record is not found in them (then the audit log is the place to look).
    bool showOutsideRecord(const JumpTarget &target);
    // The record viewer last opened (null when closed).
    RecordViewer *recordViewer() const { return m_recordViewer; }

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
    void finish();
    bool fail(const QString &message);
    void inputsChanged(const QString &what);
    // Watches the files listed as evidence: a file replaced or edited on disk makes the result stale.
    void watchFiles();
    // "Evidence: a.ndjson (SHA-256 1a2b3c4d5e6f…)" or "Evidence: workspace W, stored run N (gateway)".
    QString evidenceText(const VerificationRunSummary &run) const;
    void onJumpRequested(const JumpTarget &target);
    // Shows a run; `files`: the export files it verified (empty for a workspace run).
    void showRunOf(const VerificationRunSummary &run, const QStringList &files);

    TaskPanel *m_taskPanel = nullptr;
    const WorkspaceStore *m_store = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    quint64 m_inputGeneration = 0; // counts input changes: a run that ends after one is stale at once
    QStringList m_resultFiles;     // the export files the shown result is about (empty: the workspace's)
    QPointer<RecordViewer> m_recordViewer;
    WorkspaceVerifier m_workspaceVerifier;
    QString m_shownRunId;
    bool m_running = false;

    VerificationForm *m_form = nullptr;
    VerificationRunsTable *m_runs = nullptr;
    VerificationResultPanel *m_resultPanel = nullptr;
};

} // namespace ab
