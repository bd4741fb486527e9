// The verification PDF's Coverage and "How the chain works" sections (issue 11), rendered for real and read
// back with pdftotext as an examiner's document system would: the planted gap's records, times and length
// on one table row (identifiers and timestamps unbroken), the uncovered start in words, the method explained.
#include "core/common/Instant.h"
#include "core/report/VerificationReport.h"
#include "support/ChainFixture.h"
#include "support/PseudoTranslator.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000))
        qFatal("pdftotext did not finish");
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    // -layout keeps columns apart with runs of spaces; squeeze them so a row reads as one phrase.
    text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    return text;
}

} // namespace

class TestVerificationReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ChainFixture m_fixture;

    // Six records, three on 1 January 2025 and three on 5 January: one silence of 4 d 7 h (370800 s)
    // between evt_00000003 and evt_00000004, verified for 2024-12-01 .. 2025-01-05, a month before the data.
    VerificationResult halfCovered(int maxGapHours = 24) const
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
        VerifyOptions options;
        options.keyring = &m_fixture.keyring();
        options.startText = QStringLiteral("2024-12-01T00:00:00Z");
        options.endText = QStringLiteral("2025-01-05T23:59:59Z");
        options.start = Instant::parse(options.startText);
        options.end = Instant::parse(options.endText);
        options.maxGapHours = maxGapHours;
        return m_fixture.verifyRecords(records, options);
    }

    QString render(const VerificationResult &result, const QString &name)
    {
        const QString pdf = m_dir.filePath(name);
        QString error;
        if (!VerificationReport::write(result, {}, pdf, nullptr, &error))
            qFatal("report not written: %s", qPrintable(error));
        return pdfText(pdf);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("AB_KEEP_REPORT_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("report PDFs kept in %s", qPrintable(m_dir.path()));
        }
    }

    void coverageSectionListsTheGap()
    {
        const VerificationResult result = halfCovered();
        QVERIFY(result.valid);
        QCOMPARE(result.coverage.gapCount, qint64(1));
        const QString text = render(result, QStringLiteral("half-covered.pdf"));
        // Values that wrap onto a second line in their cell, read as one phrase.
        const QString flat =
            QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        // The amber verdict names what is missing and where.
        QVERIFY2(text.contains(QLatin1String("INTACT, COVERAGE INCOMPLETE")), qPrintable(text.left(3000)));
        // The section, listed in the table of contents and present in the body.
        QVERIFY2(text.count(QRegularExpression(QStringLiteral("(^|\\n) ?Coverage ?\\.* ?\\d*\\n"))) >= 1,
                 qPrintable(text.left(3000)));
        for (const char *line :
             {"Requested period 2024-12-01T00:00:00Z to 2025-01-05T23:59:59Z",
              "2025-01-01T01:00:00Z to 2025-01-05T12:00:00Z", "Maximum gap 24 h (--max-gap)",
              "Covered span 2025-01-01T01:00:00Z to 2025-01-05T12:00:00Z", "Gaps over the maximum 1",
              "NOT covered (starts late): the first record is more than 24 h after the period start",
              "Complete no"})
            QVERIFY2(flat.contains(QLatin1String(line)), line);
        // The gap's row whole on one line: ids and timestamps unbroken, the length in words and seconds.
        QVERIFY2(text.contains(
                     QLatin1String("1 evt_00000003 evt_00000004 2025-01-01T03:00:00Z 2025-01-05T10:00:00Z "
                                   "4 d 7 h 0 min (370800 s)")),
                 qPrintable(text));
        QVERIFY(text.contains(
            QLatin1String("no evidence from 2024-12-01T00:00:00Z to 2025-01-01T01:00:00Z (starts "
                          "late)")));
    }

    void completeCoverageSaysSo()
    {
        // With --max-gap 200 h the silence is no gap, but the period still starts a month before the data.
        const VerificationResult result = halfCovered(200);
        QCOMPARE(result.coverage.gapCount, qint64(0));
        const QString text = render(result, QStringLiteral("no-gap.pdf"));
        QVERIFY(text.contains(QLatin1String("No gap longer than 200 h between consecutive records.")));
        QVERIFY(text.contains(QLatin1String("Gaps over the maximum 0")));
        QVERIFY(!text.contains(QLatin1String("evt_00000003 evt_00000004")));
    }

    void emptyPeriodProvesNothing()
    {
        // The same chain verified for 2024, a year it does not reach: red, and it says why.
        VerifyOptions options;
        options.keyring = &m_fixture.keyring();
        options.startText = QStringLiteral("2024-01-01T00:00:00Z");
        options.endText = QStringLiteral("2024-12-31T23:59:59Z");
        options.start = Instant::parse(options.startText);
        options.end = Instant::parse(options.endText);
        const VerificationResult result = m_fixture.verifyRecords(m_fixture.chain(3), options);
        QCOMPARE(result.eventsChecked, qint64(0));
        const QString text = render(result, QStringLiteral("empty.pdf"));
        const QString flat =
            QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        for (const char *s :
             {"ERRORS FOUND: 1 error(s)",
              "No record was checked (No events in the examination period), so the result proves "
              "nothing.",
              "Covered span nothing: no record was verified", "no evidence in the period (starts late)",
              "Complete no"})
            QVERIFY2(flat.contains(QLatin1String(s)), s);
    }

    void howTheChainWorksIsExplained()
    {
        const QString text = render(halfCovered(), QStringLiteral("method.pdf"));
        QCOMPARE(text.count(QLatin1String("How the chain works")), 2); // contents and heading
        for (const char *s : {"The anchor and the links", "The seal of each record", "RFC 8785",
                              "Why a database administrator cannot change a record unseen",
                              "Key validity windows", "What coverage means", "never exported"})
            QVERIFY2(text.contains(QLatin1String(s)), s);
    }

    void sectionTextsAreTranslatedEvidenceIsNot()
    {
        // Under a translator that mirrors every UI string, the headings change; the result's ids and
        // timestamps in the gap table are evidence and stay byte for byte.
        test::ScopedPseudoTranslation pseudo;
        const QString text = render(halfCovered(), QStringLiteral("pseudo.pdf"));
        QVERIFY(!text.contains(QLatin1String("How the chain works")));
        QVERIFY(text.contains(QLatin1String("skrow niahc eht woH")));
        QVERIFY2(text.contains(
                     QLatin1String("evt_00000003 evt_00000004 2025-01-01T03:00:00Z 2025-01-05T10:00:00Z")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestVerificationReport)
#include "tst_verificationreport.moc"
