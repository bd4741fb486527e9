#pragma once
// A diagram in a report: read and sized for the page (or why it cannot be drawn), then painted as vector
// paths with its labels also written as invisible, searchable text.
#include "core/report/ReportDocument.h"
#include "core/report/render/LaidOutText.h"
#include "core/report/render/PageGeometry.h"

#include <QSizeF>
#include <QSvgRenderer>

#include <memory>

class QPainter;
class QPaintDevice;

namespace ab::render {

// A diagram read and sized for this page's width: its renderer, its size at a whole page's width and
// height, and its caption. `problem` says why it cannot be drawn (then nothing else is set).
struct SvgFit
{
    std::unique_ptr<QSvgRenderer> renderer;
    QString problem;
    QSizeF full;
    LaidOutText caption;
    double captionHeight = 0;
};

SvgFit fitSvg(const ReportDocument::Svg &svg, const PageGeometry &geometry, QPaintDevice *device);

// Renders the diagram into `box` (vector: the PDF engine receives paths, not pixels) and lays its <text>
// labels over it as invisible text.
void paintSvg(QPainter &painter, QPaintDevice *device, int dpi, const QByteArray &svg, QSvgRenderer &renderer,
              const QRectF &box);

} // namespace ab::render
