#include "core/report/render/ReportFonts.h"

#include <QFile>
#include <QFontDatabase>

#include <mutex>

namespace ab::render {

const FontFamilies &fontFamilies()
{
    static FontFamilies f;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        const auto add = [&](const char *file) {
            const QString path = dir + QLatin1String(file);
            if (!QFile::exists(path))
                return QString();
            const int id = QFontDatabase::addApplicationFont(path);
            return id < 0 ? QString() : QFontDatabase::applicationFontFamilies(id).value(0);
        };
        f.body = add("DejaVuSans.ttf");
        add("DejaVuSans-Bold.ttf");
        add("DejaVuSans-Oblique.ttf");
        f.mono = add("DejaVuSansMono.ttf");
        add("DejaVuSansMono-Bold.ttf");
        if (f.body.isEmpty())
            f.body = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        if (f.mono.isEmpty())
            f.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    });
    return f;
}

QFont makeFont(bool mono, double points, bool bold)
{
    QFont font(mono ? fontFamilies().mono : fontFamilies().body);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // metrics scale linearly: layout equals print
    font.setKerning(true);
    // No ligatures: a PDF "fi" ligature extracts as U+FB01, so "verified" would not be found by search or
    // pdftotext. Qt 6.4 has no font feature switch; any letter spacing makes its shaper skip ligatures, and
    // 1/64 of a device unit (1/38400 inch) is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

} // namespace ab::render
