// The audit log's model and its export, driven without the main window: QAbstractItemModelTester (Fatal)
// through filter changes and the background free-text race, a failed background filter reported as an issue,
// Export Visible Records byte-identical to `auditbench-cli query`, and Cancel leaving no file.
#include "TestConfig.h"
#include "support/WorkspaceFixture.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/auditlog/AuditLogExport.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/auditlog/AuditLogWorkers.h"
#include "ui/common/TaskPanel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace ab;
using namespace wsfixture;

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.auditbench"));
        auto store = WorkspaceStore::open(m_path);
        store->importBytes({{QStringLiteral("records.ndjson"), asNdjson(gatewayRecords(300))}});
    }

    void modelStaysConsistentThroughFilterChanges()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 300);
        AuditFilter filter;
        filter.frameworks = QStringList{QStringLiteral("pci_dss")};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), int(store->count(filter)));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 300);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, AuditLogModel::FrameworkColumn), Qt::DisplayRole).toString(),
                     QStringLiteral("pci_dss"));
        filter.actions = QStringList{QStringLiteral("no-such-action")};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 300);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Two free-text filters in quick succession on the worker: only the second one's rows are ever shown.
    void staleBackgroundResultIsDropped()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(store.get());
        model.setBackgroundThreshold(1);
        AuditFilter first, second;
        first.text = QStringLiteral("pci_dss");
        second.text = QStringLiteral("redact");
        const qint64 firstCount = store->count(first), secondCount = store->count(second);
        QVERIFY(firstCount != secondCount && secondCount > 0);
        QSignalSpy counts(&model, &AuditLogModel::countsChanged);
        model.setFilter(first);
        QVERIFY(model.isFiltering());
        model.setFilter(second);
        auditLogPool()->waitForDone(); // both workers have finished ...
        QTRY_VERIFY(!model.isFiltering());
        for (int i = 0; i < 5; ++i) // ... and both results reached the model
            QCoreApplication::processEvents();
        for (const QList<QVariant> &signal : std::as_const(counts))
            QVERIFY2(signal.at(0).toLongLong() != firstCount, "the first filter's rows were shown");
        QCOMPARE(model.rowCount(), int(secondCount));
        std::vector<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.push_back(model.rowIdAt(row));
        QCOMPARE(shown, store->queryRowIds(second));
        QVERIFY(model.filterError().isEmpty());
    }

    void failedBackgroundFilterIsAnIssue()
    {
        const QString copy = m_dir.filePath(QStringLiteral("vanishing.auditbench"));
        {
            auto store = WorkspaceStore::open(copy);
            store->importBytes({{QStringLiteral("r.ndjson"), asNdjson(gatewayRecords(20))}});
        }
        auto store = WorkspaceStore::open(copy, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogView view;
        view.setStore(store.get());
        view.model()->setBackgroundThreshold(1);
        QVERIFY(QFile::remove(copy)); // the worker's own connection cannot open it any more
        QSignalSpy issues(&view, &AuditLogView::issuesReported);
        AuditFilter text;
        text.text = QStringLiteral("evt_");
        view.setFilter(text);
        QTRY_COMPARE(issues.size(), 1);
        const auto reported = issues.at(0).at(0).value<QList<Issue>>();
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported[0].severity, Issue::Severity::Error);
        QVERIFY2(
            reported[0].message.startsWith(QStringLiteral("The audit log filter could not be applied: ")) &&
                reported[0].message.contains(QStringLiteral("no such workspace")),
            qPrintable(reported[0].message));
        QCOMPARE(view.countsText(), QStringLiteral("Filter failed (see Issues): 20 records not searched"));
        view.setFilter({}); // an indexed filter afterwards works and clears the failure
        QCOMPARE(view.model()->rowCount(), 20);
        QVERIFY(view.model()->filterError().isEmpty());
        view.setStore(nullptr);
    }

    void jumpToRecordUsesTheIdIndex()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        model.setStore(store.get());
        const qint64 rowId = model.findRecord(QStringLiteral("evt_000042"));
        QVERIFY(rowId > 0);
        QCOMPARE(store->recordRow(rowId)->recordId, QStringLiteral("evt_000042"));
        QCOMPARE(model.findRecord(QStringLiteral("evt_00004")), qint64(0)); // a prefix is not an id
        QCOMPARE(model.findRecord(QStringLiteral("org_demo")), qint64(0));  // nor is other text of a record
    }

    void exportIsByteIdenticalToTheCli_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("ndjson") << QStringLiteral("ndjson");
    }
    void exportIsByteIdenticalToTheCli()
    {
        QFETCH(QString, format);
        AuditFilter filter;
        filter.actions = QStringList{QStringLiteral("block")};
        filter.start = Instant::parse(QStringLiteral("2025-03-01T00:00:00Z"));

        QProcess cli;
        cli.start(QStringLiteral(AB_CLI_PATH),
                  {QStringLiteral("query"), QStringLiteral("--workspace"), m_path, QStringLiteral("--action"),
                   QStringLiteral("block"), QStringLiteral("--start"), QStringLiteral("2025-03-01T00:00:00Z"),
                   QStringLiteral("--format"), format});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray fromCli = cli.readAllStandardOutput();

        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        const qint64 logRows = store->activity().size();
        QWidget window;
        TaskPanel panel;
        QList<Issue> issues;
        qint64 finished = -1;
        const QString path = m_dir.filePath(QStringLiteral("visible.") + format);
        const auto progress = AuditLogExport::start(
            {&window, [&] { return store.get(); }, m_path, &panel, filter,
             [&](const QList<Issue> &reported) { issues << reported; }, [&](qint64 n) { finished = n; }},
            path, *RecordExport::formatFromName(format));
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
        const QByteArray fromGui = readFile(path);
        QCOMPARE(fromGui, fromCli);
        QCOMPARE(finished, store->count(filter));
        QVERIFY(finished > 0);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].severity, Issue::Severity::Info);
        // Logged with the SHA-256 of exactly the file's bytes.
        const QList<ActivityEntry> log = store->activity();
        QCOMPARE(log.size(), logRows + 1);
        QCOMPARE(log.last().action, QStringLiteral("export"));
        const QJsonObject details = QJsonDocument::fromJson(log.last().details).object();
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(), crypto::sha256Hex(fromGui));
        QCOMPARE(details.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(details.value(QStringLiteral("records")).toInteger(), finished);
    }

    void cancelledExportLeavesNoFile()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        const qint64 logRows = store->activity().size();
        QWidget window;
        TaskPanel panel;
        QList<Issue> issues;
        bool finished = false;
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        auto progress = std::make_shared<TaskProgress>();
        progress->cancel(); // as if Cancel was pressed before the first record was written
        QVERIFY(AuditLogExport::start({&window,
                                       [&] { return store.get(); },
                                       m_path,
                                       &panel,
                                       {},
                                       [&](const QList<Issue> &reported) { issues << reported; },
                                       [&](qint64) { finished = true; }},
                                      path, RecordExportFormat::Csv, progress));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!finished);
        QVERIFY(issues.isEmpty());
        QCOMPARE(store->activity().size(), logRows);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
