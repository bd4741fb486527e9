// Benchmark (not a test; never run by ctest): what a filter change costs the workbench's UI thread on a
// large workspace. The audit-log model rebuilds its row index in the database (WorkspaceStore::queryRowIds)
// when the filter changes; this times that rebuild, and the first page the view then fetches.
//   bench_auditlogfilter WORKSPACE [RUNS]
// Figures go to docs/performance-workspace.md.
#include "core/common/Instant.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/auditlog/AuditLogModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>

using namespace ab;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_auditlogfilter WORKSPACE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    auto store =
        WorkspaceStore::open(QString::fromLocal8Bit(argv[1]), WorkspaceStore::OpenMode::ExistingOnly);
    AuditLogModel model;
    model.setStore(store.get());
    struct Case
    {
        const char *name;
        AuditFilter filter;
    };
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
    for (const Case &c : cases) {
        for (int run = 1; run <= runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            model.setFilter(c.filter);
            const qint64 filterMs = timer.elapsed(); // what the UI thread spent
            if (model.isFiltering()) { // free text on a large workspace: rows come from a worker
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
    return 0;
}
