#include "core/report/render/LayoutPass.h"

#include "core/common/Progress.h"
#include "core/report/render/PageFrame.h"
#include "core/report/render/RenderStyle.h"
#include "core/report/render/ReportFonts.h"
#include "core/report/render/ReportWriterTr.h"
#include "core/report/render/SvgBlock.h"
#include "core/report/render/TableLayout.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>

namespace ab::render {

namespace {

// A diagram is drawn as large as the page allows; it may shrink to this share of that size to stay on
// the page its heading is on, rather than leave the heading alone.
constexpr double SmallestDiagram = 0.6;

} // namespace

LayoutPass::LayoutPass(const ReportDocument &doc, QPagedPaintDevice *device, QPainter *painter,
                       Progress *progress, const QList<TocEntry> &shown, QList<TocEntry> *found,
                       int totalPages, bool cancellable)
    : m_doc(doc), m_device(device), m_painter(painter), m_progress(progress),
      m_cancel(cancellable ? progress : nullptr), m_toc(shown), m_found(found), m_totalPages(totalPages),
      m_geo(PageGeometry::of(device))
{
}

int LayoutPass::run()
{
    m_page = 1;
    m_y = m_geo.top;
    frame();
    for (qsizetype i = 0; i < m_doc.blocks.size(); ++i) {
        throwIfCancelled(m_cancel);
        m_next = i + 1 < m_doc.blocks.size() ? &m_doc.blocks.at(i + 1) : nullptr;
        std::visit([&](const auto &b) { this->draw(b); }, m_doc.blocks.at(i));
    }
    return m_page;
}

void LayoutPass::newPage()
{
    throwIfCancelled(m_cancel);
    // Progress counts pages: one long table is one block but hundreds of pages.
    if (m_progress)
        m_progress->report(m_page);
    ++m_page;
    m_y = m_geo.top;
    if (painting()) {
        m_device->newPage();
        frame();
    }
}

void LayoutPass::ensure(double height)
{
    if (m_y + height > m_geo.bottom && !pageIsEmpty())
        newPage();
}

void LayoutPass::drawText(const LaidOutText &t, double x, double y, const QColor &colour)
{
    if (!painting())
        return;
    m_painter->setPen(colour);
    t.layout->draw(m_painter, QPointF(x, y));
}

// Running header and footer: who/what the page belongs to, where it is, and which document it is.
void LayoutPass::frame()
{
    if (painting())
        paintPageFrame(*m_painter, m_device, m_geo, m_doc, m_page, m_totalPages);
}

void LayoutPass::drawLogo(const QRectF &box)
{
    const ReportBranding &b = m_doc.branding;
    if (!painting() || b.logo.isEmpty())
        return;
    if (b.logoIsSvg) {
        QSvgRenderer renderer(b.logo);
        if (!renderer.isValid())
            return;
        QSizeF size = renderer.viewBoxF().size();
        if (size.isEmpty())
            size = renderer.defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        renderer.render(m_painter, QRectF(box.topLeft(), size));
    } else {
        QImage image;
        if (!image.loadFromData(b.logo))
            return;
        QSizeF size = image.size();
        size.scale(box.size(), Qt::KeepAspectRatio);
        m_painter->drawImage(QRectF(box.topLeft(), size), image);
    }
}

void LayoutPass::draw(const ReportDocument::Cover &c)
{
    if (!pageIsEmpty())
        newPage();
    const double logoTop = mm(30);
    drawLogo(QRectF(m_geo.left, logoTop, mm(60), mm(18)));
    if (painting() && !m_doc.branding.organisation.isEmpty()) {
        const LaidOutText org = layoutText(m_doc.branding.organisation, makeFont(false, 11, true),
                                           m_geo.width * 0.45, m_device, Qt::AlignRight);
        drawText(org, m_geo.right - m_geo.width * 0.45, logoTop + mm(4), m_doc.branding.accent);
    }
    m_y = mm(70);
    if (painting()) {
        m_painter->fillRect(QRectF(m_geo.left, m_y, mm(30), mm(1.6)), m_doc.branding.accent);
    }
    m_y += mm(6);
    const LaidOutText title = layoutText(c.title, makeFont(false, 26, true), m_geo.width, m_device);
    drawText(title, m_geo.left, m_y, TextColour);
    m_y += title.height + mm(2);
    if (!c.subtitle.isEmpty()) {
        const LaidOutText sub = layoutText(c.subtitle, makeFont(false, 17), m_geo.width, m_device);
        drawText(sub, m_geo.left, m_y, m_doc.branding.accent);
        m_y += sub.height;
    }
    m_y += mm(10);
    draw(ReportDocument::KeyValues{c.facts});
    if (!c.statusTitle.isEmpty()) {
        m_y += mm(6);
        draw(ReportDocument::Banner{c.statusTone, c.statusTitle, c.statusDetail});
    }
    newPage();
}

void LayoutPass::draw(const ReportDocument::TableOfContents &)
{
    if (!pageIsEmpty())
        newPage();
    const LaidOutText title =
        layoutText(ReportWriterTr::tr("Contents"), makeFont(false, 18, true), m_geo.width, m_device);
    drawText(title, m_geo.left, m_y, TextColour);
    m_y += title.height + mm(6);
    const QFont entryFont = makeFont(false, 10.5);
    const QFont sectionFont = makeFont(false, 10.5, true);
    const QFontMetricsF fm(entryFont, m_device);
    const double lineHeight = fm.lineSpacing() * 1.55;
    for (const TocEntry &e : std::as_const(m_toc)) {
        if (m_y + lineHeight > m_geo.bottom)
            newPage();
        if (painting()) {
            QPainter &p = *m_painter;
            const double indent = e.level == 1 ? 0 : mm(7);
            const QString number = QString::number(e.page);
            p.setFont(e.level == 1 ? sectionFont : entryFont);
            const QFontMetricsF efm(p.font(), m_device);
            const double numberWidth = efm.horizontalAdvance(number);
            const QString text =
                efm.elidedText(e.text, Qt::ElideRight, m_geo.width - indent - numberWidth - mm(12));
            const double base = m_y + efm.ascent();
            p.setPen(TextColour);
            p.drawText(QPointF(m_geo.left + indent, base), text);
            p.drawText(QPointF(m_geo.right - numberWidth, base), number);
            // Dotted leader from the text to the page number.
            const double from = m_geo.left + indent + efm.horizontalAdvance(text) + mm(2);
            const double to = m_geo.right - numberWidth - mm(2);
            p.setPen(QPen(RuleColour, mm(0.3), Qt::DotLine));
            if (to > from)
                p.drawLine(QPointF(from, base - mm(0.3)), QPointF(to, base - mm(0.3)));
        }
        m_y += lineHeight;
    }
    newPage();
}

void LayoutPass::draw(const ReportDocument::Heading &h)
{
    const bool section = h.level <= 1;
    if (section && !pageIsEmpty())
        newPage();
    const LaidOutText t =
        layoutText(h.text, makeFont(false, section ? 17 : 12.5, true), m_geo.width, m_device);
    const double before = section || pageIsEmpty() ? 0 : mm(5);
    const double after = section ? mm(6.5) : mm(2);
    // Keep a heading with the start of what follows: never alone at the foot of a page.
    ensure(before + t.height + after + std::max(mm(12), leadHeight(m_next)));
    if (!pageIsEmpty())
        m_y += before;
    if (h.level <= 2 && m_found)
        m_found->append(TocEntry{h.text, h.level, m_page});
    drawText(t, m_geo.left, m_y, section ? TextColour : m_doc.branding.accent);
    m_y += t.height;
    if (section) {
        m_y += mm(1.5);
        if (painting())
            m_painter->fillRect(QRectF(m_geo.left, m_y, mm(22), mm(1.1)), m_doc.branding.accent);
        m_y += after - mm(1.5);
    } else {
        m_y += after;
    }
}

// The least of `block` that must share a page with the heading before it: a table's header and first
// row, a paragraph's first two lines, a diagram at its smallest acceptable size. Both passes compute
// the same value, so they make the same page breaks.
double LayoutPass::leadHeight(const ReportDocument::Block *block)
{
    if (!block)
        return 0;
    if (const auto *table = std::get_if<ReportDocument::Table>(block)) {
        if (table->rows.isEmpty())
            return mm(8);
        const QList<double> widths = tableColumnWidths(*table, m_geo, m_device);
        return layoutTableRow(table->columns, widths, tableTitles(*table), true, m_geo, m_device).height +
               layoutTableRow(table->columns, widths, table->rows.first(), false, m_geo, m_device).height;
    }
    if (const auto *para = std::get_if<ReportDocument::Paragraph>(block)) {
        const LaidOutText t =
            layoutText(para->text, makeFont(para->monospace, para->small ? 8 : 9.5), m_geo.width, m_device);
        double height = 0;
        for (int i = 0; i < std::min(2, t.layout->lineCount()); ++i)
            height += t.layout->lineAt(i).height();
        return height;
    }
    if (const auto *kv = std::get_if<ReportDocument::KeyValues>(block)) {
        if (kv->rows.isEmpty())
            return 0;
        return std::min(keyValueRow(kv->rows.first()).height, m_geo.bottom - m_geo.top - mm(30));
    }
    if (const auto *svg = std::get_if<ReportDocument::Svg>(block)) {
        const SvgFit fit = fitSvg(*svg, m_geo, m_device);
        return fit.renderer ? fit.full.height() * SmallestDiagram + fit.captionHeight + mm(4) : mm(10);
    }
    if (std::holds_alternative<ReportDocument::Banner>(*block))
        return mm(20);
    if (const auto *next = std::get_if<ReportDocument::Heading>(block))
        return next->level <= 1 ? 0 : mm(20);
    return 0;
}

// Draws a laid-out text line by line, moving to a new page between lines when needed.
void LayoutPass::flowText(const LaidOutText &t, double x, const QColor &colour)
{
    if (painting())
        m_painter->setPen(colour);
    for (int i = 0; i < t.layout->lineCount(); ++i) {
        const QTextLine line = t.layout->lineAt(i);
        if (m_y + line.height() > m_geo.bottom)
            newPage();
        if (painting()) {
            m_painter->setPen(colour);
            line.draw(m_painter, QPointF(x, m_y - line.y()));
        }
        m_y += line.height();
    }
}

void LayoutPass::draw(const ReportDocument::Paragraph &para)
{
    const QFont font = makeFont(para.monospace, para.small ? 8 : 9.5);
    const QColor colour =
        para.tone == Tone::Neutral ? (para.small ? MutedColour : TextColour) : toneColour(para.tone);
    const LaidOutText t = layoutText(para.text, font, m_geo.width, m_device);
    flowText(t, m_geo.left, colour);
    m_y += mm(para.small ? 2 : 3);
}

LayoutPass::KeyValueRow LayoutPass::keyValueRow(const ReportDocument::KeyValue &row)
{
    const double keyWidth = mm(KeyWidthMm), gap = mm(KeyGapMm);
    KeyValueRow r;
    r.key = layoutText(row.key, makeFont(false, 9, true), keyWidth, m_device);
    r.value = layoutText(row.value.isEmpty() ? ReportWriterTr::tr("not provided") : row.value,
                         row.monospace ? makeFont(true, 8.5) : makeFont(false, 9.5),
                         m_geo.width - keyWidth - gap, m_device);
    r.height = std::max(r.key.height, r.value.height) + mm(1.6);
    return r;
}

void LayoutPass::draw(const ReportDocument::KeyValues &kv)
{
    for (const ReportDocument::KeyValue &row : kv.rows) {
        const KeyValueRow laid = keyValueRow(row);
        ensure(laid.height);
        drawText(laid.key, m_geo.left, m_y + mm(0.8), MutedColour);
        drawText(laid.value, m_geo.left + mm(KeyWidthMm + KeyGapMm), m_y + mm(0.8),
                 row.value.isEmpty() ? MutedColour : TextColour);
        m_y += laid.height;
        if (painting()) {
            m_painter->setPen(QPen(ZebraColour.darker(104), mm(0.2)));
            m_painter->drawLine(QPointF(m_geo.left, m_y), QPointF(m_geo.right, m_y));
        }
    }
    m_y += mm(4);
}

void LayoutPass::draw(const ReportDocument::Table &table)
{
    if (table.rows.isEmpty()) {
        draw(ReportDocument::Paragraph{
            table.emptyText.isEmpty() ? ReportWriterTr::tr("None.") : table.emptyText, Tone::Neutral, true});
        return;
    }
    const QList<double> widths = tableColumnWidths(table, m_geo, m_device);
    const TableRow header = layoutTableRow(table.columns, widths, tableTitles(table), true, m_geo, m_device);
    bool headerOnPage = false;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if ((i & 255) == 0)
            throwIfCancelled(m_cancel);
        const TableRow row = layoutTableRow(table.columns, widths, table.rows.at(i), false, m_geo, m_device);
        const double needed = row.height + (headerOnPage ? 0 : header.height);
        if (m_y + needed > m_geo.bottom && !pageIsEmpty()) {
            newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            if (painting())
                paintTableRow(*m_painter, m_geo, m_y, header, widths, true, Tone::Neutral, false,
                              m_doc.branding.accent);
            m_y += header.height;
            headerOnPage = true;
        }
        const Tone tone = table.rowTones.value(i, Tone::Neutral);
        if (painting())
            paintTableRow(*m_painter, m_geo, m_y, row, widths, false, tone, i % 2 == 1,
                          m_doc.branding.accent);
        m_y += std::min(row.height, m_geo.bottom - m_y);
        // A row taller than a page is clipped at the page end; the next row starts a new page.
        if (m_y >= m_geo.bottom - 0.5 && i + 1 < table.rows.size()) {
            newPage();
            headerOnPage = false;
        }
    }
    m_y += mm(5);
}

void LayoutPass::draw(const ReportDocument::Svg &svg)
{
    SvgFit fit = fitSvg(svg, m_geo, m_device);
    if (!fit.renderer) {
        draw(ReportDocument::Paragraph{fit.problem, Tone::Warning});
        return;
    }
    QSvgRenderer &renderer = *fit.renderer;
    const LaidOutText &caption = fit.caption;
    const double captionHeight = fit.captionHeight;
    QSizeF target = fit.full;
    const double room = m_geo.bottom - m_y - captionHeight - mm(4);
    if (target.height() > room && !pageIsEmpty()) {
        if (room >= target.height() * SmallestDiagram)
            target.scale(m_geo.width, room,
                         Qt::KeepAspectRatio); // a little smaller, still beside its heading
        else
            newPage();
    }
    const QRectF box(m_geo.left + (m_geo.width - target.width()) / 2, m_y + mm(1), target.width(),
                     target.height());
    if (painting()) {
        m_painter->save();
        m_painter->setClipRect(box.adjusted(-1, -1, 1, 1));
        paintSvg(*m_painter, m_device, m_geo.dpi, svg.svg, renderer, box);
        m_painter->restore();
        m_painter->setPen(QPen(RuleColour, mm(0.2)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(box.adjusted(-mm(1), -mm(1), mm(1), mm(1)));
    }
    m_y = box.bottom() + mm(3);
    if (!svg.caption.isEmpty()) {
        drawText(caption, m_geo.left, m_y, MutedColour);
        m_y += captionHeight;
    }
    m_y += mm(2);
}

void LayoutPass::draw(const ReportDocument::Banner &banner)
{
    const double stripe = mm(2.2);
    const double pad = mm(3.5);
    const LaidOutText title =
        layoutText(banner.title, makeFont(false, 12.5, true), m_geo.width - stripe - 2 * pad, m_device);
    const LaidOutText detail =
        layoutText(banner.detail, makeFont(false, 9.5), m_geo.width - stripe - 2 * pad, m_device);
    const double height = pad + title.height + (banner.detail.isEmpty() ? 0 : mm(1.5) + detail.height) + pad;
    ensure(height);
    if (painting()) {
        m_painter->fillRect(QRectF(m_geo.left, m_y, m_geo.width, height), toneBackground(banner.tone));
        m_painter->fillRect(QRectF(m_geo.left, m_y, stripe, height), toneColour(banner.tone));
    }
    drawText(title, m_geo.left + stripe + pad, m_y + pad, toneColour(banner.tone).darker(115));
    if (!banner.detail.isEmpty())
        drawText(detail, m_geo.left + stripe + pad, m_y + pad + title.height + mm(1.5), TextColour);
    m_y += height + mm(5);
}

void LayoutPass::draw(const ReportDocument::PageBreak &)
{
    if (!pageIsEmpty())
        newPage();
}

} // namespace ab::render
