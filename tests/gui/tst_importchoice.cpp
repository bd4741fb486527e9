// Import without a workspace asks (issue 19): create a workspace and import, or only verify the chain files.
// Non-chain kinds (compliance bundles, OCSF events, agent runtime exports) never go to the Verification page
// silently; creating the workspace from the dialog imports every file.
#include "TestConfig.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"
#include "ui/MainWindow.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/shell/ImportChoiceDialog.h"
#include "ui/verification/VerificationView.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ab;

class TestImportChoice : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_chain, m_bundles, m_ocsf, m_runtime;

    // Runs `act` on the import dialog as soon as it is shown (it is modal: exec() waits for it).
    static void whenDialogShows(std::function<void(ImportChoiceDialog *)> act)
    {
        auto *poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, act]() {
            auto *dialog = qobject_cast<ImportChoiceDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            act(dialog);
        });
        poll->start();
    }

    static QStringList issueTexts(MainWindow &window)
    {
        QStringList texts;
        IssueModel *model = window.issuesDock()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->issue(row).message;
        return texts;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        m_chain = wsfixture::writeFile(m_dir.path(), QStringLiteral("gateway.ndjson"),
                                       wsfixture::asNdjson(wsfixture::gatewayRecords(5)));
        m_bundles =
            wsfixture::writeFile(m_dir.path(), QStringLiteral("bundles.json"), wsfixture::bundleExport(2));
        m_ocsf = wsfixture::writeFile(
            m_dir.path(), QStringLiteral("events.ocsf.ndjson"),
            wsfixture::asNdjson(QJsonArray{wsfixture::ocsfEvent(2004), wsfixture::ocsfEvent(3002)}));
        m_runtime =
            wsfixture::writeFile(m_dir.path(), QStringLiteral("runtime.json"), wsfixture::runtimeExport(4));
    }

    void formatsAreRecognisedFromContent()
    {
        QCOMPARE(ImportChoiceDialog::detectFormat(m_chain), QStringLiteral("gateway-audit-export"));
        QCOMPARE(ImportChoiceDialog::detectFormat(m_bundles), QStringLiteral("compliance-bundles"));
        QCOMPARE(ImportChoiceDialog::detectFormat(m_ocsf), QStringLiteral("ocsf-events"));
        QCOMPARE(ImportChoiceDialog::detectFormat(m_runtime), QStringLiteral("agent-runtime-export"));
        QCOMPARE(ImportChoiceDialog::detectFormat(m_dir.filePath(QStringLiteral("missing.json"))), QString());
    }

    void onlyVerifyTakesTheChainFilesAndNamesTheOthers()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QStringList listed;
        bool verifyEnabled = false;
        whenDialogShows([&](ImportChoiceDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("importChoiceFiles"));
            for (int row = 0; row < list->count(); ++row)
                listed << list->item(row)->text();
            auto *verifyOnly = dialog->findChild<QPushButton *>(QStringLiteral("verifyOnly"));
            verifyEnabled = verifyOnly->isEnabled();
            QTest::mouseClick(verifyOnly, Qt::LeftButton);
        });
        window.importFiles({m_chain, m_bundles, m_ocsf, m_runtime});
        QCOMPARE(listed, QStringList({QStringLiteral("gateway.ndjson — gateway audit export (a chain)"),
                                      QStringLiteral("bundles.json — compliance bundles (import only)"),
                                      QStringLiteral("events.ocsf.ndjson — OCSF events (import only)"),
                                      QStringLiteral("runtime.json — agent runtime export (import only)")}));
        QVERIFY(verifyEnabled);
        QVERIFY(!window.store()); // nothing created, nothing imported
        QCOMPARE(window.verificationView()->files(), QStringList{m_chain});
        QCOMPARE(window.currentPage(), MainWindow::VerificationPage);
        const QStringList issues = issueTexts(window);
        QVERIFY2(issues.contains(QStringLiteral(
                     "bundles.json is not verified: compliance bundles (import only). Create a workspace to "
                     "import it.")),
                 qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY(
            issues.contains(QStringLiteral("events.ocsf.ndjson is not verified: OCSF events (import only). "
                                           "Create a workspace to import it.")));
        QVERIFY(issues.contains(QStringLiteral("runtime.json is not verified: agent runtime export (import "
                                               "only). Create a workspace to import it.")));
    }

    void withoutAChainFileOnlyVerifyIsOff()
    {
        MainWindow window;
        window.show();
        bool verifyEnabled = true;
        whenDialogShows([&](ImportChoiceDialog *dialog) {
            verifyEnabled = dialog->findChild<QPushButton *>(QStringLiteral("verifyOnly"))->isEnabled();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelImport")),
                              Qt::LeftButton);
        });
        window.importFiles({m_bundles});
        QVERIFY(!verifyEnabled);
        QVERIFY(!window.store());
        QCOMPARE(window.verificationView()->files(), QStringList()); // never sent there
    }

    void createWorkspaceImportsEveryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engagement"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        whenDialogShows([&](ImportChoiceDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("newWorkspacePath"));
            edit->clear();
            QTest::keyClicks(edit, path);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createAndImport")),
                              Qt::LeftButton);
        });
        window.importFiles({m_chain, m_bundles, m_ocsf, m_runtime});
        QVERIFY(imported.wait(30000) || !imported.isEmpty());
        QVERIFY(imported.constLast().at(0).toBool());
        QVERIFY(window.store());
        QCOMPARE(window.workspacePath(), path + QStringLiteral(".auditbench"));
        const QList<SourceInfo> sources = window.store()->sources();
        QStringList formats;
        for (const SourceInfo &source : sources)
            formats << source.fileName + QLatin1Char('=') + source.format;
        formats.sort();
        QCOMPARE(formats, QStringList({QStringLiteral("bundles.json=compliance-bundles"),
                                       QStringLiteral("events.ocsf.ndjson=ocsf-events"),
                                       QStringLiteral("gateway.ndjson=gateway-audit-export"),
                                       QStringLiteral("runtime.json=agent-runtime-export")}));
        QCOMPARE(window.store()->count(), 5);
        QCOMPARE(window.verificationView()->files(), QStringList()); // imported, not handed to verification
    }
};

QTEST_MAIN(TestImportChoice)
#include "tst_importchoice.moc"
