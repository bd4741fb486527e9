#include "core/report/render/SvgBlock.h"

#include "core/report/render/ReportFonts.h"
#include "core/report/render/ReportWriterTr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>

#include <cmath>

namespace ab::render {

namespace {

// An SVG transform list ("scale(1 1) rotate(0) translate(4 576)", "matrix(a b c d e f)"): applied in
// order to a QTransform, the last operation is the first applied to a point, as SVG specifies.
QTransform svgTransform(QStringView list)
{
    static const QRegularExpression operation(
        QStringLiteral("(matrix|translate|scale|rotate)\\s*\\(([^)]*)\\)"));
    static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
    QTransform t;
    for (auto it = operation.globalMatch(list); it.hasNext();) {
        const auto m = it.next();
        QList<double> v;
        for (const QString &n : m.captured(2).split(separator, Qt::SkipEmptyParts))
            v.append(n.toDouble());
        const QString op = m.captured(1);
        if (op == QLatin1String("translate") && !v.isEmpty())
            t.translate(v.at(0), v.value(1, 0));
        else if (op == QLatin1String("scale") && !v.isEmpty())
            t.scale(v.at(0), v.value(1, v.at(0)));
        else if (op == QLatin1String("rotate") && !v.isEmpty()) {
            t.translate(v.value(1, 0), v.value(2, 0));
            t.rotate(v.at(0));
            t.translate(-v.value(1, 0), -v.value(2, 0));
        } else if (op == QLatin1String("matrix") && v.size() == 6)
            t = QTransform(v.at(0), v.at(1), v.at(2), v.at(3), v.at(4), v.at(5)) * t;
    }
    return t;
}

// Qt's SVG renderer draws <text> as outlines: sharp on paper, but a search for a node's name in the PDF
// finds nothing. So each label is also written as invisible text (a fully transparent pen) at the
// label's place, the way scanned documents carry a text layer: the page looks the same, and the
// diagram's words can be searched, selected and extracted.
void searchableSvgText(QPainter &painter, QPaintDevice *device, int dpi, const QByteArray &svg,
                       const QSvgRenderer &renderer, const QRectF &box)
{
    QRectF viewBox = renderer.viewBoxF();
    if (viewBox.isEmpty())
        viewBox = QRectF(QPointF(0, 0), QSizeF(renderer.defaultSize()));
    if (viewBox.isEmpty())
        return;
    QTransform toBox;
    toBox.translate(box.x(), box.y());
    toBox.scale(box.width() / viewBox.width(), box.height() / viewBox.height());
    toBox.translate(-viewBox.x(), -viewBox.y());
    const auto number = [](QStringView value) { // "14", "14.00", "14px", "10 20" (first of a list)
        static const QRegularExpression first(
            QStringLiteral("^\\s*(-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"));
        const auto m = first.match(value);
        return m.hasMatch() ? m.captured(1).toDouble() : qQNaN();
    };
    struct Scope
    {
        QTransform transform; // user space of this element -> the SVG's viewBox
        double fontSize = 14;
        QString anchor;
    };
    QList<Scope> scopes{Scope{}};
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (scopes.size() > 1)
                scopes.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        Scope scope = scopes.last();
        const QXmlStreamAttributes a = xml.attributes();
        if (a.hasAttribute(QLatin1String("transform")))
            scope.transform = svgTransform(a.value(QLatin1String("transform"))) * scope.transform;
        if (const double size = number(a.value(QLatin1String("font-size"))); !qIsNaN(size) && size > 0)
            scope.fontSize = size;
        if (a.hasAttribute(QLatin1String("text-anchor")))
            scope.anchor = a.value(QLatin1String("text-anchor")).toString();
        if (xml.name() != QLatin1String("text")) {
            scopes.append(scope);
            continue;
        }
        const double x = number(a.value(QLatin1String("x"))), y = number(a.value(QLatin1String("y")));
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        if (text.isEmpty() || qIsNaN(x) || qIsNaN(y))
            continue; // readElementText left the reader on </text>: nothing was pushed for it
        const QTransform map = scope.transform * toBox;
        const double scale = std::sqrt(std::abs(map.determinant()));
        const double pixels = scope.fontSize * scale;
        if (!(pixels > 0))
            continue;
        QFont font(fontFamilies().body);
        font.setPointSizeF(pixels * 72.0 / dpi);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures, as in makeFont()
        const double width = QFontMetricsF(font, device).horizontalAdvance(text);
        QPointF at = map.map(QPointF(x, y));
        if (scope.anchor == QLatin1String("middle"))
            at.rx() -= width / 2;
        else if (scope.anchor == QLatin1String("end"))
            at.rx() -= width;
        painter.setFont(font);
        painter.setPen(QColor(0, 0, 0, 0));
        painter.drawText(at, text);
    }
}

} // namespace

SvgFit fitSvg(const ReportDocument::Svg &svg, const PageGeometry &g, QPaintDevice *device)
{
    SvgFit fit;
    // An <image> could pull a local file into the printout; diagrams made from evidence never need one.
    const bool external = svg.svg.contains("<image") || svg.svg.contains("<IMAGE");
    auto renderer = std::make_unique<QSvgRenderer>();
    if (external || svg.svg.isEmpty() || !renderer->load(svg.svg) || !renderer->isValid()) {
        fit.problem = svg.svg.isEmpty() ? ReportWriterTr::tr("Diagram: not provided.")
                      : external
                          ? ReportWriterTr::tr(
                                "Diagram not drawn: it refers to external images, which reports never embed.")
                          : ReportWriterTr::tr("Diagram not drawn: the SVG could not be read.");
        return fit;
    }
    QSizeF size = renderer->viewBoxF().size();
    if (size.isEmpty())
        size = renderer->defaultSize();
    if (size.isEmpty())
        size = QSizeF(4, 3);
    fit.caption = layoutText(svg.caption, makeFont(false, 8), g.width, device);
    fit.captionHeight = svg.caption.isEmpty() ? 0 : fit.caption.height + g.mm(2);
    fit.full = size;
    fit.full.scale(g.width, g.bottom - g.top - fit.captionHeight - g.mm(4), Qt::KeepAspectRatio);
    fit.renderer = std::move(renderer);
    return fit;
}

void paintSvg(QPainter &painter, QPaintDevice *device, int dpi, const QByteArray &svg, QSvgRenderer &renderer,
              const QRectF &box)
{
    renderer.render(&painter, box);
    searchableSvgText(painter, device, dpi, svg, renderer, box);
}

} // namespace ab::render
