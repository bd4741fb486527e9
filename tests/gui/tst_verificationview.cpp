// The verification page on real widgets: the verdict states (green only when valid, MAC-verified and
// complete), error rows, jump to record, keyring errors.
#include "TestConfig.h"
#include "core/report/ReportWriter.h"
#include "support/ChainFixture.h"
#include "support/GuiTestSupport.h"
#include "ui/issues/Issue.h"
#include "ui/records/RecordViewer.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationView.h"

#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ab;

class TestVerificationView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    const QString m_vectors = QStringLiteral(AB_SPEC_VECTORS_DIR);
    // A chain of 12 records one hour apart (no gap over the default 24 h): the one file that is green.
    QString m_hourly;

    static QString writeHourlyChain(const QString &path)
    {
        test::ChainFixture fixture;
        QList<QJsonObject> records = fixture.chain(12);
        for (int i = 0; i < records.size(); ++i)
            records[i][QStringLiteral("timestamp")] =
                QStringLiteral("2025-03-01T%1:00:00Z").arg(i + 8, 2, 10, QLatin1Char('0'));
        fixture.relink(records, 0);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(test::ChainFixture::toJsonArray(records)) < 0)
            return {};
        return path;
    }

    // Verifies `file` through the Verify button and waits for the background run to end.
    static bool runAndWait(VerificationView &view)
    {
        QSignalSpy finished(&view, &VerificationView::verificationFinished);
        QSignalSpy failed(&view, &VerificationView::verificationFailed);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return finished.wait(30000) || finished.count() > 0 || !failed.isEmpty();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        m_hourly = writeHourlyChain(m_dataDir.filePath(QStringLiteral("chain-hourly.json")));
        QVERIFY(!m_hourly.isEmpty());
        qRegisterMetaType<ab::VerificationResult>();
        qRegisterMetaType<QList<ab::Issue>>();
        qRegisterMetaType<ab::JumpTarget>();
    }

    void defaultPeriodIsLastCalendarYear()
    {
        const auto [start, end] =
            VerificationView::lastCalendarYear(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
        QCOMPARE(start, QDateTime(QDate(2025, 1, 1), QTime(0, 0, 0), Qt::UTC));
        QCOMPARE(end, QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC));
        // 1 January still means the year before.
        QCOMPARE(VerificationView::lastCalendarYear(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
                     .first.date(),
                 QDate(2025, 1, 1));
    }

    void verdictStates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("withKeyring");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("errorRows");
        QTest::addColumn<QString>("titleStart");
        QTest::newRow("intact, hourly records, keyring: green")
            << "HOURLY" << true << int(VerdictBanner::State::Verified) << 0 << "Verified";
        QTest::newRow("intact chain with keyring but months between records: amber, coverage incomplete")
            << "chain-small.json" << true << int(VerdictBanner::State::Incomplete) << 0
            << "Chain intact, every MAC verified — coverage INCOMPLETE";
        QTest::newRow("intact chain without keyring: amber")
            << "chain-small.json" << false << int(VerdictBanner::State::LinkageOnly) << 0 << "Linkage intact";
        QTest::newRow("tampered chain with keyring: red, three errors")
            << "chain-small-tampered.json" << true << int(VerdictBanner::State::Failed) << 3
            << "Verification failed: 3";
        QTest::newRow("tampered chain without keyring: red, linkage errors only")
            << "chain-small-tampered.json" << false << int(VerdictBanner::State::Failed) << 2
            << "Verification failed: 2";
    }

    void verdictStates()
    {
        QFETCH(QString, file);
        QFETCH(bool, withKeyring);
        QFETCH(int, state);
        QFETCH(int, errorRows);
        QFETCH(QString, titleStart);

        VerificationView view;
        view.resize(1100, 700);
        view.show();
        view.setFiles({file == QLatin1String("HOURLY") ? m_hourly : m_vectors + QLatin1Char('/') + file});
        view.setPeriodEnabled(false);
        if (withKeyring)
            QVERIFY(view.loadKeyring(m_vectors + QStringLiteral("/keyring.json")));
        QVERIFY(runAndWait(view));
        QCOMPARE(int(view.banner()->state()), state);
        QVERIFY2(view.banner()->title().startsWith(titleStart), qPrintable(view.banner()->title()));
        QCOMPARE(view.errorTable()->rowCount(), errorRows);
        QVERIFY(view.lastResult().has_value());
        QCOMPARE(view.lastResult()->errorCount, qint64(errorRows));
        if (state == int(VerdictBanner::State::Incomplete)) // the five gaps of months are named
            QVERIFY2(view.banner()->detail().contains(QLatin1String("5 gap(s) longer than 24 h")),
                     qPrintable(view.banner()->detail()));
    }

    void tamperedErrorsNameTheirRecords()
    {
        VerificationView view;
        view.setFiles({m_vectors + QStringLiteral("/chain-small-tampered.json")});
        view.setPeriodEnabled(false);
        QVERIFY(view.loadKeyring(m_vectors + QStringLiteral("/keyring.json")));
        QVERIFY(runAndWait(view));
        QTableWidget *errors = view.errorTable();
        QCOMPARE(errors->rowCount(), 3);
        QCOMPARE(errors->item(0, 2)->text(),
                 QStringLiteral("Event 3: HMAC mismatch (expected '08e7f6ec...', got '7cca0c9e...')"));
        QCOMPARE(errors->item(1, 2)->text(), QStringLiteral("Event 5: sequence break (expected 5, got 6)"));
        QCOMPARE(errors->item(2, 2)->text(), QStringLiteral("Event 5: previous_hmac mismatch"));
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("evt_00000003"));
        QCOMPARE(errors->item(1, 1)->text(), QStringLiteral("evt_00000006"));

        // The red result is a printable report: every error, the result's hash in the footer, and it
        // renders; the buttons that print it are enabled and ask for their mode.
        const auto document = view.reportDocument();
        QVERIFY(document.has_value());
        QCOMPARE(document->footerHash.size(), 64);
        const auto rendered = ReportWriter::render(*document, nullptr);
        QVERIFY(rendered.has_value());
        QVERIFY(rendered->pdf.startsWith("%PDF-"));
        QSignalSpy requested(&view, &VerificationView::reportRequested);
        for (const char *name :
             {"printVerificationReport", "previewVerificationReport", "exportVerificationPdf"}) {
            auto *button = view.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button && button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QCOMPARE(requested.count(), 3);
        QCOMPARE(requested.at(0).at(0).value<ReportMode>(), ReportMode::Print);
        QCOMPARE(requested.at(1).at(0).value<ReportMode>(), ReportMode::Preview);
        QCOMPARE(requested.at(2).at(0).value<ReportMode>(), ReportMode::Pdf);

        // Activating an error shows its record: the file is in no workspace, so the record viewer shows the
        // file's own record (issue 19) instead of asking the audit log for one with that id.
        QSignalSpy jumps(&view, &VerificationView::jumpRequested);
        view.activateError(0);
        QCOMPARE(jumps.count(), 0);
        QVERIFY(view.recordViewer() && view.recordViewer()->isVisible());
        QVERIFY(view.recordViewer()->chainFieldsText().startsWith(
            QStringLiteral("id            : evt_00000003")));
    }

    void periodRestrictsTheRecords()
    {
        VerificationView view;
        view.setFiles({m_vectors + QStringLiteral("/chain-small.json")});
        QVERIFY(view.loadKeyring(m_vectors + QStringLiteral("/keyring.json")));
        // 2025-04-01 .. 2025-08-31 holds events 2, 3 and 4.
        view.setPeriod(QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(2025, 8, 31), QTime(23, 59, 59), Qt::UTC));
        view.setPeriodEnabled(true);
        QVERIFY(runAndWait(view));
        QCOMPARE(view.lastResult()->eventsChecked, qint64(3));
        QCOMPARE(view.lastResult()->periodStart.value_or(QString()), QStringLiteral("2025-04-01T00:00:00Z"));
        QCOMPARE(view.lastResult()->periodEnd.value_or(QString()), QStringLiteral("2025-08-31T23:59:59Z"));
        // Events 2..4 are months apart and leave both ends of the period uncovered: never green.
        QCOMPARE(int(view.banner()->state()), int(VerdictBanner::State::Incomplete));
        QVERIFY2(view.banner()->detail().contains(QLatin1String("starts late")) &&
                     view.banner()->detail().contains(QLatin1String("ends early")),
                 qPrintable(view.banner()->detail()));
    }

    void unusableKeyringBecomesAnIssue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyring-truncated.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"keys\": [{\"id\": \"k1\",");
        file.close();
        VerificationView view;
        QSignalSpy issues(&view, &VerificationView::issuesReported);
        QVERIFY(!view.loadKeyring(path));
        QCOMPARE(issues.count(), 1);
        const auto reported = issues.at(0).at(0).value<QList<Issue>>();
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported.at(0).message.contains(QStringLiteral("keyring-truncated.json:1:")),
                 qPrintable(reported.at(0).message));
        QCOMPARE(int(reported.at(0).target.kind), int(JumpTarget::Kind::File));
    }

    void unusableExportShowsNeutralState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken-export.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"id\": \"a\"},\n {\"id\": }]");
        file.close();
        VerificationView view;
        view.setFiles({path});
        QSignalSpy failed(&view, &VerificationView::verificationFailed);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(failed.wait(30000));
        QCOMPARE(int(view.banner()->state()), int(VerdictBanner::State::Unusable));
        QVERIFY2(failed.at(0).at(0).toString().startsWith(path + QStringLiteral(":2:")),
                 qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestVerificationView)
#include "tst_verificationview.moc"
