// The Agents and Portfolio pages in the workbench window: the agents listed with their status (the markup
// name shown verbatim), a portfolio built from the page's button with progress, its folder offered, the
// stored portfolio listed, and Cancel storing nothing.
#include "PortfolioFixture.h"
#include "core/portfolio/PortfolioStore.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/portfolio/AgentsPage.h"
#include "ui/portfolio/PortfolioPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ab;
using namespace portfolio_fixture;

class TestGuiPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }
    void pagesListAgentsAndBuildThePortfolio();
    void cancelStoresNothing();

private:
    QString workspaceWithFixture(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("gui.auditbench"));
        auto store = WorkspaceStore::open(path);
        store->importBytes({{QStringLiteral("runtime.json"), runtimeExport()}});
        return path;
    }
    QTemporaryDir m_settings;
};

void TestGuiPortfolio::pagesListAgentsAndBuildThePortfolio()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(workspaceWithFixture(dir)));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(MainWindow::AgentDirectoryPage + 1) /* the Overview is tab 0 */,
             QStringLiteral("Agents"));
    QCOMPARE(tabs->tabText(MainWindow::EvidencePortfolioPage + 1), QStringLiteral("Portfolio"));
    window.showPage(MainWindow::AgentDirectoryPage);
    QCOMPARE(tabs->currentWidget(), window.agentsPage());

    QTableWidget *agents = window.agentsPage()->table();
    QCOMPARE(agents->rowCount(), 3);
    QCOMPARE(agents->item(2, 1)->text(), MarkupName); // verbatim, not rendered as markup
    QCOMPARE(agents->item(1, 2)->text(), QStringLiteral("suspended"));
    QCOMPARE(agents->item(0, 5)->text(), QStringLiteral("6"));
    QCOMPARE(agents->item(0, 8)->text(), QStringLiteral("none"));

    PortfolioPage *page = window.portfolioPage();
    window.showPage(MainWindow::EvidencePortfolioPage);
    QVERIFY(!page->cancelButton()->isEnabled());
    QVERIFY(!page->openFolderButton()->isEnabled());
    page->outputEdit()->setText(dir.filePath(QStringLiteral("portfolio-out")));
    page->keyringEdit()->setText(keyringPath());
    QSignalSpy finished(page, &PortfolioPage::portfolioFinished);
    QTest::mouseClick(page->buildButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(page->cancelButton()->isEnabled());
    QVERIFY(!page->buildButton()->isEnabled());
    QVERIFY(page->progressBar()->isVisible());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("2 package(s), 1 agent(s) left out")),
             qPrintable(page->statusLabel()->text()));
    QVERIFY(page->openFolderButton()->isEnabled());
    QCOMPARE(page->lastOutputFolder(), dir.filePath(QStringLiteral("portfolio-out")));
    QSignalSpy open(page, &PortfolioPage::openFolderRequested);
    // The window would open the folder in the file manager; the page's request is what is tested here.
    disconnect(page, &PortfolioPage::openFolderRequested, &window, nullptr);
    QTest::mouseClick(page->openFolderButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), dir.filePath(QStringLiteral("portfolio-out")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("portfolio-out/portfolio.pdf"))));
    QCOMPARE(page->portfoliosTable()->rowCount(), 1);
    QCOMPARE(page->portfoliosTable()->item(0, 3)->text(), QStringLiteral("2"));
    QCOMPARE(page->portfoliosTable()->item(0, 4)->text(), QStringLiteral("1"));
    // The agents page now shows the packages the portfolio stored.
    QVERIFY(agents->item(0, 8)->text() != QStringLiteral("none"));
    QCOMPARE(agents->item(1, 8)->text(), QStringLiteral("none")); // the suspended agent got none
}

void TestGuiPortfolio::cancelStoresNothing()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    const QString path = workspaceWithFixture(dir);
    QVERIFY(window.openWorkspace(path));
    PortfolioPage *page = window.portfolioPage();
    page->outputEdit()->setText(dir.filePath(QStringLiteral("cancelled")));
    QSignalSpy finished(page, &PortfolioPage::portfolioFinished);
    QTest::mouseClick(page->buildButton(), Qt::LeftButton);
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page->statusLabel()->text(),
             QStringLiteral("Cancelled: no portfolio and no package was stored."));
    QCOMPARE(page->portfoliosTable()->rowCount(), 0);
    QVERIFY(portfolio::storedPortfolios(*window.store()).isEmpty());
    QVERIFY(window.store()->packages().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cancelled/portfolio.json"))));
    QVERIFY(page->buildButton()->isEnabled());
}

QTEST_MAIN(TestGuiPortfolio)
#include "tst_gui_portfolio.moc"
