#include "ui/views/ListingDispatcher.h"

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
            path = QFileDialog::getSaveFileName(
                m_window, tr("Export Listing as PDF"),
                QStringLiteral("listing-%1.pdf").arg(views::kindName(request.kind)), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        QString error;
        try {
            if (EvidenceListing::write(*store, request, path, nullptr, &error))
                return true;
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
