// The audit log's charts (issue 15): on a large workspace the per-day counts run on a worker with its own
// connection, the charts say so meanwhile, they end up exactly as counted on the UI thread, and counts that
// arrive after the filter changed again are never shown.
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"
#include "ui/auditlog/AuditLogWorkers.h"
#include "ui/auditlog/EventCharts.h"

#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QXYSeries>

using namespace ab;
using namespace wsfixture;

namespace {

// Title and series ("key (total)" with every bucket's count) of both charts, as shown.
QStringList shown(const EventCharts &charts)
{
    QStringList out;
    for (const QChartView *view : charts.findChildren<QChartView *>()) {
        out << view->chart()->title();
        for (const QAbstractSeries *series : view->chart()->series()) {
            QStringList points;
            for (const QPointF &p : static_cast<const QXYSeries *>(series)->points())
                points << QString::number(p.y());
            out << series->name() + QLatin1String(": ") + points.join(QLatin1Char(' '));
        }
    }
    return out;
}

} // namespace

class TestEventCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("charts.auditbench"));
        auto store = WorkspaceStore::open(m_path);
        store->importBytes({{QStringLiteral("records.ndjson"), asNdjson(gatewayRecords(400))}});
    }

    void backgroundCountsEqualTheUiThreadCounts()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditFilter hipaa;
        hipaa.frameworks = {QStringLiteral("hipaa")};
        EventCharts here; // 400 records: below the default threshold, counted at once
        here.update(store.get(), hipaa);
        QVERIFY(!here.isCounting());
        const QStringList expected = shown(here);
        QVERIFY2(here.seriesCount() >= 4, qPrintable(expected.join(QLatin1Char('\n'))));

        EventCharts background;
        background.setBackgroundThreshold(1);
        QSignalSpy updated(&background, &EventCharts::updated);
        background.update(store.get(), hipaa);
        QVERIFY(background.isCounting());
        QCOMPARE(background.seriesCount(), 0);
        QVERIFY2(
            shown(background).join(QLatin1Char('\n')).contains(QLatin1String("Counting enforcement events")),
            qPrintable(shown(background).join(QLatin1Char('\n'))));
        QVERIFY(updated.wait(10000));
        QVERIFY(!background.isCounting());
        QCOMPARE(shown(background), expected);
    }

    void staleCountsAreDropped()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        AuditFilter first, second;
        first.frameworks = {QStringLiteral("pci_dss")};
        second.actions = {QStringLiteral("redact")};
        EventCharts here;
        here.update(store.get(), first);
        const QStringList firstShown = shown(here);
        here.update(store.get(), second);
        const QStringList secondShown = shown(here);
        QVERIFY(firstShown != secondShown);

        EventCharts background;
        background.setBackgroundThreshold(1);
        QSignalSpy updated(&background, &EventCharts::updated);
        background.update(store.get(), first);
        background.update(store.get(), second);
        auditLogPool()->waitForDone();   // both workers have finished ...
        QTRY_COMPARE(updated.size(), 1); // ... and only the second one's counts were shown
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(shown(background), secondShown);
    }

    void unreadableWorkspaceIsReported()
    {
        const QString copy = m_dir.filePath(QStringLiteral("vanishing.auditbench"));
        {
            auto store = WorkspaceStore::open(copy);
            store->importBytes({{QStringLiteral("r.ndjson"), asNdjson(gatewayRecords(20))}});
        }
        auto store = WorkspaceStore::open(copy, WorkspaceStore::OpenMode::ExistingOnly);
        EventCharts background;
        background.setBackgroundThreshold(1);
        QSignalSpy failed(&background, &EventCharts::readFailed);
        QVERIFY(QFile::remove(copy)); // the worker's own connection cannot open it any more
        background.update(store.get(), {});
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("no such workspace")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!background.isCounting());
        QCOMPARE(background.seriesCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestEventCharts)
#include "tst_eventcharts.moc"
