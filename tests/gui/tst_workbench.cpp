// The workbench over a real workspace, driven through its widgets: import a fixture, filter and count,
// verify a tampered export (red, three errors), click an error and land on its record, export what is
// visible, walk the VSQ and save a verdict that survives reopening the workspace.
#include "TestConfig.h"
#include "core/package/PackageComparer.h"
#include "core/workspace/WorkspaceStore.h"
#include "demo/DemoDataGenerator.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/packages/DfdView.h"
#include "ui/packages/PackagesView.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationView.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

using namespace ab;

class TestWorkbench : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    const QString m_vectors = QStringLiteral(AB_SPEC_VECTORS_DIR);

    static bool importAndWait(MainWindow &window, const QStringList &files)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFiles(files);
        return (finished.count() > 0 || finished.wait(30000)) && finished.constLast().at(0).toBool();
    }

    static QJsonArray fixture(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).array();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<ab::VerificationResult>();
    }

    void importFilterAndCount_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("member");
        QTest::newRow("category authentication") << "filterCategory"
                                                 << "authentication"
                                                 << "category";
        QTest::newRow("category enforcement") << "filterCategory"
                                              << "enforcement"
                                              << "category";
        QTest::newRow("action logout") << "filterAction"
                                       << "logout"
                                       << "action";
        QTest::newRow("framework hipaa") << "filterFramework"
                                         << "hipaa"
                                         << "framework";
        QTest::newRow("entity types email,ssn") << "filterEntityTypes"
                                                << "email,ssn"
                                                << "entity_type";
        QTest::newRow("free text Customer asked") << "filterText"
                                                  << "Customer asked"
                                                  << "";
    }

    void importFilterAndCount()
    {
        QFETCH(QString, widget);
        QFETCH(QString, value);
        QFETCH(QString, member);
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("filter.auditbench"))));
        const QString file = m_vectors + QStringLiteral("/chain-small.json");
        QVERIFY(importAndWait(window, {file}));
        AuditLogView *log = window.auditLogView();
        QCOMPARE(log->model()->rowCount(), 6);
        QCOMPARE(log->countsText(), QStringLiteral("6 of 6 records"));

        // The expected count, computed from the fixture independently of the workspace.
        const QStringList wanted = value.split(QLatin1Char(','));
        int expected = 0;
        for (const QJsonValue &record : fixture(file)) {
            const QJsonObject object = record.toObject();
            if (member.isEmpty() ? QString::fromUtf8(QJsonDocument(object).toJson()).contains(value)
                                 : wanted.contains(object.value(member).toString()))
                ++expected;
        }
        QVERIFY(expected > 0 && expected < 6);

        if (auto *combo = log->findChild<QComboBox *>(widget)) {
            const int index = combo->findData(value);
            QVERIFY2(index > 0, qPrintable(value));
            combo->setCurrentIndex(index);
        } else {
            auto *edit = log->findChild<QLineEdit *>(widget);
            QVERIFY(edit);
            edit->clear();
            QTest::keyClicks(edit, value);
        }
        log->applyFilter(); // what the debounce timer does a moment later
        QCOMPARE(log->model()->rowCount(), expected);
        QCOMPARE(log->countsText(), QStringLiteral("%1 of 6 records").arg(expected));
        QCOMPARE(log->findChild<QLabel *>(QStringLiteral("recordCounts"))->text(), log->countsText());

        // What you see is what you export.
        const QString csv = dir.filePath(QStringLiteral("visible.csv"));
        QCOMPARE(AuditLogView::exportRecords(*window.store(), log->model()->filter(), csv, false),
                 qint64(expected));
        const QString json = dir.filePath(QStringLiteral("visible.json"));
        QCOMPARE(AuditLogView::exportRecords(*window.store(), log->model()->filter(), json, true),
                 qint64(expected));
        QCOMPARE(fixture(json).size(), expected);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), expected + 1);
    }

    // On a large workspace a free-text filter re-indexes on a worker: the counts say it is searching, the
    // rows arrive when it is done, the previously selected record is selected again, and a result that comes
    // after the filter changed again is dropped. (The threshold is lowered so six records count as large.)
    void freeTextFilterRunsInTheBackground()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("background.auditbench"))));
        QVERIFY(importAndWait(window, {m_vectors + QStringLiteral("/chain-small.json")}));
        AuditLogView *log = window.auditLogView();
        AuditLogModel *model = log->model();
        model->setBackgroundThreshold(1);
        AuditFilter text;
        text.text = QStringLiteral("Customer asked");
        const qint64 expected = window.store()->count(text);
        QVERIFY(expected > 0 && expected < 6);
        const qint64 selected = window.store()->queryRowIds(text).front(); // a record the filter keeps
        log->table()->selectRow(model->rowOfRowId(selected));

        QSignalSpy filtering(model, &AuditLogModel::filteringChanged);
        log->setFilter(text);
        QVERIFY(model->isFiltering());
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(log->countsText(), QStringLiteral("Searching 6 records…"));
        QVERIFY(filtering.wait(10000));
        QCOMPARE(filtering.constLast().at(0).toBool(), false);
        QCOMPARE(model->visibleCount(), expected);
        QCOMPARE(log->countsText(), QStringLiteral("%1 of 6 records").arg(expected));
        QCOMPARE(log->currentRowId(), selected);

        // Changed again before the worker answers: the stale answer is dropped, the indexed filter wins.
        log->setFilter(text);
        QVERIFY(model->isFiltering());
        log->clearFilter(); // no text: re-indexed at once
        QVERIFY(!model->isFiltering());
        QCOMPARE(model->visibleCount(), qint64(6));
        QTest::qWait(500); // the worker's answer for the text filter arrives and must change nothing
        QCOMPARE(model->visibleCount(), qint64(6));
        QCOMPARE(log->countsText(), QStringLiteral("6 of 6 records"));
    }

    void modelFetchesOnlyWhatIsShown()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("lazy.auditbench"))));
        QVERIFY(importAndWait(window, {m_vectors + QStringLiteral("/chain-small.json")}));
        AuditLogModel *model = window.auditLogView()->model();
        model->refresh();
        QCOMPARE(model->pageFetches(), 0);
        QCOMPARE(model->index(5, AuditLogModel::RecordIdColumn).data().toString(),
                 QStringLiteral("evt_00000006"));
        QCOMPARE(model->index(0, AuditLogModel::RecordIdColumn).data().toString(),
                 QStringLiteral("evt_00000001"));
        QCOMPARE(model->pageFetches(), 1); // one page holds all six
    }

    void tamperedExportIsRedAndErrorsLeadToRecords()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("tampered.auditbench"))));
        QVERIFY(importAndWait(window, {m_vectors + QStringLiteral("/chain-small-tampered.json")}));

        VerificationView *verification = window.verificationView();
        QVERIFY(verification->loadKeyring(m_vectors + QStringLiteral("/keyring.json")));
        verification->setPeriodEnabled(false);
        QCOMPARE(verification->findChild<QComboBox *>(QStringLiteral("evidenceChoice"))->currentIndex(), 0);
        QSignalSpy finished(verification, &VerificationView::verificationFinished);
        window.action(QStringLiteral("verify"))->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(int(verification->banner()->state()), int(VerdictBanner::State::Failed));
        QCOMPARE(verification->banner()->title(), QStringLiteral("Verification failed: 3 error(s)"));
        QCOMPARE(verification->errorTable()->rowCount(), 3);
        // The run is stored and listed with who ran it.
        auto *runs = verification->findChild<QTableWidget *>(QStringLiteral("pastRuns"));
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(runs->item(0, 1)->text(), QStringLiteral("3 error(s)"));
        QVERIFY(!runs->item(0, 3)->text().isEmpty());
        // The issues dock has the three errors.
        QCOMPARE(window.issuesDock()->model()->count(Issue::Severity::Error), 3);

        // Double-click the second error (event 5, evt_00000006): the audit log shows that record.
        QTableWidget *errors = verification->errorTable();
        const QRect cell = errors->visualItemRect(errors->item(1, 2));
        QTest::mouseClick(errors->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(errors->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window.currentPage(), MainWindow::AuditLogPage);
        AuditLogView *log = window.auditLogView();
        const QModelIndex current = log->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(log->model()->index(current.row(), AuditLogModel::RecordIdColumn).data().toString(),
                 QStringLiteral("evt_00000006"));
        // The details pane shows the record with its chain fields.
        auto *details = window.findChild<QPlainTextEdit *>(QStringLiteral("recordDetails"));
        QVERIFY2(details->toPlainText().contains(QStringLiteral("previous_hmac")),
                 qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(QStringLiteral("evt_00000006")));

        // A jump from the issues dock works the same, even when the filter hides the record.
        log->setFilter([] {
            AuditFilter f;
            f.categories = {QStringLiteral("authentication")};
            return f;
        }());
        QCOMPARE(log->model()->rowCount(), 3); // evt_00000006 is an enforcement record: hidden now
        window.showPage(MainWindow::VerificationPage);
        window.jumpTo({JumpTarget::Kind::AuditRecord, QStringLiteral("evt_00000006"), 5, {}, 0, 0});
        QCOMPARE(window.currentPage(), MainWindow::AuditLogPage);
        QCOMPARE(log->model()->rowCount(), 5);
        QCOMPARE(log->model()
                     ->index(log->table()->currentIndex().row(), AuditLogModel::RecordIdColumn)
                     .data()
                     .toString(),
                 QStringLiteral("evt_00000006"));
    }

    // Cancel on the task panel mid-import: the import rolls back whole; the records and sources already in
    // the workspace are exactly as before, and the issues dock says so.
    void cancelledImportLeavesTheWorkspaceAsItWas()
    {
        QTemporaryDir dir;
        DemoDataOptions options;
        options.outDir = dir.filePath(QStringLiteral("evidence"));
        options.records = 100000; // several seconds of import: Cancel lands mid-way
        DemoDataGenerator::generate(options);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("cancel.auditbench"))));
        QVERIFY(importAndWait(window, {m_vectors + QStringLiteral("/chain-small.json")}));
        const qint64 before = window.store()->count();
        const qsizetype sourcesBefore = window.store()->sources().size();
        QVERIFY(before > 0);

        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFiles(
            {options.outDir + QLatin1Char('/') + QLatin1String(DemoDataGenerator::GatewayFile)});
        QVERIFY(window.taskPanel()->isBusy());
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("taskCancelButton"));
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QCOMPARE(finished.constLast().at(0).toBool(), false);
        QCOMPARE(window.store()->count(), before);
        QCOMPARE(window.store()->sources().size(), sourcesBefore);
        IssueModel *issues = window.issuesDock()->model();
        QCOMPARE(issues->issue(issues->rowCount() - 1).message,
                 QStringLiteral("Import cancelled; the workspace is exactly as before."));
        QVERIFY(!window.taskPanel()->isBusy());
    }

    // Quitting mid-import and answering Yes to "Cancel it and quit?" cancels the import: the window closes
    // only when the worker has rolled back, and nothing commits afterwards. Reopened, the workspace holds
    // exactly the records and sources it held before.
    void quittingMidImportCancelsTheImport()
    {
        QTemporaryDir dir;
        DemoDataOptions options;
        options.outDir = dir.filePath(QStringLiteral("evidence"));
        options.records = 100000; // several seconds of import: the close lands mid-way
        DemoDataGenerator::generate(options);
        const QString path = dir.filePath(QStringLiteral("quit.auditbench"));
        qint64 before = 0;
        qsizetype sourcesBefore = 0;
        {
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(window.openWorkspace(path));
            QVERIFY(importAndWait(window, {m_vectors + QStringLiteral("/chain-small.json")}));
            before = window.store()->count();
            sourcesBefore = window.store()->sources().size();
            QVERIFY(before > 0);

            window.importFiles(
                {options.outDir + QLatin1Char('/') + QLatin1String(DemoDataGenerator::GatewayFile)});
            QVERIFY(window.taskPanel()->isBusy());
            // Answer the question box once it is up: No (the window stays, the import goes on), then Yes.
            QStringList asked;
            QMessageBox::StandardButton reply = QMessageBox::No;
            QTimer answer;
            answer.setInterval(20);
            connect(&answer, &QTimer::timeout, this, [&answer, &asked, &reply]() {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked << box->text();
                answer.stop();
                box->button(reply)->click();
            });
            answer.start();
            QVERIFY(!window.close());
            QVERIFY(window.isVisible());
            QVERIFY(window.taskPanel()->isBusy());
            reply = QMessageBox::Yes;
            answer.start();
            QVERIFY(window.close());
            QCOMPARE(asked, QStringList(2, QStringLiteral(
                                               "A background task is still running. Cancel it and quit?")));
            QVERIFY(!window.isVisible());
            QVERIFY(!window.taskPanel()->isBusy()); // the window waited for the worker's rollback
            IssueModel *issues = window.issuesDock()->model();
            QCOMPARE(issues->issue(issues->rowCount() - 1).message,
                     QStringLiteral("Import cancelled; the workspace is exactly as before."));
        }
        // Anything still running on the pool (today: the import, which then commits) finishes first.
        workerPool()->waitForDone();
        auto reopened = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
        QCOMPARE(reopened->count(), before);
        QCOMPARE(reopened->sources().size(), sourcesBefore);
    }

    void badFileFailsTheWholeImport()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("truncated-export.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"id\": \"evt_1\", \"timestamp\": \"2025-01-01T00:00:00Z\"},\n {\"id\": ");
        file.close();
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("bad.auditbench"))));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFiles({m_vectors + QStringLiteral("/chain-small.json"), bad});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(window.auditLogView()->model()->totalCount(), qint64(0));
        IssueModel *issues = window.issuesDock()->model();
        QCOMPARE(issues->count(Issue::Severity::Error), 1);
        const Issue &issue = issues->issue(issues->rowCount() - 1);
        QVERIFY2(issue.message.contains(QStringLiteral("truncated-export.json:2:")),
                 qPrintable(issue.message));
        QCOMPARE(int(issue.target.kind), int(JumpTarget::Kind::File));
        QCOMPARE(issue.target.line, qint64(2));
    }

    void generatePackageFromRuntimeExport()
    {
        if (!PackagesView::generationAvailable())
            QSKIP("package generation is not built in");
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("generate.auditbench"))));
        QVERIFY(importAndWait(window, {QStringLiteral(AB_TEST_DATA_DIR "/package/runtime-small.json")}));
        PackagesView *packages = window.packagesView();
        auto *agent = packages->findChild<QComboBox *>(QStringLiteral("packageAgent"));
        QVERIFY(agent->count() >= 2);
        agent->setCurrentIndex(1);
        QSignalSpy generated(packages, &PackagesView::packageGenerated);
        auto *button = packages->findChild<QPushButton *>(QStringLiteral("generatePackageButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(generated.wait(60000));
        const QString packageId = generated.at(0).at(0).toString();
        QCOMPARE(packages->currentPackageId(), packageId);
        QCOMPARE(packages->versionsTable()->rowCount(), 1);
        // The seed's five categories plus the sub-processor answer (STA-07).
        QCOMPARE(packages->answerCount(), 6);
        // The five sections are filled, the DFD drawn from the package's SVG.
        QVERIFY(packages->findChild<QTableWidget *>(QStringLiteral("actionCounts"))->rowCount() > 0);
        QVERIFY(packages->findChild<QTableWidget *>(QStringLiteral("subProcessors"))->rowCount() > 0);
        QVERIFY(packages->findChild<QTableWidget *>(QStringLiteral("soc2Matrix"))->rowCount() > 0);
        QVERIFY(packages->findChild<DfdCanvas *>()->hasDiagram());
        // Generation is recorded in the activity log with the auditor's identity.
        const QList<ActivityEntry> activity = window.store()->activity();
        QVERIFY(std::any_of(activity.begin(), activity.end(), [](const ActivityEntry &entry) {
            return entry.action == QLatin1String("compliance.generated");
        }));
    }

    // Re-performance in the workbench is the command line's comparison: the same differences, addressed the
    // same way, shown in a table.
    void compareTwoVersionsWithTheComparer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.auditbench"));
        QFile packageFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
        QVERIFY(packageFile.open(QIODevice::ReadOnly));
        const QByteArray platform = packageFile.readAll();
        QJsonObject changed = QJsonDocument::fromJson(platform).object();
        changed[QStringLiteral("package_id")] = QStringLiteral("00000000-0000-4000-8000-000000000002");
        changed[QStringLiteral("generated_at")] = QStringLiteral("2026-03-02T12:00:00Z");
        QJsonObject graph = changed.value(QStringLiteral("execution_graph")).toObject();
        QJsonArray connectors = graph.value(QStringLiteral("connectors")).toArray();
        QJsonObject first = connectors.at(0).toObject();
        first[QStringLiteral("calls")] = 4211; // one call the platform's package does not count
        connectors[0] = first;
        graph[QStringLiteral("connectors")] = connectors;
        changed[QStringLiteral("execution_graph")] = graph;
        const QByteArray workbench = QJsonDocument(changed).toJson(QJsonDocument::Compact);
        {
            auto store = WorkspaceStore::open(path);
            store->storePackage(platform, QStringLiteral("platform"));
            store->storePackage(workbench, QStringLiteral("workbench"));
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(path));
        window.showPage(MainWindow::PackagesPage);
        PackagesView *packages = window.packagesView();
        QCOMPARE(packages->versionsTable()->rowCount(), 2);
        packages->versionsTable()->selectAll();
        QTest::mouseClick(packages->findChild<QPushButton *>(QStringLiteral("comparePackagesButton")),
                          Qt::LeftButton);
        QVERIFY(packages->lastComparison().has_value());
        const PackageComparison expected = PackageComparer::compare(workbench, platform);
        QCOMPARE(packages->lastComparison()->differences.size(), expected.differences.size());
        auto *table = packages->findChild<QTableWidget *>(QStringLiteral("comparisonDifferences"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(expected.differences.size()));
        QStringList paths;
        for (int row = 0; row < table->rowCount(); ++row)
            paths << table->item(row, 1)->text();
        QVERIFY2(paths.contains(QStringLiteral("connectors[crowdstrike].calls")),
                 qPrintable(paths.join(QLatin1Char(','))));
        const int row = int(paths.indexOf(QStringLiteral("connectors[crowdstrike].calls")));
        QCOMPARE(QSet<QString>({table->item(row, 2)->text(), table->item(row, 3)->text()}),
                 QSet<QString>({QLocale().toString(4210), QLocale().toString(4211)}));
        packages->findChild<QDialog *>(QStringLiteral("packageComparison"))->close();
    }

    void vsqVerdictSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vsq.auditbench"));
        QFile packageFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
        QVERIFY(packageFile.open(QIODevice::ReadOnly));
        const QByteArray packageJson = packageFile.readAll();
        const QString packageId =
            QJsonDocument::fromJson(packageJson).object().value(QStringLiteral("package_id")).toString();
        {
            auto store = WorkspaceStore::open(path);
            store->storePackage(packageJson, QStringLiteral("platform"));
        }
        {
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(window.openWorkspace(path));
            window.showPage(MainWindow::PackagesPage);
            PackagesView *packages = window.packagesView();
            QCOMPARE(packages->versionsTable()->rowCount(), 1);
            packages->versionsTable()->selectRow(0);
            QCOMPARE(packages->currentPackageId(), packageId);
            QCOMPARE(packages->answerCount(), 5);
            // Walk to the third answer with the Next button, choose Exception, comment, save.
            auto *next = packages->findChild<QPushButton *>(QStringLiteral("vsqNext"));
            QTest::mouseClick(next, Qt::LeftButton);
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(packages->currentAnswer(), 2);
            QCOMPARE(packages->findChild<QLabel *>(QStringLiteral("vsqPosition"))->text(),
                     QStringLiteral("Answer 3 of 5"));
            auto *exception = packages->findChild<QRadioButton *>(QStringLiteral("verdict_exception"));
            QTest::mouseClick(exception, Qt::LeftButton, {}, QPoint(5, exception->height() / 2));
            QVERIFY(exception->isChecked());
            // An exception without a comment is refused.
            auto *save = packages->findChild<QPushButton *>(QStringLiteral("saveVerdict"));
            QTest::mouseClick(save, Qt::LeftButton);
            QCOMPARE(window.store()->latestVerdicts(packageId).size(), 0);
            QTest::keyClicks(packages->findChild<QPlainTextEdit *>(QStringLiteral("verdictComment")),
                             QStringLiteral("MFA not enforced for two admins"));
            QTest::mouseClick(save, Qt::LeftButton);
            QCOMPARE(window.store()->latestVerdicts(packageId).size(), 1);
            // The verdict is logged.
            const QList<ActivityEntry> activity = window.store()->activity();
            QVERIFY(std::any_of(activity.begin(), activity.end(), [](const ActivityEntry &entry) {
                return entry.action == QLatin1String("vsq.verdict");
            }));
        }
        MainWindow reopened;
        QVERIFY(reopened.openWorkspace(path));
        PackagesView *packages = reopened.packagesView();
        packages->versionsTable()->selectRow(0);
        packages->showAnswer(2);
        QCOMPARE(packages->verdictShown(), QStringLiteral("exception"));
        QCOMPARE(packages->commentShown(), QStringLiteral("MFA not enforced for two admins"));
        packages->showAnswer(1);
        QCOMPARE(packages->verdictShown(), QString());
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
