#include "ui/reports/ReportOutput.h"

#include "core/crypto/Crypto.h"
#include "core/report/ReportWriter.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ab {

namespace {

constexpr int kPrintResolution = 600; // the PDFs' grid: the same page breaks on paper as in the file

// What a finished print job left behind: a PDF file when the printer printed to a file.
ReportOutput::Delivered deliveredBy(const QPrinter &printer, int pages)
{
    ReportOutput::Delivered d;
    d.pages = pages;
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        d.file = QFileInfo(printer.outputFileName()).absoluteFilePath();
        QFile file(d.file);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            d.sha256 = crypto::sha256Hex(bytes);
            d.bytes = bytes.size();
        }
    } else {
        d.printer = printer.printerName();
    }
    return d;
}

} // namespace

ReportOutput::ReportOutput(QWidget *window, TaskPanel *panel)
    : QObject(window), m_window(window), m_panel(panel)
{
}

void ReportOutput::preparePrinter(QPrinter &printer, const ReportDocument &document)
{
    printer.setResolution(kPrintResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(document.title);
    printer.setCreator(QCoreApplication::applicationName());
}

void ReportOutput::report(Issue::Severity severity, const QString &message)
{
    Issue issue = Issue::error(Issue::Origin::Export, message);
    issue.severity = severity;
    emit issuesReported({issue});
}

bool ReportOutput::exportPdf(const ReportDocument &document, const QString &path, Done done)
{
    auto progress = std::make_shared<TaskProgress>();
    if (m_panel && !m_panel->begin(tr("Exporting %1").arg(QFileInfo(path).fileName()), progress))
        return false;
    std::function<ReportWriter::Output(Progress *)> work = [document, path](Progress *p) {
        QString error;
        auto out = ReportWriter::write(document, path, p, &error);
        if (!out)
            throw std::runtime_error(error.toStdString());
        out->pdf.clear(); // the file holds it; only its hash and size travel back
        return *out;
    };
    runInBackground<ReportWriter::Output>(
        this, progress, work, [this, path, done](const TaskOutcome<ReportWriter::Output> &outcome) {
            if (m_panel)
                m_panel->end();
            if (outcome.cancelled) {
                report(Issue::Severity::Info, tr("Export of %1 cancelled; no file was written.").arg(path));
                return;
            }
            if (!outcome.value) {
                report(Issue::Severity::Error, outcome.error);
                return;
            }
            Delivered d;
            d.file = QFileInfo(path).absoluteFilePath();
            d.sha256 = outcome.value->sha256;
            d.pages = outcome.value->pageCount;
            d.bytes = QFileInfo(path).size();
            report(Issue::Severity::Info, tr("Wrote %1 (%Ln page(s)).", nullptr, d.pages).arg(path));
            if (done)
                done(d);
        });
    return true;
}

bool ReportOutput::print(const ReportDocument &document, Done done)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    preparePrinter(*printer, document);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print %1").arg(document.title));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printWith(document, printer, std::move(done));
}

bool ReportOutput::printWith(const ReportDocument &document, std::shared_ptr<QPrinter> printer, Done done)
{
    auto progress = std::make_shared<TaskProgress>();
    const QString target =
        printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()
            ? QFileInfo(printer->outputFileName()).fileName()
            : printer->printerName();
    if (m_panel && !m_panel->begin(tr("Printing to %1").arg(target), progress))
        return false;
    // The printer is painted on the worker only; the UI thread touches it again once the work is over.
    std::function<int(Progress *)> work = [document, printer](Progress *p) {
        QString error;
        const auto pages = ReportWriter::paint(document, printer.get(), p, &error, false);
        if (!pages)
            throw std::runtime_error(error.toStdString());
        return *pages;
    };
    runInBackground<int>(
        this, progress, work, [this, printer, progress, target, done](const TaskOutcome<int> &outcome) {
            if (m_panel)
                m_panel->end();
            if (outcome.cancelled) {
                report(Issue::Severity::Info,
                       tr("Printing to %1 cancelled before anything was sent.").arg(target));
                return;
            }
            if (!outcome.value) {
                report(Issue::Severity::Error, tr("Printing to %1 failed: %2").arg(target, outcome.error));
                return;
            }
            const Delivered d = deliveredBy(*printer, *outcome.value);
            if (progress->isCancelled())
                report(Issue::Severity::Warning,
                       tr("Cancel came after the pages were being sent: %Ln page(s) printed to %1 in full.",
                          nullptr, d.pages)
                           .arg(target));
            else
                report(Issue::Severity::Info, tr("Printed %Ln page(s) to %1.", nullptr, d.pages).arg(target));
            if (done)
                done(d);
        });
    return true;
}

QPrintPreviewDialog *ReportOutput::preview(const ReportDocument &document, Done done)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    preparePrinter(*printer, document);
    auto *dialog = new QPrintPreviewDialog(printer.get(), m_window);
    dialog->setObjectName(QStringLiteral("reportPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview: %1").arg(document.title));
    dialog->resize(900, 1000);
    auto pages = std::make_shared<int>(0);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this, document, pages](QPrinter *target) {
        // Qt asks for the pages synchronously; the document is built, so this is layout and painting only
        // (about a second per hundred pages, see docs/performance-reports.md).
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        const auto painted = ReportWriter::paint(document, target, nullptr, &error);
        QGuiApplication::restoreOverrideCursor();
        if (!painted) {
            report(Issue::Severity::Error, error);
            return;
        }
        *pages = *painted;
    });
    // Printing from the preview closes it with "accepted" once the job was painted. The dialog does not own
    // its printer: this connection's copy keeps it alive until the dialog is gone.
    connect(dialog, &QDialog::accepted, this, [this, printer, pages, done]() {
        const Delivered d = deliveredBy(*printer, *pages);
        report(Issue::Severity::Info, tr("Printed %Ln page(s) from the preview.", nullptr, d.pages));
        if (done)
            done(d);
    });
    dialog->open();
    return dialog;
}

} // namespace ab
