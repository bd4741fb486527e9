// Benchmark (not a test; never run by ctest): how long a report takes to reach each of its outputs.
//   bench_reportprint PACKAGE.json [RUNS]
// prints, for the package's report: the PDF export (ReportWriter::render), a print job on a QPrinter
// writing a PDF file (the same path as a CUPS job, which Qt also renders as PDF), and the print preview's
// page generation (QPrintPreviewWidget::updatePreview, which paints on the UI thread).
// scripts/bench-report.sh makes the ~100-page package; figures go to docs/performance-reports.md.
#include "core/report/PackageReport.h"
#include "core/report/ReportWriter.h"
#include "ui/reports/ReportOutput.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>

#include <cstdio>

using namespace ab;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_reportprint PACKAGE.json [RUNS]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot be read\n", argv[1]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QString error;
    const auto document = PackageReport::build(file.readAll(), {}, &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto pdf = ReportWriter::render(*document, nullptr);
        const qint64 exportMs = timer.restart();

        QPrinter printer(QPrinter::HighResolution);
        ReportOutput::preparePrinter(printer, *document);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        timer.restart();
        const auto printed = ReportWriter::paint(*document, &printer, nullptr, &error, false);
        const qint64 printMs = timer.restart();

        QPrinter previewPrinter(QPrinter::HighResolution);
        ReportOutput::preparePrinter(previewPrinter, *document);
        QPrintPreviewWidget preview(&previewPrinter);
        QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
                         [&](QPrinter *target) { ReportWriter::paint(*document, target, nullptr, &error); });
        timer.restart();
        preview.updatePreview();
        const qint64 previewMs = timer.elapsed();
        std::printf("run %d: %d pages; PDF export %lld ms; print job %lld ms (%d pages); preview %lld ms (%d "
                    "pages)\n",
                    run, pdf ? pdf->pageCount : 0, exportMs, printMs, printed.value_or(0), previewMs,
                    preview.pageCount());
    }
    return 0;
}
