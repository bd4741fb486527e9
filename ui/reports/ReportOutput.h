#pragma once

#include "core/report/ReportDocument.h"
#include "ui/issues/Issue.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace ab {

class TaskPanel;

// How the auditor wants a report: on paper through the print dialog, in the print preview, or as a PDF.
enum class ReportMode
{
    Print,
    Preview,
    Pdf
};

// The three ways a report leaves the workbench: a PDF file, a printer, and the print preview.
// PDF export and printing run on the thread pool behind the task panel (progress by page, Cancel). A
// print job can be cancelled while it is laid out; once its pages are painted it is printed in full, never
// half (see ReportWriter::paint). The preview paints inside Qt's preview dialog,
// which asks for its pages on the UI thread, so it is fed a document that is already built.
// What was made is reported through `done` on the UI thread, for the activity log.
class ReportOutput : public QObject
{
    Q_OBJECT
public:
    // A report that reached paper or a file.
    struct Delivered
    {
        QString file;    // a PDF written (also when a printer printed to a file); empty for a printer
        QString printer; // the printer's name; empty for a PDF export
        QString sha256;  // of the PDF file; empty for paper
        qint64 bytes = 0;
        int pages = 0;
    };
    using Done = std::function<void(const Delivered &)>;

    ReportOutput(QWidget *window, TaskPanel *panel);

    // The printer every report starts from: A4, the whole sheet addressable (the report keeps its own
    // margins), 600 dpi like the PDFs so page breaks match, the document's title as the job name.
    static void preparePrinter(QPrinter &printer, const ReportDocument &document);

    // Writes the PDF in the background. False when another task is running.
    bool exportPdf(const ReportDocument &document, const QString &path, Done done);
    // Shows the print dialog, then prints in the background.
    bool print(const ReportDocument &document, Done done);
    // Prints with a configured printer, without asking (the print dialog's second half).
    bool printWith(const ReportDocument &document, std::shared_ptr<QPrinter> printer, Done done);
    // Opens the print preview (window-modal, returns at once); printing from it calls `done`.
    QPrintPreviewDialog *preview(const ReportDocument &document, Done done);

signals:
    void issuesReported(const QList<ab::Issue> &issues);

private:
    void report(Issue::Severity severity, const QString &message);

    QWidget *m_window;
    QPointer<TaskPanel> m_panel;
};

} // namespace ab
