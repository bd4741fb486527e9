#pragma once
// The questionnaire tests' workspace and window: one package (the report tests' small package, five
// questionnaire answers) and the workbench opened on its questionnaire.
#include "TestConfig.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/WorkspaceFixture.h"
#include "ui/MainWindow.h"
#include "ui/packages/PackagesView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>
#include <QTest>

namespace ab::test {

inline QByteArray smallPackageJson()
{
    return wsfixture::readFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
}

inline QString smallPackageId()
{
    return QJsonDocument::fromJson(smallPackageJson())
        .object()
        .value(QStringLiteral("package_id"))
        .toString();
}

// Creates the workspace `path` holding the small package.
inline void storeSmallPackage(const QString &path)
{
    auto store = WorkspaceStore::open(path);
    store->storePackage(smallPackageJson(), QStringLiteral("platform"));
}

// Shows `window` with the workspace `path` open on the Packages page, its first package's questionnaire at
// the first of five answers. Fails the running test otherwise (callers check QTest::currentTestFailed()).
inline void openQuestionnaire(MainWindow &window, const QString &path)
{
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openWorkspace(path));
    window.showPage(MainWindow::PackagesPage);
    PackagesView *packages = window.packagesView();
    packages->versionsTable()->selectRow(0);
    QCOMPARE(packages->answerCount(), 5);
}

} // namespace ab::test
