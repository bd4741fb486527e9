// No silent loss, the same way for workpaper notes as for questionnaire verdicts (issue 19): a result and
// note typed for a sample item but not recorded are kept as a draft when another item is selected, and come
// back with the item; recording stores exactly them. Nothing is stored before Record.
#include "core/analytics/SampleStore.h"
#include "core/analytics/WorkpaperStore.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"
#include "ui/analytics/WorkpaperPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace ab;

class TestWorkpaperDrafts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void typedNoteIsKeptAcrossItems()
    {
        QTemporaryDir dir;
        auto store = WorkspaceStore::open(dir.filePath(QStringLiteral("wp.auditbench")));
        store->importBytes({{QStringLiteral("r.json"), wsfixture::asArray(wsfixture::gatewayRecords(20))}});
        const analytics::Sample sample = analytics::drawSample(*store, {}, 3, 7, QStringLiteral("three"));
        WorkpaperPage page;
        page.setStore(store.get());
        const std::optional<qint64> id = page.createWorkpaper(sample.id, QStringLiteral("Drafts"), 9500, 500);
        QVERIFY(id);
        auto *items = page.findChild<QTableWidget *>(QStringLiteral("items"));
        auto *note = page.findChild<QLineEdit *>(QStringLiteral("note"));
        auto *result = page.findChild<QComboBox *>(QStringLiteral("result"));
        QCOMPARE(items->rowCount(), 3);
        items->setCurrentCell(0, 0);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("approval missing"));
        const int exception = result->findData(int(analytics::ItemResult::Exception));
        result->setCurrentIndex(exception);
        emit result->activated(exception); // what choosing it with the mouse or keyboard signals
        items->setCurrentCell(1, 0);
        QCOMPARE(note->text(), QString()); // item 2 has no note
        items->setCurrentCell(0, 0);
        QCOMPARE(note->text(), QStringLiteral("approval missing"));
        QCOMPARE(result->currentIndex(), exception);
        // Kept in the page only: the store has nothing yet.
        QCOMPARE(analytics::storedWorkpaper(*store, *id)->items[0].note, QString());
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recordResult")), Qt::LeftButton);
        const std::optional<analytics::Workpaper> stored = analytics::storedWorkpaper(*store, *id);
        QCOMPARE(stored->items[0].note, QStringLiteral("approval missing"));
        QCOMPARE(stored->items[0].result, analytics::ItemResult::Exception);
        // Recorded: no draft left to come back (item 1 shows what is stored).
        items->setCurrentCell(0, 0);
        QCOMPARE(note->text(), QStringLiteral("approval missing"));
    }
};

QTEST_MAIN(TestWorkpaperDrafts)
#include "tst_workpaperdrafts.moc"
