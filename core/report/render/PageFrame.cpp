#include "core/report/render/PageFrame.h"

#include "core/report/render/ReportFonts.h"
#include "core/report/render/ReportWriterTr.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ab::render {

void paintPageFrame(QPainter &p, QPaintDevice *device, const PageGeometry &g, const ReportDocument &doc,
                    int page, int totalPages)
{
    const QFont small = makeFont(false, 7.5);
    const QFont smallBold = makeFont(false, 7.5, true);
    const QFont mono = makeFont(true, 7);
    const QFontMetricsF fmBold(smallBold, device);
    const QFontMetricsF fm(small, device);
    const QFontMetricsF fmMono(mono, device);
    // Header: what the page belongs to (left) and when/by whom it was generated (right), on one line
    // when both fit, else on two (narrow paper) so neither is cut.
    const double leftNatural = fmBold.horizontalAdvance(doc.headerLeft);
    const double rightNatural = fm.horizontalAdvance(doc.headerRight);
    const bool oneHeaderLine = leftNatural + rightNatural + g.mm(6) <= g.width;
    const QString left =
        fmBold.elidedText(doc.headerLeft, Qt::ElideRight, oneHeaderLine ? leftNatural + 1 : g.width);
    const QString right = fm.elidedText(doc.headerRight, Qt::ElideLeft, g.width);
    p.setFont(smallBold);
    p.setPen(TextColour);
    p.drawText(QPointF(g.left, oneHeaderLine ? g.mm(14) : g.mm(10.5)), left);
    p.setFont(small);
    p.setPen(MutedColour);
    p.drawText(QPointF(g.right - fm.horizontalAdvance(right), g.mm(14)), right);
    p.setPen(QPen(doc.branding.accent, g.mm(0.35)));
    p.drawLine(QPointF(g.left, g.mm(16)), QPointF(g.right, g.mm(16)));

    // Footer: "Page N of M", the document's hash in full, and the branding line. The hash never
    // shares a line it does not fit on: on narrow paper it gets the second line to itself and the
    // branding line gives way.
    const double footerTop = g.mm(g.pageHeightMm - 15);
    p.setPen(QPen(RuleColour, g.mm(0.25)));
    p.drawLine(QPointF(g.left, footerTop), QPointF(g.right, footerTop));
    const double line1 = footerTop + g.mm(4), line2 = line1 + g.mm(4);
    const QString pageText = ReportWriterTr::tr("Page %1 of %2").arg(page).arg(totalPages);
    p.setFont(smallBold);
    p.setPen(TextColour);
    p.drawText(QPointF(g.left, line1), pageText);
    const QString footer = doc.branding.organisation.isEmpty()
                               ? doc.branding.footer
                               : doc.branding.organisation + QStringLiteral(" · ") + doc.branding.footer;
    double footerRoom = g.width, footerX = g.left, footerLine = line2;
    if (!doc.footerHash.isEmpty()) {
        const QString label = doc.footerHashLabel + QLatin1Char(' ');
        const double hashWidth = fmMono.horizontalAdvance(doc.footerHash);
        const double labelWidth = fm.horizontalAdvance(label);
        const bool sameLine =
            fmBold.horizontalAdvance(pageText) + g.mm(4) + labelWidth + hashWidth <= g.width;
        const double hashLine = sameLine ? line1 : line2;
        p.setFont(mono);
        p.setPen(TextColour);
        p.drawText(QPointF(g.right - hashWidth, hashLine), doc.footerHash);
        p.setFont(small);
        p.setPen(MutedColour);
        if (sameLine)
            p.drawText(QPointF(g.right - hashWidth - labelWidth, line1), label);
        else {
            const double shortLabel = fm.horizontalAdvance(label.trimmed());
            p.drawText(QPointF(g.right - shortLabel, line1), label.trimmed());
            // The branding line moves up, between the page number and the hash's label.
            footerX = g.left + fmBold.horizontalAdvance(pageText) + g.mm(4);
            footerRoom = g.right - shortLabel - g.mm(4) - footerX;
            footerLine = line1;
        }
    }
    p.setFont(small);
    p.setPen(MutedColour);
    if (footerRoom > g.mm(15))
        p.drawText(QPointF(footerX, footerLine), fm.elidedText(footer, Qt::ElideRight, footerRoom));
}

} // namespace ab::render
