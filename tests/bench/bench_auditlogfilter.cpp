// Benchmark (not a test; never run by ctest): what a filter change costs the workbench's UI thread on a
// large workspace.
//   bench_auditlogfilter WORKSPACE [RUNS]
// Part 1 times the audit-log model alone: the re-index of its row ids (WorkspaceStore::queryRowIds) on a
// filter change, and the first page the view then fetches.
// Part 2 drives the real widgets (AuditLogView with its table and the Charts tab showing) through what a
// user does, each step started from a running event loop with a 2 ms heartbeat timer, and reports the
// longest event-loop stall (the longest time between two heartbeats) until the step's rows and charts are
// shown: opening the workspace, filter changes, jumping to a record the filter hides, clearing the filter.
//   bench_auditlogfilter WORKSPACE RUNS shipped
// runs only part 2's shipped rounds (to pair with another build's binary, one process each, interleaved).
// Run with QT_QPA_PLATFORM=offscreen. Figures go to docs/performance-workspace.md.
#include "core/common/Instant.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/auditlog/EventCharts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <limits>

using namespace ab;

namespace {

struct Case
{
    const char *name;
    AuditFilter filter;
};

QList<Case> filterCases()
{
    QList<Case> cases;
    cases.append(Case{"no filter", AuditFilter{}});
    AuditFilter hipaa;
    hipaa.frameworks = {QStringLiteral("hipaa")};
    cases.append(Case{"framework hipaa", hipaa});
    AuditFilter block;
    block.actions = {QStringLiteral("block")};
    block.frameworks = {QStringLiteral("pci_dss")};
    cases.append(Case{"pci_dss + block", block});
    AuditFilter quarter;
    quarter.start = Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
    quarter.end = Instant::parse(QStringLiteral("2025-03-31T23:59:59Z"));
    cases.append(Case{"Q1 period", quarter});
    AuditFilter text;
    text.text = QStringLiteral("Customer asked");
    cases.append(Case{"free text", text});
    return cases;
}

void modelOnly(const WorkspaceStore &store, int runs)
{
    AuditLogModel model;
    model.setStore(&store);
    for (const Case &c : filterCases()) {
        for (int run = 1; run <= runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            model.setFilter(c.filter);
            const qint64 filterMs = timer.elapsed(); // what the UI thread spent
            if (model.isFiltering()) {               // rows come from a worker
                QEventLoop wait;
                QObject::connect(&model, &AuditLogModel::filteringChanged, &wait, &QEventLoop::quit);
                wait.exec();
            }
            const qint64 rowsMs = timer.restart();
            if (model.rowCount() > 0)
                model.data(model.index(0, 0), Qt::DisplayRole);
            const qint64 pageMs = timer.elapsed();
            std::printf("%-16s run %d: %lld of %lld rows; UI thread %lld ms; rows after %lld ms; first page "
                        "%lld ms\n",
                        c.name, run, model.visibleCount(), model.totalCount(), filterMs, rowsMs, pageMs);
        }
    }
}

// Runs `step` from the event loop and returns {longest stall, time until `done()`} in ms.
std::pair<qint64, qint64> stallOf(const std::function<void()> &step, const std::function<bool()> &done)
{
    QEventLoop loop;
    QElapsedTimer clock, sinceTick;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(2);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        longest = std::max(longest, sinceTick.restart());
        if (done())
            loop.quit();
    });
    QTimer::singleShot(0, &loop, [&] {
        clock.start();
        sinceTick.start();
        step();
        heartbeat.start();
    });
    loop.exec();
    longest = std::max(longest, sinceTick.elapsed());
    return {longest, clock.elapsed()};
}

// `onUiThread`: every re-index and chart count on the UI thread, as before issue 15 (the thresholds for the
// background out of reach), interleaved with the shipped behaviour so both see the same load.
void widgets(const QString &path, int runs, bool shippedOnly)
{
    for (int round = 1; round <= 2 * runs; ++round) {
        const int run = (round + 1) / 2;
        const bool onUiThread = round % 2 == 1;
        if (onUiThread && shippedOnly)
            continue;
        std::printf("-- %s\n", onUiThread ? "everything on the UI thread (before)" : "as shipped (after)");
        std::unique_ptr<WorkspaceStore> store;
        AuditLogView view;
        if (onUiThread) {
            view.model()->setBackgroundThreshold(std::numeric_limits<qint64>::max());
            view.model()->setIndexedBackgroundThreshold(std::numeric_limits<qint64>::max());
        }
        view.resize(1200, 800);
        view.show();
        view.findChild<QTabWidget *>()->setCurrentIndex(1); // the Charts tab: the worst case
        EventCharts *charts = view.findChild<EventCharts *>();
        if (onUiThread)
            charts->setBackgroundThreshold(std::numeric_limits<qint64>::max());
        const auto shown = [&] { return !view.model()->isFiltering() && !charts->isCounting(); };
        const auto report = [&](const char *what, std::pair<qint64, qint64> r) {
            std::printf("%-28s run %d: longest UI stall %5lld ms; shown after %5lld ms (%lld rows)\n", what,
                        run, r.first, r.second, view.model()->visibleCount());
        };
        report("open the workspace",
               stallOf(
                   [&] {
                       store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
                       view.setStore(store.get());
                   },
                   shown));
        for (const Case &c : filterCases())
            report(c.name, stallOf([&] { view.setFilter(c.filter); }, shown));
        AuditFilter hipaa;
        hipaa.frameworks = {QStringLiteral("hipaa")};
        report("framework hipaa (again)", stallOf([&] { view.setFilter(hipaa); }, shown));
        // A record the hipaa filter hides: the view clears the filter to show it.
        AuditFilter pci;
        pci.frameworks = {QStringLiteral("pci_dss")};
        const std::vector<qint64> pciRows = store->queryRowIds(pci);
        const QString hidden =
            pciRows.empty() ? QString() : store->recordRow(pciRows[pciRows.size() / 2])->recordId;
        bool found = false;
        report("jump to a hidden record", stallOf([&] { found = view.showRecord(hidden); }, shown));
        if (!found)
            std::printf("  (jump to record %s failed)\n", qPrintable(hidden));
        report("clear the filter", stallOf([&] { view.clearFilter(); }, shown));
        view.setStore(nullptr);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_auditlogfilter WORKSPACE [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const bool shippedOnly = argc > 3 && QByteArray(argv[3]) == "shipped";
    std::printf("== the audit-log model alone\n");
    if (!shippedOnly) {
        auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
        modelOnly(*store, runs);
    }
    std::printf("== the widgets (AuditLogView, Charts tab showing)\n");
    widgets(path, runs, shippedOnly);
    return 0;
}
