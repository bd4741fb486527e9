// Build-time helper (never installed): renders the SVG application icon into the hicolor PNG sizes, so the
// PNGs cannot drift from the SVG and no rasteriser beyond Qt Svg is needed.
// Usage: auditbench-render-icon ICON.svg OUTDIR SIZE... -> OUTDIR/SIZExSIZE/apps/auditbench.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fputs("usage: auditbench-render-icon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    // No application object: the icon has no text, so no fonts (and no platform plugin) are needed.
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "auditbench-render-icon: cannot read %s\n", argv[1]);
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/auditbench.png"))) {
            std::fprintf(stderr, "auditbench-render-icon: cannot write %s\n", qPrintable(dir));
            return 2;
        }
    }
    return 0;
}
