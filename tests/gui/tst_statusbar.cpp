// Status-bar messages never overlap the auditor label (issue 19): at 1000 px wide, a message far longer than
// the bar leaves the label's pixels exactly as they were, and every pixel the message painted lies outside
// the label's geometry; the label keeps its full width.
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace ab;

namespace {

// The bounding box of the pixels that differ between two images of the same size.
QRect changedPixels(const QImage &a, const QImage &b)
{
    QRect box;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class TestStatusBar : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void longMessageLeavesTheAuditorLabelAlone_data()
    {
        QTest::addColumn<QByteArray>("auditor");
        QTest::newRow("usual name") << QByteArray("Ana Auditor <ana@firm.example>");
        QTest::newRow("very long name")
            << QByteArray("Anastasia Konstantinopoulou-Fitzgerald "
                          "<anastasia.konstantinopoulou-fitzgerald@a-very-long-audit-firm-name.example>");
    }

    void longMessageLeavesTheAuditorLabelAlone()
    {
        QFETCH(QByteArray, auditor);
        qputenv("AUDITBENCH_USER", auditor);
        MainWindow window;
        window.resize(1000, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.width(), 1000);
        QStatusBar *bar = window.statusBar();
        auto *label = window.findChild<QLabel *>(QStringLiteral("auditorLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(QStringLiteral("Auditor: ")), qPrintable(label->text()));
        QCOMPARE(label->parentWidget(), bar);
        const QRect labelRect = label->geometry();
        QVERIFY(bar->rect().contains(labelRect)); // nothing of it cut off at the window's edge
        QVERIFY(labelRect.width() >= qMin(label->sizeHint().width(), label->maximumWidth()));
        // The whole name is there to read (the tooltip when the label has to shorten it).
        QVERIFY2(label->text().contains(QString::fromUtf8(auditor)) ||
                     label->toolTip().contains(QString::fromUtf8(auditor)),
                 qPrintable(label->text()));
        // Room is left for the message: at least half the bar.
        QVERIFY2(labelRect.left() >= bar->width() / 2, qPrintable(QString::number(labelRect.left())));

        const QImage before = bar->grab().toImage();
        QString message;
        for (int i = 0; i < 12; ++i)
            message += QStringLiteral("Record evt_%1 is not in this workspace's audit log. ").arg(i);
        bar->showMessage(message, 60000);
        QCOMPARE(bar->currentMessage(), message);
        const QImage after = bar->grab().toImage();
        QCOMPARE(label->geometry(), labelRect); // the message moved nothing
        const QRect painted = changedPixels(before, after);
        QVERIFY2(!painted.isEmpty(), "the message was not painted at all");
        QVERIFY2(!painted.intersects(labelRect),
                 qPrintable(QStringLiteral("message painted over %1,%2 %3x%4; label at %5,%6 %7x%8")
                                .arg(painted.x())
                                .arg(painted.y())
                                .arg(painted.width())
                                .arg(painted.height())
                                .arg(labelRect.x())
                                .arg(labelRect.y())
                                .arg(labelRect.width())
                                .arg(labelRect.height())));
        QCOMPARE(after.copy(labelRect), before.copy(labelRect));
        bar->clearMessage();
    }
};

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
