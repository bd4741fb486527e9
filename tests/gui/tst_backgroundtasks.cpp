// runInBackground (ui/common/TaskProgress.h), the one way the GUI runs work off the UI thread: the work runs
// on the application's workerPool() (or the pool a caller names), never on QThreadPool::globalInstance(),
// which Qt's painting needs (issue 15: no UI-thread stall); its value, error or cancellation reaches `done`
// on the UI thread, and nothing reaches it once its context is gone.
#include "core/common/Error.h"
#include "core/common/Progress.h"
#include "ui/common/TaskProgress.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <optional>

using namespace ab;

namespace {

// A task that says it started, then blocks until released; it ends by `finish` (a value, or a throw).
struct BlockingTask
{
    std::shared_ptr<QSemaphore> started = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> release = std::make_shared<QSemaphore>();
    std::shared_ptr<QThread *> ranOn = std::make_shared<QThread *>(nullptr);

    std::function<int(Progress *)> work(std::function<int(Progress *)> finish) const
    {
        return [started = started, release = release, ranOn = ranOn, finish](Progress *progress) {
            *ranOn = QThread::currentThread();
            started->release();
            release->acquire();
            return finish(progress);
        };
    }
};

} // namespace

class TestBackgroundTasks : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        workerPool()->waitForDone();
        QThreadPool::globalInstance()->waitForDone();
    }

    void aTaskRunsOnTheWorkerPoolAndLeavesTheGlobalPoolFree()
    {
        BlockingTask task;
        std::optional<TaskOutcome<int>> outcome;
        QThread *doneOn = nullptr;
        QObject context;
        runInBackground<int>(&context, std::make_shared<TaskProgress>(),
                             task.work([](Progress *) { return 42; }), [&](const TaskOutcome<int> &ended) {
                                 outcome = ended;
                                 doneOn = QThread::currentThread();
                             });
        QVERIFY(task.started->tryAcquire(1, 10000)); // the task is running and blocks
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QCOMPARE(workerPool()->activeThreadCount(), 1);
        QVERIFY(*task.ranOn != QThread::currentThread());
        QVERIFY(workerPool() != QThreadPool::globalInstance());
        QCOMPARE(workerPool()->parent(), QCoreApplication::instance()); // its end waits for running tasks
        QVERIFY(!outcome);
        task.release->release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QCOMPARE(outcome->value, std::optional<int>(42));
        QVERIFY(outcome->error.isEmpty());
        QVERIFY(!outcome->cancelled);
        QCOMPARE(doneOn, QThread::currentThread()); // `done` runs on the context's thread
    }

    void aTaskRunsOnThePoolItIsGiven()
    {
        QThreadPool own;
        BlockingTask task;
        std::optional<TaskOutcome<int>> outcome;
        QObject context;
        runInBackground<int>(
            &context, std::make_shared<TaskProgress>(), task.work([](Progress *) { return 7; }),
            [&](const TaskOutcome<int> &ended) { outcome = ended; }, &own);
        QVERIFY(task.started->tryAcquire(1, 10000));
        QCOMPARE(own.activeThreadCount(), 1);
        QCOMPARE(workerPool()->activeThreadCount(), 0);
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        task.release->release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QCOMPARE(outcome->value, std::optional<int>(7));
    }

    void anErrorBecomesItsMessage()
    {
        BlockingTask task;
        std::optional<TaskOutcome<int>> outcome;
        QObject context;
        runInBackground<int>(&context, std::make_shared<TaskProgress>(), task.work([](Progress *) -> int {
            throw Error(QStringLiteral("records.ndjson:3:7: expected ','"));
        }),
                             [&](const TaskOutcome<int> &ended) { outcome = ended; });
        task.release->release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(!outcome->value);
        QCOMPARE(outcome->error, QStringLiteral("records.ndjson:3:7: expected ','"));
        QVERIFY(!outcome->cancelled);
    }

    void aCancelledTaskEndsCancelledWithoutAnError()
    {
        BlockingTask task;
        auto progress = std::make_shared<TaskProgress>();
        std::optional<TaskOutcome<int>> outcome;
        QObject context;
        runInBackground<int>(&context, progress, task.work([](Progress *running) {
            throwIfCancelled(running);
            return 1;
        }),
                             [&](const TaskOutcome<int> &ended) { outcome = ended; });
        QVERIFY(task.started->tryAcquire(1, 10000));
        progress->cancel(); // while it runs, as the task panel's Cancel does
        task.release->release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->cancelled);
        QVERIFY(!outcome->value);
        QVERIFY(outcome->error.isEmpty());
    }

    void nothingReachesAContextThatIsGone()
    {
        BlockingTask task;
        bool called = false;
        auto context = std::make_unique<QObject>();
        runInBackground<int>(context.get(), std::make_shared<TaskProgress>(),
                             task.work([](Progress *) { return 1; }),
                             [&](const TaskOutcome<int> &) { called = true; });
        QVERIFY(task.started->tryAcquire(1, 10000));
        context.reset();
        task.release->release();
        workerPool()->waitForDone();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestBackgroundTasks)
#include "tst_backgroundtasks.moc"
