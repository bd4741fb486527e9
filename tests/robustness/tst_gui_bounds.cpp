// The workbench's form of --max-inflated-size / --max-inflated-ratio (issue 16): Settings shows the limits in
// force, raises them only when the auditor accepts the dialog, refuses a malformed value with the reason
// (nothing changed), and each new dialog starts from what is in force.
#include "support/GuiTestSupport.h"

#include "core/json/BoundedInflate.h"
#include "ui/common/SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestGuiBounds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }
    void defaultsShown();
    void raisedOnAccept();
    void malformedRefused_data();
    void malformedRefused();

private:
    QTemporaryDir m_settingsDir;
};

void TestGuiBounds::defaultsShown()
{
    InflateLimits::setProcessDefault(InflateLimits{});
    SettingsDialog dialog;
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedSize"))->text(), QStringLiteral("2G"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedRatio"))->text(),
             QStringLiteral("100"));
}

void TestGuiBounds::raisedOnAccept()
{
    InflateLimits::setProcessDefault(InflateLimits{});
    {
        SettingsDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedSize"))->setText(QStringLiteral("3G"));
        dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedRatio"))->setText(QStringLiteral("0"));
        // Cancel changes nothing.
        dialog.reject();
        QCOMPARE(InflateLimits::processDefault().maxSize, InflateLimits::DefaultMaxSize);
    }
    SettingsDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedSize"))->setText(QStringLiteral("3G"));
    dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedRatio"))->setText(QStringLiteral("0"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(InflateLimits::processDefault().maxSize, qint64(3) << 30);
    QCOMPARE(InflateLimits::processDefault().maxRatio, qint64(0));
    SettingsDialog again;
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("maxInflatedSize"))->text(), QStringLiteral("3G"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("maxInflatedRatio"))->text(), QStringLiteral("0"));
    InflateLimits::setProcessDefault(InflateLimits{});
}

void TestGuiBounds::malformedRefused_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QString>("error");
    QTest::newRow("size") << QStringLiteral("lots") << QStringLiteral("100")
                          << QStringLiteral(
                                 "Largest inflated size 'lots': expected a size in bytes greater than "
                                 "0, such as 4096, 512M or 4G.");
    QTest::newRow("zero size") << QStringLiteral("0") << QStringLiteral("100")
                               << QStringLiteral(
                                      "Largest inflated size '0': expected a size in bytes greater "
                                      "than 0, such as 4096, 512M or 4G.");
    QTest::newRow("ratio") << QStringLiteral("2G") << QStringLiteral("-5")
                           << QStringLiteral(
                                  "Largest inflation ratio '-5': expected a whole number of 0 or more.");
}

void TestGuiBounds::malformedRefused()
{
    QFETCH(QString, size);
    QFETCH(QString, ratio);
    QFETCH(QString, error);
    InflateLimits::setProcessDefault(InflateLimits{});
    SettingsDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedSize"))->setText(size);
    dialog.findChild<QLineEdit *>(QStringLiteral("maxInflatedRatio"))->setText(ratio);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("inflateLimitsError"));
    QCOMPARE(label->text(), error);
    QVERIFY(!label->isHidden());
    QCOMPARE(InflateLimits::processDefault().maxSize, InflateLimits::DefaultMaxSize);
    QCOMPARE(InflateLimits::processDefault().maxRatio, InflateLimits::DefaultMaxRatio);
}

QTEST_MAIN(TestGuiBounds)
#include "tst_gui_bounds.moc"
