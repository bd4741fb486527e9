#include "core/report/render/LaidOutText.h"

#include <QTextOption>

namespace ab::render {

LaidOutText layoutText(const QString &text, const QFont &font, double width, QPaintDevice *device,
                       Qt::Alignment alignment)
{
    LaidOutText t;
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    t.layout = std::make_unique<QTextLayout>(shown, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long hashes break instead of overflowing
    t.layout->setTextOption(option);
    t.layout->setCacheEnabled(true);
    t.layout->beginLayout();
    double y = 0;
    for (QTextLine line = t.layout->createLine(); line.isValid(); line = t.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    t.layout->endLayout();
    t.height = y;
    return t;
}

} // namespace ab::render
