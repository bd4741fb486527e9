#pragma once

#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace ab {

class Progress;

// Lays a ReportDocument out on pages and prints it, to PDF with QPdfWriter (A4) or to any QPrinter: vector
// text in embedded TrueType subsets (DejaVu Sans when installed), SVG drawn as vector paths, tables split
// across pages with the header row repeated, a table of contents with page numbers (layout runs twice:
// measure, then paint), and on every page the running header and "Page N of M" with the document hash.
// How each of these is done lives in core/report/render/, one job per file (LayoutPass flows the blocks).
//
// Needs a QGuiApplication (fonts); may run on any thread. Throws CancelledError when `progress` is
// cancelled; nothing is written then.
class ReportWriter
{
public:
    struct Output
    {
        QByteArray pdf;
        int pageCount = 0;
        QString sha256; // of `pdf`, for the activity log
    };

    // Renders into memory. Returns nullopt with `error` set when rendering is impossible (no
    // QGuiApplication).
    static std::optional<Output> render(const ReportDocument &document, Progress *progress,
                                        QString *error = nullptr);
    // Paints onto any paged device: a QPrinter for printing and print preview, or a QPdfWriter. The
    // device's page layout decides the paper (size, orientation); the report keeps its own margins and
    // paints from the paper's corner whatever the device's margins are. Returns the page count, or nullopt
    // with `error` set. Throws CancelledError when `progress` is cancelled: always during layout, which
    // touches nothing, and while painting only if `cancelWhilePainting`. Qt's printers cannot abort a job
    // (QPrinter::abort() does nothing for PDF and CUPS), and ending the painter sends what was painted,
    // so print jobs pass false: once the first page is painted, the whole report is.
    static std::optional<int> paint(const ReportDocument &document, QPagedPaintDevice *device,
                                    Progress *progress, QString *error = nullptr,
                                    bool cancelWhilePainting = true);
    // Renders and saves atomically (QSaveFile): the file appears complete or not at all.
    static std::optional<Output> write(const ReportDocument &document, const QString &path,
                                       Progress *progress, QString *error = nullptr);

    // Registers DejaVu Sans / Sans Mono from /usr/share/fonts/truetype/dejavu once (thread-safe); returns
    // the body font family used for reports.
    static QString bodyFamily();
    static QString monoFamily();

    // PDF Info dictionary entries Qt 6.4's QPdfWriter has no setter for (Author, Subject) are added as a
    // standard PDF incremental update (a new Info object, xref section and trailer appended). Public for
    // tests.
    static QByteArray withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                               const QString &subject, const QString &creator);
};

} // namespace ab
