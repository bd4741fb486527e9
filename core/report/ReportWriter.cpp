// The report engine's entry points: measure, then paint (core/report/render/LayoutPass), onto a PDF writer
// or any printer, and save atomically. What a page looks like lives in render/: fonts, page frame, table
// layout, diagrams, PDF information.
#include "core/report/ReportWriter.h"

#include "auditbench_version.h"
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "core/report/render/LayoutPass.h"
#include "core/report/render/PdfInfo.h"
#include "core/report/render/ReportFonts.h"
#include "core/report/render/ReportWriterTr.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ab {

using render::ReportWriterTr;
using render::TocEntry;

QString ReportWriter::bodyFamily()
{
    return render::fontFamilies().body;
}
QString ReportWriter::monoFamily()
{
    return render::fontFamilies().mono;
}

QByteArray ReportWriter::withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                                  const QString &subject, const QString &creator)
{
    return render::withInfo(pdf, title, author, subject, creator);
}

namespace {

bool haveGuiApplication(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = ReportWriterTr::tr(
            "Printing a report needs fonts, which need a QGuiApplication (use the offscreen platform "
            "without a display)");
    return false;
}

} // namespace

std::optional<int> ReportWriter::paint(const ReportDocument &document, QPagedPaintDevice *device,
                                       Progress *progress, QString *error, bool cancelWhilePainting)
{
    if (!haveGuiApplication(error))
        return std::nullopt;
    render::fontFamilies();

    // Pass 1 measures: heading pages for the table of contents and the total page count.
    QList<TocEntry> toc;
    if (progress)
        progress->beginStage(ReportWriterTr::tr("Laying out the report"), 0); // pages are not known yet
    // The contents pages' own length depends only on the number of entries, so counting them first keeps
    // the measured page numbers valid for the painting pass.
    for (const auto &block : document.blocks)
        if (const auto *h = std::get_if<ReportDocument::Heading>(&block); h && h->level <= 2)
            toc.append(TocEntry{h->text, h->level, 0});
    QList<TocEntry> found;
    int pages = 0;
    {
        render::LayoutPass measure(document, device, nullptr, progress, toc, &found, 0);
        pages = measure.run();
    }

    if (progress)
        progress->beginStage(ReportWriterTr::tr("Printing %n page(s)", nullptr, pages), pages);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = ReportWriterTr::tr("The printer could not start");
        return std::nullopt;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // The layout measures from the paper's corner; a device with margins of its own starts painting at
    // its printable area, so move the origin back to the corner.
    const int dpi = std::max(1, device->logicalDpiY());
    painter.translate(-device->pageLayout().paintRectPixels(dpi).topLeft());
    try {
        render::LayoutPass paintPass(document, device, &painter, progress, found, nullptr, pages,
                                     cancelWhilePainting);
        paintPass.run();
        if (progress)
            progress->report(pages);
    } catch (...) {
        painter.end();
        throw;
    }
    painter.end();
    return pages;
}

std::optional<ReportWriter::Output> ReportWriter::render(const ReportDocument &document, Progress *progress,
                                                         QString *error)
{
    if (!haveGuiApplication(error))
        return std::nullopt;
    const QString creator = QStringLiteral(AUDITBENCH_NAME " " AUDITBENCH_VERSION);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(render::Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(creator);
    writer.setDocumentXmpMetadata(
        render::xmpMetadata(document.title, document.author, document.subject, creator));

    const auto pages = paint(document, &writer, progress, error);
    if (!pages)
        return std::nullopt;
    buffer.close();

    Output out;
    out.pdf = render::withInfo(buffer.data(), document.title, document.author, document.subject, creator);
    out.pageCount = *pages;
    out.sha256 = crypto::sha256Hex(out.pdf);
    return out;
}

std::optional<ReportWriter::Output> ReportWriter::write(const ReportDocument &document, const QString &path,
                                                        Progress *progress, QString *error)
{
    auto out = render(document, progress, error);
    if (!out)
        return std::nullopt;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out->pdf) != out->pdf.size() || !file.commit()) {
        if (error)
            *error = ReportWriterTr::tr("%1: cannot be written (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return out;
}

} // namespace ab
