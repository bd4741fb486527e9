// The DFD view: loads an SVG, zooms, fits, and exports SVG/PNG/DOT byte-for-byte or rendered.
#include "support/GuiTestSupport.h"
#include "ui/packages/DfdView.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace ab;

static const QByteArray Svg = R"(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400pt" height="200pt" viewBox="0 0 400 200">
<g id="graph0" class="graph"><title>dfd</title>
<rect x="10" y="10" width="120" height="60" fill="#ffffff" stroke="#000000"/>
<text x="70" y="45" text-anchor="middle" font-size="14">triage-bot</text>
<ellipse cx="300" cy="100" rx="60" ry="40" fill="#ff0000" stroke="#000000"/>
</g></svg>)";
static const QByteArray Dot = "digraph dfd { \"triage-bot\" -> \"policy engine\"; }\n";

class TestDfdView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }

    void rejectsWhatIsNotSvg()
    {
        DfdView view;
        QVERIFY(!view.setDiagram("<html>not an svg", Dot));
        QVERIFY(!view.canvas()->hasDiagram());
    }

    void zoomAndFit()
    {
        DfdView view;
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setDiagram(Svg, Dot, QStringLiteral("triage-bot")));
        DfdCanvas *canvas = view.canvas();
        QVERIFY(canvas->hasDiagram());
        // A 400x200 diagram in a smaller window is fitted below 100%.
        const qreal fitted = canvas->zoom();
        QVERIFY2(fitted < 1.0, qPrintable(QString::number(fitted)));
        canvas->zoomBy(2.0);
        QCOMPARE(canvas->zoom(), fitted * 2.0);
        // Wheel up zooms in.
        const qreal beforeWheel = canvas->zoom();
        QWheelEvent wheel(QPointF(50, 50), canvas->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas->viewport(), &wheel);
        QVERIFY(canvas->zoom() > beforeWheel);
        canvas->fit();
        QCOMPARE(canvas->zoom(), fitted);
        canvas->resetZoom();
        QCOMPARE(canvas->zoom(), 1.0);
    }

    void exportsAllThreeForms()
    {
        DfdView view;
        QVERIFY(view.setDiagram(Svg, Dot));
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("dfd.svg"));
        const QString dotPath = dir.filePath(QStringLiteral("dfd.dot"));
        const QString pngPath = dir.filePath(QStringLiteral("dfd.png"));
        QVERIFY(view.exportSvg(svgPath));
        QVERIFY(view.exportDot(dotPath));
        QVERIFY(view.exportPng(pngPath, 2.0));
        QFile svg(svgPath), dot(dotPath);
        QVERIFY(svg.open(QIODevice::ReadOnly) && dot.open(QIODevice::ReadOnly));
        QCOMPARE(svg.readAll(), Svg);
        QCOMPARE(dot.readAll(), Dot);
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        // 400pt x 200pt at scale 2.
        QCOMPARE(png.size(), QSize(int(view.canvas()->diagramSize().width() * 2),
                                   int(view.canvas()->diagramSize().height() * 2)));
        // The red ellipse at (300,100) is drawn, the background is white.
        const qreal sx = png.width() / 400.0, sy = png.height() / 200.0;
        QCOMPARE(png.pixelColor(int(300 * sx), int(100 * sy)), QColor(Qt::red));
        QCOMPARE(png.pixelColor(int(200 * sx), int(180 * sy)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestDfdView)
#include "tst_dfdview.moc"
