// Reports leaving the workbench through its widgets: Export PDF, Print (the print dialog, then a
// background job) and Print Preview, for a stored package and for a verification result; every PDF and
// every print job recorded in the activity log; branding from the Settings dialog on the printout.
// Printed files are checked with poppler-utils, as in tst_report.
#include "TestConfig.h"
#include "core/crypto/Crypto.h"
#include "core/report/VerificationReport.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/AppSettings.h"
#include "ui/common/SettingsDialog.h"
#include "ui/common/TaskPanel.h"
#include "ui/packages/PackagesView.h"
#include "ui/reports/ReportOutput.h"
#include "ui/verification/VerificationView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ab;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext without -layout: words in reading order, one space apart.
QString pdfText(const QString &pdf)
{
    QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return text;
}

QString infoField(const QString &pdf, const QString &field)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto m =
        QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QJsonObject> prints(const WorkspaceStore &store)
{
    QList<QJsonObject> out;
    for (const ActivityEntry &entry : store.activity())
        if (entry.action == QLatin1String("print"))
            out.append(QJsonDocument::fromJson(entry.details).object());
    return out;
}

bool waitIdle(MainWindow &window)
{
    for (int i = 0; i < 600 && window.taskPanel()->isBusy(); ++i)
        QTest::qWait(100);
    return !window.taskPanel()->isBusy();
}

} // namespace

class TestReportOutput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_packageId;

    // A window on the fixture workspace with its one package shown.
    void openWithPackage(MainWindow &window)
    {
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        window.showPage(MainWindow::PackagesPage);
        window.packagesView()->versionsTable()->selectRow(0);
        QCOMPARE(window.packagesView()->currentPackageId(), m_packageId);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("reports.auditbench"));
        const QByteArray json = readFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
        m_packageId = QJsonDocument::fromJson(json).object().value(QStringLiteral("package_id")).toString();
        auto store = WorkspaceStore::open(m_workspace);
        store->storePackage(json, QStringLiteral("platform"));
        store->addVerdict(m_packageId, QStringLiteral("Incident Response"), QStringLiteral("exception"),
                          QStringLiteral("Drift drf_2 should have suspended the agent"));
    }

    void actionsFollowWhatIsShown()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        // Nothing selected, nothing verified: nothing to print.
        for (const char *name : {"print", "printPreview", "exportPdf"})
            QVERIFY2(!window.action(QLatin1String(name))->isEnabled(), name);
        window.showPage(MainWindow::PackagesPage);
        auto *button = window.packagesView()->findChild<QPushButton *>(QStringLiteral("printPackageButton"));
        QVERIFY(!button->isEnabled());
        window.packagesView()->versionsTable()->selectRow(0);
        QVERIFY(button->isEnabled());
        for (const char *name : {"print", "printPreview", "exportPdf"})
            QVERIFY2(window.action(QLatin1String(name))->isEnabled(), name);
        QCOMPARE(window.action(QStringLiteral("print"))->shortcut(), QKeySequence(QKeySequence::Print));
    }

    void exportPdfRunsInTheBackgroundAndIsLogged()
    {
        MainWindow window;
        openWithPackage(window);
        const QString pdf = m_dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY(window.outputReport(ReportMode::Pdf, pdf));
        QVERIFY(window.taskPanel()->isBusy()); // the UI thread is free while the PDF is made
        QVERIFY(!window.action(QStringLiteral("exportPdf"))->isEnabled());
        QVERIFY(waitIdle(window));
        const QByteArray bytes = readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Execution Graph"), QStringLiteral("Data Flow Diagram"),
              QStringLiteral("Vendor Security Questionnaire"), QStringLiteral("Sub-Processor List"),
              QStringLiteral("SOC 2 Control Mappings"), QStringLiteral("triage-bot"),
              QStringLiteral("Drift drf_2 should have suspended the agent"),
              // the workspace holds no verification run for the agent's trail
              VerificationReport::banner(TrailStatus::NotVerified).title})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        const QList<QJsonObject> logged = prints(*window.store());
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("compliance-package"));
        QCOMPARE(logged.at(0).value(QStringLiteral("package_id")).toString(), m_packageId);
        QCOMPARE(logged.at(0).value(QStringLiteral("file")).toString(), QFileInfo(pdf).absoluteFilePath());
        QCOMPARE(logged.at(0).value(QStringLiteral("sha256")).toString(), crypto::sha256Hex(bytes));
        QCOMPARE(logged.at(0).value(QStringLiteral("pages")).toInt(),
                 infoField(pdf, QStringLiteral("Pages")).toInt());
    }

    void printerGetsTheReportOnItsPaper()
    {
        MainWindow window;
        openWithPackage(window);
        const int before = int(prints(*window.store()).size());
        const QString pdf = m_dir.filePath(QStringLiteral("printed-letter.pdf"));
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        printer->setPageSize(QPageSize(QPageSize::Letter));
        printer->setPageOrientation(QPageLayout::Landscape);
        printer->setResolution(600);
        printer->setFullPage(true);
        QVERIFY(window.printReportWith(printer));
        QVERIFY(window.taskPanel()->isBusy());
        QVERIFY(waitIdle(window));
        QCOMPARE(infoField(pdf, QStringLiteral("Page size")), QStringLiteral("792 x 612 pts (letter)"));
        const QString text = pdfText(pdf);
        const int pages = infoField(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY(pages > 3);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("SOC 2 Control Mappings")));
        const QList<QJsonObject> logged = prints(*window.store());
        QCOMPARE(logged.size(), before + 1);
        QCOMPARE(logged.last().value(QStringLiteral("file")).toString(), QFileInfo(pdf).absoluteFilePath());
        QCOMPARE(logged.last().value(QStringLiteral("sha256")).toString(), crypto::sha256Hex(readFile(pdf)));
        QCOMPARE(logged.last().value(QStringLiteral("pages")).toInt(), pages);
    }

    void printDialogThenBackgroundJob()
    {
        MainWindow window;
        openWithPackage(window);
        const QString pdf = m_dir.filePath(QStringLiteral("from-dialog.pdf"));
        bool dialogSeen = false;
        // The print dialog is modal: answer it as a person would, printing to a file.
        QTimer::singleShot(100, this, [&]() {
            auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            dialog->printer()->setOutputFileName(pdf);
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
            if (file)
                file->setText(pdf);
            dialog->accept();
        });
        QVERIFY(window.outputReport(ReportMode::Print));
        QVERIFY(dialogSeen);
        QVERIFY(waitIdle(window));
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Vendor Security Questionnaire")));
        QCOMPARE(prints(*window.store()).last().value(QStringLiteral("sha256")).toString(),
                 crypto::sha256Hex(readFile(pdf)));
    }

    void previewShowsEveryPage()
    {
        MainWindow window;
        openWithPackage(window);
        const QString pdf = m_dir.filePath(QStringLiteral("for-preview.pdf"));
        QVERIFY(window.outputReport(ReportMode::Pdf, pdf));
        QVERIFY(waitIdle(window));
        const int pages = infoField(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY(pages > 3);
        window.action(QStringLiteral("printPreview"))->trigger();
        auto *dialog = window.findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        // The preview lays the report out on the same A4 grid as the PDF: the same pages.
        QTRY_COMPARE(preview->pageCount(), pages);
        dialog->close();
    }

    void verificationReportFromTheVerificationPage()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        window.showPage(MainWindow::VerificationPage);
        VerificationView *view = window.verificationView();
        view->setFileEvidence(true);
        view->setFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small-tampered.json")});
        view->setPeriodEnabled(false);
        QVERIFY(view->loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")));
        QSignalSpy finished(view, &VerificationView::verificationFinished);
        QVERIFY(view->startVerification());
        QVERIFY(finished.wait(30000));
        QVERIFY(waitIdle(window));
        const int before = int(prints(*window.store()).size());
        // The page's own Export button asks for the verification report (the file name is given here).
        const QString pdf = m_dir.filePath(QStringLiteral("verification.pdf"));
        QVERIFY(window.outputReport(ReportMode::Pdf, pdf));
        QVERIFY(waitIdle(window));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("ERRORS FOUND: 3 error(s)")));
        QVERIFY(text.contains(QStringLiteral("Event 5: sequence break (expected 5, got 6)")));
        const auto document = view->reportDocument();
        QVERIFY(document);
        const QList<QJsonObject> logged = prints(*window.store());
        QCOMPARE(logged.size(), before + 1);
        QCOMPARE(logged.last().value(QStringLiteral("kind")).toString(), QStringLiteral("verification"));
        QCOMPARE(logged.last().value(QStringLiteral("result_sha256")).toString(), document->footerHash);
        QCOMPARE(logged.last().value(QStringLiteral("sha256")).toString(), crypto::sha256Hex(readFile(pdf)));
    }

    void storedRunPrintsAsTheCommandLineDoes()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("runs.auditbench"))));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small-tampered.json")});
        QVERIFY(imported.wait(30000) && imported.constLast().at(0).toBool());
        VerificationView *view = window.verificationView();
        QVERIFY(view->loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")));
        view->setPeriodEnabled(false);
        QSignalSpy finished(view, &VerificationView::verificationFinished);
        window.action(QStringLiteral("verify"))->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(waitIdle(window));
        QCOMPARE(view->shownRunId(), QStringLiteral("1")); // the run the workspace stored
        const QString pdf = dir.filePath(QStringLiteral("run.pdf"));
        QVERIFY(window.outputReport(ReportMode::Pdf, pdf));
        QVERIFY(waitIdle(window));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("run 1, gateway")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("ERRORS FOUND: 3 error(s)")));
        const QList<QJsonObject> logged = prints(*window.store());
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("verification"));
        QCOMPARE(logged.at(0).value(QStringLiteral("run_id")).toString(), QStringLiteral("1"));
        QCOMPARE(logged.at(0).value(QStringLiteral("sha256")).toString(), crypto::sha256Hex(readFile(pdf)));
    }

    // The page shows the run the workspace stored for this verification (id, time, who), selects it in the
    // runs table and prints it, even when another writer stored a run at the same moment (then the newest
    // listed run is not this verification's).
    void verificationShowsAndPrintsTheRunItStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stored.auditbench"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(path));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small-tampered.json")});
        QVERIFY(imported.wait(30000) && imported.constLast().at(0).toBool());
        VerificationView *view = window.verificationView();
        QVERIFY(view->loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")));
        view->setPeriodEnabled(false);

        // When the GUI's worker has stored its run (and the task has ended), another connection stores one
        // without a keyring: two errors, by someone else.
        bool armed = true;
        const AuditorIdentity other{QStringLiteral("Other Writer"), QStringLiteral("other@firm.example"), {}};
        connect(window.taskPanel(), &TaskPanel::busyChanged, this, [&](bool busy) {
            if (busy || !armed)
                return;
            armed = false;
            auto writer = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, other);
            writer->verifyGateway(VerifyOptions{});
        });
        QSignalSpy finished(view, &VerificationView::verificationFinished);
        window.action(QStringLiteral("verify"))->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(waitIdle(window));
        QVERIFY(!armed);

        const QList<VerificationRun> stored = window.store()->verificationRuns();
        QCOMPARE(stored.size(), 2);
        const VerificationRun &mine = stored.at(1); // run 1: stored by the GUI's worker
        QCOMPARE(mine.id, qint64(1));
        QCOMPARE(mine.result.errorCount, qint64(3));
        QCOMPARE(stored.at(0).runBy, other.display());

        QCOMPARE(view->shownRunId(), QStringLiteral("1"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("storedRunId"))->text(),
                 QStringLiteral("1 (gateway)"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("storedRunAt"))->text(), mine.runAt);
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("storedRunBy"))->text(), mine.runBy);
        QCOMPARE(view->lastResult()->errorCount, qint64(3));
        // The runs table lists both, newest first, and selects the one shown.
        QTableWidget *runs = view->runsTable();
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(runs->item(0, 1)->text(), QStringLiteral("2 error(s)"));
        QCOMPARE(runs->item(1, 1)->text(), QStringLiteral("3 error(s)"));
        const QModelIndexList selected = runs->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).row(), 1);

        // It prints as `auditbench-cli pdf --verification 1` does: the stored run's document.
        const auto expected =
            WorkspaceReports::verificationDocument(*window.store(), 1, AppSettings::branding());
        QVERIFY(expected);
        const QString pdf = dir.filePath(QStringLiteral("run.pdf"));
        QVERIFY(window.outputReport(ReportMode::Pdf, pdf));
        QVERIFY(waitIdle(window));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("run 1, gateway")), qPrintable(text.left(600)));
        QVERIFY(!text.contains(QStringLiteral("run 2, gateway")));
        QVERIFY2(text.contains(expected->footerHash), qPrintable(expected->footerHash));
        const QList<QJsonObject> logged = prints(*window.store());
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.at(0).value(QStringLiteral("run_id")).toString(), QStringLiteral("1"));

        // Choosing the other run in the table shows that run and what it stored.
        emit runs->cellActivated(0, 0);
        QCOMPARE(view->shownRunId(), QStringLiteral("2"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("storedRunBy"))->text(), other.display());
        QCOMPARE(view->lastResult()->errorCount, qint64(2));
        QCOMPARE(runs->selectionModel()->selectedRows().at(0).row(), 0);
    }

    void brandingFromSettingsReachesThePrintout()
    {
        {
            SettingsDialog dialog;
            dialog.findChild<QLineEdit *>(QStringLiteral("brandingOrganisation"))
                ->setText(QStringLiteral("Northwind Assurance LLP"));
            dialog.findChild<QLineEdit *>(QStringLiteral("brandingFooter"))
                ->setText(QStringLiteral("Confidential: prepared for the audit committee"));
            auto *accent = dialog.findChild<QLineEdit *>(QStringLiteral("brandingAccent"));
            // A colour that is no colour is refused, and nothing is saved.
            accent->setText(QStringLiteral("not-a-colour"));
            dialog.accept();
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("brandingError"));
            QCOMPARE(error->text(),
                     QStringLiteral(
                         "Report branding: accent_colour 'not-a-colour': expected a colour such as #2F4F6F"));
            QVERIFY(AppSettings::branding().organisation != QStringLiteral("Northwind Assurance LLP"));
            accent->setText(QStringLiteral("#7A1F5C"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(AppSettings::branding().organisation, QStringLiteral("Northwind Assurance LLP"));
        QCOMPARE(AppSettings::branding().accent, QColor(0x7A, 0x1F, 0x5C));
        MainWindow window;
        openWithPackage(window);
        const QString pdf = m_dir.filePath(QStringLiteral("branded.pdf"));
        QVERIFY(window.outputReport(ReportMode::Pdf, pdf));
        QVERIFY(waitIdle(window));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(
            QStringLiteral("Northwind Assurance LLP · Confidential: prepared for the audit committee")));
        QSettings().remove(QStringLiteral("branding"));
    }
};

QTEST_MAIN(TestReportOutput)
#include "tst_reportoutput.moc"
