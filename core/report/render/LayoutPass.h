#pragma once
// One layout pass over a report: flows the document's blocks down the pages (cover, contents, headings kept
// with what follows, paragraphs and tables broken across pages, diagrams sized to fit), framing each page.
// With no painter it only measures (the headings' pages, the page count); with a painter it draws exactly
// what it measured, since both passes make the same decisions.
#include "core/report/ReportDocument.h"
#include "core/report/render/LaidOutText.h"
#include "core/report/render/PageGeometry.h"

#include <QList>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace ab {
class Progress;
}

namespace ab::render {

struct SvgFit;

struct TocEntry
{
    QString text;
    int level = 1;
    int page = 0;
};

class LayoutPass
{
public:
    // `shown` are the contents entries to print (placeholders while measuring: only their number matters);
    // headings are collected into `found` while measuring. `painter`, when given, must already be
    // translated so that (0, 0) is the paper's corner. Without `cancellable`, progress is reported but
    // never stops the pass (a print job must not stop half way).
    LayoutPass(const ReportDocument &doc, QPagedPaintDevice *device, QPainter *painter, Progress *progress,
               const QList<TocEntry> &shown, QList<TocEntry> *found, int totalPages, bool cancellable = true);

    // Lays out (and paints) every block; returns the number of pages. Throws CancelledError.
    int run();

private:
    bool painting() const { return m_painter != nullptr; }
    bool pageIsEmpty() const { return m_y <= m_geo.top + 0.5; }
    double mm(double v) const { return m_geo.mm(v); }

    void newPage();
    void ensure(double height);
    void drawText(const LaidOutText &t, double x, double y, const QColor &colour);
    void frame();
    void drawLogo(const QRectF &box);
    // Draws a laid-out text line by line, moving to a new page between lines when needed.
    void flowText(const LaidOutText &t, double x, const QColor &colour);
    // The least of `block` that must share a page with the heading before it.
    double leadHeight(const ReportDocument::Block *block);

    struct KeyValueRow
    {
        LaidOutText key, value;
        double height = 0;
    };
    KeyValueRow keyValueRow(const ReportDocument::KeyValue &row);

    void draw(const ReportDocument::Cover &c);
    void draw(const ReportDocument::TableOfContents &);
    void draw(const ReportDocument::Heading &h);
    void draw(const ReportDocument::Paragraph &para);
    void draw(const ReportDocument::KeyValues &kv);
    void draw(const ReportDocument::Table &table);
    void draw(const ReportDocument::Svg &svg);
    void draw(const ReportDocument::Banner &banner);
    void draw(const ReportDocument::PageBreak &);

    const ReportDocument &m_doc;
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    Progress *m_progress;
    const Progress *m_cancel; // null while painting a print job that must not stop half way
    const QList<TocEntry> &m_toc;
    QList<TocEntry> *m_found;
    int m_totalPages;
    PageGeometry m_geo;
    const ReportDocument::Block *m_next = nullptr; // the block after the one being drawn
    int m_page = 1;
    double m_y = 0;
};

} // namespace ab::render
