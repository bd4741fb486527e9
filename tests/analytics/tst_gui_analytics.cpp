// The analytics workbench on real widgets: Sample Size… reproduces the attribute-sampling table; Sample… on
// the audit log's filtered view draws from exactly what the table shows and leads to a new workpaper; the
// workpaper page records results with the record beside each item, signs (asking the name), takes review
// notes, turns a change after sign-off into a new unsigned version, and writes PDF and Excel; the gaps panel
// jumps to the record before a planted gap; the summary panel counts the filtered records; Excel in the
// export dialog writes the workbook and logs it.
#include "analytics/XlsxRead.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"

#include "core/analytics/WorkpaperStore.h"
#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/GapsPanel.h"
#include "ui/analytics/RecordsExcelExport.h"
#include "ui/analytics/SampleDialog.h"
#include "ui/analytics/SampleSizeDialog.h"
#include "ui/analytics/SummaryPanel.h"
#include "ui/analytics/WorkpaperDialogs.h"
#include "ui/analytics/WorkpaperPage.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/TaskPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ab;

namespace {

void click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestGuiAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleSizeDialogReproducesTheTable();
    void sampleDialogDrawsFromTheFilteredPopulation();
    void auditLogSampleLeadsToAWorkpaper();
    void workpaperPageRecordsSignsAndVersions();
    void gapsPanelJumpsToTheRecordBeforeTheGap();
    void summaryPanelCountsTheFilteredRecords();
    void excelInTheExportDialog();

private:
    QTemporaryDir m_settings, m_dir;
    QString m_path;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestGuiAnalytics::initTestCase()
{
    test::isolateSettings(m_settings);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("a.auditbench"));
    // 60 records, sequences 20..22 left out: one planted sequence gap after evt_000019.
    QJsonArray records = wsfixture::gatewayRecords(60);
    for (int i = 0; i < 3; ++i)
        records.removeAt(19);
    m_store = WorkspaceStore::open(m_path);
    m_store->importBytes({{QStringLiteral("r.json"), wsfixture::asArray(records)}});
    QCOMPARE(m_store->count(), 57);
}

void TestGuiAnalytics::sampleSizeDialogReproducesTheTable()
{
    SampleSizeDialog dialog;
    dialog.setRates(95, 5, 0);
    QCOMPARE(dialog.sampleSize().value_or(-1), qint64(59));
    QCOMPARE(dialog.allowedDeviations().value_or(-1), qint64(0));
    QCOMPARE(dialog.resultText(), QStringLiteral("Sample size: 59 items; deviations allowed: 0."));
    dialog.setRates(99, 5, 0);
    QCOMPARE(dialog.sampleSize().value_or(-1), qint64(90));
    dialog.setRates(90, 5, 0);
    QCOMPARE(dialog.sampleSize().value_or(-1), qint64(45));
    dialog.setRates(95, 5, 1);
    QCOMPARE(dialog.sampleSize().value_or(-1), qint64(93));
    QCOMPARE(dialog.allowedDeviations().value_or(-1), qint64(1));
    dialog.setRates(95, 5, 5);
    QVERIFY(!dialog.sampleSize());
}

void TestGuiAnalytics::sampleDialogDrawsFromTheFilteredPopulation()
{
    AuditFilter filter;
    filter.actions = {QStringLiteral("block")};
    filter.limit = 5; // the table's window is not the population
    SampleDialog dialog(*m_store, filter);
    AuditFilter all = filter;
    all.limit = -1;
    QCOMPARE(dialog.populationCount(), m_store->count(all));
    QVERIFY(dialog.populationCount() > 5);
    dialog.setSize(4);
    dialog.setSeed(11);
    dialog.setName(QStringLiteral("blocks"));
    QVERIFY2(dialog.drawNow(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const analytics::Sample &s = *dialog.sample();
    QCOMPARE(s.records.size(), 4);
    QCOMPARE(s.populationCount, dialog.populationCount());
    QCOMPARE(s.name, QStringLiteral("blocks"));
    std::vector<qint64> ids;
    for (const auto &r : s.records)
        ids.push_back(r.rowId);
    for (const GatewayRecordRow &row : m_store->recordsByRowIds(ids))
        QCOMPARE(row.action, QStringLiteral("block"));
}

void TestGuiAnalytics::auditLogSampleLeadsToAWorkpaper()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    AuditFilter filter;
    filter.categories = {QStringLiteral("enforcement")};
    window.auditLogView()->setFilter(filter);
    const qsizetype samplesBefore = analytics::storedSamples(*window.store()).size();
    bool sampled = false, created = false;
    // Sample… and then New Workpaper… are modal: answer each as it comes up.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<SampleDialog *>(modal); dialog && dialog->isVisible() && !sampled) {
            dialog->setSize(3);
            dialog->setSeed(5);
            sampled = dialog->drawNow();
        } else if (auto *next = qobject_cast<NewWorkpaperDialog *>(modal); next && !created) {
            next->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Enforcement"));
            created = true;
            next->accept();
        }
    });
    answer.start();
    click(window.auditLogView(), "sampleFiltered");
    answer.stop();
    QVERIFY(sampled);
    QVERIFY(created);
    QCOMPARE(window.currentPage(), MainWindow::AnalyticsPage);
    const QList<analytics::Sample> samples = analytics::storedSamples(*window.store());
    QCOMPARE(samples.size(), samplesBefore + 1);
    QCOMPARE(samples.last().filtersJson, QByteArray(R"({"category":["enforcement"]})"));
    QCOMPARE(samples.last().populationCount, window.store()->count(filter));
    const auto &wp = window.analyticsView()->workpaperPage()->workpaper();
    QVERIFY(wp);
    QCOMPARE(wp->name, QStringLiteral("Enforcement"));
    QCOMPARE(wp->sample.id, samples.last().id);
    QCOMPARE(window.analyticsView()
                 ->workpaperPage()
                 ->findChild<QTableWidget *>(QStringLiteral("items"))
                 ->rowCount(),
             3);
}

void TestGuiAnalytics::workpaperPageRecordsSignsAndVersions()
{
    const analytics::Sample sample = analytics::drawSample(*m_store, {}, 3, 99, QStringLiteral("three"));
    WorkpaperPage page;
    QList<Issue> issues;
    connect(&page, &WorkpaperPage::issuesReported, this, [&](const QList<Issue> &i) { issues << i; });
    page.setStore(m_store.get());
    const std::optional<qint64> id = page.createWorkpaper(sample.id, QStringLiteral("GUI"), 9500, 500);
    QVERIFY(id);
    auto *items = page.findChild<QTableWidget *>(QStringLiteral("items"));
    QCOMPARE(items->rowCount(), 3);
    items->setCurrentCell(0, 0);
    // The record beside the item: its JSON, with its id.
    QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("workpaperRecordDetails"))
                ->toPlainText()
                .contains(QStringLiteral("\"id\": \"%1\"").arg(sample.records[0].recordId)));
    auto *result = page.findChild<QComboBox *>(QStringLiteral("result"));
    auto *note = page.findChild<QLineEdit *>(QStringLiteral("note"));
    const QList<analytics::ItemResult> results{analytics::ItemResult::Exception,
                                               analytics::ItemResult::NoException,
                                               analytics::ItemResult::NoException};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(items->currentRow(), row); // Record moves on to the next item
        result->setCurrentIndex(result->findData(int(results[row])));
        note->setText(QStringLiteral("checked %1").arg(row + 1));
        click(&page, "recordResult");
    }
    std::optional<analytics::Workpaper> stored = analytics::storedWorkpaper(*m_store, *id);
    QCOMPARE(stored->items[0].result, analytics::ItemResult::Exception);
    QCOMPARE(stored->items[2].note, QStringLiteral("checked 3"));
    QCOMPARE(items->item(0, 5)->text(), QStringLiteral("Exception"));
    QVERIFY(page.conclusionText().endsWith(stored->evaluation().conclusionText(500, 9500)));
    QCOMPARE(page.hashText(), QStringLiteral("Content SHA-256: %1").arg(stored->contentSha256()));

    page.askName = [](const QString &role) {
        return role == analytics::PreparerRole ? QStringLiteral("Pat Preparer")
                                               : QStringLiteral("Rae Reviewer");
    };
    page.askNote = [] { return QStringLiteral("Item 1: attach the approval."); };
    click(&page, "signPreparer");
    click(&page, "addReviewNote");
    click(&page, "signReviewer");
    stored = analytics::storedWorkpaper(*m_store, *id);
    QCOMPARE(stored->signOffs.size(), 2);
    QCOMPARE(stored->signOffs[0].name, QStringLiteral("Pat Preparer"));
    QCOMPARE(stored->signOffs[1].contentSha256, stored->contentSha256());
    QVERIFY(page.signOffText().contains(stored->contentSha256().left(16)));
    QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("reviewNotes"))->count(), 1);
    const QString signedHash = stored->contentSha256();

    // A change after sign-off: version 2, unsigned, and the page says so.
    issues.clear();
    items->setCurrentCell(0, 0);
    result->setCurrentIndex(result->findData(int(analytics::ItemResult::NoException)));
    click(&page, "recordResult");
    QCOMPARE(page.workpaper()->version, 2);
    QVERIFY(page.workpaper()->signOffs.isEmpty());
    QVERIFY(page.workpaper()->contentSha256() != signedHash);
    QVERIFY(page.conclusionText().startsWith(QStringLiteral("Version 2 of 2.")));
    QCOMPARE(page.signOffText(), QStringLiteral("Preparer: not signed   Reviewer: not signed"));
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues[0].message.contains(QStringLiteral("made version 2")));
    QCOMPARE(analytics::storedWorkpaper(*m_store, *id, 1)->contentSha256(), signedHash);

    // PDF and Excel through the page's buttons, both logged.
    const QString pdf = m_dir.filePath(QStringLiteral("page.pdf")),
                  xlsx = m_dir.filePath(QStringLiteral("page.xlsx"));
    page.askPath = [&](const QString &, const QString &, const QString &filter) {
        return filter.contains(QLatin1String("xlsx")) ? xlsx : pdf;
    };
    const qsizetype logBefore = m_store->activity().size();
    click(&page, "exportPdf");
    click(&page, "exportExcel");
    QVERIFY(wsfixture::readFile(pdf).startsWith("%PDF"));
    QCOMPARE(analyticstest::worksheet(xlsx, 1).size(), 4); // header + 3 items
    const QList<ActivityEntry> log = m_store->activity().mid(logBefore);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].action, QStringLiteral("print"));
    QCOMPARE(log[1].action, QStringLiteral("export"));
}

void TestGuiAnalytics::gapsPanelJumpsToTheRecordBeforeTheGap()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    GapsPanel *gaps = window.analyticsView()->gapsPanel();
    gaps->setMaxGapHours(24 * 365); // only the planted sequence gap, no silences
    click(gaps, "findGaps");
    QTableWidget *table = gaps->table();
    QCOMPARE(table->rowCount(), 2); // within the source, and across sources
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Sequence gap"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("evt_000019"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("evt_000023"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("sequences 20 to 22 missing (3)"));
    QVERIFY(gaps->summaryText().startsWith(QStringLiteral("2 gap(s) found, 0 duplicated id(s).")));
    window.showPage(MainWindow::AnalyticsPage);
    table->setCurrentCell(0, 0);
    click(gaps, "jump");
    QCOMPARE(window.currentPage(), MainWindow::AuditLogPage);
    QTRY_COMPARE(window.auditLogView()->currentRowId(),
                 window.store()->rowIdsOfRecordId(QStringLiteral("evt_000019"))[0]);
}

void TestGuiAnalytics::summaryPanelCountsTheFilteredRecords()
{
    SummaryPanel panel;
    panel.setStore(m_store.get());
    AuditFilter filter;
    filter.actions = {QStringLiteral("block")};
    panel.filter = [filter] { return filter; };
    panel.setColumns(QStringLiteral("framework"), QStringLiteral("month"));
    click(&panel, "count");
    const analytics::SummaryTable &s = *panel.summary();
    QTableWidget *table = panel.table();
    QCOMPARE(table->rowCount(), s.rowValues.size() + 1);
    QCOMPARE(s.total, m_store->count(filter));
    // The totals row: every record of the population, in the corner cell.
    QCOMPARE(table->item(table->rowCount() - 1, table->columnCount() - 1)->text(), QString::number(s.total));
    // Each framework's row total is the count of that framework's blocked records.
    for (int r = 0; r < s.rowValues.size(); ++r) {
        AuditFilter one = filter;
        if (s.rowValues[r] == QLatin1String(analytics::NoValue))
            continue;
        one.frameworks = {s.rowValues[r]};
        QCOMPARE(table->item(r, table->columnCount() - 1)->text(), QString::number(m_store->count(one)));
    }
    QCOMPARE(panel.filterText(), QStringLiteral("Filter: action = block (%1 record(s)).").arg(s.total));
    const QString xlsx = m_dir.filePath(QStringLiteral("summary.xlsx"));
    panel.askPath = [&](const QString &, const QString &, const QString &) { return xlsx; };
    click(&panel, "exportExcel");
    QCOMPARE(analyticstest::worksheet(xlsx, 1).size(), s.rowValues.size() + 2);
}

void TestGuiAnalytics::excelInTheExportDialog()
{
    QWidget window;
    TaskPanel panel;
    AuditFilter filter;
    filter.categories = {QStringLiteral("admin")};
    qint64 finished = -1;
    QList<Issue> issues;
    const QString path = m_dir.filePath(QStringLiteral("visible.xlsx"));
    QVERIFY(RecordsExcelExport::start({&window, [&] { return m_store.get(); }, m_path, &panel, filter,
                                       [&](const QList<Issue> &i) { issues << i; },
                                       [&](qint64 n) { finished = n; }},
                                      path));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
    QCOMPARE(finished, m_store->count(filter));
    QCOMPARE(analyticstest::worksheet(path, 1).size(), finished + 1);
    const ActivityEntry last = m_store->activity().last();
    QCOMPARE(last.action, QStringLiteral("export"));
    QCOMPARE(QJsonDocument::fromJson(last.details).object()[QStringLiteral("format")].toString(),
             QStringLiteral("xlsx"));
    QCOMPARE(issues.last().severity, Issue::Severity::Info);
}

QTEST_MAIN(TestGuiAnalytics)
#include "tst_gui_analytics.moc"
