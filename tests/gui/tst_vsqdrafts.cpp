// No silent loss (issue 19): a questionnaire verdict and comment typed but not saved are kept as a draft
// across Next and Previous (and a change of package version), marked as a draft, and counted in the review
// progress ("1 of 5 answer(s) reviewed; 1 unsaved draft(s)") until saved; saving stores exactly what was
// typed.
#include "support/GuiTestSupport.h"
#include "support/QuestionnaireFixture.h"
#include "ui/MainWindow.h"
#include "ui/packages/PackagesView.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ab;
using namespace ab::test;

class TestVsqDrafts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }

    void draftVerdictIsKeptAcrossNextAndPrevious()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.auditbench"));
        const QString packageId = smallPackageId();
        storeSmallPackage(path);
        MainWindow window;
        openQuestionnaire(window, path);
        if (QTest::currentTestFailed())
            return;
        PackagesView *packages = window.packagesView();
        auto *progress = child<QLabel>(packages, "vsqProgress");
        auto *state = child<QLabel>(packages, "verdictState");
        auto *next = child<QPushButton>(packages, "vsqNext");
        auto *previous = child<QPushButton>(packages, "vsqPrevious");
        auto *comment = child<QPlainTextEdit>(packages, "verdictComment");
        auto *exception = child<QRadioButton>(packages, "verdict_exception");
        auto *agree = child<QRadioButton>(packages, "verdict_agree");
        QCOMPARE(progress->text(), QStringLiteral("0 of 5 answer(s) reviewed"));

        // Answer 1: Exception with a comment, not saved; the progress counts the draft at once.
        click(exception);
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("No DPA on file"));
        QCOMPARE(progress->text(), QStringLiteral("0 of 5 answer(s) reviewed; 1 unsaved draft(s)"));
        click(next);
        QCOMPARE(packages->currentAnswer(), 1);
        QCOMPARE(packages->verdictShown(), QString()); // answer 2 has nothing
        QCOMPARE(comment->toPlainText(), QString());
        QCOMPARE(progress->text(), QStringLiteral("0 of 5 answer(s) reviewed; 1 unsaved draft(s)"));
        click(previous);
        QCOMPARE(packages->currentAnswer(), 0);
        QCOMPARE(packages->verdictShown(), QStringLiteral("exception"));
        QCOMPARE(packages->commentShown(), QStringLiteral("No DPA on file"));
        QVERIFY2(state->text().startsWith(QStringLiteral("Draft, not saved yet")), qPrintable(state->text()));
        QCOMPARE(window.store()->latestVerdicts(packageId).size(), 0); // kept, not stored

        // Answer 2: Agree saved; answer 1's draft is still there; saving it stores exactly what was typed.
        click(next);
        click(agree);
        click(child<QPushButton>(packages, "saveVerdict"));
        QCOMPARE(progress->text(), QStringLiteral("1 of 5 answer(s) reviewed; 1 unsaved draft(s)"));
        click(previous);
        QCOMPARE(packages->verdictShown(), QStringLiteral("exception"));
        click(child<QPushButton>(packages, "saveVerdict"));
        QCOMPARE(progress->text(), QStringLiteral("2 of 5 answer(s) reviewed"));
        QVERIFY2(state->text().startsWith(QStringLiteral("Saved by ")), qPrintable(state->text()));
        const QMap<QString, VsqVerdict> saved = window.store()->latestVerdicts(packageId);
        QCOMPARE(saved.size(), 2);
        QStringList verdicts;
        for (const VsqVerdict &verdict : saved)
            verdicts << verdict.verdict + QLatin1Char('/') + verdict.comment;
        verdicts.sort();
        QCOMPARE(verdicts,
                 QStringList({QStringLiteral("agree/"), QStringLiteral("exception/No DPA on file")}));

        // Editing a saved verdict back to what is saved leaves no draft behind.
        click(agree);
        QCOMPARE(progress->text(), QStringLiteral("2 of 5 answer(s) reviewed; 1 unsaved draft(s)"));
        click(exception);
        click(next);
        QCOMPARE(progress->text(), QStringLiteral("2 of 5 answer(s) reviewed"));
    }
};

QTEST_MAIN(TestVsqDrafts)
#include "tst_vsqdrafts.moc"
