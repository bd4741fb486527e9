// A fork in the workbench (issue 11): verify a workspace, import a rewritten history, verify again through
// the window's Verify action. The result is red (Failed banner, the red border), the fork is the first row of
// the error list and an error in the Issues dock, with the exact contract text naming the run and the later
// file, and the result's sources list both files.
#include "TestConfig.h"
#include "support/ChainFixture.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"
#include "ui/MainWindow.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/verification/CoverageTimeline.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationView.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ab;
using ab::test::ChainFixture;

class TestChainForkGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

    static bool importAndWait(MainWindow &window, const QStringList &files)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFiles(files);
        return (finished.count() > 0 || finished.wait(30000)) && finished.constLast().at(0).toBool();
    }

    static bool verifyAndWait(MainWindow &window)
    {
        QSignalSpy finished(window.verificationView(), &VerificationView::verificationFinished);
        window.action(QStringLiteral("verify"))->trigger();
        return finished.count() > 0 || finished.wait(30000);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<ab::VerificationResult>();
    }

    void forkIsRedAndNamesBothSources()
    {
        const ChainFixture fx;
        const QList<QJsonObject> a = fx.chain(8);
        QJsonObject rewritten = a[7];
        rewritten.insert(QStringLiteral("action"), QStringLiteral("allow-rewritten"));
        fx.seal(rewritten, QStringLiteral("k2025a"));
        QTemporaryDir dir;
        const QString first =
            wsfixture::writeFile(dir.path(), QStringLiteral("q1.ndjson"), ChainFixture::toNdjson(a));
        const QString second = wsfixture::writeFile(dir.path(), QStringLiteral("q2-reissued.ndjson"),
                                                    ChainFixture::toNdjson({rewritten}));

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("fork.auditbench"))));
        QVERIFY(importAndWait(window, {first}));
        VerificationView *verification = window.verificationView();
        QVERIFY(verification->loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")));
        verification->setPeriodEnabled(false);
        QCOMPARE(verification->findChild<QComboBox *>(QStringLiteral("evidenceChoice"))->currentIndex(), 0);
        QVERIFY(verifyAndWait(window));
        QCOMPARE(int(verification->banner()->state()), int(VerdictBanner::State::Verified));
        QCOMPARE(verification->errorTable()->rowCount(), 0);
        auto *timeline = verification->findChild<CoverageTimeline *>();
        QVERIFY(timeline);
        QVERIFY(timeline->chainProved());

        QVERIFY(importAndWait(window, {second}));
        QVERIFY(verifyAndWait(window));
        const QString fork = QStringLiteral("Chain fork at event 'evt_00000008': run 1 verified '%1...', "
                                            "q2-reissued.ndjson has '%2...'")
                                 .arg(a[7].value(QStringLiteral("hmac")).toString().left(8),
                                      rewritten.value(QStringLiteral("hmac")).toString().left(8));
        // Red: the failed verdict with its red border.
        QCOMPARE(int(verification->banner()->state()), int(VerdictBanner::State::Failed));
        QVERIFY(verification->banner()->styleSheet().contains(QLatin1String("#c5221f")));
        // Nothing green beside a failed verdict: the covered span is what the records claim, said in words.
        QVERIFY(!timeline->chainProved());
        QVERIFY(
            verification->findChild<QLabel *>(QStringLiteral("coverageSummary"))
                ->text()
                .endsWith(QLatin1String("This is what the records claim to cover: the chain has errors.")));
        // First in the error list, pointing at the verified record.
        QTableWidget *errors = verification->errorTable();
        QCOMPARE(errors->rowCount(), 4); // the fork, then the verifier's three for the same record
        QCOMPARE(errors->item(0, 2)->text(), fork);
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("evt_00000008"));
        QCOMPARE(errors->item(1, 2)->text(),
                 QStringLiteral("Event 9: duplicate id 'evt_00000008' with differing content"));
        // An error in the Issues dock, with the same text.
        const IssueModel *issues = window.issuesDock()->model();
        QCOMPARE(issues->count(Issue::Severity::Error), 4);
        int found = -1;
        for (int row = 0; row < issues->rowCount(); ++row) {
            if (issues->issue(row).message == fork)
                found = row;
        }
        QVERIFY2(found >= 0, qPrintable(fork));
        QCOMPARE(int(issues->issue(found).severity), int(Issue::Severity::Error));
        QCOMPARE(issues->issue(found).target.id, QStringLiteral("evt_00000008"));
        // Both sources: run 1 verified q1.ndjson's record, the result lists both files.
        bool bothListed = false;
        for (const QLabel *label : verification->findChildren<QLabel *>())
            bothListed = bothListed || (label->text().contains(QLatin1String("q1.ndjson")) &&
                                        label->text().contains(QLatin1String("q2-reissued.ndjson")));
        QVERIFY(bothListed);
    }
};

QTEST_MAIN(TestChainForkGui)
#include "tst_chainfork_gui.moc"
