// One generation path: the same package generated through the GUI (PackagesView on a real workspace,
// offscreen) and through `auditbench-cli package` (the real binary) is stored byte for byte the same. The
// clock and the package id are fixed through AUDITBENCH_FIXED_TIME / AUDITBENCH_FIXED_PACKAGE_ID, the
// auditor through AUDITBENCH_USER; both workspaces are copies of one that holds the export and a
// verification run of its chain, so the Monitoring answer's citation is compared too.
#include "support/GuiTestSupport.h"
#include "support/PackageFixture.h"

#include "core/workspace/WorkspaceStore.h"
#include "ui/packages/PackagesView.h"

#include <QApplication>
#include <QComboBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestGuiPackageParity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void guiAndCliStoreTheSameBytes();

private:
    QTemporaryDir m_settings;
};

static const char *const FixedId = "99999999-8888-4777-8666-555555555555";
static const char *const FixedTime = "2026-04-01T08:30:00Z";

void TestGuiPackageParity::initTestCase()
{
    ab::test::isolateSettings(m_settings);
    qputenv("AUDITBENCH_USER", "Ada Auditor <ada@example.com>");
    qputenv("AUDITBENCH_FIXED_TIME", FixedTime);
    qputenv("AUDITBENCH_FIXED_PACKAGE_ID", FixedId);
}

void TestGuiPackageParity::guiAndCliStoreTheSameBytes()
{
    if (!PackagesView::generationAvailable())
        QSKIP("package generation is not built in");
    QTemporaryDir tmp;
    const QString seed = tmp.filePath(QStringLiteral("seed.auditbench"));
    qint64 runId = 0;
    {
        auto store = WorkspaceStore::open(seed, WorkspaceStore::OpenMode::CreateIfMissing);
        const QList<ImportFileResult> imported = store->importFiles({fixture::smallPath()});
        QCOMPARE(imported.size(), 1);
        runId = store->verifyRuntimeExport(imported[0].sourceId, VerifyOptions{}).id;
    }
    const QString guiPath = tmp.filePath(QStringLiteral("gui.auditbench"));
    const QString cliPath = tmp.filePath(QStringLiteral("cli.auditbench"));
    QVERIFY(QFile::copy(seed, guiPath));
    QVERIFY(QFile::copy(seed, cliPath));

    // The GUI: choose agent A, press Generate, wait for the background job.
    auto guiStore = WorkspaceStore::open(guiPath, WorkspaceStore::OpenMode::ExistingOnly);
    PackagesView view;
    view.setStore(guiStore.get());
    view.reload();
    auto *agent = view.findChild<QComboBox *>(QStringLiteral("packageAgent"));
    QVERIFY(agent);
    const int agentIndex = agent->findData(fixture::AgentA);
    QVERIFY(agentIndex > 0);
    agent->setCurrentIndex(agentIndex);
    QSignalSpy generated(&view, &PackagesView::packageGenerated);
    QList<Issue> issues;
    connect(&view, &PackagesView::issuesReported, this, [&issues](const QList<Issue> &i) { issues << i; });
    QVERIFY(view.generate());
    QVERIFY(generated.wait(60000));
    QVERIFY(issues.isEmpty());
    QCOMPARE(generated.at(0).at(0).toString(), QString::fromLatin1(FixedId));

    // The command line on the other copy.
    QProcess cli;
    cli.start(QStringLiteral(AB_CLI_PATH), {QStringLiteral("package"), QStringLiteral("--workspace"), cliPath,
                                            QStringLiteral("--agent"), fixture::AgentA});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(cli.readAllStandardOutput().trimmed(), QByteArray(FixedId));

    const QByteArray fromGui = guiStore->packageJson(QString::fromLatin1(FixedId));
    const QByteArray fromCli =
        WorkspaceStore::open(cliPath, WorkspaceStore::OpenMode::ExistingOnly)->packageJson(FixedId);
    QVERIFY(!fromGui.isEmpty());
    QCOMPARE(fromGui, fromCli);

    // What the two paths once disagreed on: the citation names the export's file, the run is the seed's,
    // generated_by is the auditor, and the fixed clock and id were used.
    const QJsonObject pkg = fixture::object(fromGui);
    QCOMPARE(pkg[QLatin1String("generated_at")].toString(), QString::fromLatin1(FixedTime));
    QCOMPARE(pkg[QLatin1String("generated_by")].toString(), QStringLiteral("Ada Auditor <ada@example.com>"));
    QJsonObject chain;
    for (const QJsonValue &a : pkg[QLatin1String("vsq")][QLatin1String("answers")].toArray())
        if (a[QLatin1String("category")].toString() == QLatin1String("Monitoring"))
            chain = a[QLatin1String("evidence")][QLatin1String("chain_verification")].toObject();
    QCOMPARE(chain[QLatin1String("source")].toString(), QStringLiteral("runtime-small.json"));
    QCOMPARE(chain[QLatin1String("run_id")].toString(), QString::number(runId));
    QVERIFY(PackageGenerator::contentSha256Matches(fromGui));
}

QTEST_MAIN(TestGuiPackageParity)
#include "tst_gui_packageparity.moc"
