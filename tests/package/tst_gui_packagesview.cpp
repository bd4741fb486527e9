// The Packages page flags an imported (platform) package whose content_sha256 does not match its content: a
// visible mark and a tooltip in the versions list, and a warning in the header when it is shown. A package
// whose hash matches carries neither.
#include "support/GuiTestSupport.h"
#include "support/PackageFixture.h"

#include "core/crypto/Crypto.h"
#include "core/package/WorkspacePackages.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/packages/PackagesView.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestGuiPackagesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ab::test::isolateSettings(m_settings); }
    void tamperedImportFlagged();

private:
    QTemporaryDir m_settings;
};

static const QString PlatformId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");

// The header label: the one whose text names the shown package.
static QString headerText(const PackagesView &view, const QString &packageId)
{
    for (const QLabel *label : view.findChildren<QLabel *>())
        if (label->text().contains(packageId))
            return label->text();
    return {};
}

void TestGuiPackagesView::tamperedImportFlagged()
{
    QTemporaryDir tmp;
    QByteArray json = fixture::readFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
    json.replace("dana.auditor@example.com", "mallory@example.com");
    QVERIFY(!PackageGenerator::contentSha256Matches(json));
    const QString file = tmp.filePath(QStringLiteral("platform-package.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }
    auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing);
    store->importFiles({file, fixture::smallPath()});
    const QString ownId =
        generatePackageInWorkspace(*store, fixture::AgentA, fixture::fixedOptions()).packageId;

    PackagesView view;
    view.setStore(store.get());
    view.reload();
    QTableWidget *versions = view.versionsTable();
    QCOMPARE(versions->rowCount(), 2);
    int flagged = 0;
    for (int row = 0; row < versions->rowCount(); ++row) {
        const QString id = versions->item(row, 3)->data(Qt::UserRole).toString();
        const QTableWidgetItem *origin = versions->item(row, 2);
        const bool mismatch = id == PlatformId;
        QCOMPARE(origin->text(), mismatch ? QStringLiteral("⚠ platform") : QStringLiteral("workbench"));
        QCOMPARE(origin->toolTip(), mismatch ? PackagesView::hashMismatchText() : QString());
        QCOMPARE(origin->icon().isNull(), !mismatch);
        flagged += mismatch ? 1 : 0;
    }
    QCOMPARE(flagged, 1);

    QVERIFY(view.showPackage(PlatformId));
    QVERIFY(headerText(view, PlatformId).contains(PackagesView::hashMismatchText().toHtmlEscaped()));
    QVERIFY(view.showPackage(ownId));
    const QString own = headerText(view, ownId);
    QVERIFY(!own.isEmpty());
    QVERIFY(!own.contains(QStringLiteral("⚠")));
    // The header says what the package cites about the agent runtime chain: here, that nothing was stored.
    QVERIFY2(own.contains(QStringLiteral(
                 "Agent runtime chain: no verification was stored when this package was generated.")),
             qPrintable(own));
    // The platform's compliance.generated entry is bookkeeping in the SOC 2 summary, not an unmapped type.
    const QString soc2 = view.findChild<QLabel *>(QStringLiteral("soc2Summary"))->text();
    QVERIFY2(
        soc2.endsWith(QStringLiteral("Action types observed but unmapped: none\n"
                                     "Platform bookkeeping (not mapped to controls): compliance.generated")),
        qPrintable(soc2));

    // After a verification of the runtime chain (the fixture's entries carry no chain fields: errors), a new
    // package cites that run, and the header says so with the run's verdict and result hash.
    const VerificationRun run = store->verifyRuntime(VerifyOptions{});
    QVERIFY(run.result.errorCount > 0);
    PackageOptions later = fixture::fixedOptions();
    later.packageId = QStringLiteral("11111111-2222-4333-8444-999999999999");
    generatePackageInWorkspace(*store, fixture::AgentA, later);
    view.reload();
    QVERIFY(view.showPackage(later.packageId));
    QCOMPARE(headerText(view, later.packageId).section(QStringLiteral("<br>"), 2, 2),
             QStringLiteral("Agent runtime chain: run %1 cited (%2 error(s)), result SHA-256 %3…")
                 .arg(run.id)
                 .arg(run.result.errorCount)
                 .arg(crypto::sha256Hex(run.resultJson).left(16)));
}

QTEST_MAIN(TestGuiPackagesView)
#include "tst_gui_packagesview.moc"
