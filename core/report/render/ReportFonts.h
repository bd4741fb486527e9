#pragma once
// The report's fonts: DejaVu Sans and Sans Mono registered once from the system's font folder (embedded
// as TrueType subsets), the platform's fonts when they are missing.
#include <QFont>
#include <QString>

namespace ab::render {

struct FontFamilies
{
    QString body, mono;
};

// Registers the fonts on first use (thread-safe); needs a QGuiApplication.
const FontFamilies &fontFamilies();
// A body or monospace font at `points`, set up so layout measures exactly what print paints.
QFont makeFont(bool mono, double points, bool bold = false);

} // namespace ab::render
