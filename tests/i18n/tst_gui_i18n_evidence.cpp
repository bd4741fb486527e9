// Evidence is not translated (issue 18): the same verification run through the workbench in English and in
// German shows German on screen but stores byte-identical results (the chain.md result JSON with its contract
// error texts) and the same activity-log details; a report printed under a German interface in the English
// report language is English in its headings, and the evidence it lists is the same in every language.
#include "TestConfig.h"
#include "core/report/VerificationReport.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/LanguageSwitch.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationView.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ab;

namespace {

struct Stored
{
    QByteArray resultJson;
    QString bannerTitle;
    QStringList activity; // "action details" per row, oldest first
    VerificationResult result;
};

// Imports the tampered spec vector into a fresh workspace, verifies it with the keyring through the
// Verify action, and returns what the workspace stored.
Stored verifyInWorkbench(const QString &dir)
{
    const QString vectors = QStringLiteral(AB_SPEC_VECTORS_DIR);
    Stored stored;
    MainWindow window;
    window.show();
    if (!window.openWorkspace(dir + QStringLiteral("/engagement.auditbench")))
        return stored;
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importFiles({vectors + QStringLiteral("/chain-small-tampered.json")});
    if (!imported.wait(30000) && imported.isEmpty())
        return stored;
    VerificationView *view = window.verificationView();
    if (!view->loadKeyring(vectors + QStringLiteral("/keyring.json")))
        return stored;
    view->setPeriodEnabled(false);
    QSignalSpy finished(view, &VerificationView::verificationFinished);
    window.action(QStringLiteral("verify"))->trigger();
    if (!finished.wait(30000) && finished.isEmpty())
        return stored;
    stored.bannerTitle = view->banner()->title();
    const QList<VerificationRun> runs = window.store()->verificationRuns();
    if (runs.size() != 1)
        return stored;
    stored.resultJson = runs.constFirst().resultJson;
    stored.result = runs.constFirst().result;
    for (const ActivityEntry &entry : window.store()->activity()) {
        // The details name files by name; the only per-run difference is the directory, cut here.
        QString details = QString::fromUtf8(entry.details);
        details.replace(dir, QStringLiteral("<dir>"));
        stored.activity << entry.action + QLatin1Char(' ') + details;
    }
    return stored;
}

QStringList reportTexts(const ReportDocument &document)
{
    QStringList texts;
    for (const ReportDocument::Block &block : document.blocks) {
        if (const auto *h = std::get_if<ReportDocument::Heading>(&block))
            texts << QStringLiteral("H ") + h->text;
        else if (const auto *c = std::get_if<ReportDocument::Cover>(&block))
            texts << QStringLiteral("C ") + c->title << QStringLiteral("S ") + c->statusTitle;
        else if (const auto *t = std::get_if<ReportDocument::Table>(&block))
            for (const QStringList &row : t->rows)
                texts << QStringLiteral("R ") + row.join(QLatin1Char('|'));
    }
    return texts;
}

} // namespace

class TestGuiI18nEvidence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<ab::VerificationResult>();
    }
    void cleanup() { LanguageSwitch::apply(QStringLiteral("en")); }

    void verificationUnderGermanIsStoredByteForByte()
    {
        QTemporaryDir englishDir, germanDir;
        LanguageSwitch::apply(QStringLiteral("en"));
        const Stored english = verifyInWorkbench(englishDir.path());
        LanguageSwitch::apply(QStringLiteral("de"));
        const Stored german = verifyInWorkbench(germanDir.path());

        // The screen speaks the language...
        QCOMPARE(english.bannerTitle, QStringLiteral("Verification failed: 3 errors"));
        QCOMPARE(german.bannerTitle, QStringLiteral("Verifizierung fehlgeschlagen: 3 Fehler"));
        // ...the evidence does not: the stored result is the same bytes, contract error texts in English.
        QVERIFY(!english.resultJson.isEmpty());
        QCOMPARE(german.resultJson, english.resultJson);
        QCOMPARE(german.result.errors.size(), 3);
        for (const QString &error : german.result.errors)
            QVERIFY2(!error.contains(QLatin1String("erwartet")), qPrintable(error));
        // The activity log records the same actions with the same details (times and the user aside).
        QVERIFY(english.activity.size() >= 2);
        QCOMPARE(german.activity, english.activity);
    }

    void reportLanguageIsSeparateFromTheInterface()
    {
        QTemporaryDir dir;
        LanguageSwitch::apply(QStringLiteral("en"));
        const VerificationResult result = verifyInWorkbench(dir.path()).result;
        QCOMPARE(result.errors.size(), 3);
        const QStringList english = reportTexts(VerificationReport::build(result, {}));
        QVERIFY(english.contains(QStringLiteral("C Audit Chain Verification")));

        // German interface, English reports: the report is the English one, to the letter.
        QCOMPARE(LanguageSwitch::apply(QStringLiteral("de"), QStringLiteral("en")), QStringLiteral("de"));
        QCOMPARE(LanguageSwitch::currentReportLanguage(), QStringLiteral("en"));
        QCOMPARE(reportTexts(VerificationReport::build(result, {})), english);
        // ...while the interface's own texts are German.
        QCOMPARE(QCoreApplication::translate("ab::MainWindow", "&File"), QStringLiteral("&Datei"));

        // English interface, French reports: headings and labels French; the evidence rows (error texts,
        // record ids) are the same strings as in the English report.
        LanguageSwitch::apply(QStringLiteral("en"), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("ab::MainWindow", "&File"), QStringLiteral("&File"));
        const QStringList french = reportTexts(VerificationReport::build(result, {}));
        QVERIFY2(french.contains(QStringLiteral("C Vérification de la chaîne d'audit")),
                 qPrintable(french.join(QLatin1Char('\n'))));
        QVERIFY(!french.contains(QStringLiteral("C Audit Chain Verification")));
        int evidenceRows = 0;
        for (const QString &error : result.errors) {
            const auto inEnglish = std::count_if(english.begin(), english.end(),
                                                 [&](const QString &t) { return t.contains(error); });
            const auto inFrench = std::count_if(french.begin(), french.end(),
                                                [&](const QString &t) { return t.contains(error); });
            QVERIFY2(inEnglish > 0, qPrintable(error));
            QCOMPARE(inFrench, inEnglish);
            ++evidenceRows;
        }
        QCOMPARE(evidenceRows, 3);
    }
};

QTEST_MAIN(TestGuiI18nEvidence)
#include "tst_gui_i18n_evidence.moc"
