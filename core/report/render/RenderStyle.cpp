#include "core/report/render/RenderStyle.h"

namespace ab::render {

QColor toneColour(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1B, 0x7F, 0x3B);
    case Tone::Warning:
        return QColor(0xA8, 0x5F, 0x00);
    case Tone::Bad:
        return QColor(0xB3, 0x26, 0x1E);
    case Tone::Neutral:
        break;
    }
    return QColor(0x4A, 0x55, 0x60);
}

QColor toneBackground(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0xE6, 0xF4, 0xEA);
    case Tone::Warning:
        return QColor(0xFF, 0xF1, 0xDB);
    case Tone::Bad:
        return QColor(0xFB, 0xE6, 0xE4);
    case Tone::Neutral:
        break;
    }
    return QColor(0xF1, 0xF3, 0xF5);
}

} // namespace ab::render
