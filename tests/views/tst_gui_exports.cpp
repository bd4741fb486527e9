// The audit log's exports and columns in the workbench window, on real widgets (issues 13 and 19):
//   - the columns users read (framework_reference, override_reason, model, provider, source_ip, rule_name)
//     show the fixture's values; hiding one in the header's menu is remembered by a window built afresh;
//   - Export OCSF… for the current filter writes one event per filtered record, each valid OCSF 1.1, and the
//     activity log records the file's SHA-256; Cancel leaves no file;
//   - every export the workbench writes (CSV, Excel, OCSF, listing PDF) has <file>.provenance.json beside it
//     whose hash is the file's.
#include "views/ViewsFixture.h"

#include "core/export/ExportProvenance.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "support/OcsfValidator.h"
#include "ui/MainWindow.h"
#include "ui/analytics/RecordsExcelExport.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogOcsfExport.h"
#include "ui/auditlog/AuditLogTableMenus.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/TaskPanel.h"

#include <QAction>
#include <QCryptographicHash>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;

namespace {

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(wsfixture::readFile(path), QCryptographicHash::Sha256).toHex());
}

QJsonObject provenanceOf(const QString &path)
{
    return QJsonDocument::fromJson(wsfixture::readFile(ExportProvenance::sidecarPath(path))).object();
}

// The filter the OCSF test sets: enforcement records of the first half of 2025 (UTC).
AuditFilter firstHalfEnforcement()
{
    AuditFilter f;
    f.categories = {QStringLiteral("enforcement")};
    f.start = Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
    f.end = Instant::parse(QStringLiteral("2025-06-30T23:59:59Z"));
    return f;
}

// The same filter computed from the fixture's JSON, never through the workspace.
qint64 firstHalfEnforcementCount(const QJsonArray &records)
{
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(2025, 6, 30), QTime(23, 59, 59, 999), Qt::UTC);
    qint64 n = 0;
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("category")) != QLatin1String("enforcement") ||
            !r.contains(QStringLiteral("timestamp")))
            continue;
        const QDateTime at =
            QDateTime::fromString(r.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs).toUTC();
        n += at >= start && at <= end;
    }
    return n;
}

} // namespace

class TestGuiExports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir, m_dir;
    QString m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QJsonArray m_records;

    AuditLogExport::Host host(bool *done)
    {
        return {m_window.get(),
                [this] { return m_window->store(); },
                m_window->workspacePath(),
                m_window->taskPanel(),
                m_window->auditLogView()->model()->filter(),
                [](const QList<Issue> &) {},
                [done](qint64) { *done = true; }};
    }

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_workspace));
    }

private slots:
    void initTestCase()
    {
        ab::test::isolateSettings(m_settingsDir);
        m_records = viewsfixture::gatewayRecordsWithColumns(viewsfixture::GatewayRecords);
        m_workspace = m_dir.filePath(QStringLiteral("exports.auditbench"));
        WorkspaceStore::open(m_workspace)
            ->importFiles({wsfixture::writeFile(m_dir.path(), QStringLiteral("gateway.ndjson"),
                                                wsfixture::asNdjson(m_records))});
        makeWindow();
    }

    void columnsShowTheRecordsMembers()
    {
        AuditLogModel *model = m_window->auditLogView()->model();
        QCOMPARE(model->visibleCount(), qint64(viewsfixture::GatewayRecords));
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : m_records)
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        const QList<QPair<int, QString>> members = {
            {AuditLogModel::FrameworkReferenceColumn, QStringLiteral("framework_reference")},
            {AuditLogModel::OverrideReasonColumn, QStringLiteral("override_reason")},
            {AuditLogModel::ModelColumn, QStringLiteral("model")},
            {AuditLogModel::ProviderColumn, QStringLiteral("provider")},
            {AuditLogModel::SourceIpColumn, QStringLiteral("source_ip")},
            {AuditLogModel::RuleNameColumn, QStringLiteral("rule_name")}};
        int withReason = 0, withoutModel = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, AuditLogModel::RecordIdColumn).data().toString();
            QVERIFY2(byId.contains(id), qPrintable(id));
            const QJsonObject record = byId.value(id);
            for (const auto &[column, member] : members)
                QCOMPARE(model->index(row, column).data().toString(), record.value(member).toString());
            withReason += !model->index(row, AuditLogModel::OverrideReasonColumn).data().toString().isEmpty();
            withoutModel += model->index(row, AuditLogModel::ModelColumn).data().toString().isEmpty();
        }
        // Both kinds of rows were compared: members present and absent.
        QCOMPARE(withReason, 22);   // i % 11 in {0, 1} of 120
        QCOMPARE(withoutModel, 13); // i % 9 == 4 of 120
        QCOMPARE(model->headerData(AuditLogModel::OverrideReasonColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Override reason"));
    }

    void hiddenColumnsAreRemembered()
    {
        QTableView *table = m_window->auditLogView()->table();
        QMenu *menu = m_window->auditLogView()->tableMenus()->columnMenu();
        QCOMPARE(menu->actions().size(), int(AuditLogModel::ColumnCount));
        // The defaults: model, provider and source IP hidden, the rest shown.
        QVERIFY(table->isColumnHidden(AuditLogModel::ModelColumn));
        QVERIFY(table->isColumnHidden(AuditLogModel::SourceIpColumn));
        QVERIFY(!table->isColumnHidden(AuditLogModel::OverrideReasonColumn));
        QAction *reason = menu->findChild<QAction *>(QStringLiteral("column_override_reason"));
        QAction *modelColumn = menu->findChild<QAction *>(QStringLiteral("column_model"));
        QVERIFY(reason && modelColumn);
        QVERIFY(reason->isChecked());
        QVERIFY(!modelColumn->isChecked());
        reason->trigger();
        modelColumn->trigger();
        QVERIFY(table->isColumnHidden(AuditLogModel::OverrideReasonColumn));
        QVERIFY(!table->isColumnHidden(AuditLogModel::ModelColumn));

        // The view built again (a new window, as on the next start): the choice is back.
        m_window.reset();
        makeWindow();
        table = m_window->auditLogView()->table();
        QVERIFY(table->isColumnHidden(AuditLogModel::OverrideReasonColumn));
        QVERIFY(!table->isColumnHidden(AuditLogModel::ModelColumn));
        QVERIFY(table->isColumnHidden(AuditLogModel::ProviderColumn));
        QVERIFY(!table->isColumnHidden(AuditLogModel::RuleNameColumn));
        menu = m_window->auditLogView()->tableMenus()->columnMenu();
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("column_override_reason"))->isChecked());
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("column_model"))->isChecked());
    }

    void exportOcsfOfTheFilter()
    {
        m_window->auditLogView()->setFilter(firstHalfEnforcement());
        const qint64 expected = firstHalfEnforcementCount(m_records);
        QVERIFY(expected > 5);
        QCOMPARE(m_window->auditLogView()->model()->visibleCount(), expected);
        QVERIFY(m_window->action(QStringLiteral("exportOcsf"))->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("enforcement.ocsf.ndjson"));
        bool done = false;
        QVERIFY(AuditLogOcsfExport::start(host(&done), path, ocsf::OcsfFormat::Ndjson));
        QVERIFY(m_window->taskPanel()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!m_window->taskPanel()->isBusy());

        const QList<QByteArray> lines = wsfixture::readFile(path).split('\n');
        QCOMPARE(lines.constLast(), QByteArray());
        QCOMPARE(qint64(lines.size() - 1), expected);
        const ocsftest::OcsfValidator validator;
        QVERIFY(validator.loaded());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QJsonObject event = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(validator.check(event), QStringList());
            QCOMPARE(event.value(QStringLiteral("class_uid")).toInt(), 2001);
        }

        const ActivityEntry entry = m_window->store()->activity().constLast();
        QCOMPARE(entry.action, QStringLiteral("export"));
        const QJsonObject details = QJsonDocument::fromJson(entry.details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("ocsf"));
        QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("enforcement.ocsf.ndjson"));
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha256Of(path));
        QCOMPARE(details.value(QStringLiteral("filters")).toObject().value(QStringLiteral("category")),
                 QJsonValue(QJsonArray{QStringLiteral("enforcement")}));
        QCOMPARE(
            details.value(QStringLiteral("summary")).toObject().value(QStringLiteral("events")).toInteger(),
            expected);

        const QJsonObject provenance = provenanceOf(path);
        QCOMPARE(provenance.value(QStringLiteral("sha256")).toString(), sha256Of(path));
        QCOMPARE(provenance.value(QStringLiteral("records")).toInteger(), expected);
        QCOMPARE(provenance.value(QStringLiteral("what")).toString(), QStringLiteral("ocsf"));
        QCOMPARE(provenance.value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("category"))
                     .toString(),
                 QStringLiteral("enforcement"));
    }

    void cancelledOcsfExportLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.ocsf.ndjson"));
        const qint64 logRows = m_window->store()->activity().size();
        auto progress = std::make_shared<TaskProgress>();
        progress->cancel();
        bool done = false;
        QSignalSpy busy(m_window->taskPanel(), &TaskPanel::busyChanged);
        QVERIFY(AuditLogOcsfExport::start(host(&done), path, ocsf::OcsfFormat::Ndjson, progress));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->taskPanel()->isBusy(), 30000);
        QVERIFY(!done);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(ExportProvenance::sidecarPath(path)));
        QCOMPARE(m_window->store()->activity().size(), logRows);
    }

    void everyExportHasItsProvenance()
    {
        const qint64 expected = m_window->auditLogView()->model()->visibleCount();
        const QString csv = m_dir.filePath(QStringLiteral("visible.csv"));
        bool done = false;
        QVERIFY(AuditLogExport::start(host(&done), csv, RecordExportFormat::Csv));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        const QString xlsx = m_dir.filePath(QStringLiteral("visible.xlsx"));
        done = false;
        QVERIFY(RecordsExcelExport::start(host(&done), xlsx));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        const QString pdf = m_dir.filePath(QStringLiteral("listing.pdf"));
        QVERIFY(m_window->outputListing(ReportMode::Pdf, pdf));
        for (const QString &path : {csv, xlsx, pdf}) {
            const QJsonObject provenance = provenanceOf(path);
            QCOMPARE(provenance.value(QStringLiteral("sha256")).toString(), sha256Of(path));
            QCOMPARE(provenance.value(QStringLiteral("file")).toString(), QFileInfo(path).fileName());
            QCOMPARE(provenance.value(QStringLiteral("records")).toInteger(), expected);
            QCOMPARE(provenance.value(QStringLiteral("filter_text")).toString(),
                     QStringLiteral("category = enforcement; start = 2025-01-01T00:00:00Z; "
                                    "end = 2025-06-30T23:59:59.999999999Z"));
            QCOMPARE(provenance.value(QStringLiteral("workspace"))
                         .toObject()
                         .value(QStringLiteral("path"))
                         .toString(),
                     QFileInfo(m_workspace).absoluteFilePath());
        }
        QCOMPARE(provenanceOf(pdf).value(QStringLiteral("what")).toString(), QStringLiteral("listing"));
        QCOMPARE(provenanceOf(xlsx).value(QStringLiteral("export_format")).toString(),
                 QStringLiteral("xlsx"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestGuiExports)
#include "tst_gui_exports.moc"
