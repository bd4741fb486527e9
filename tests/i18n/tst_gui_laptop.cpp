// The workbench on a laptop (issue 19): the main window fits 1000 × 650 in English and in German (longer
// texts), and on every page every action button is shown whole, not cut off by its page or the window.
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/LanguageSwitch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace ab;

namespace {

// The part of `widget` that its ancestors (up to the window) leave visible, in window coordinates.
QRect visiblePart(const QWidget *widget)
{
    const QWidget *window = widget->window();
    QRect visible(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget())
        visible &= QRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
    return visible & window->rect();
}

// Buttons of item views (headers, corners), tab bars (scroll arrows) and scrolled panes are reached by
// scrolling; every other shown button must be whole.
bool scrolledOrInternal(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) ||
            qobject_cast<const QScrollArea *>(w))
            return true;
    return false;
}

QString describe(const QAbstractButton *button)
{
    return QStringLiteral("%1 \"%2\"").arg(button->objectName(), button->text());
}

} // namespace

class TestGuiLaptop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }
    void cleanup() { LanguageSwitch::apply(QStringLiteral("en")); }

    void fitsOneThousandBySixFifty_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }

    void fitsOneThousandBySixFifty()
    {
        QFETCH(QString, language);
        LanguageSwitch::apply(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize laptop(1000, 650);
        QStringList tooBig;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        for (int page = 0; page < tabs->count(); ++page) {
            window.showPage(MainWindow::Page(page));
            QApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            if (qEnvironmentVariableIsSet("AB_LAYOUT_DEBUG")) {
                qInfo() << tabs->tabText(page) << "window" << minimum << "page"
                        << tabs->currentWidget()->minimumSizeHint();
                for (QWidget *w : window.findChildren<QWidget *>())
                    if (w->isVisible() &&
                        (w->minimumSizeHint().width() > 600 || w->minimumSizeHint().height() > 250))
                        qInfo() << "   " << w->metaObject()->className() << w->objectName()
                                << w->minimumSizeHint() << w->minimumSize();
            }
            if (minimum.width() > laptop.width() || minimum.height() > laptop.height())
                tooBig << QStringLiteral("%1: %2 × %3")
                              .arg(tabs->tabText(page))
                              .arg(minimum.width())
                              .arg(minimum.height());
        }
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QLatin1String("; "))));

        window.resize(laptop);
        QTRY_COMPARE(window.size(), laptop);
        QStringList clipped;
        int checked = 0;
        for (int page = 0; page < tabs->count(); ++page) {
            window.showPage(MainWindow::Page(page));
            QApplication::processEvents();
            for (QAbstractButton *button : tabs->currentWidget()->findChildren<QAbstractButton *>()) {
                if (!button->isVisible() || scrolledOrInternal(button))
                    continue;
                ++checked;
                const QRect whole(button->mapTo(&window, QPoint(0, 0)), button->size());
                if (visiblePart(button) != whole)
                    clipped << QStringLiteral("%1: %2 shows %3,%4 %5×%6 of %7,%8 %9×%10")
                                   .arg(tabs->tabText(page), describe(button))
                                   .arg(visiblePart(button).x())
                                   .arg(visiblePart(button).y())
                                   .arg(visiblePart(button).width())
                                   .arg(visiblePart(button).height())
                                   .arg(whole.x())
                                   .arg(whole.y())
                                   .arg(whole.width())
                                   .arg(whole.height());
            }
        }
        if (qEnvironmentVariableIsSet("AB_LAYOUT_DEBUG"))
            for (QDockWidget *dock : window.findChildren<QDockWidget *>())
                qInfo() << dock->objectName() << dock->isVisible() << dock->geometry()
                        << dock->minimumSizeHint() << "central" << window.centralWidget()->geometry();
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));

        // The buttons an auditor comes for, named: shown whole on their page at this size.
        const QList<QPair<MainWindow::Page, QString>> main = {
            {MainWindow::VerificationPage, QStringLiteral("verifyButton")},
            {MainWindow::PackagesPage, QStringLiteral("generatePackageButton")},
            {MainWindow::ExaminationPage, QStringLiteral("buildPack")},
            {MainWindow::EvidencePortfolioPage, QStringLiteral("buildPortfolio")},
            {MainWindow::AuditLogPage, QStringLiteral("listingButton")}};
        for (const auto &[page, name] : main) {
            window.showPage(page);
            QApplication::processEvents();
            auto *button = tabs->currentWidget()->findChild<QAbstractButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(button->isVisible(), qPrintable(name));
            const QRect whole(button->mapTo(&window, QPoint(0, 0)), button->size());
            QVERIFY2(visiblePart(button) == whole, qPrintable(name));
        }
    }
};

QTEST_MAIN(TestGuiLaptop)
#include "tst_gui_laptop.moc"
