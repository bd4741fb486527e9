// Nothing lost on quit (issue 19): questionnaire verdicts and workpaper results typed but not saved live in
// memory only, so closing the window, switching the workspace or rebuilding the window (language switch)
// first names them and asks Save All / Discard / Cancel (UnsavedWorkGuard). Cancel keeps everything as it
// was; Save All stores through the pages' own store calls (the verdict, its comment and its activity-log
// entry); Discard stores nothing. A draft with no verdict chosen cannot be saved: only Discard / Cancel.
#include "TestConfig.h"
#include "core/analytics/SampleStore.h"
#include "core/analytics/WorkpaperStore.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"
#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/WorkpaperPage.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageSwitch.h"
#include "ui/common/SettingsDialog.h"
#include "ui/packages/PackagesView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ab;

namespace {

struct Prompt
{
    bool shown = false;
    QString text;
    QStringList buttons; // object names of the buttons offered
    // Set when the prompt goes out of scope: its answerer stops looking (it must not answer, or write into,
    // a later test's prompt).
    std::shared_ptr<bool> gone = std::make_shared<bool>(false);
    ~Prompt() { *gone = true; }
};

// Answers the next modal prompt by clicking the button named `button`, recording what it said.
void answerNextPrompt(Prompt *prompt, const QString &button)
{
    auto attempt = std::make_shared<std::function<void(int)>>();
    const std::weak_ptr<std::function<void(int)>> self = attempt;
    *attempt = [prompt, button, self, gone = prompt->gone](int tries) {
        if (*gone)
            return;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries < 200)
                if (const auto next = self.lock())
                    QTimer::singleShot(10, [next, tries]() { (*next)(tries + 1); });
            return;
        }
        prompt->shown = true;
        prompt->text = box->text();
        for (QAbstractButton *b : box->buttons())
            prompt->buttons << b->objectName();
        prompt->buttons.sort();
        if (auto *target = box->findChild<QAbstractButton *>(button))
            target->click();
        else
            box->reject(); // a button that is not offered: Cancel (Escape)
    };
    QTimer::singleShot(0, [attempt]() { (*attempt)(0); });
}

} // namespace

class TestUnsavedWork : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_packageId;
    QString m_label; // how the prompt names the package

    template <class T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static void click(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, button->height() / 2));
    }

    QString makeWorkspace(const QString &name, bool withWorkpaper = false)
    {
        const QString path = m_dir.filePath(name);
        const QByteArray packageJson =
            wsfixture::readFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
        auto store = WorkspaceStore::open(path);
        store->storePackage(packageJson, QStringLiteral("platform"));
        if (withWorkpaper) {
            store->importBytes(
                {{QStringLiteral("r.json"), wsfixture::asArray(wsfixture::gatewayRecords(20))}});
            const analytics::Sample sample = analytics::drawSample(*store, {}, 3, 7, QStringLiteral("three"));
            analytics::createWorkpaper(*store, sample.id, QStringLiteral("CC6 overrides"), 9500, 500);
        }
        return path;
    }

    // Opens `path` in `window` on the questionnaire and types an exception verdict with a comment.
    void typeVerdict(MainWindow &window, const QString &path, bool chooseVerdict = true)
    {
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(path));
        window.showPage(MainWindow::PackagesPage);
        PackagesView *packages = window.packagesView();
        packages->versionsTable()->selectRow(0);
        QCOMPARE(packages->answerCount(), 5);
        if (chooseVerdict)
            click(child<QRadioButton>(packages, "verdict_exception"));
        auto *comment = child<QPlainTextEdit>(packages, "verdictComment");
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("No DPA on file"));
    }

    static int verdictActivities(WorkspaceStore &store)
    {
        int count = 0;
        for (const ActivityEntry &entry : store.activity())
            count += entry.action == QLatin1String("vsq.verdict") ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        LanguageSwitch::apply(QStringLiteral("en")); // with the English plural forms, as the app runs
        const QByteArray packageJson =
            wsfixture::readFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
        m_packageId =
            QJsonDocument::fromJson(packageJson).object().value(QStringLiteral("package_id")).toString();
        m_label = QStringLiteral("triage-bot (%1)").arg(m_packageId.left(8));
    }

    void describeNamesEveryPlace()
    {
        const QString text = UnsavedWorkGuard::describe(
            {{UnsavedDrafts::Kind::QuestionnaireAnswers, QStringLiteral("triage-bot (3f2a9c1b)"), 2, 0},
             {UnsavedDrafts::Kind::WorkpaperResults, QStringLiteral("CC6 overrides"), 1, 0}});
        QCOMPARE(text, QStringLiteral("2 unsaved questionnaire answers in package triage-bot (3f2a9c1b); "
                                      "1 unsaved workpaper result in CC6 overrides."));
        QCOMPARE(UnsavedWorkGuard::describe({}), QString());
    }

    void closeCancelKeepsWindowAndDraft()
    {
        MainWindow window;
        typeVerdict(window, makeWorkspace(QStringLiteral("cancel.auditbench")));
        Prompt prompt;
        answerNextPrompt(&prompt, QStringLiteral("cancel"));
        QVERIFY(!window.close());
        QVERIFY(prompt.shown);
        QCOMPARE(prompt.text, QStringLiteral("1 unsaved questionnaire answer in package %1.").arg(m_label));
        QCOMPARE(prompt.buttons, QStringList({QStringLiteral("cancel"), QStringLiteral("discard"),
                                              QStringLiteral("saveAll")}));
        QVERIFY(window.isVisible());
        QCOMPARE(window.packagesView()->verdictShown(), QStringLiteral("exception"));
        QCOMPARE(window.packagesView()->commentShown(), QStringLiteral("No DPA on file"));
        QCOMPARE(window.store()->latestVerdicts(m_packageId).size(), 0);
    }

    void closeSaveAllStoresAndCloses()
    {
        MainWindow window;
        typeVerdict(window, makeWorkspace(QStringLiteral("save.auditbench")));
        const int before = verdictActivities(*window.store());
        Prompt prompt;
        answerNextPrompt(&prompt, QStringLiteral("saveAll"));
        QVERIFY(window.close());
        QVERIFY(prompt.shown);
        QVERIFY(!window.isVisible());
        const QMap<QString, VsqVerdict> saved = window.store()->latestVerdicts(m_packageId);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().verdict, QStringLiteral("exception"));
        QCOMPARE(saved.first().comment, QStringLiteral("No DPA on file"));
        QCOMPARE(verdictActivities(*window.store()), before + 1);
        const ActivityEntry last = window.store()->activity().constLast();
        QCOMPARE(last.action, QStringLiteral("vsq.verdict"));
        const QJsonObject details = QJsonDocument::fromJson(last.details).object();
        QCOMPARE(details.value(QStringLiteral("verdict")).toString(), QStringLiteral("exception"));
        QCOMPARE(details.value(QStringLiteral("comment")).toString(), QStringLiteral("No DPA on file"));
        QCOMPARE(details.value(QStringLiteral("package_id")).toString(), m_packageId);
    }

    void closeDiscardStoresNothing()
    {
        MainWindow window;
        typeVerdict(window, makeWorkspace(QStringLiteral("discard.auditbench")));
        const int before = verdictActivities(*window.store());
        Prompt prompt;
        answerNextPrompt(&prompt, QStringLiteral("discard"));
        QVERIFY(window.close());
        QVERIFY(prompt.shown);
        QCOMPARE(window.store()->latestVerdicts(m_packageId).size(), 0);
        QCOMPARE(verdictActivities(*window.store()), before);
    }

    void noVerdictChosenOffersOnlyDiscardOrCancel()
    {
        MainWindow window;
        typeVerdict(window, makeWorkspace(QStringLiteral("incomplete.auditbench")), false);
        Prompt prompt;
        answerNextPrompt(&prompt, QStringLiteral("cancel"));
        QVERIFY(!window.close());
        QCOMPARE(prompt.text,
                 QStringLiteral("1 unsaved questionnaire answer in package %1.\n1 answer in package %1 "
                                "cannot be saved: no verdict is chosen, or an exception has no comment. "
                                "Discard them, or Cancel to complete them.")
                     .arg(m_label));
        QCOMPARE(prompt.buttons, QStringList({QStringLiteral("cancel"), QStringLiteral("discard")}));
        QCOMPARE(window.packagesView()->commentShown(), QStringLiteral("No DPA on file"));
        Prompt second;
        answerNextPrompt(&second, QStringLiteral("discard"));
        QVERIFY(window.close());
        QCOMPARE(window.store()->latestVerdicts(m_packageId).size(), 0);
    }

    void switchingWorkspaceAsksFirst()
    {
        const QString first = makeWorkspace(QStringLiteral("first.auditbench"));
        const QString second = makeWorkspace(QStringLiteral("second.auditbench"));
        MainWindow window;
        typeVerdict(window, first);
        const QString firstPath = window.workspacePath();

        Prompt cancel;
        answerNextPrompt(&cancel, QStringLiteral("cancel"));
        QVERIFY(!window.openWorkspace(second));
        QVERIFY(cancel.shown);
        QCOMPARE(window.workspacePath(), firstPath);
        QCOMPARE(window.packagesView()->commentShown(), QStringLiteral("No DPA on file"));

        Prompt closing; // File ▸ Close Workspace asks the same
        answerNextPrompt(&closing, QStringLiteral("cancel"));
        QVERIFY(!window.closeWorkspace());
        QVERIFY(closing.shown);
        QCOMPARE(window.workspacePath(), firstPath);

        Prompt save;
        answerNextPrompt(&save, QStringLiteral("saveAll"));
        QVERIFY(window.openWorkspace(second));
        QVERIFY(save.shown);
        QVERIFY(window.workspacePath().endsWith(QStringLiteral("second.auditbench")));
        QCOMPARE(window.store()->latestVerdicts(m_packageId).size(), 0); // nothing carried over

        auto stored = WorkspaceStore::open(first, WorkspaceStore::OpenMode::ExistingOnly);
        const QMap<QString, VsqVerdict> saved = stored->latestVerdicts(m_packageId);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().comment, QStringLiteral("No DPA on file"));
        QCOMPARE(stored->activity().constLast().action, QStringLiteral("vsq.verdict"));

        // Nothing unsaved: no prompt at all.
        Prompt none;
        answerNextPrompt(&none, QStringLiteral("cancel"));
        QVERIFY(window.closeWorkspace());
        QVERIFY(!none.shown);
        QTest::qWait(50); // let the unused prompt answerer run out
    }

    // The language switch rebuilds the window, which would start without the drafts: asked first, in the
    // language they were typed in; Cancel keeps this window (and its language), Save All stores and switches.
    void languageSwitchAsksFirst()
    {
        LanguageSwitch::apply(QStringLiteral("en"));
        QPointer<MainWindow> window = new MainWindow;
        typeVerdict(*window, makeWorkspace(QStringLiteral("language.auditbench")));
        const auto chooseGerman = [this]() {
            QTimer::singleShot(0, this, []() {
                auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
                language->setCurrentIndex(language->findData(QStringLiteral("de")));
                dialog->accept();
            });
        };
        const auto windows = []() {
            int count = 0;
            for (QWidget *widget : QApplication::topLevelWidgets())
                count += qobject_cast<MainWindow *>(widget) && widget->isVisible() ? 1 : 0;
            return count;
        };

        Prompt cancel;
        chooseGerman();
        answerNextPrompt(&cancel, QStringLiteral("cancel"));
        window->action(QStringLiteral("settings"))->trigger();
        QVERIFY(cancel.shown);
        QCOMPARE(cancel.text, QStringLiteral("1 unsaved questionnaire answer in package %1.").arg(m_label));
        QCOMPARE(LanguageSwitch::current(), QStringLiteral("en"));
        QCOMPARE(windows(), 1);
        QVERIFY(window->isVisible());
        QCOMPARE(window->packagesView()->commentShown(), QStringLiteral("No DPA on file"));

        Prompt save;
        chooseGerman();
        answerNextPrompt(&save, QStringLiteral("saveAll"));
        window->action(QStringLiteral("settings"))->trigger();
        QVERIFY(save.shown);
        QCOMPARE(LanguageSwitch::current(), QStringLiteral("de"));
        QTRY_VERIFY(!window); // rebuilt: the old window is gone
        MainWindow *fresh = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *candidate = qobject_cast<MainWindow *>(widget))
                fresh = candidate;
        QVERIFY(fresh);
        const QMap<QString, VsqVerdict> saved = fresh->store()->latestVerdicts(m_packageId);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().comment, QStringLiteral("No DPA on file"));
        delete fresh;
        LanguageSwitch::apply(QStringLiteral("en"));
        AppSettings::setLanguage(QStringLiteral("en"));
    }

    void workpaperResultsAreNamedAndSaved()
    {
        const QString path = makeWorkspace(QStringLiteral("workpaper.auditbench"), true);
        MainWindow window;
        typeVerdict(window, path);
        window.showPage(MainWindow::AnalyticsPage);
        WorkpaperPage *page = window.analyticsView()->workpaperPage();
        auto *items = child<QTableWidget>(page, "items");
        auto *note = child<QLineEdit>(page, "note");
        QCOMPARE(items->rowCount(), 3);
        items->setCurrentCell(0, 0);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("approval missing"));
        const qint64 id = page->workpaper()->id;

        Prompt prompt;
        answerNextPrompt(&prompt, QStringLiteral("saveAll"));
        QVERIFY(window.close());
        QCOMPARE(prompt.text, QStringLiteral("1 unsaved questionnaire answer in package %1; 1 unsaved "
                                             "workpaper result in CC6 overrides.")
                                  .arg(m_label));
        const std::optional<analytics::Workpaper> stored = analytics::storedWorkpaper(*window.store(), id);
        QCOMPARE(stored->items[0].note, QStringLiteral("approval missing"));
        QCOMPARE(stored->items[0].result, analytics::ItemResult::NoException);
        QCOMPARE(window.store()->latestVerdicts(m_packageId).size(), 1);
    }
};

QTEST_MAIN(TestUnsavedWork)
#include "tst_unsavedwork.moc"
