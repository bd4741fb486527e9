// The Examination page in the main window: the tab after the others, the live checklist (seven items, the
// override exceptions failed), a signed pack built in the background with an encrypted key whose passphrase
// is asked for once, checked by Verify a pack…'s checks; Cancel leaves no folder.
#include "pack/PackFixture.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"

#include "ui/MainWindow.h"
#include "ui/common/TaskPanel.h"
#include "ui/examination/ExaminationView.h"
#include "ui/examination/VerifyPackDialog.h"

#include "core/workspace/WorkspaceStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ab;

class TestGuiExamination : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<packfixture::Fixture> m_fx;

    void prepare(ExaminationView *view)
    {
        view->setPeriod(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                        QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC));
        view->setFrameworks({"pci_dss", "sox"});
        view->setKeyringFile(m_fx->keyringPath);
        view->setSigningKeyFile(m_dir.path() + "/enc.pem");
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        m_fx = packfixture::make(m_dir.path());
        m_fx->store.reset();
        const auto [code, out] = packfixture::run("openssl",
                                                  {"genpkey", "-algorithm", "ed25519", "-aes-256-cbc",
                                                   "-pass", "pass:gui secret", "-out", "enc.pem"},
                                                  m_dir.path());
        QVERIFY2(code == 0, out.constData());
    }

    void buildsAPackFromThePage()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_fx->workspacePath));
        auto *tabs = window.findChild<QTabWidget *>("pages");
        QCOMPARE(tabs->tabText(MainWindow::ExaminationPage + 1) /* the Overview is tab 0 */,
                 QStringLiteral("Examination"));
        ExaminationView *view = window.examinationView();
        QCOMPARE(tabs->widget(MainWindow::ExaminationPage + 1), view);
        prepare(view);

        // The live checklist: seven items; the two unjustified overrides make the last one fail.
        QTableWidget *checklist = view->checklistTable();
        QCOMPARE(checklist->rowCount(), 7);
        QCOMPARE(checklist->item(6, 0)->text(), QStringLiteral("overrides-justified"));
        QCOMPARE(checklist->item(6, 1)->text(), QStringLiteral("FAILED"));
        QVERIFY(checklist->item(6, 2)->text().contains(m_fx->noReasonId));
        QCOMPARE(checklist->item(3, 0)->text(), QStringLiteral("retention-covered"));
        // Retention per framework in scope: 2025 reaches PCI DSS's 12 months, not SOX's 7 years.
        QCOMPARE(checklist->item(3, 1)->text(), QStringLiteral("OPEN"));
        QVERIFY(checklist->item(3, 2)->text().contains(
            "held from 2025-01-01T06:00:00Z): covered; sox: SOX: 7 years"));
        QVERIFY(checklist->item(3, 2)->text().endsWith("): not covered"));

        int asked = 0;
        view->setPassphrasePrompt([&asked](const QString &) {
            ++asked;
            return QByteArray("gui secret");
        });
        QSignalSpy built(view, &ExaminationView::packBuilt);
        QSignalSpy failed(view, &ExaminationView::buildFailed);
        const QString out = m_dir.path() + "/gui-pack";
        QVERIFY(view->startBuild(out));
        QVERIFY(view->isBuilding());
        QTRY_COMPARE_WITH_TIMEOUT(built.count() + failed.count(), 1, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(built.first().first().toString(), out);
        QCOMPARE(asked, 1);
        QCOMPARE(view->lastPack(), out);
        QVERIFY(QFileInfo::exists(out + "/pci-dss/pci-req3-blocks.json"));
        QVERIFY(QFileInfo::exists(out + "/sox/sox-override-audit-2025.json"));
        QVERIFY(QFileInfo::exists(out + "/MANIFEST.json.sig"));
        QVERIFY(!QFileInfo::exists(out + "/hipaa"));
        // After the build the chain item comes from the run it stored for the period.
        QCOMPARE(checklist->item(0, 1)->text(), QStringLiteral("DONE"));

        VerifyPackDialog dialog;
        dialog.setFolder(out);
        QVERIFY(dialog.verify());
        QVERIFY2(dialog.verdict().startsWith("INTACT: intact: "), qPrintable(dialog.verdict()));
        wsfixture::writeFile(out, "extra.txt", "x");
        QVERIFY(!dialog.verify());
        QCOMPARE(dialog.problems(), QStringLiteral("added: extra.txt (not in MANIFEST.json)"));
    }

    void cancelLeavesNothing()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_fx->workspacePath));
        ExaminationView *view = window.examinationView();
        prepare(view);
        view->setPassphrasePrompt([](const QString &) { return QByteArray("gui secret"); });
        QSignalSpy failed(view, &ExaminationView::buildFailed);
        const QStringList before =
            QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY(view->startBuild(m_dir.path() + "/cancelled"));
        window.taskPanel()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 120000);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Cancelled: no pack was written."));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 before);
        // No passphrase: nothing starts.
        view->setPassphrasePrompt([](const QString &) { return QByteArray(); });
        QVERIFY(!view->startBuild(m_dir.path() + "/nopass"));
        QCOMPARE(failed.last().first().toString(),
                 QStringLiteral("Build cancelled: the signing key needs its passphrase."));
    }
};

QTEST_MAIN(TestGuiExamination)
#include "tst_gui_examination.moc"
