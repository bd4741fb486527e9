#pragma once
// The report's look in one place: device resolution, margins, colours. Every render/ file draws with these,
// so a report reads as one document whichever part of the engine painted a block.
#include "core/report/ReportDocument.h"

#include <QColor>

namespace ab::render {

constexpr int Resolution = 600; // device units per inch; text and paths stay vector, this is only the grid
constexpr double MarginLeftMm = 18, MarginRightMm = 18, MarginTopMm = 24, MarginBottomMm = 22;
constexpr double KeyWidthMm = 48, KeyGapMm = 3; // key/value lists: the key column and the gap after it

inline const QColor TextColour(0x1C, 0x23, 0x2B);
inline const QColor MutedColour(0x5F, 0x6B, 0x76);
inline const QColor RuleColour(0xC9, 0xD0, 0xD6);
inline const QColor ZebraColour(0xF5, 0xF7, 0xF9);

// The stripe and text colour of a tone, and the tint behind a toned row or banner.
QColor toneColour(Tone tone);
QColor toneBackground(Tone tone);

} // namespace ab::render
