#include "ui/shell/ReportDispatcher.h"

#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/packages/PackagesView.h"
#include "ui/shell/WorkspaceController.h"
#include "ui/verification/VerificationView.h"

#include <QFileDialog>

namespace ab {

ReportDispatcher::ReportDispatcher(QWidget *window, TaskPanel *panel, WorkspaceController *workspace,
                                   VerificationView *verification, PackagesView *packages)
    : QObject(window), m_window(window), m_panel(panel), m_workspace(workspace), m_verification(verification),
      m_packages(packages), m_output(new ReportOutput(window, panel))
{
    connect(m_output, &ReportOutput::issuesReported, this, &ReportDispatcher::issuesReported);
}

std::optional<ReportDispatcher::Source> ReportDispatcher::currentReport(bool verificationPage)
{
    QString error;
    Issue::Severity severity = Issue::Severity::Error;
    const auto sourceOf = [](std::optional<ReportDocument> document, const char *kind, const QString &key,
                             const QString &subject, const QString &fileName) -> std::optional<Source> {
        if (!document)
            return std::nullopt;
        return Source{std::move(*document), kind, key, subject, fileName};
    };
    std::optional<Source> source;
    WorkspaceStore *store = m_workspace->store();
    if (verificationPage || !m_packages->canPrint()) {
        const QString runId = m_verification->shownRunId();
        if (store &&
            !runId.isEmpty()) { // a stored run prints exactly as `auditbench-cli pdf --verification ID`
            source = sourceOf(WorkspaceReports::verificationDocument(*store, runId.toLongLong(),
                                                                     AppSettings::branding(), &error),
                              "verification", QStringLiteral("run_id"), runId,
                              QStringLiteral("verification-run-%1.pdf").arg(runId));
        } else {
            // Export files verified without a workspace: the result is named by its own hash.
            source = sourceOf(m_verification->reportDocument(), "verification",
                              QStringLiteral("result_sha256"), {}, {});
            if (source) {
                source->subject = source->document.footerHash;
                source->suggestedName =
                    QStringLiteral("chain-verification-%1.pdf").arg(source->subject.left(8));
            }
            error = tr("Nothing to print yet: verify a chain or select a package first.");
            severity = Issue::Severity::Warning;
        }
    } else {
        source =
            sourceOf(m_packages->reportDocument(&error), "compliance-package", QStringLiteral("package_id"),
                     m_packages->currentPackageId(), m_packages->suggestedPdfName());
    }
    if (!source)
        emit issuesReported({severity == Issue::Severity::Warning
                                 ? Issue::warning(Issue::Origin::Export, error)
                                 : Issue::error(Issue::Origin::Export, error)});
    return source;
}

ReportOutput::Done ReportDispatcher::logDelivery(const Source &source)
{
    // The log names what left the workbench: the PDF with its SHA-256, or the printer and the hash of the
    // document printed. It goes into the workspace the report came from, and only while it is still open.
    const QByteArray kind(source.kind);
    const QString key = source.subjectKey, subject = source.subject,
                  documentHash = source.document.footerHash;
    const QString workspace = m_workspace->store() ? m_workspace->store()->path() : QString();
    return [this, kind, key, subject, documentHash, workspace](const ReportOutput::Delivered &d) {
        WorkspaceStore *store = m_workspace->store();
        if (!store || store->path() != workspace)
            return;
        try {
            if (!d.file.isEmpty())
                WorkspaceReports::logPdf(*store, kind.constData(), key, subject, d.file, d.sha256, d.pages,
                                         d.bytes);
            else
                WorkspaceReports::logPrinted(*store, kind.constData(), key, subject, d.printer, d.pages,
                                             documentHash);
        } catch (const std::exception &e) {
            emit issuesReported({Issue::error(
                Issue::Origin::Workspace,
                tr("The print was not recorded in the activity log: %1").arg(errorMessage(e)))});
        }
    };
}

bool ReportDispatcher::output(ReportMode mode, bool verificationPage, const QString &pdfPath)
{
    if (m_panel->isBusy())
        return false;
    const auto source = currentReport(verificationPage);
    if (!source)
        return false;
    switch (mode) {
    case ReportMode::Print:
        return m_output->print(source->document, logDelivery(*source));
    case ReportMode::Preview:
        return m_output->preview(source->document, logDelivery(*source)) != nullptr;
    case ReportMode::Pdf: {
        QString path = pdfPath;
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(m_window, tr("Export the report as PDF"),
                                                source->suggestedName, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return false;
        return m_output->exportPdf(source->document, path, logDelivery(*source));
    }
    }
    return false;
}

bool ReportDispatcher::printWith(std::shared_ptr<QPrinter> printer, bool verificationPage)
{
    if (m_panel->isBusy())
        return false;
    const auto source = currentReport(verificationPage);
    if (!source)
        return false;
    return m_output->printWith(source->document, std::move(printer), logDelivery(*source));
}

} // namespace ab
