#pragma once

#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"
#include "ui/verification/VerificationRunSummary.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace ab {

class CoverageTimeline;
class VerdictBanner;

// The verdict of the run shown: the banner, the result in figures (and the stored run's id, time and
// author), what the records cover of the period (a time line and the gaps listed), the errors with the
// records they name, and the buttons that print it as a report.
class VerificationResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationResultPanel(QWidget *parent = nullptr);

    // Shows the run and returns the issues it raises (one per error listed, errors not listed, MACs not
    // verified), for the issues dock.
    QList<Issue> showRun(const VerificationRunSummary &run);
    const std::optional<VerificationResult> &result() const { return m_result; }
    VerdictBanner *banner() const { return m_banner; }
    QTableWidget *errorTable() const { return m_errors; }
    CoverageTimeline *coverageTimeline() const { return m_timeline; }
    QTableWidget *gapTable() const { return m_gaps; }
    // Asks to show the record of the error in `row` of the error table (what double-click does).
    void activateError(int row);
    // Asks to show the record after the gap in `row` of the gap table (double-click, or a click on the line).
    void activateGap(int row);
    // The result shown no longer matches the inputs (`what` changed): the banner turns grey with "Verify
    // again", the figures and the time line lose their colour. A new result (showRun) is current again.
    void setStale(const QString &what);
    bool isStale() const { return m_stale; }

signals:
    void jumpRequested(const ab::JumpTarget &target);
    void reportRequested(ab::ReportMode mode);
    void reportAvailabilityChanged();
    void verifyAgainRequested();

private:
    // The Print / Preview / Export PDF buttons follow whether there is a report to make.
    void setReportAvailable(bool available);
    void fillSummary(const VerificationRunSummary &run);
    QList<Issue> fillErrors(const VerificationResult &result);
    void fillCoverage(const VerificationResult &result);
    void buildCoverageBox(QVBoxLayout *layout);
    // Copy head HMAC / anchor / result JSON: the values an auditor pastes into the next period's form or a
    // workpaper.
    void buildCopyRow(QVBoxLayout *layout);
    void updateCopyButtons();

    std::optional<VerificationResult> m_result;
    bool m_stale = false;
    QWidget *m_copyRow = nullptr;
    QPushButton *m_copyHead = nullptr, *m_copyAnchor = nullptr, *m_copyJson = nullptr;
    VerdictBanner *m_banner = nullptr;
    QFormLayout *m_summary = nullptr, *m_summaryRight = nullptr;
    QWidget *m_summaryBox = nullptr;
    QGroupBox *m_coverageBox = nullptr;
    QLabel *m_coverageSummary = nullptr;
    CoverageTimeline *m_timeline = nullptr;
    QTableWidget *m_gaps = nullptr;
    QLabel *m_moreGaps = nullptr;
    QTableWidget *m_errors = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
};

} // namespace ab
