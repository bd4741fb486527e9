// The Verification page's chain choice (issue 11): with a workspace open it offers the gateway audit log and
// the agent runtime chain; the chosen chain is verified and stored with its scope, and the runs table says
// which chain each run verified.
#include "TestConfig.h"
#include "support/ChainFixture.h"
#include "support/GuiTestSupport.h"
#include "ui/verification/VerificationRunsTable.h"
#include "ui/verification/VerificationView.h"

#include "core/workspace/WorkspaceStore.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>

using namespace ab;

class TestVerificationChain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_workspace;

    // runtime-small.json with its audit_entries chained with the spec vectors' key k2025a.
    static QByteArray chainedRuntimeExport()
    {
        const test::ChainFixture chain;
        QFile f(QStringLiteral(AB_TEST_DATA_DIR "/package/runtime-small.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject x = QJsonDocument::fromJson(f.readAll()).object();
        QList<QJsonObject> records;
        for (const QJsonValue &e : x.value(QLatin1String("audit_entries")).toArray())
            chain.append(records, e.toObject());
        QJsonArray entries;
        for (const QJsonObject &r : std::as_const(records))
            entries.append(r);
        x.insert(QStringLiteral("audit_entries"), entries);
        return QJsonDocument(x).toJson();
    }

    static QList<VerificationRunSummary> summaries(const WorkspaceStore &store)
    {
        QList<VerificationRunSummary> out;
        for (const VerificationRun &run : store.verificationRuns())
            out << VerificationRunSummary{QString::number(run.id),
                                          QDateTime::fromString(run.runAt, Qt::ISODateWithMs), run.runBy,
                                          run.result, run.scope};
        return out;
    }

    // The workbench's verifier (WorkspaceController): the chosen chain, verified in the worker's own store.
    void attach(VerificationView &view)
    {
        const QString path = m_workspace;
        view.setWorkspaceVerifier([path](WorkspaceChain chain, const VerifyOptions &options, Progress *p) {
            auto worker = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
            const VerificationRun run = chain == WorkspaceChain::Runtime ? worker->verifyRuntime(options, p)
                                                                         : worker->verifyGateway(options, p);
            return VerificationRunSummary{QString::number(run.id), {}, run.runBy, run.result, run.scope};
        });
    }

    static bool verifyAndWait(VerificationView &view)
    {
        QSignalSpy finished(&view, &VerificationView::verificationFinished);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return finished.wait(30000) || finished.count() > 0;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        m_workspace = m_dir.filePath(QStringLiteral("w.auditbench"));
        auto store = WorkspaceStore::open(m_workspace);
        store->importBytes({{QStringLiteral("runtime-chained.json"), chainedRuntimeExport()}});
        store->importFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json")});
    }

    void offersBothChainsOnlyWithAWorkspace()
    {
        VerificationView view;
        auto *choice = view.findChild<QComboBox *>(QStringLiteral("evidenceChoice"));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 3);
        QCOMPARE(choice->itemText(0), QStringLiteral("Gateway audit log (workspace)"));
        QCOMPARE(choice->itemText(1), QStringLiteral("Agent runtime chain (workspace)"));
        QCOMPARE(choice->itemText(2), QStringLiteral("Export files"));
        auto *model = qobject_cast<QStandardItemModel *>(choice->model());
        // No workspace: only files can be verified.
        QCOMPARE(choice->currentIndex(), 2);
        QVERIFY(!model->item(0)->isEnabled());
        QVERIFY(!model->item(1)->isEnabled());
        attach(view);
        QVERIFY(model->item(0)->isEnabled());
        QVERIFY(model->item(1)->isEnabled());
        QCOMPARE(choice->currentIndex(), 0); // the gateway audit log stays the default
        QCOMPARE(int(view.workspaceChain()), int(WorkspaceChain::Gateway));
        choice->setCurrentIndex(1);
        QCOMPARE(int(view.workspaceChain()), int(WorkspaceChain::Runtime));
        view.setWorkspaceVerifier({});
        QCOMPARE(choice->currentIndex(), 2);
    }

    void verifiesTheChosenChainAndListsIt()
    {
        VerificationView view;
        attach(view);
        view.setPeriodEnabled(false);
        QVERIFY(view.loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")));

        view.findChild<QComboBox *>(QStringLiteral("evidenceChoice"))->setCurrentIndex(1);
        QVERIFY(verifyAndWait(view));
        QVERIFY(view.lastResult());
        QCOMPARE(view.lastResult()->eventsChecked, qint64(25)); // the runtime export's audit entries
        QCOMPARE(view.lastResult()->errorCount, qint64(0));
        QCOMPARE(view.lastResult()->sources.value(0).file, QStringLiteral("runtime-chained.json"));
        auto store = WorkspaceStore::open(m_workspace, WorkspaceStore::OpenMode::ExistingOnly);
        QCOMPARE(store->verificationRuns().size(), 1);
        QCOMPARE(store->verificationRuns().first().scope, QStringLiteral("runtime"));
        QCOMPARE(view.shownRunId(), QString::number(store->verificationRuns().first().id));

        view.setWorkspaceChain(WorkspaceChain::Gateway);
        QVERIFY(verifyAndWait(view));
        QCOMPARE(view.lastResult()->eventsChecked, qint64(6)); // chain-small.json
        const QList<VerificationRunSummary> runs = summaries(*store);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].scope, QStringLiteral("gateway"));
        view.setRuns(runs);
        QTableWidget *table = view.runsTable();
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Chain"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Gateway audit log"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Agent runtime chain"));
        QCOMPARE(table->item(1, 4)->toolTip(), QStringLiteral("runtime"));
        // A per-export run stored by earlier versions is the runtime chain too.
        QCOMPARE(VerificationRunsTable::chainName(QStringLiteral("runtime:3")),
                 QStringLiteral("Agent runtime chain"));
    }
};

QTEST_MAIN(TestVerificationChain)
#include "tst_verificationchain.moc"
