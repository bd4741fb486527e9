#pragma once
// Where a report may draw on the device's paper: the paper is the device's (A4 for PDFs; whatever the print
// dialog chose when printing), in the device's own resolution; the margins are the report's own.
#include "core/report/render/RenderStyle.h"

#include <QPageLayout>
#include <QPagedPaintDevice>

#include <algorithm>

namespace ab::render {

struct PageGeometry
{
    int dpi = Resolution;
    double pageHeightMm = 297;
    double left = 0, right = 0, top = 0, bottom = 0, width = 0; // device units from the paper's corner

    double mm(double v) const { return v * dpi / 25.4; }

    static PageGeometry of(QPagedPaintDevice *device)
    {
        PageGeometry g;
        g.dpi = std::max(1, device->logicalDpiY());
        const QRectF paper = device->pageLayout().fullRect(QPageLayout::Millimeter);
        g.pageHeightMm = paper.height();
        g.left = g.mm(MarginLeftMm);
        g.right = g.mm(paper.width() - MarginRightMm);
        g.top = g.mm(MarginTopMm);
        g.bottom = g.mm(g.pageHeightMm - MarginBottomMm);
        g.width = g.right - g.left;
        return g;
    }
};

} // namespace ab::render
