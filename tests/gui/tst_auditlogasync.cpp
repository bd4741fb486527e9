// The audit log's model on a "large" workspace (issue 15: no UI-thread stall at a million records), with the
// thresholds lowered so that 300 records count as large: every re-index, the first page of rows and the
// total come from a worker; the rows and counts shown are exactly the UI thread's; "no filter" is shown at
// once afterwards; a result that arrives after the filter changed again is dropped; jump to record finds
// its row while a worker still runs; a cancelled worker stops.
#include "support/WorkspaceFixture.h"

#include "core/common/Progress.h"
#include "core/workspace/RecordQueries.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogRowFetch.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/auditlog/AuditLogWorkers.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace ab;
using namespace wsfixture;

namespace {

void makeLarge(AuditLogModel &model)
{
    model.setBackgroundThreshold(1);
    model.setIndexedBackgroundThreshold(1);
}

std::vector<qint64> shownRowIds(const AuditLogModel &model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.rowIdAt(row));
    return ids;
}

void settle()
{
    auditLogPool()->waitForDone();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestAuditLogAsync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("async.auditbench"));
        auto store = WorkspaceStore::open(m_path);
        store->importBytes({{QStringLiteral("records.ndjson"), asNdjson(gatewayRecords(300))}});
    }

    void rowIdBoundIsTheCountOfAnAppendOnlyTable()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        QCOMPARE(RecordQueries(store->sqlSession()).rowIdBound(), qint64(300));
        auto empty = WorkspaceStore::open(m_dir.filePath(QStringLiteral("empty.auditbench")));
        QCOMPARE(RecordQueries(empty->sqlSession()).rowIdBound(), qint64(0));
    }

    void workerRowsAndCountsEqualTheUiThreads()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        makeLarge(model);
        model.setStore(store.get());
        QVERIFY(model.isFiltering()); // even "no filter": every record's row ids are read on the worker
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isFiltering());
        QCOMPARE(shownRowIds(model), store->queryRowIds({}));
        QCOMPARE(model.totalCount(), qint64(300));
        // The first page came with the row ids: showing it reads nothing on the UI thread.
        QCOMPARE(model.data(model.index(0, AuditLogModel::RecordIdColumn), Qt::DisplayRole).toString(),
                 store->recordRow(store->queryRowIds({}).front())->recordId);
        QCOMPARE(model.pageFetches(), 0);

        AuditFilter pci;
        pci.frameworks = {QStringLiteral("pci_dss")};
        pci.actions = {QStringLiteral("block")};
        QSignalSpy counts(&model, &AuditLogModel::countsChanged);
        model.setFilter(pci);
        QVERIFY(model.isFiltering());
        QTRY_VERIFY(!model.isFiltering());
        const std::vector<qint64> expected = store->queryRowIds(pci);
        QVERIFY(expected.size() > 0 && expected.size() < 300);
        QCOMPARE(shownRowIds(model), expected);
        QCOMPARE(model.visibleCount(), store->count(pci));
        QCOMPARE(model.totalCount(), qint64(300)); // kept, not counted again
        QCOMPARE(counts.last().at(0).toLongLong(), qint64(expected.size()));
        QCOMPARE(counts.last().at(1).toLongLong(), qint64(300));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, AuditLogModel::FrameworkColumn), Qt::DisplayRole).toString(),
                     QStringLiteral("pci_dss"));
        QCOMPARE(model.pageFetches(), 0); // 256 rows a page: all of them came from the worker

        // "No filter" again: every record's row ids are kept, shown at once without a worker.
        model.setFilter({});
        QVERIFY(!model.isFiltering());
        QCOMPARE(shownRowIds(model), store->queryRowIds({}));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn), Qt::DisplayRole).toString(),
                 store->recordRow(model.rowIdAt(0))->action);
        QCOMPARE(model.pageFetches(), 0);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(
            !model.data(model.index(299, AuditLogModel::ActionColumn), Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(model.pageFetches(), 1); // the second page is read when it is first shown
    }

    // Below the thresholds everything is read at once, and the kept "no filter" rows show their cells.
    void smallWorkspaceReadsAtOnce()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(store.get());
        QVERIFY(!model.isFiltering());
        AuditFilter pci;
        pci.frameworks = {QStringLiteral("pci_dss")};
        model.setFilter(pci);
        QVERIFY(!model.isFiltering());
        QCOMPARE(shownRowIds(model), store->queryRowIds(pci));
        model.setFilter({});
        QCOMPARE(shownRowIds(model), store->queryRowIds({}));
        QCOMPARE(model.totalCount(), qint64(300));
        QCOMPARE(model.data(model.index(0, AuditLogModel::RecordIdColumn), Qt::DisplayRole).toString(),
                 store->recordRow(model.rowIdAt(0))->recordId);
    }

    void staleResultIsDropped()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        makeLarge(model);
        model.setStore(store.get());
        QTRY_VERIFY(!model.isFiltering());
        AuditFilter first, second;
        first.frameworks = {QStringLiteral("hipaa")};
        second.actions = {QStringLiteral("redact")};
        const qint64 firstCount = store->count(first), secondCount = store->count(second);
        QVERIFY(firstCount != secondCount && secondCount > 0);
        QSignalSpy counts(&model, &AuditLogModel::countsChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter(first);
        model.setFilter(second);
        settle(); // both workers have finished and both results reached the model
        QVERIFY(!model.isFiltering());
        for (const QList<QVariant> &signal : std::as_const(counts))
            QVERIFY2(signal.at(0).toLongLong() != firstCount, "the first filter's rows were shown");
        QCOMPARE(resets.size(), 3); // the two filter changes, and the second one's rows
        QCOMPARE(shownRowIds(model), store->queryRowIds(second));
    }

    void jumpToRecordWhileTheWorkerRuns()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditFilter hipaa, pci;
        hipaa.frameworks = {QStringLiteral("hipaa")};
        pci.frameworks = {QStringLiteral("pci_dss")};
        const std::vector<qint64> pciRows = store->queryRowIds(pci);
        const qint64 hiddenRowId = pciRows[pciRows.size() / 2];
        const QString hidden = store->recordRow(hiddenRowId)->recordId;
        AuditLogView view;
        makeLarge(*view.model());
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Opened and filtered at once: neither the filter's rows nor every record's are there yet.
        view.setStore(store.get());
        view.setFilter(hipaa);
        QVERIFY(view.model()->isFiltering());
        QVERIFY(view.showRecord(hidden)); // clears the filter and finds the row all the same
        QVERIFY(!view.model()->isFiltering());
        QCOMPARE(view.model()->rowCount(), 300);
        const QTableView *table = view.findChild<QTableView *>();
        QCOMPARE(view.model()->rowIdAt(table->currentIndex().row()), hiddenRowId);
        QCOMPARE(view.countsText(), QStringLiteral("300 of 300 records"));
        QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
        settle(); // the superseded workers' results change nothing
        QCOMPARE(resets.size(), 0);
        QCOMPARE(view.model()->rowIdAt(table->currentIndex().row()), hiddenRowId);

        // Filtered again, the hidden record is found through the kept "no filter" rows, without a worker.
        view.setFilter(hipaa);
        QTRY_VERIFY(!view.model()->isFiltering());
        QCOMPARE(view.model()->rowOfRowId(hiddenRowId), -1);
        QVERIFY(view.showRecord(hidden));
        QCOMPARE(view.model()->rowIdAt(table->currentIndex().row()), hiddenRowId);
        view.setStore(nullptr);
    }

    void cancelledWorkerStops()
    {
        RowFetchRequest request;
        request.path = m_path;
        request.withAll = true;
        CancellableProgress progress;
        const RowFetchResult all = fetchRows(request, &progress);
        QCOMPARE(*all.all,
                 WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly)->queryRowIds());
        QCOMPARE(all.allFirstPage.size(), 256);
        QCOMPARE(all.allFirstPage.constLast().rowId, (*all.all)[255]);
        progress.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, fetchRows(request, &progress));

        // A model going away while its worker runs tells the worker to stop and is never called back.
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        {
            AuditLogModel model;
            makeLarge(model);
            model.setStore(store.get());
            QVERIFY(model.isFiltering());
        }
        settle();
    }

    // Qt's raster paint engine splits large fills into tasks on the global thread pool and waits for them
    // on the UI thread: the audit log's workers must leave that pool free.
    void workersLeaveTheGlobalPoolFree()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditLogModel model;
        makeLarge(model);
        QSignalSpy filtering(&model, &AuditLogModel::filteringChanged);
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QSemaphore release;
        QThreadPool::globalInstance()->start([&release] { release.acquire(); }); // the global pool is full
        model.setStore(store.get());
        QVERIFY(model.isFiltering());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFiltering(), 10000); // finished all the same
        QCOMPARE(model.rowCount(), 300);
        release.release();
        QThreadPool::globalInstance()->waitForDone();
        QThreadPool::globalInstance()->setMaxThreadCount(QThread::idealThreadCount());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestAuditLogAsync)
#include "tst_auditlogasync.moc"
