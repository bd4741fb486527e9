// What the auditor sees of coverage (issue 11): a period the records only half reach, verified through the
// real Verification page, is amber and says where the evidence is missing; the time line and the gap list
// name the planted silence and lead to the record after it; a keyring's validity windows are shown.
#include "TestConfig.h"
#include "support/ChainFixture.h"
#include "support/GuiTestSupport.h"
#include "ui/issues/Issue.h"
#include "ui/records/RecordViewer.h"
#include "ui/verification/CoverageTimeline.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationResultPanel.h"
#include "ui/verification/VerificationView.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ab;

class TestVerificationCoverage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QString m_chain, m_windowedKeyring;
    test::ChainFixture m_fixture;

    // Six records: three an hour apart on 1 January 2025, then a silence of 4 d 7 h, then three more on
    // 5 January. The silence is the one gap over the default max-gap of 24 h.
    bool writeChain(const QString &path) const
    {
        QList<QJsonObject> records;
        const QStringList stamps{
            QStringLiteral("2025-01-01T01:00:00Z"), QStringLiteral("2025-01-01T02:00:00Z"),
            QStringLiteral("2025-01-01T03:00:00Z"), QStringLiteral("2025-01-05T10:00:00Z"),
            QStringLiteral("2025-01-05T11:00:00Z"), QStringLiteral("2025-01-05T12:00:00Z")};
        for (int n = 1; n <= stamps.size(); ++n) {
            QJsonObject content = test::ChainFixture::event(n);
            content[QStringLiteral("timestamp")] = stamps.at(n - 1);
            m_fixture.append(records, content);
        }
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(test::ChainFixture::toJsonArray(records)) > 0;
    }

    // The spec vectors' keyring with a window on k2025a (the key the chain uses) and none on k2025b.
    static bool writeWindowedKeyring(const QString &path)
    {
        QFile in(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json"));
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
        QJsonObject first = keys.at(0).toObject();
        first.insert(QStringLiteral("not_before"), QStringLiteral("2025-01-01T00:00:00Z"));
        first.insert(QStringLiteral("not_after"), QStringLiteral("2025-06-30T23:59:59Z"));
        keys.replace(0, first);
        root.insert(QStringLiteral("keys"), keys);
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0;
    }

    static bool runAndWait(VerificationView &view)
    {
        QSignalSpy finished(&view, &VerificationView::verificationFinished);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return finished.wait(30000) || finished.count() > 0;
    }

    // The page verifying the planted chain from 2024-12-01 (a month before the data) to 2025-01-05T23:59:59Z.
    void verifyHalfCovered(VerificationView &view, const QString &keyring)
    {
        view.resize(1400, 900);
        view.show();
        view.setFiles({m_chain});
        QVERIFY(view.loadKeyring(keyring));
        view.setPeriod(QDateTime(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(2025, 1, 5), QTime(23, 59, 59), Qt::UTC));
        view.setPeriodEnabled(true);
        QVERIFY(runAndWait(view));
        QVERIFY(view.lastResult().has_value());
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        m_chain = m_dataDir.filePath(QStringLiteral("chain-with-silence.json"));
        QVERIFY(writeChain(m_chain));
        m_windowedKeyring = m_dataDir.filePath(QStringLiteral("keyring-windows.json"));
        QVERIFY(writeWindowedKeyring(m_windowedKeyring));
        qRegisterMetaType<ab::VerificationResult>();
        qRegisterMetaType<QList<ab::Issue>>();
        qRegisterMetaType<ab::JumpTarget>();
    }

    void halfCoveredPeriodIsAmberAndSaysWhere()
    {
        VerificationView view;
        QSignalSpy issues(&view, &VerificationView::issuesReported);
        verifyHalfCovered(view, QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json"));
        const VerificationResult &result = *view.lastResult();
        QVERIFY(result.valid);
        QVERIFY(result.macsVerified);
        QCOMPARE(result.eventsChecked, qint64(6));
        QVERIFY(result.coverage.startsLate);
        QVERIFY(!result.coverage.endsEarly);
        QCOMPARE(result.coverage.gapCount, qint64(1));

        // Amber, never green, and it says which part is missing and where.
        QCOMPARE(view.banner()->state(), VerdictBanner::State::Incomplete);
        QCOMPARE(view.banner()->title(),
                 QStringLiteral("Chain intact, every MAC verified — coverage INCOMPLETE"));
        const QString shortfall =
            QStringLiteral("no evidence from 2024-12-01T00:00:00Z to 2025-01-01T01:00:00Z "
                           "(starts late); 1 gap(s) longer than 24 h");
        QCOMPARE(
            view.banner()->detail(),
            QStringLiteral("6 events checked with the keyring; no errors. The records do not cover the whole "
                           "time: %1. Nothing is proved about what is not covered.")
                .arg(shortfall));

        // The time line: starts late, the one gap, its words for screen readers.
        auto *timeline = view.findChild<CoverageTimeline *>(QStringLiteral("coverageTimeline"));
        QVERIFY(timeline && timeline->isVisible());
        QVERIFY(timeline->coverage().startsLate);
        QCOMPARE(timeline->coverage().gaps.size(), 1);
        QVERIFY2(timeline->accessibleDescription().startsWith(
                     QStringLiteral(
                         "Requested period 2024-12-01T00:00:00Z to 2025-01-05T23:59:59Z. Covered by "
                         "the records from 2025-01-01T01:00:00Z to 2025-01-05T12:00:00Z. Not covered: ") +
                     shortfall),
                 qPrintable(timeline->accessibleDescription()));
        QCOMPARE(timeline->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(
            timeline->gapToolTip(0),
            QStringLiteral("Gap 1 of 1: 4 d 7 h 0 min (%1 s) without a record\nafter evt_00000003 at "
                           "2025-01-01T03:00:00Z\nbefore evt_00000004 at 2025-01-05T10:00:00Z\nClick (or "
                           "Enter) to show the record after the gap.")
                .arg(QLocale().toString(370800))); // the seconds in the user's locale
        // Drawn to scale: 1 Dec .. 5 Jan is about 36 days, the gap starts a month in and lasts about 4 days.
        const QRectF gap = timeline->gapRect(0);
        const double axis = timeline->width() - 16.0;
        QVERIFY2(gap.left() > 8 + axis * 0.83 && gap.left() < 8 + axis * 0.88,
                 qPrintable(QString::number(gap.left())));
        QVERIFY2(gap.width() > axis * 0.10 && gap.width() < axis * 0.14,
                 qPrintable(QString::number(gap.width())));

        // The gap list names the planted silence.
        auto *gaps = view.findChild<QTableWidget *>(QStringLiteral("coverageGaps"));
        QVERIFY(gaps && gaps->isVisible());
        QCOMPARE(gaps->rowCount(), 1);
        const QStringList row{gaps->item(0, 0)->text(), gaps->item(0, 1)->text(), gaps->item(0, 2)->text(),
                              gaps->item(0, 3)->text(), gaps->item(0, 4)->text()};
        QCOMPARE(row, (QStringList{"evt_00000003", "evt_00000004", "2025-01-01T03:00:00Z",
                                   "2025-01-05T10:00:00Z", "4 d 7 h 0 min"}));
        auto *more = view.findChild<QLabel *>(QStringLiteral("coverageMoreGaps"));
        QVERIFY(more && !more->isVisible());
        QCOMPARE(
            view.findChild<QLabel *>(QStringLiteral("coverageSummary"))->text(),
            QStringLiteral("Incomplete: %1. Nothing is proved about the time not covered.").arg(shortfall));

        // The issues dock gets the shortfall as a warning that leads to the record after the gap.
        QVERIFY(!issues.isEmpty());
        const auto reported = issues.last().at(0).value<QList<Issue>>();
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.at(0).message, QStringLiteral("Coverage incomplete: %1.").arg(shortfall));
        QCOMPARE(reported.at(0).target.id, QStringLiteral("evt_00000004"));

        // A click on the gap, Enter on the gap chosen with the arrow keys, and a double-click in the list
        // each show the record after it: the file is in no workspace, so in the record viewer (issue 19).
        QSignalSpy jumps(&view, &VerificationView::jumpRequested);
        const QString after = QStringLiteral("id            : evt_00000004");
        auto viewerShowsTheRecordAfter = [&view, &after]() {
            RecordViewer *viewer = view.recordViewer();
            const bool shown = viewer && viewer->isVisible() && viewer->chainFieldsText().startsWith(after);
            if (viewer)
                viewer->close(); // deleted on close: the next activation opens it anew
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return shown;
        };
        QTest::mouseClick(timeline, Qt::LeftButton, {}, gap.center().toPoint());
        QVERIFY(viewerShowsTheRecordAfter());
        timeline->setFocus();
        timeline->setCurrentGap(-1);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->currentGap(), 0);
        QTest::keyClick(timeline, Qt::Key_Return);
        QVERIFY(viewerShowsTheRecordAfter());
        QMetaObject::invokeMethod(gaps, "cellActivated", Q_ARG(int, 0), Q_ARG(int, 1));
        QVERIFY(viewerShowsTheRecordAfter());
        QCOMPARE(jumps.count(), 0);
        // A click beside the gap (on the covered part) asks for nothing.
        QTest::mouseClick(timeline, Qt::LeftButton, {},
                          QPoint(timeline->width() - 12, int(gap.center().y())));
        QVERIFY(!view.recordViewer());
        QCOMPARE(jumps.count(), 0);
    }

    void emptyPeriodIsRedAndSaysNothingWasVerified()
    {
        // A period the export does not reach at all: not valid, red, and the reason is the contract's own.
        VerificationView view;
        view.resize(1400, 900);
        view.show();
        view.setFiles({m_chain});
        QVERIFY(view.loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")));
        view.setPeriod(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC));
        view.setPeriodEnabled(true);
        QVERIFY(runAndWait(view));
        QCOMPARE(view.lastResult()->eventsChecked, qint64(0));
        QCOMPARE(view.banner()->state(), VerdictBanner::State::Failed);
        QCOMPARE(view.banner()->title(), QStringLiteral("Not valid: nothing was verified"));
        QCOMPARE(
            view.banner()->detail(),
            QStringLiteral("No events in the examination period. No record was checked, so the result proves "
                           "nothing; choose evidence that holds records for the period."));
        auto *timeline = view.findChild<CoverageTimeline *>(QStringLiteral("coverageTimeline"));
        QVERIFY(timeline->coverage().startsLate && timeline->coverage().endsEarly);
        QVERIFY2(timeline->accessibleDescription().contains(QLatin1String(
                     "No record verified. Not covered: no evidence in the period (starts late).")),
                 qPrintable(timeline->accessibleDescription()));
        QVERIFY(!view.findChild<QTableWidget *>(QStringLiteral("coverageGaps"))->isVisible());
    }

    void keyringWindowsAreShown()
    {
        VerificationView view;
        verifyHalfCovered(view, m_windowedKeyring);
        const QString fpA = m_fixture.keyring().fingerprint("k2025a");
        const QString fpB = m_fixture.keyring().fingerprint("k2025b");
        QCOMPARE(fpA.size(), 16);
        // The keyring panel: every key with its window, or that it has none.
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("keyringInfo"))->text(),
                 QStringLiteral(
                     "2 key(s) held in memory only:\nk2025a (fingerprint %1): valid from "
                     "2025-01-01T00:00:00Z until 2025-06-30T23:59:59Z\nk2025b (fingerprint %2): no window")
                     .arg(fpA, fpB));
        // The result's keys: the key used, its records and its window. Every record lies inside it: no error.
        QCOMPARE(view.lastResult()->errorCount, qint64(0));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("resultKeys"))->text(),
                 QStringLiteral(
                     "k2025a (%1): 6 records; valid from 2025-01-01T00:00:00Z until 2025-06-30T23:59:59Z")
                     .arg(fpA));
    }

    void unlistedGapsAreCounted()
    {
        // A result that counted more gaps than it lists (--max-errors) says how many are missing from the
        // list.
        VerificationResult result;
        result.eventsChecked = 40;
        result.macsVerified = true;
        result.coverage.first = QStringLiteral("2025-01-01T00:00:00Z");
        result.coverage.last = QStringLiteral("2025-12-01T00:00:00Z");
        for (int i = 0; i < 2; ++i)
            result.coverage.gaps.append({QStringLiteral("evt_a%1").arg(i), QStringLiteral("evt_b%1").arg(i),
                                         QStringLiteral("2025-0%1-01T00:00:00Z").arg(i + 2),
                                         QStringLiteral("2025-0%1-03T00:00:00Z").arg(i + 2), 172800});
        result.coverage.gapCount = 5;
        VerificationResultPanel panel;
        panel.resize(1000, 800);
        panel.show();
        panel.showRun({{}, {}, {}, result, {}});
        QCOMPARE(panel.banner()->state(), VerdictBanner::State::Incomplete);
        QCOMPARE(panel.gapTable()->rowCount(), 2);
        QCOMPARE(panel.gapTable()->item(1, 4)->text(), QStringLiteral("2 d 0 h 0 min"));
        auto *more = panel.findChild<QLabel *>(QStringLiteral("coverageMoreGaps"));
        QVERIFY(more->isVisible());
        QCOMPARE(more->text(),
                 QStringLiteral("3 more gaps longer than 24 h are counted but not listed (the limit "
                                "is --max-errors, 2)."));
        // Both listed gaps are drawn apart, in time order, inside the covered span.
        const QRectF a = panel.coverageTimeline()->gapRect(0), b = panel.coverageTimeline()->gapRect(1);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a.right() < b.left());
        // The line scales with the panel: twice as wide a panel, (nearly) twice as wide a gap, same place.
        const int before = panel.coverageTimeline()->width();
        panel.resize(2000, 800);
        QTRY_VERIFY(panel.coverageTimeline()->width() > before + 800);
        const double scale = (panel.coverageTimeline()->width() - 16.0) / (before - 16.0);
        const QRectF wider = panel.coverageTimeline()->gapRect(1);
        QVERIFY2(qAbs(wider.width() - b.width() * scale) < 1.0, qPrintable(QString::number(wider.width())));
        QVERIFY2(qAbs((wider.left() - 8) - (b.left() - 8) * scale) < 1.0,
                 qPrintable(QString::number(wider.left())));
    }

    void readableInADarkPalette()
    {
        // The covered bar stands out from the background in both palettes: drawn pixels, not a promise.
        VerificationResult::Coverage coverage;
        coverage.first = QStringLiteral("2025-01-01T00:00:00Z");
        coverage.last = QStringLiteral("2025-01-31T00:00:00Z");
        coverage.complete = true;
        for (const bool dark : {false, true}) {
            CoverageTimeline timeline;
            QPalette palette = timeline.palette();
            palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x20) : QColor(0xf5, 0xf5, 0xf5));
            palette.setColor(QPalette::Base, dark ? QColor(0x2a, 0x2a, 0x2a) : Qt::white);
            palette.setColor(QPalette::WindowText,
                             dark ? QColor(0xee, 0xee, 0xee) : QColor(0x11, 0x11, 0x11));
            timeline.setPalette(palette);
            timeline.resize(600, timeline.sizeHint().height());
            timeline.setCoverage(coverage);
            const QImage image = timeline.grab().toImage();
            // Down the middle column: the first strongly coloured pixel is the bar, far from the window's
            // lightness (the legend's text beside it is grey).
            const int windowLightness = palette.color(QPalette::Window).lightness();
            int barY = -1;
            for (int py = 0; py < image.height() && barY < 0; ++py) {
                const QColor pixel(image.pixel(300, py));
                if (pixel.saturation() > 80 && qAbs(pixel.lightness() - windowLightness) > 60)
                    barY = py;
            }
            QVERIFY2(barY > 0, dark ? "dark" : "light");
        }
    }
};

QTEST_MAIN(TestVerificationCoverage)
#include "tst_verificationcoverage.moc"
