// Switching the language while the workbench runs (issue 18): the window is rebuilt in the new language and
// shows the same workspace on the same page; through the Settings dialog too, with the report language kept
// apart from the interface's.
#include "TestConfig.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageSwitch.h"
#include "ui/common/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace ab;

namespace {

QStringList tabs(MainWindow *window)
{
    QStringList texts;
    auto *pages = window->findChild<QTabWidget *>(QStringLiteral("pages"));
    for (int i = 0; i < pages->count(); ++i)
        texts << pages->tabText(i);
    return texts;
}

QString firstMenu(MainWindow *window)
{
    return window->menuBar()->actions().constFirst()->text();
}

MainWindow *otherVisibleWindow(const MainWindow *old)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window != old && window->isVisible())
            return window;
    }
    return nullptr;
}

} // namespace

class TestGuiLanguageSwitch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        LanguageSwitch::apply(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("engagement.auditbench"));
    }
    void cleanupTestCase() { LanguageSwitch::apply(QStringLiteral("en")); }
    // A failed comparison returns early: no window of one test may be found by the next.
    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (qobject_cast<MainWindow *>(widget))
                delete widget;
    }

    void rebuildKeepsWorkspaceAndPage()
    {
        QPointer<MainWindow> window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(window->openWorkspace(m_path));
        QSignalSpy imported(window.data(), &MainWindow::importFinished);
        window->importFiles({QStringLiteral(AB_SPEC_VECTORS_DIR) + QStringLiteral("/chain-small.json")});
        QVERIFY(imported.wait(30000) || !imported.isEmpty());
        QVERIFY(imported.constLast().at(0).toBool());
        const qsizetype sources = window->store()->sources().size();
        QCOMPARE(sources, 1);
        window->showPage(MainWindow::PackagesPage);
        window->resize(1500, 950); // above the German window's minimum size
        QCOMPARE(firstMenu(window), QStringLiteral("&File"));

        QCOMPARE(LanguageSwitch::apply(QStringLiteral("de")), QStringLiteral("de"));
        QPointer<MainWindow> fresh = LanguageSwitch::rebuild(window);
        QVERIFY(fresh);
        QVERIFY(fresh != window);
        QCOMPARE(firstMenu(fresh), QStringLiteral("&Datei"));
        QCOMPARE(tabs(fresh).mid(1, 4),
                 (QStringList{"Prüfprotokoll", "Verifizierung", "Pakete", "Prüfungsunterlagen"}));
        QCOMPARE(fresh->workspacePath(), m_path);
        QCOMPARE(fresh->currentPage(), MainWindow::PackagesPage);
        QCOMPARE(fresh->store()->sources().size(), sources);
        QCOMPARE(fresh->size(), QSize(1500, 950));
        QVERIFY(fresh->isVisible());
        QVERIFY(fresh->testAttribute(Qt::WA_DeleteOnClose));
        QTRY_VERIFY(!window); // the old window is gone
        delete fresh.data();
    }

    void settingsDialogSwitchesLanguage()
    {
        LanguageSwitch::apply(QStringLiteral("en"));
        QPointer<MainWindow> window = new MainWindow;
        window->show();
        QVERIFY(window->openWorkspace(m_path));
        window->showPage(MainWindow::VerificationPage);

        bool answered = false;
        QTimer::singleShot(0, this, [&answered]() {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
            auto *report = dialog->findChild<QComboBox *>(QStringLiteral("reportLanguage"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            report->setCurrentIndex(report->findData(QStringLiteral("en")));
            answered = true;
            dialog->accept();
        });
        window->action(QStringLiteral("settings"))->trigger();
        QVERIFY(answered);

        QCOMPARE(AppSettings::language(), QStringLiteral("fr"));
        QCOMPARE(AppSettings::reportLanguage(), QStringLiteral("en"));
        QCOMPARE(LanguageSwitch::current(), QStringLiteral("fr"));
        QCOMPARE(LanguageSwitch::currentReportLanguage(), QStringLiteral("en"));
        QPointer<MainWindow> fresh = otherVisibleWindow(window);
        QVERIFY(fresh);
        QCOMPARE(firstMenu(fresh), QStringLiteral("&Fichier"));
        QCOMPARE(tabs(fresh).mid(1, 4),
                 (QStringList{"Journal d'audit", "Vérification", "Dossiers", "Examen"}));
        QCOMPARE(fresh->workspacePath(), m_path);
        QCOMPARE(fresh->currentPage(), MainWindow::VerificationPage);
        QCOMPARE(fresh->store()->sources().size(), 1);
        QTRY_VERIFY(!window);

        // The same dialog, same language again: nothing is rebuilt.
        QTimer::singleShot(0, this, []() {
            if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        fresh->action(QStringLiteral("settings"))->trigger();
        QTest::qWait(50);
        QVERIFY(fresh);
        QCOMPARE(otherVisibleWindow(fresh), nullptr);
        delete fresh.data();
    }
};

QTEST_MAIN(TestGuiLanguageSwitch)
#include "tst_gui_languageswitch.moc"
