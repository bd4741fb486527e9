#pragma once
// A paragraph laid out into lines for a given width: measured once, then drawn (or drawn line by line
// across a page break) exactly as measured.
#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;

namespace ab::render {

struct LaidOutText
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0;
};

// Newlines become line breaks; long words (hashes) break anywhere rather than overflow `width`.
LaidOutText layoutText(const QString &text, const QFont &font, double width, QPaintDevice *device,
                       Qt::Alignment alignment = Qt::AlignLeft);

} // namespace ab::render
