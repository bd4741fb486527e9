#include "ui/ScreenshotTour.h"

#include "ui/MainWindow.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/SettingsDialog.h"
#include "ui/common/TaskPanel.h"
#include "ui/ocsf/OcsfView.h"
#include "ui/packages/PackagesView.h"
#include "ui/runtime/RuntimeView.h"
#include "ui/verification/VerificationView.h"
#include "ui/views/EvidencePages.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

namespace ab {

void ScreenshotTour::save(MainWindow &window, const QString &dirPath)
{
    QDir().mkpath(dirPath);
    const QDir dir(dirPath);
    auto settle = [](int ms = 300) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    auto waitIdle = [&window, &settle]() {
        while (window.taskPanel()->isBusy())
            settle(100);
        settle();
    };
    auto shoot = [&window, &dir, &settle](const QString &name) {
        settle();
        window.grab().save(dir.filePath(name));
    };
    waitIdle();
    if (window.isWelcomeShown()) // no workspace given: what a first launch shows
        shoot(QStringLiteral("gui-welcome.png"));
    // The verification page with a result: verify what the workspace holds (or the files given).
    VerificationView *verification = window.verificationView();
    window.showPage(MainWindow::VerificationPage);
    if (verification->startVerification())
        waitIdle();
    shoot(QStringLiteral("gui-verification.png"));
    if (!verification->files().isEmpty()) {
        verification->setFileEvidence(true);
        if (verification->startVerification())
            waitIdle();
        shoot(QStringLiteral("gui-verification-tampered.png"));
        verification->setFileEvidence(false);
    }

    AuditLogView *log = window.auditLogView();
    window.showPage(MainWindow::AuditLogPage);
    if (log->model()->rowCount() > 12) {
        log->table()->selectRow(12);
        log->table()->setCurrentIndex(log->model()->index(12, 0));
    }
    shoot(QStringLiteral("gui-audit-log.png"));
    if (auto *tabs = log->findChild<QTabWidget *>(QStringLiteral("auditLogTabs"))) {
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("gui-charts.png"));
        tabs->setCurrentIndex(0);
    }

    PackagesView *packages = window.packagesView();
    window.showPage(MainWindow::PackagesPage);
    if (packages->versionsTable()->rowCount() == 0) {
        if (auto *agent = packages->findChild<QComboBox *>(QStringLiteral("packageAgent"));
            agent && agent->count() > 1)
            agent->setCurrentIndex(1);
        if (packages->generate())
            waitIdle();
    }
    if (packages->versionsTable()->rowCount() > 0)
        packages->versionsTable()->selectRow(0);
    const QStringList sections = {
        QStringLiteral("gui-package-graph.png"), QStringLiteral("gui-package-dfd.png"),
        QStringLiteral("gui-package-vsq.png"), QStringLiteral("gui-package-subprocessors.png"),
        QStringLiteral("gui-package-soc2.png")};
    QTabWidget *tabs = packages->sections();
    for (int i = 0; i < sections.size() && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(sections.at(i));
    }
    tabs->setCurrentIndex(0);
    // The engagement's overview (issue 19), with the demo's figures.
    window.showPage(MainWindow::OverviewPage);
    shoot(QStringLiteral("gui-overview.png"));
    // The imported OCSF events and runtime entries, each with its first record's JSON beside the table.
    auto shootFirstRow = [&shoot](QTableView *table, const QString &name) {
        if (table->model()->rowCount() > 0)
            table->selectRow(0);
        shoot(name);
    };
    window.showPage(MainWindow::OcsfPage);
    shootFirstRow(window.evidencePages()->ocsf()->table(), QStringLiteral("gui-ocsf.png"));
    window.showPage(MainWindow::RuntimePage);
    shootFirstRow(window.evidencePages()->runtime()->table(), QStringLiteral("gui-runtime.png"));
    // Laptop screens (issue 19): the window at 1024 × 700 and 1366 × 768, every control reachable.
    const QSize before = window.size();
    for (const QSize &size : {QSize(1024, 700), QSize(1366, 768)}) {
        window.resize(size);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        for (const auto &[page, name] :
             {std::pair{MainWindow::OverviewPage, QStringLiteral("gui-laptop-overview")},
              std::pair{MainWindow::VerificationPage, QStringLiteral("gui-laptop-verification")},
              std::pair{MainWindow::AuditLogPage, QStringLiteral("gui-laptop-audit-log")},
              std::pair{MainWindow::PackagesPage, QStringLiteral("gui-laptop-packages")}}) {
            window.showPage(page);
            shoot(name + suffix);
        }
    }
    window.resize(before);
    // Settings: identity, report branding, language.
    {
        SettingsDialog settingsDialog(&window);
        settingsDialog.show();
        settle();
        settingsDialog.grab().save(dir.filePath(QStringLiteral("gui-settings.png")));
    }
    // The package's print preview, as the auditor sees it before printing.
    if (packages->canPrint() && window.outputReport(ReportMode::Preview)) {
        if (auto *preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"))) {
            preview->resize(1100, 900);
            settle(1500);
            preview->grab().save(dir.filePath(QStringLiteral("gui-print-preview.png")));
            preview->close();
        }
    }
}

} // namespace ab
