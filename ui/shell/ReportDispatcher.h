#pragma once

#include "core/report/ReportDocument.h"
#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"

#include <QObject>

#include <memory>
#include <optional>

class QPrinter;
class QWidget;

namespace ab {

class PackagesView;
class TaskPanel;
class VerificationView;
class WorkspaceController;

// Which report leaves the workbench and how: the verification result (a stored run exactly as
// `auditbench-cli pdf --verification ID` prints it, or a result of files verified without a workspace) or
// the selected package, printed, previewed or exported as PDF through ReportOutput. Every PDF made and every
// print job is recorded in the activity log of the workspace the report came from.
class ReportDispatcher : public QObject
{
    Q_OBJECT
public:
    ReportDispatcher(QWidget *window, TaskPanel *panel, WorkspaceController *workspace,
                     VerificationView *verification, PackagesView *packages);

    // The verification's report when `verificationPage` (or when no package is selected), else the
    // package's; the PDF's path is asked for when not given. False when nothing is printable or busy.
    bool output(ReportMode mode, bool verificationPage, const QString &pdfPath = {});
    // Prints with a configured printer, without the print dialog.
    bool printWith(std::shared_ptr<QPrinter> printer, bool verificationPage);
    ReportOutput *reportOutput() const { return m_output; }

signals:
    void issuesReported(const QList<ab::Issue> &issues);

private:
    struct Source
    {
        ReportDocument document;
        const char *kind = "";
        QString subjectKey, subject, suggestedName;
    };
    std::optional<Source> currentReport(bool verificationPage);
    ReportOutput::Done logDelivery(const Source &source);

    QWidget *m_window;
    TaskPanel *m_panel;
    WorkspaceController *m_workspace;
    VerificationView *m_verification;
    PackagesView *m_packages;
    ReportOutput *m_output;
};

} // namespace ab
