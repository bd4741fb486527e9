#include "ui/views/ListingDispatcher.h"

#include "core/export/ExportProvenance.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/AppSettings.h"

#include <QFileDialog>
#include <QPointer>

namespace ab {

ListingDispatcher::ListingDispatcher(QWidget *window, ReportOutput *output,
                                     std::function<WorkspaceStore *()> store)
    : QObject(window), m_window(window), m_output(output), m_store(std::move(store))
{
}

QString ListingDispatcher::defaultFileName(const ListingRequest &request)
{
    const QString stem = QStringLiteral("listing-%1").arg(views::kindName(request.kind));
    const QString pdf = QStringLiteral("pdf");
    if (request.kind == views::RecordKind::Ocsf)
        return ExportProvenance::defaultFileName(stem, request.ocsf, pdf);
    if (request.kind == views::RecordKind::Runtime)
        return ExportProvenance::defaultFileName(stem, request.runtime, pdf);
    return ExportProvenance::defaultFileName(stem, request.gateway, pdf);
}

bool ListingDispatcher::output(ReportMode mode, ListingRequest request, const QString &pdfPath)
{
    WorkspaceStore *store = m_store();
    if (!store) {
        emit issuesReported(
            {Issue::warning(Issue::Origin::Export, tr("Open a workspace to print a listing."))});
        return false;
    }
    request.branding = AppSettings::branding();
    request.printedBy = store->identity().display();
    if (mode == ReportMode::Pdf) {
        QString path = pdfPath;
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(m_window, tr("Export Listing as PDF"),
                                                defaultFileName(request), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        QString error;
        try {
            if (EvidenceListing::write(*store, request, path, nullptr, &error)) {
                // Beside the PDF: what produced it (issue 19); the listing itself stands without it.
                const QString missing =
                    ExportProvenance::ofListing(request, request.count(*store)).tryWriteBeside(*store, path);
                if (!missing.isEmpty())
                    emit issuesReported({Issue::warning(
                        Issue::Origin::Export,
                        tr("Exported, but the provenance file could not be written: %1").arg(missing))});
                return true;
            }
        } catch (const std::exception &e) {
            error = errorMessage(e);
        }
        emit issuesReported({Issue::error(Issue::Origin::Export, error)});
        return false;
    }
    const ReportDocument document = EvidenceListing::document(*store, request);
    const QString workspace = store->path();
    // Paper (or a file the printer wrote) goes on the record of the workspace it came from, while open.
    QPointer<ListingDispatcher> guard(this);
    const ReportOutput::Done done = [guard, workspace, request](const ReportOutput::Delivered &d) {
        WorkspaceStore *store = guard ? guard->m_store() : nullptr;
        if (!store || store->path() != workspace)
            return;
        try {
            EvidenceListing::logPrinted(*store, request, d.printer.isEmpty() ? d.file : d.printer, d.pages);
        } catch (const std::exception &) {
            // The listing was printed; a log that cannot be written is reported by the next write.
        }
    };
    if (mode == ReportMode::Preview)
        return m_output->preview(document, done) != nullptr;
    return m_output->print(document, done);
}

} // namespace ab
