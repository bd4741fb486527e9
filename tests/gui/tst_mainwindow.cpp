// The main window: actions and their shortcuts, settings, remembered layout, dropped files, jump targets.
#include "TestConfig.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"
#include "ui/MainWindow.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AuditorDialog.h"
#include "ui/common/HelpDialogs.h"
#include "ui/common/TaskPanel.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/shell/ImportChoiceDialog.h"
#include "ui/shell/WelcomePage.h"
#include "ui/verification/VerificationView.h"
#include "ui/views/PeriodFilter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

using namespace ab;

// The named widget `w` is, or sits in (a combo's line edit, say).
static QString namedAncestor(QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            return w->objectName();
    return {};
}

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }

    void mainActionsHaveShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("new") << "newWorkspace" << QKeySequence(QKeySequence::New);
        QTest::newRow("open") << "openWorkspace" << QKeySequence(QKeySequence::Open);
        QTest::newRow("import") << "importFiles" << QKeySequence(Qt::CTRL | Qt::Key_I);
        QTest::newRow("verify") << "verify" << QKeySequence(Qt::Key_F5);
        QTest::newRow("generate") << "generatePackage" << QKeySequence(Qt::CTRL | Qt::Key_G);
        QTest::newRow("export") << "exportVisible" << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("print") << "print" << QKeySequence(QKeySequence::Print);
        QTest::newRow("find") << "find" << QKeySequence(QKeySequence::Find);
        QTest::newRow("settings") << "settings" << QKeySequence(Qt::CTRL | Qt::Key_Comma);
        QTest::newRow("quit") << "quit" << QKeySequence(QKeySequence::Quit);
    }

    void mainActionsHaveShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        MainWindow window;
        QAction *found = window.action(action);
        QVERIFY2(found, qPrintable(action));
        QCOMPARE(found->shortcut(), shortcut);
    }

    void pageShortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::VerificationPage);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::PackagesPage);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::AuditLogPage);
    }

    void layoutIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(QStringLiteral("DetailsDock"))->hide();
            window.close();
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(reopened.findChild<QDockWidget *>(QStringLiteral("DetailsDock"))->isHidden());
    }

    void droppedFilesAreTakenIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        // Without a workspace the drop asks (issue 19): only verify the chain file.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&poll]() {
            if (auto *dialog = qobject_cast<ImportChoiceDialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("verifyOnly")),
                                  Qt::LeftButton);
            }
        });
        poll.start();
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.verificationView()->files().contains(file));

        // Something that is not a local file is refused.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/export.json"))});
        QDragEnterEvent remote(QPoint(100, 100), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        remote.setAccepted(false);
        QApplication::sendEvent(&window, &remote);
        QVERIFY(!remote.isAccepted());
    }

    void auditorIdentityIsStoredWithoutSecrets()
    {
        AppSettings::setAuditor(
            {QStringLiteral("Jane Doe"), QStringLiteral("jane@firm.example"), QStringLiteral("Doe LLP")});
        const AuditorIdentity identity = AppSettings::auditor();
        QCOMPARE(identity.display(), QStringLiteral("Jane Doe <jane@firm.example>"));
        QCOMPARE(identity.firm, QStringLiteral("Doe LLP"));
    }

    void recentWorkspacesNewestFirstAndBounded()
    {
        for (int i = 0; i < AppSettings::MaxRecentWorkspaces + 3; ++i)
            AppSettings::addRecentWorkspace(QStringLiteral("/tmp/ws-%1.auditbench").arg(i));
        AppSettings::addRecentWorkspace(QStringLiteral("/tmp/ws-5.auditbench"));
        const QStringList recent = AppSettings::recentWorkspaces();
        QCOMPARE(recent.size(), AppSettings::MaxRecentWorkspaces);
        QCOMPARE(recent.first(), QStringLiteral("/tmp/ws-5.auditbench"));
        QCOMPARE(recent.at(1),
                 QStringLiteral("/tmp/ws-%1.auditbench").arg(AppSettings::MaxRecentWorkspaces + 2));
    }

    void welcomePageStandsInForTheEmptyWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("welcome.auditbench"));
        for (const QString &old : AppSettings::recentWorkspaces())
            AppSettings::removeRecentWorkspace(old);
        AppSettings::addRecentWorkspace(path);
        MainWindow window;
        QVERIFY(window.isWelcomeShown());
        QListWidget *recent = window.welcomePage()->recentList();
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
        for (const char *name : {"welcomeNew", "welcomeOpen", "welcomeDemo", "welcomeDropZone"})
            QVERIFY2(window.welcomePage()->findChild<QWidget *>(QLatin1String(name)), name);
        // A recent workspace opens from the list; the pages take the welcome page's place, and come back
        // when the workspace closes.
        emit recent->itemActivated(recent->item(0));
        QCOMPARE(window.workspacePath(), path);
        QVERIFY(!window.isWelcomeShown());
        window.closeWorkspace();
        QVERIFY(window.isWelcomeShown());
        // Asking for a page (Ctrl+2, a jump, files to verify) leaves it too.
        window.showPage(MainWindow::VerificationPage);
        QVERIFY(!window.isWelcomeShown());
        QCOMPARE(window.currentPage(), MainWindow::VerificationPage);
    }

    void newWorkspaceIsOnTheToolbar()
    {
        MainWindow window;
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
        QVERIFY(toolbar);
        QCOMPARE(toolbar->actions().constFirst(), window.action(QStringLiteral("newWorkspace")));
    }

    void userGuideIsTheRepositoryText()
    {
        QFile file(QStringLiteral(AB_SOURCE_DIR "/docs/user-guide.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray guide = file.readAll();
        QVERIFY(guide.size() > 1000);
        QCOMPARE(userGuideMarkdown().toUtf8(), guide);
        UserGuideDialog dialog;
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Say who is auditing.")));
        MainWindow window;
        QCOMPARE(window.action(QStringLiteral("userGuide"))->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
    }

    void shortcutsDialogListsEveryShortcut()
    {
        MainWindow window;
        QList<QAction *> actions = window.findChildren<QAction *>();
        int withShortcut = 0;
        for (const QAction *action : actions)
            withShortcut += action->shortcuts().isEmpty() ? 0 : 1;
        QVERIFY(withShortcut >= 20);
        ShortcutsDialog dialog(actions);
        QCOMPARE(dialog.table()->rowCount(), withShortcut);
        const QList<QTableWidgetItem *> verify =
            dialog.table()->findItems(QStringLiteral("Verify Chain"), Qt::MatchExactly);
        QCOMPARE(verify.size(), 1);
        QCOMPARE(dialog.table()->item(verify.first()->row(), 1)->text(),
                 QStringLiteral("F5, ") +
                     QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    }

    void firstRunAsksWhoIsAuditing()
    {
        const QByteArray before = qgetenv("AUDITBENCH_USER");
        qunsetenv("AUDITBENCH_USER");
        AppSettings::setAuditor({});
        QVERIFY(!AppSettings::auditorIsSet());
        {
            MainWindow window;
            auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("auditorLabel"));
            QCOMPARE(label->text(), QStringLiteral("Auditor not set (File ▸ Settings)"));
            // Declined: nothing runs, nothing is stored.
            QTimer::singleShot(0, this, []() {
                auto *dialog = qobject_cast<AuditorDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->reject();
            });
            QVERIFY(!AuditorDialog::ensure(&window));
            QVERIFY(!AppSettings::auditorIsSet());

            // The first verification run asks; OK needs a name; the answer is kept and shown.
            window.verificationView()->setFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json")});
            bool asked = false;
            QTimer::singleShot(0, this, [&asked]() {
                auto *dialog = qobject_cast<AuditorDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                asked = true;
                QVERIFY(!dialog->okButton()->isEnabled());
                dialog->nameEdit()->setText(QStringLiteral("  Ana Auditor "));
                dialog->emailEdit()->setText(QStringLiteral("ana@firm.example"));
                dialog->firmEdit()->setText(QStringLiteral("Firm LLP"));
                QVERIFY(dialog->okButton()->isEnabled());
                dialog->okButton()->click();
            });
            QVERIFY(window.verificationView()->startVerification());
            QVERIFY(asked);
            const AuditorIdentity stored = AppSettings::storedAuditor();
            QCOMPARE(stored.display(), QStringLiteral("Ana Auditor <ana@firm.example>"));
            QCOMPARE(stored.firm, QStringLiteral("Firm LLP"));
            QTRY_VERIFY(!window.taskPanel()->isBusy());
            // Asked once: the next run starts without a question (a dialog would block here).
            QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("auditorLabel"))->text(),
                     QStringLiteral("Auditor: Ana Auditor <ana@firm.example>"));
            QVERIFY(AuditorDialog::ensure(&window)); // asked once: no dialog now (it would block here)
        }
        AppSettings::setAuditor({});
        qputenv("AUDITBENCH_USER", before);
    }

    void issuesDockScrollsNewRowsIntoView()
    {
        MainWindow window;
        window.resize(1000, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.issuesDock()->show();
        window.issuesDock()->raise();
        QTableView *view = window.issuesDock()->view();
        for (int i = 0; i < 30; ++i)
            window.addIssues({Issue::warning(Issue::Origin::Import, QStringLiteral("warning %1").arg(i))});
        QApplication::processEvents();
        const QRect last =
            view->visualRect(window.issuesDock()->model()->index(29, IssueModel::MessageColumn));
        QVERIFY2(view->viewport()->rect().contains(last), "the newest row is shown");
        // A batch: its first row comes to the top.
        QList<Issue> batch;
        for (int i = 0; i < 40; ++i)
            batch << Issue::error(Issue::Origin::Verify, QStringLiteral("error %1").arg(i));
        window.addIssues(batch);
        QApplication::processEvents();
        QCOMPARE(view->rowAt(0), 30);
        // Room for at least two rows however small the window gets.
        QVERIFY(view->minimumHeight() >= 2 * view->verticalHeader()->defaultSectionSize());
    }

    void statusMessagesLeaveTheAuditorLabelAlone()
    {
        MainWindow window;
        window.resize(1000, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("auditorLabel"));
        QVERIFY(label->isVisible());
        const QRect area(label->mapTo(window.statusBar(), QPoint(0, 0)), label->size());
        QApplication::processEvents();
        const QImage before = window.statusBar()->grab(area).toImage();
        window.statusBar()->showMessage(QString(400, QLatin1Char('W')));
        QApplication::processEvents();
        const QImage during = window.statusBar()->grab(area).toImage();
        QCOMPARE(during, before);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void tabLeavesTablesAndFollowsTheFilterRows()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList trapping;
        for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>())
            if (view->tabKeyNavigation())
                trapping << namedAncestor(const_cast<QAbstractItemView *>(view));
        QVERIFY2(trapping.isEmpty(), qPrintable(trapping.join(QLatin1String(", "))));

        window.showPage(MainWindow::AuditLogPage);
        QWidget *first = window.auditLogView()->findChild<QWidget *>(QStringLiteral("filterFramework"));
        first->setFocus(Qt::TabFocusReason);
        QStringList order{namedAncestor(window.focusWidget())};
        for (int i = 0; i < 7; ++i) {
            QTest::keyClick(window.focusWidget(), Qt::Key_Tab);
            order << namedAncestor(window.focusWidget());
        }
        QCOMPARE(order, (QStringList{"filterFramework", "filterAction", "filterCategory", "filterEntityTypes",
                                     "filterUser", "filterPeriodEnabled", "quickRange", "filterText"}));
        // And Tab goes on out of the table.
        window.auditLogView()->table()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(window.auditLogView()->table(), Qt::Key_Tab);
        QVERIFY(window.focusWidget() != window.auditLogView()->table());
    }

    void windowShortcutsWorkInFilterFields()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
        QAction *exportAction = window.action(QStringLiteral("exportVisible"));
        exportAction->disconnect(); // no file dialog: only whether the key reaches the action
        exportAction->setEnabled(true);
        QSignalSpy triggered(exportAction, &QAction::triggered);
        auto *text = window.auditLogView()->findChild<QLineEdit *>(QStringLiteral("filterText"));
        window.showPage(MainWindow::AuditLogPage);
        text->setFocus();
        text->setText(QStringLiteral("abc"));
        text->setCursorPosition(0);
        QTest::keyClick(text, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(text->cursorPosition(), 0); // the field did not take Ctrl+E as "end of line"
        // Editing keys stay with the field.
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(text->selectedText(), QStringLiteral("abc"));
    }

    void periodQuickRanges()
    {
        const auto q2 = quickRange(QuickRange::ThisQuarter, QDate(2025, 5, 14));
        QVERIFY(q2);
        QCOMPARE(q2->first, QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(q2->second, QDateTime(QDate(2025, 6, 30), QTime(23, 59, 59), Qt::UTC));
        const auto q4 = quickRange(QuickRange::LastQuarter, QDate(2025, 2, 10));
        QCOMPARE(q4->first, QDateTime(QDate(2024, 10, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(q4->second, QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC));
        const auto lastYear = quickRange(QuickRange::LastYear, QDate(2025, 2, 10));
        QCOMPARE(lastYear->first, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(lastYear->second, QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC));

        PeriodFilter filter;
        QSignalSpy changed(&filter, &PeriodFilter::changed);
        setExaminationPeriodSource({});
        QVERIFY(!filter.applyQuickRange(QuickRange::ExaminationPeriod));
        QCOMPARE(changed.count(), 0);
        const Period exam{QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC),
                          QDateTime(QDate(2025, 8, 31), QTime(23, 59, 59), Qt::UTC)};
        setExaminationPeriodSource([exam]() { return std::optional<Period>(exam); });
        QVERIFY(filter.applyQuickRange(QuickRange::ExaminationPeriod));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(filter.start()->toMSecsSinceEpoch(), exam.first.toMSecsSinceEpoch());
        QCOMPARE(filter.end()->toMSecsSinceEpoch(), exam.second.toMSecsSinceEpoch());
        setExaminationPeriodSource({});
    }

    void periodTakesTypedIsoDates()
    {
        PeriodFilter filter;
        filter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&filter));
        filter.checkBox()->setChecked(true);
        auto *start = filter.findChild<QDateTimeEdit *>(QStringLiteral("periodStart"));
        start->setFocus(Qt::MouseFocusReason); // a click puts the cursor anywhere: typing still replaces
        QApplication::processEvents();
        QTest::keyClicks(start, QStringLiteral("2024-03-05 06:07:08"));
        QCOMPARE(filter.start()->toMSecsSinceEpoch(),
                 QDateTime(QDate(2024, 3, 5), QTime(6, 7, 8), Qt::UTC).toMSecsSinceEpoch());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
