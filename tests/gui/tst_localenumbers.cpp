// Numbers in the user's locale (issue 19): the figures the workbench shows (the Overview's counts, the
// verification result's events checked and the records per source) follow QLocale's group separator: "1.200"
// in German, "1,200" in English. Ids, sequence numbers and evidence text stay as they are.
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"
#include "ui/overview/OverviewPage.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationResultPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace ab;

class TestLocaleNumbers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;

    // The value beside `label` in any of the panel's forms.
    static QString formValue(QWidget *panel, const QString &label)
    {
        for (QFormLayout *form : panel->findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                auto *name = form->itemAt(row, QFormLayout::LabelRole);
                auto *value = form->itemAt(row, QFormLayout::FieldRole);
                if (name && value && qobject_cast<QLabel *>(name->widget()) &&
                    qobject_cast<QLabel *>(name->widget())->text() == label)
                    return qobject_cast<QLabel *>(value->widget())->text();
            }
        }
        return QStringLiteral("(no row %1)").arg(label);
    }

    static VerificationRunSummary run()
    {
        VerificationRunSummary summary;
        summary.id = QStringLiteral("7");
        summary.ranAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        summary.ranBy = QStringLiteral("Ana Auditor");
        summary.result.eventsChecked = 1200;
        summary.result.errorCount = 0;
        summary.result.valid = true;
        summary.result.macsVerified = true;
        return summary;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settings);
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("numbers.auditbench")));
        m_store->importBytes(
            {{QStringLiteral("r.json"), wsfixture::asArray(wsfixture::gatewayRecords(1200))}});
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void figuresFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("1.200");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral("1,200");
    }

    void figuresFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);

        OverviewPage overview;
        overview.setStore(m_store.get());
        QCOMPARE(overview.findChild<QLabel *>(QStringLiteral("figure_gatewayRecords"))->text(), expected);
        QCOMPARE(overview.findChild<QLabel *>(QStringLiteral("figure_sources"))->text(), QStringLiteral("1"));
        overview.setStore(nullptr);

        VerificationResultPanel panel;
        panel.showRun(run());
        QCOMPARE(formValue(&panel, QStringLiteral("Events checked:")), expected);
        QCOMPARE(formValue(&panel, QStringLiteral("Errors:")), QStringLiteral("0"));

        // A count inside a %Ln (plural) message: no translator here, so the source text with "(s)".
        VerificationResult failed;
        failed.eventsChecked = 1500;
        failed.errorCount = 1200;
        failed.valid = false;
        failed.macsVerified = true;
        VerdictBanner banner;
        banner.showResult(failed);
        QCOMPARE(banner.findChild<QLabel *>(QStringLiteral("verdictTitle"))->text(),
                 QStringLiteral("Verification failed: %1 error(s)").arg(expected));
    }
};

QTEST_MAIN(TestLocaleNumbers)
#include "tst_localenumbers.moc"
