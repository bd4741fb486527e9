// The workbench over a damaged, a tampered, a read-only workspace: the check at open puts its findings in
// the issues dock, the charts and the records table do not abort on a damaged page, writing actions are
// disabled under the read-only banner, and Save a Copy writes one consistent file.
#include "integrity/DamagedWorkspace.h"
#include "support/GuiTestSupport.h"

#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/MainWindow.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/shell/WorkspaceController.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationView.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace ab;
using namespace ab::test;

class TestGuiIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedWorkspaceReportsInsteadOfAborting();
    void tamperedWorkspaceFindingsInIssuesDock();
    void tamperedWorkspaceGetsNoVerdict();
    void intactWorkspaceCheckedIntact();
    void saveCopyWritesOneConsistentFile();
    void readOnlyMediaOpenWithBanner();

private:
    static QStringList messages(MainWindow &window, Issue::Severity severity);
    static int openAndWaitForCheck(MainWindow &window, const QString &path);
    QTemporaryDir m_settingsDir, m_dir;
    QString m_pristine;
};

void TestGuiIntegrity::initTestCase()
{
    isolateSettings(m_settingsDir);
    m_pristine = m_dir.filePath(QStringLiteral("pristine.auditbench"));
    makeWorkspace(m_pristine, 1000, 150);
}

QStringList TestGuiIntegrity::messages(MainWindow &window, Issue::Severity severity)
{
    QStringList out;
    const IssueModel *model = window.issuesDock()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->issue(row).severity == severity)
            out << model->issue(row).message;
    return out;
}

// The number of findings of the check started by opening `path`; -1 when it could not run, -2 no result.
int TestGuiIntegrity::openAndWaitForCheck(MainWindow &window, const QString &path)
{
    QSignalSpy checked(window.workspace(), &WorkspaceController::checkFinished);
    if (!window.openWorkspace(path))
        return -3;
    if (!checked.wait(60000))
        return -2;
    return checked.constLast().at(0).toInt();
}

void TestGuiIntegrity::damagedWorkspaceReportsInsteadOfAborting()
{
    const QString ws = m_dir.filePath(QStringLiteral("damaged.auditbench"));
    QVERIFY(QFile::copy(m_pristine, ws));
    QVERIFY(damageLeafPage(ws, QStringLiteral("gateway_records")) > 0);
    MainWindow window;
    window.show();
    QVERIFY(openAndWaitForCheck(window, ws) > 0);
    // Every row is asked for (the damaged page among them), then the charts are drawn: neither aborts.
    auto *table = window.auditLogView()->findChild<QTableView *>();
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); row += 50)
        table->model()->data(table->model()->index(row, 1));
    auto *tabs = window.auditLogView()->findChild<QTabWidget *>(QStringLiteral("auditLogTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const QString damaged =
        ws + QStringLiteral(": the workspace file is damaged and cannot be read (database disk image "
                            "is malformed); 'auditbench-cli check' tells what is affected");
    const QStringList errors = messages(window, Issue::Severity::Error);
    QVERIFY2(errors.contains(QStringLiteral("The charts could not be drawn: ") + damaged),
             qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.contains(QStringLiteral("The audit log filter could not be applied: ") + damaged),
             qPrintable(errors.join(u'\n')));
    bool checkSaysDamaged = false;
    for (const QString &e : errors)
        checkSaysDamaged = checkSaysDamaged ||
                           e.startsWith(QStringLiteral("Workspace check: The workspace file is damaged: "));
    QVERIFY2(checkSaysDamaged, qPrintable(errors.join(u'\n')));
}

void TestGuiIntegrity::tamperedWorkspaceFindingsInIssuesDock()
{
    const QString ws = m_dir.filePath(QStringLiteral("tampered.auditbench"));
    QVERIFY(QFile::copy(m_pristine, ws));
    rawSql(ws, {QStringLiteral("DROP TRIGGER gateway_records_no_update"),
                QStringLiteral("UPDATE gateway_records SET action = 'allow' WHERE id = 4")});
    MainWindow window;
    QCOMPARE(openAndWaitForCheck(window, ws), 1);
    QCOMPARE(messages(window, Issue::Severity::Error),
             QStringList{
                 QStringLiteral("Workspace check: source 1 (gateway.json): record 4 (gateway_records row 4): "
                                "the query column action says 'allow', the record says 'block'")});
}

// Verify on a workspace whose quick check has a finding (a run whose verdict was edited): the quick check
// runs first on the worker, so no verification runs, no run is stored and the banner says why (as
// verify --workspace refuses); the same workspace untampered verifies.
void TestGuiIntegrity::tamperedWorkspaceGetsNoVerdict()
{
    const QString ws = m_dir.filePath(QStringLiteral("forged.auditbench"));
    QVERIFY(QFile::copy(m_pristine, ws));
    rawSql(ws, {QStringLiteral("DROP TRIGGER sources_no_update"),
                QStringLiteral("UPDATE sources SET record_count = 999")});
    MainWindow window;
    window.show();
    QVERIFY(openAndWaitForCheck(window, ws) > 0);
    VerificationView *view = window.verificationView();
    view->setFileEvidence(false);
    view->setPeriodEnabled(false);
    QSignalSpy failed(view, &VerificationView::verificationFailed);
    QSignalSpy finished(view, &VerificationView::verificationFinished);
    QVERIFY(view->startVerification());
    QVERIFY(failed.wait(60000));
    QCOMPARE(finished.size(), 0);
    const QString expected =
        ws +
        QStringLiteral(": the workspace failed its check (2 finding(s)), so nothing was verified and no "
                       "verdict is shown: source 1 (gateway.json): the workspace holds 1000 of its "
                       "records, its source row says 999. The issues dock lists the findings of the full "
                       "check.");
    QCOMPARE(failed.constLast().at(0).toString(), expected);
    QCOMPARE(view->banner()->title(), QStringLiteral("Not verified: the input is unusable"));
    QCOMPARE(view->banner()->detail(), expected);
    QVERIFY(!view->lastResult());
    QCOMPARE(window.store()->verificationRuns().size(), 0);
}

void TestGuiIntegrity::intactWorkspaceCheckedIntact()
{
    MainWindow window;
    QCOMPARE(openAndWaitForCheck(window, m_pristine), 0);
    QCOMPARE(messages(window, Issue::Severity::Error), QStringList());
    // Intact is said in the status bar, with the log's head; the issues dock keeps to problems.
    QCOMPARE(window.issuesDock()->model()->rowCount(), 0);
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(
        status.startsWith(QStringLiteral("Workspace check: intact (1 source(s), activity log of 151 entries, "
                                         "last hash ") +
                          window.store()->activityHead().hash),
        qPrintable(status));
    QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("ReadOnlyBanner"))->isVisibleTo(&window));
    QVERIFY(window.action(QStringLiteral("importFiles"))->isEnabled());
}

void TestGuiIntegrity::saveCopyWritesOneConsistentFile()
{
    const QString ws = m_dir.filePath(QStringLiteral("source.auditbench"));
    QVERIFY(QFile::copy(m_pristine, ws));
    const QString copy = m_dir.filePath(QStringLiteral("copy.auditbench"));
    MainWindow window;
    QVERIFY(openAndWaitForCheck(window, ws) == 0);
    QSignalSpy saved(window.workspace(), &WorkspaceController::copySaved);
    window.workspace()->saveCopy(copy);
    QVERIFY(saved.wait(60000));
    QCOMPARE(saved.constLast().at(0).toBool(), true);
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    auto store = WorkspaceStore::open(copy, WorkspaceStore::OpenMode::ReadOnly);
    QCOMPARE(store->count(), 1000);
    const WorkspaceCheckResult check = WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full);
    QCOMPARE(check.findings.size(), 0);
    QCOMPARE(check.head.rows, 151);
}

void TestGuiIntegrity::readOnlyMediaOpenWithBanner()
{
    // Read-only media as an auditor meets them: a read-only bind mount (root ignores file permissions, so
    // chmod proves nothing here). Needs mount rights; where they are missing the test says so and skips.
    QTemporaryDir media;
    const QString src = media.filePath(QStringLiteral("src")), ro = media.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(src) && QDir().mkpath(ro));
    QVERIFY(QFile::copy(m_pristine, src + QStringLiteral("/archived.auditbench")));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), src, ro}) != 0)
        QSKIP("no mount rights: read-only media cannot be simulated here");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {ro}); });
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), ro}) != 0)
        QSKIP("cannot remount read-only here");
    const QString ws = ro + QStringLiteral("/archived.auditbench");
    MainWindow window;
    window.show();
    QCOMPARE(openAndWaitForCheck(window, ws), 0);
    QVERIFY(window.workspace()->isReadOnly());
    QCOMPARE(window.store()->count(), 1000);
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("ReadOnlyBanner"))->isVisible());
    for (const char *writing : {"importFiles", "verify", "generatePackage", "print", "exportPdf"})
        QVERIFY2(!window.action(QLatin1String(writing))->isEnabled(), writing);
    QVERIFY(window.action(QStringLiteral("saveWorkspaceCopy"))->isEnabled());
    window.closeWorkspace();
    QVERIFY(!QFile::exists(ws + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(ws + QStringLiteral("-shm")));
}

QTEST_MAIN(TestGuiIntegrity)
#include "tst_gui_integrity.moc"
