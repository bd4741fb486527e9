// The main window: actions and their shortcuts, settings, remembered layout, dropped files, jump targets.
#include "TestConfig.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/AppSettings.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/shell/ImportChoiceDialog.h"
#include "ui/verification/VerificationView.h"

#include <QAction>
#include <QDockWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace ab;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
