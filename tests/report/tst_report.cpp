// Branded PDF reports: rendered for real with QPdfWriter and checked with poppler-utils (pdftotext, pdfinfo,
// pdffonts, pdfimages), the tools an auditor's document system would use to index and archive them.
#include "TestConfig.h"
#include "auditbench_version.h"

#include "core/chain/VerificationResult.h"
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "core/package/PackageGenerator.h"
#include "core/package/RuntimeExport.h"
#include "core/report/PackageReport.h"
#include "core/report/ReportBranding.h"
#include "core/report/ReportWriter.h"
#include "core/report/VerificationReport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace ab;

namespace {

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args));
}

// pdftotext -layout keeps columns apart with runs of spaces; squeeze them so phrases match.
QString squeezed(const QString &text)
{
    QString s = text;
    s.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    return s;
}

QString infoField(const QString &pdf, const QString &field)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
    const auto m =
        QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(AB_TEST_DATA_DIR "/report/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

VerificationResult resultWith(bool valid, bool macs, int errors, bool complete = true)
{
    VerificationResult r;
    r.valid = valid;
    r.macsVerified = macs;
    r.eventsChecked = 48215;
    r.periodStart = QStringLiteral("2025-01-01T00:00:00Z");
    r.periodEnd = QStringLiteral("2025-12-31T23:59:59Z");
    r.firstEvent =
        VerificationResult::EventRef{QStringLiteral("evt_first"), QStringLiteral("2025-01-01T00:00:03Z")};
    r.lastEvent =
        VerificationResult::EventRef{QStringLiteral("evt_last"), QStringLiteral("2025-12-31T23:58:00Z")};
    r.anchor = QString(64, QLatin1Char('0'));
    r.headHmac = QStringLiteral("9b1e4c0d2f7a8e6b5c3d1f0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d");
    if (macs)
        r.keys.append({QStringLiteral("k2025a"), QStringLiteral("3f9a1c0e77b2d401"), 48215});
    r.sources.append({QStringLiteral("page-1.json"),
                      QStringLiteral("aa11bb22cc33dd44ee55ff6600112233445566778899aabbccddeeff00112233"),
                      48215});
    for (int i = 1; i <= errors; ++i)
        r.errors.append(QStringLiteral("Event %1: previous_hmac mismatch").arg(i * 7));
    r.errorCount = errors;
    r.coverage.requested = true;
    r.coverage.requestedStart = r.periodStart;
    r.coverage.requestedEnd = r.periodEnd;
    r.coverage.first = r.firstEvent->timestamp;
    r.coverage.last = r.lastEvent->timestamp;
    r.coverage.complete = complete;
    if (!complete)
        r.coverage.gapCount = 1;
    return r;
}

// Records what long work reports; cancels itself once `cancelAt` units of the current stage are done.
class RecordingProgress : public Progress
{
public:
    QStringList stages;
    QList<qint64> totals;
    QList<qint64> reports;
    qint64 cancelAt = -1;
    void beginStage(const QString &label, qint64 total) override
    {
        stages.append(label);
        totals.append(total);
        reports.clear();
    }
    void report(qint64 done) override { reports.append(done); }
    bool isCancelled() const override
    {
        return cancelAt >= 0 && !reports.isEmpty() && reports.last() >= cancelAt;
    }
};

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_packagePdf;
    int m_packagePages = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // AB_KEEP_REPORT_PDFS=1 keeps the rendered PDFs for looking at them.
        if (!qEnvironmentVariableIsEmpty("AB_KEEP_REPORT_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("report PDFs kept in %s", qPrintable(m_dir.path()));
        }
        PackageReport::Options options;
        options.printedBy = QStringLiteral("Riley Examiner");
        // The cover reports a given verification result (what `pdf --verification-json` hands over).
        options.trailBasis = PackageReport::TrailBasis::Given;
        options.trailResult = resultWith(true, false, 0);
        options.trailNote = QStringLiteral("linkage-result.json");
        options.verdicts.insert(
            QStringLiteral("Incident Response"),
            AuditorVerdict{AuditorVerdict::Exception, QStringLiteral("drf_2 should have suspended the agent"),
                           QStringLiteral("riley@audit.example"), QStringLiteral("2026-03-05T09:30:00Z")});
        options.verdicts.insert(
            QStringLiteral("Data Storage"),
            AuditorVerdict{AuditorVerdict::Agree, QStringLiteral("hash-only audit entries sampled"),
                           QStringLiteral("riley@audit.example"), QStringLiteral("2026-03-05T09:10:00Z")});
        m_packagePdf = m_dir.filePath(QStringLiteral("package.pdf"));
        QString error;
        const auto out =
            PackageReport::write(fixture("package-small.json"), options, m_packagePdf, nullptr, &error);
        QVERIFY2(out, qPrintable(error));
        m_packagePages = out->pageCount;
        QCOMPARE(out->sha256, crypto::sha256Hex(readFile(m_packagePdf)));
    }

    void packageText_data()
    {
        QTest::addColumn<QString>("expected");
        // The five sections, titled exactly as seed 000 names them.
        for (const char *s : {"Execution Graph", "Data Flow Diagram", "Vendor Security Questionnaire",
                              "Sub-Processor List", "SOC 2 Control Mappings"})
            QTest::newRow(s) << QString::fromLatin1(s);
        QTest::newRow("agent name") << QStringLiteral("triage-bot");
        QTest::newRow("agent id") << QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        QTest::newRow("package id") << QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        QTest::newRow("header: generated at and by")
            << QStringLiteral("Generated 2026-03-01T12:00:00Z by dana.auditor@example.com");
        QTest::newRow("printed by") << QStringLiteral("Riley Examiner");
        QTest::newRow("content hash")
            << QStringLiteral("142ffd7fde12872e70f05976bd5cd4df7fa4f08d85c49e2a050cd5ef5c471bf3");
        QTest::newRow("trail status") << QStringLiteral("Audit trail: LINKAGE INTACT: MACs NOT VERIFIED");
        for (const char *s :
             {"CrowdStrike, Inc.", "Atlassian Pty Ltd", "acme-inventory", "Aptible, Inc.", "HashiCorp, Inc."})
            QTest::newRow(s) << QString::fromLatin1(s);
        QTest::newRow("unmapped marked") << QStringLiteral("UNMAPPED");
        QTest::newRow("drift exception drf_2") << QStringLiteral("drf_2");
        QTest::newRow("drift exception drf_3") << QStringLiteral("drf_3");
        QTest::newRow("exception text")
            << QStringLiteral("jira.delete_issue called 3 times, not a permitted operation");
        QTest::newRow("verdict exception") << QStringLiteral("Auditor verdict: exception");
        QTest::newRow("verdict comment") << QStringLiteral("drf_2 should have suspended the agent");
        QTest::newRow("verdict reviewer")
            << QStringLiteral("Reviewed by riley@audit.example at 2026-03-05T09:30:00Z");
        QTest::newRow("verdict agree") << QStringLiteral("Auditor verdict: agree");
        QTest::newRow("unreviewed answer") << QStringLiteral("Auditor verdict: not reviewed");
        QTest::newRow("unmapped action type") << QStringLiteral("compliance.generated");
        QTest::newRow("control without evidence") << QStringLiteral("NO EVIDENCE in the period");
        QTest::newRow("page footer") << QStringLiteral("Page 1 of %1").arg(m_packagePages);
    }
    void packageText()
    {
        QFETCH(QString, expected);
        QVERIFY2(squeezed(pdfText(m_packagePdf)).contains(expected), qPrintable(expected));
    }

    void everyPageHasHeaderAndFooter()
    {
        for (int page = 1; page <= m_packagePages; ++page) {
            const QString text = squeezed(pdfText(m_packagePdf, page, page));
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(m_packagePages)),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("triage-bot: Compliance Package")));
            QVERIFY(text.contains(
                QStringLiteral("142ffd7fde12872e70f05976bd5cd4df7fa4f08d85c49e2a050cd5ef5c471bf3")));
        }
    }

    void tableOfContentsPointsAtSections()
    {
        // Each section's page number in the contents is the page where its title is printed as a heading.
        const QString contents = squeezed(pdfText(m_packagePdf, 2, 2));
        for (const char *title : {"Execution Graph", "Data Flow Diagram", "Vendor Security Questionnaire",
                                  "Sub-Processor List", "SOC 2 Control Mappings"}) {
            const auto m =
                QRegularExpression(
                    QStringLiteral("%1 \\.* ?(\\d+)").arg(QRegularExpression::escape(QLatin1String(title))))
                    .match(contents);
            QVERIFY2(m.hasMatch(), title);
            const int page = m.captured(1).toInt();
            const QString onPage = pdfText(m_packagePdf, page, page);
            // The heading is the first line after the running header.
            const QStringList lines = onPage.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(lines.size() > 1 && lines.at(1).trimmed() == QLatin1String(title),
                     qPrintable(onPage.left(300)));
        }
    }

    void metadata()
    {
        QCOMPARE(infoField(m_packagePdf, QStringLiteral("Title")),
                 QStringLiteral("Compliance Package: triage-bot"));
        QCOMPARE(infoField(m_packagePdf, QStringLiteral("Author")), QStringLiteral("Riley Examiner"));
        QCOMPARE(infoField(m_packagePdf, QStringLiteral("Creator")),
                 QStringLiteral("AuditBench " AUDITBENCH_VERSION));
        QCOMPARE(infoField(m_packagePdf, QStringLiteral("Subject")),
                 QStringLiteral(
                     "SOC 2 evidence: compliance package 7c9e6679-7425-40de-944b-e07fc1f90ae7 for agent "
                     "a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
        QCOMPARE(infoField(m_packagePdf, QStringLiteral("Pages")).toInt(), m_packagePages);
        QCOMPARE(infoField(m_packagePdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    }

    void fontsEmbedded()
    {
        const QStringList lines = QString::fromUtf8(run(QStringLiteral("pdffonts"), {m_packagePdf}))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString &line : lines.mid(2)) {
            // name type encoding emb sub uni object ID: the "emb" column is the 4th from the right.
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        if (QFile::exists(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")))
            QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("DejaVuSans")));
    }

    void diagramIsVector()
    {
        // No raster image anywhere: the DFD (and the default SVG logo) are drawn as paths and text.
        const QStringList images =
            QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_packagePdf}))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines only
        // The diagram's own labels are text in the PDF, on the page that carries the figure caption.
        int figurePage = 0;
        for (int page = 1; page <= m_packagePages && !figurePage; ++page)
            if (pdfText(m_packagePdf, page, page)
                    .contains(QLatin1String("Figure: the package's data_flow.svg")))
                figurePage = page;
        QVERIFY(figurePage > 0);
        QVERIFY(
            QString::fromUtf8(run(QStringLiteral("pdfimages"),
                                  {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(figurePage),
                                   QStringLiteral("-l"), QString::number(figurePage), m_packagePdf}))
                .count(QLatin1Char('\n')) == 2);
        // ...and the diagram was drawn: its red trust-boundary flows are on the rasterised page.
        const QString png = m_dir.filePath(QStringLiteral("dfd"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
             QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(figurePage),
             QStringLiteral("-l"), QString::number(figurePage), m_packagePdf, png});
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        int red = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                red += (c.red() > 140 && c.green() < 90 && c.blue() < 90) ? 1 : 0;
            }
        QVERIFY2(red > 20, qPrintable(QString::number(red)));
    }

    void pngLogoIsAnImage()
    {
        // Control for diagramIsVector: pdfimages does see raster content when there is some.
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        const QString brandingPath = m_dir.filePath(QStringLiteral("branding.json"));
        QFile b(brandingPath);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"organisation\": \"Northwind Assurance LLP\", \"logo\": \"logo.png\", \"accent_colour\": "
                "\"#7A1F5C\", \"footer\": \"Confidential: prepared for the SOC 2 examination\"}");
        b.close();
        QString error;
        const auto branding = ReportBranding::fromFile(brandingPath, &error);
        QVERIFY2(branding, qPrintable(error));
        QVERIFY(!branding->logoIsSvg);
        QCOMPARE(branding->accent, QColor(0x7A, 0x1F, 0x5C));
        VerificationReport::Options options;
        options.branding = *branding;
        const QString pdf = m_dir.filePath(QStringLiteral("branded.pdf"));
        QVERIFY(VerificationReport::write(resultWith(true, true, 0), options, pdf, nullptr, &error));
        const QStringList images =
            QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 3); // header + one logo on the cover
        const QString text = squeezed(pdfText(pdf));
        QVERIFY(text.contains(QLatin1String("Northwind Assurance LLP")));
        QVERIFY(text.contains(QLatin1String("Confidential: prepared for the SOC 2 examination")));
    }

    void brandingErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad colour")
            << QByteArray("{\"accent_colour\": \"blurple\"}")
            << QStringLiteral("branding.json: accent_colour 'blurple': expected a colour such as #2F4F6F");
        QTest::newRow("missing logo")
            << QByteArray("{\"logo\": \"nowhere.svg\"}") << QStringLiteral("branding.json: logo '");
        QTest::newRow("not an object")
            << QByteArray("[1]")
            << QStringLiteral(
                   "branding.json: expected a JSON object with organisation, logo, accent_colour, footer");
    }
    void brandingErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ReportBranding::fromJson(json, m_dir.path(), QStringLiteral("branding.json"), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void longTableRepeatsHeader()
    {
        ReportDocument doc;
        doc.title = QStringLiteral("Ten thousand rows");
        doc.headerLeft = QStringLiteral("table test");
        ReportDocument::Table table;
        table.columns = {{QStringLiteral("RowNumberHeading")},
                         {QStringLiteral("ActionHeading")},
                         {QStringLiteral("DigestHeading"), 0, true}};
        for (int i = 1; i <= 10000; ++i)
            table.rows.append({QStringLiteral("row %1").arg(i), QStringLiteral("connector.called"),
                               crypto::sha256Hex(QByteArray::number(i)).left(32)});
        doc.add(table);
        const QString pdf = m_dir.filePath(QStringLiteral("table.pdf"));
        QString error;
        const auto out = ReportWriter::write(doc, pdf, nullptr, &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY(out->pageCount > 100);
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(QLatin1String("RowNumberHeading")), out->pageCount);
        QCOMPARE(text.count(QLatin1String("DigestHeading")), out->pageCount);
        QCOMPARE(infoField(pdf, QStringLiteral("Pages")).toInt(), out->pageCount);
        // No row is lost or printed twice at a page break.
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("\\brow \\d+\\b"))), 10000);
        QVERIFY(text.contains(QLatin1String("row 10000")));
    }

    void verificationStates_data()
    {
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("macs");
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<bool>("complete");
        QTest::newRow("green: all MACs verified, coverage complete")
            << true << true << 0 << QStringLiteral("VERIFIED: chain intact, every MAC verified") << true;
        QTest::newRow("amber: all MACs verified, coverage incomplete")
            << true << true << 0 << QStringLiteral("INTACT, COVERAGE INCOMPLETE: every MAC verified")
            << false;
        QTest::newRow("amber: linkage only")
            << true << false << 0 << QStringLiteral("LINKAGE INTACT: MACs NOT VERIFIED") << true;
        QTest::newRow("red: errors") << false << true << 3 << QStringLiteral("ERRORS FOUND: 3 error(s)")
                                     << true;
    }
    void verificationStates()
    {
        QFETCH(bool, valid);
        QFETCH(bool, macs);
        QFETCH(int, errors);
        QFETCH(QString, verdict);
        QFETCH(bool, complete);
        const QString pdf = m_dir.filePath(QStringLiteral("state.pdf"));
        QString error;
        VerificationReport::Options options;
        options.printedBy = QStringLiteral("Riley Examiner");
        QVERIFY2(VerificationReport::write(resultWith(valid, macs, errors, complete), options, pdf, nullptr,
                                           &error),
                 qPrintable(error));
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(text.contains(verdict), qPrintable(text.left(2000)));
        // The other states' headlines never appear: one state, said one way.
        for (const char *other :
             {"VERIFIED: chain intact", "INTACT, COVERAGE INCOMPLETE", "LINKAGE INTACT", "ERRORS FOUND"})
            if (!verdict.startsWith(QLatin1String(other)))
                QVERIFY2(!text.contains(QLatin1String(other)), other);
        for (const char *s :
             {"2025-01-01T00:00:00Z", "2025-12-31T23:59:59Z", "48215", "evt_first", "evt_last",
              "9b1e4c0d2f7a8e6b5c3d1f0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d", "page-1.json",
              "aa11bb22cc33dd44ee55ff6600112233445566778899aabbccddeeff00112233"})
            QVERIFY2(text.contains(QLatin1String(s)), s);
        QCOMPARE(text.contains(QLatin1String("3f9a1c0e77b2d401")), macs);
    }

    void verificationListsEveryError()
    {
        VerificationResult r = resultWith(false, true, 1500);
        r.errorCount = 1720; // more were found than the result kept (--max-errors)
        const QString pdf = m_dir.filePath(QStringLiteral("errors.pdf"));
        QString error;
        const auto out = VerificationReport::write(r, {}, pdf, nullptr, &error);
        QVERIFY2(out, qPrintable(error));
        const QString text = squeezed(pdfText(pdf));
        for (const QString &e : std::as_const(r.errors))
            QVERIFY2(text.contains(e + QLatin1Char('\n')), qPrintable(e));
        QCOMPARE(text.count(QLatin1String("previous_hmac mismatch")), 1500);
        QVERIFY(text.contains(QLatin1String("1720 errors were found; the result lists the first 1500")));
        QVERIFY(text.contains(QLatin1String("ERRORS FOUND: 1720 error(s)")));
    }

    void printsTheGeneratorsPackage()
    {
        // The package area's real output (Graphviz SVG included) reads and prints, not only the fixture.
        const RuntimeExport runtime =
            RuntimeExport::fromFile(QStringLiteral(AB_TEST_DATA_DIR "/package/runtime-small.json"));
        PackageOptions options;
        options.generatedBy = QStringLiteral("gen@audit.example");
        options.generatedAt = QStringLiteral("2026-03-02T10:00:00Z");
        const GeneratedPackage generated = PackageGenerator::generate(
            runtime, QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890"), options);
        const QString pdf = m_dir.filePath(QStringLiteral("generated.pdf"));
        QString error;
        QVERIFY2(PackageReport::write(generated.json, {}, pdf, nullptr, &error), qPrintable(error));
        const QString text = squeezed(pdfText(pdf));
        for (const QString &s :
             {QStringLiteral("Execution Graph"), QStringLiteral("Data Flow Diagram"),
              QStringLiteral("Vendor Security Questionnaire"), QStringLiteral("Sub-Processor List"),
              QStringLiteral("SOC 2 Control Mappings"), generated.agentName, generated.contentSha256,
              QStringLiteral("Generated 2026-03-02T10:00:00Z by gen@audit.example")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QLatin1String("Diagram not drawn")));
        QVERIFY(!text.contains(QLatin1String("Diagram: not provided")));
        const QStringList images =
            QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the Graphviz DFD is vector too
    }

    void missingMembersSayNotProvided_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("wrong types") << QByteArray(
            "{\"agent_name\": 7, \"execution_graph\": [], \"vsq\": {\"answers\": {}}, "
            "\"sub_processors\": \"none\", \"soc2\": {\"mappings\": [1, \"x\"], \"controls\": null}, "
            "\"data_flow\": {\"svg\": 5}}");
        QTest::newRow("broken svg") << QByteArray(
            "{\"agent_name\": \"a\", \"data_flow\": {\"svg\": \"<svg><g></svg\"}}");
        QTest::newRow("svg with external image")
            << QByteArray("{\"agent_name\": \"a\", \"data_flow\": {\"svg\": \"<svg "
                          "xmlns='http://www.w3.org/2000/svg'><image href='/etc/x.png'/></svg>\"}}");
    }
    void missingMembersSayNotProvided()
    {
        QFETCH(QByteArray, json);
        const QString pdf = m_dir.filePath(QStringLiteral("sparse.pdf"));
        QString error;
        QVERIFY2(PackageReport::write(json, {}, pdf, nullptr, &error), qPrintable(error));
        const QString text = squeezed(pdfText(pdf));
        QVERIFY(text.contains(QLatin1String("not provided")));
        for (const char *s : {"Execution Graph", "Data Flow Diagram", "Vendor Security Questionnaire",
                              "Sub-Processor List", "SOC 2 Control Mappings"})
            QVERIFY2(text.contains(QLatin1String(s)), s);
        if (json.contains("<image"))
            QVERIFY(text.contains(QLatin1String("Diagram not drawn: it refers to external images")));
    }

    void notAPackage()
    {
        QString error;
        QVERIFY(!PackageReport::build("[1, 2]", {}, &error));
        QCOMPARE(error, QStringLiteral("expected a compliance package (a JSON object)"));
        QVERIFY(!PackageReport::build("{\"a\": ", {}, &error));
        QVERIFY2(error.startsWith(QLatin1String("offset 6: ")), qPrintable(error));
    }

    void cancelledWritesNothing()
    {
        CancellableProgress progress;
        progress.cancel();
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        const auto doc = PackageReport::build(fixture("package-small.json"), {});
        QVERIFY(doc);
        QVERIFY_THROWS_EXCEPTION(CancelledError, ReportWriter::write(*doc, pdf, &progress));
        QVERIFY(!QFile::exists(pdf));
    }

    void progressCountsPages()
    {
        const auto doc = PackageReport::build(fixture("package-small.json"), {});
        QVERIFY(doc);
        RecordingProgress progress;
        const auto out = ReportWriter::render(*doc, &progress);
        QVERIFY(out);
        QCOMPARE(progress.stages, (QStringList{QStringLiteral("Laying out the report"),
                                               QStringLiteral("Printing %1 page(s)").arg(out->pageCount)}));
        QCOMPARE(progress.totals.last(), qint64(out->pageCount));
        QCOMPARE(progress.reports.last(), qint64(out->pageCount));
        QVERIFY(std::is_sorted(progress.reports.begin(), progress.reports.end()));
    }

    void cancelledMidTableWritesNothing()
    {
        ReportDocument doc;
        ReportDocument::Table table;
        table.columns = {{QStringLiteral("N")}};
        for (int i = 0; i < 5000; ++i)
            table.rows.append({QString::number(i)});
        doc.add(table);
        RecordingProgress progress;
        progress.cancelAt = 3; // while laying out page 4 of the one long table
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled-table.pdf"));
        QVERIFY_THROWS_EXCEPTION(CancelledError, ReportWriter::write(doc, pdf, &progress));
        QCOMPARE(progress.stages.size(), 1);
        QCOMPARE(progress.reports.last(), qint64(3));
        QVERIFY(!QFile::exists(pdf));
    }

    // The print dialog decides the paper: every size and orientation gets the whole report, measured from
    // the paper's corner even when the device keeps margins of its own (a printer's unprintable edge).
    void paintsOnTheDevicesPaper_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<double>("deviceMarginMm");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4) << false << 0.0 << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter landscape, 12 mm device margins")
            << int(QPageSize::Letter) << true << 12.0 << QStringLiteral("792 x 612 pts (letter)");
        QTest::newRow("A5, 5 mm device margins")
            << int(QPageSize::A5) << false << 5.0 << QStringLiteral("420 x 595 pts (A5)");
    }
    void paintsOnTheDevicesPaper()
    {
        QFETCH(int, size);
        QFETCH(bool, landscape);
        QFETCH(double, deviceMarginMm);
        QFETCH(QString, pageSize);
        const auto doc = PackageReport::build(fixture("package-small.json"), {});
        QVERIFY(doc);
        const QString pdf = m_dir.filePath(QStringLiteral("paper-%1.pdf")
                                               .arg(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('_')));
        std::optional<int> pages;
        {
            QPdfWriter writer(pdf);
            writer.setResolution(600);
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize::PageSizeId(size)),
                            landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                            QMarginsF(deviceMarginMm, deviceMarginMm, deviceMarginMm, deviceMarginMm),
                            QPageLayout::Millimeter));
            QString error;
            pages = ReportWriter::paint(*doc, &writer, nullptr, &error);
            QVERIFY2(pages, qPrintable(error));
        }
        QCOMPARE(infoField(pdf, QStringLiteral("Page size")), pageSize);
        QCOMPARE(infoField(pdf, QStringLiteral("Pages")).toInt(), *pages);
        const QString text = squeezed(pdfText(pdf));
        for (const char *title : {"Execution Graph", "Data Flow Diagram", "Vendor Security Questionnaire",
                                  "Sub-Processor List", "SOC 2 Control Mappings"})
            QVERIFY2(text.count(QLatin1String(title)) >= 2, title); // in the contents and as a section
        for (int page = 1; page <= *pages; ++page) // every footer is on its page, none fell off the paper
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(*pages)),
                     qPrintable(QString::number(page)));
        // The footer's hash is whole on every page, and so is the header's agent name.
        QVERIFY(text.count(QStringLiteral(
                    "142ffd7fde12872e70f05976bd5cd4df7fa4f08d85c49e2a050cd5ef5c471bf3")) >= *pages);
        QVERIFY(text.count(QStringLiteral("AuditBench · Prepared with")) >= *pages);
        // The contents heading sits at the report's own margins (18 mm left, 24 mm top), not the device's.
        const QString boxes = QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
        const auto word =
            QRegularExpression(
                QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>Contents</word>"))
                .match(boxes);
        QVERIFY(word.hasMatch());
        QVERIFY2(std::abs(word.captured(1).toDouble() - 18 * 72 / 25.4) < 1.5, qPrintable(word.captured(1)));
        QVERIFY2(std::abs(word.captured(2).toDouble() - 24 * 72 / 25.4) < 4, qPrintable(word.captured(2)));
    }

    // A heading is never left alone at the foot of a page: whatever text comes before it, the heading shares
    // its page with the start of what follows: a diagram (shrunk a little if that keeps them together) or a
    // table's header and first row.
    void headingStaysWithWhatFollows()
    {
        ReportDocument::Table table;
        table.columns = {{QStringLiteral("Probe column")}, {QStringLiteral("Detail")}};
        table.rows = {
            {QStringLiteral("probe-first-row"),
             QStringLiteral(
                 "line one\nline two\nline three\nline four\nline five\nline six\nline seven\nline eight")},
            {QStringLiteral("probe-second-row"), QStringLiteral("short")}};
        int headingMoved = 0;
        for (int filler = 0; filler <= 64; filler += 2) {
            ReportDocument doc;
            doc.heading(QStringLiteral("Probe Section"));
            for (int i = 0; i < filler; ++i)
                doc.paragraph(QStringLiteral("Filler line %1 of the probe section.").arg(i));
            doc.heading(QStringLiteral("Probe Diagram Heading"), 2);
            doc.add(ReportDocument::Svg{fixture("dfd-small.svg"), QStringLiteral("Probe diagram caption")});
            for (int i = 0; i < filler / 2; ++i)
                doc.paragraph(QStringLiteral("More filler %1.").arg(i));
            doc.heading(QStringLiteral("Probe Table Heading"), 2);
            doc.add(table);
            for (int i = 0; i < filler / 3; ++i)
                doc.paragraph(QStringLiteral("Last filler %1.").arg(i));
            doc.heading(QStringLiteral("Probe Facts Heading"), 2);
            QStringList edges;
            for (int i = 1; i <= 14; ++i)
                edges << QStringLiteral("edge line %1").arg(i);
            doc.add(ReportDocument::KeyValues{{{QStringLiteral("Edges"), edges.join(QLatin1Char('\n'))}}});
            const QString pdf = m_dir.filePath(QStringLiteral("keep.pdf"));
            QVERIFY(ReportWriter::write(doc, pdf, nullptr));
            const QStringList pages =
                QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}))
                    .split(QLatin1Char('\f'));
            const auto pageOf = [&](const QString &needle) {
                for (int i = 0; i < pages.size(); ++i)
                    if (pages.at(i).contains(needle))
                        return i + 1;
                return 0;
            };
            const QByteArray tag = "filler " + QByteArray::number(filler);
            QVERIFY2(pageOf(QStringLiteral("Probe Diagram Heading")) > 0, tag);
            QVERIFY2(pageOf(QStringLiteral("Probe Diagram Heading")) ==
                         pageOf(QStringLiteral("Probe diagram caption")),
                     tag);
            QVERIFY2(pageOf(QStringLiteral("Probe Table Heading")) ==
                         pageOf(QStringLiteral("probe-first-row")),
                     tag);
            QVERIFY2(pageOf(QStringLiteral("Probe Table Heading")) == pageOf(QStringLiteral("line eight")),
                     tag);
            QVERIFY2(pageOf(QStringLiteral("Probe Facts Heading")) == pageOf(QStringLiteral("edge line 1\n")),
                     tag);
            if (pageOf(QStringLiteral("Probe Diagram Heading")) > pageOf(QStringLiteral("Filler line 0 ")))
                ++headingMoved;
        }
        // The sweep really crossed page ends: some headings had to move to the next page.
        QVERIFY(headingMoved > 0);
    }

    // Qt draws SVG text as outlines; the diagram's labels are written again as invisible text at their
    // places, so a search for a node's name finds the diagram. Transforms and text-anchor are honoured.
    void diagramLabelsAreSearchable()
    {
        ReportDocument doc;
        doc.heading(QStringLiteral("Diagram"));
        doc.add(ReportDocument::Svg{
            QByteArray(
                "<svg xmlns='http://www.w3.org/2000/svg' width='400pt' height='200pt' viewBox='0 0 400 200'>"
                "<g id='graph0' transform='scale(1 1) rotate(0) translate(4 196)'>"
                "<polygon fill='white' stroke='black' points='-4,4 -4,-196 396,-196 396,4 -4,4'/>"
                "<text text-anchor='middle' x='196' y='-100' font-family='Helvetica,sans-Serif' "
                "font-size='14.00'>Centred Probe Label</text>"
                "<g id='node1' class='node'><text x='10' y='-20' font-size='10'>Left &amp; Probe "
                "&lt;b&gt;</text></g>"
                "</g></svg>"),
            QStringLiteral("Probe caption")});
        const QString pdf = m_dir.filePath(QStringLiteral("svg-text.pdf"));
        QVERIFY(ReportWriter::write(doc, pdf, nullptr));
        const QString text = squeezed(pdfText(pdf));
        QVERIFY(text.contains(QLatin1String("Centred Probe Label")));
        QVERIFY(text.contains(QLatin1String("Left & Probe <b>")));
        // The centred label is centred where the SVG puts it: the middle of the diagram's box, which spans
        // the text width (18 mm to 192 mm): 105 mm from the paper's left edge.
        const QString boxes = QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
        const auto word = [&](const QString &w, int group) {
            const auto m =
                QRegularExpression(
                    QStringLiteral(
                        "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>%1</word>")
                        .arg(w))
                    .match(boxes);
            return m.hasMatch() ? m.captured(group).toDouble() : -1000.0;
        };
        const double centre = (word(QStringLiteral("Centred"), 1) + word(QStringLiteral("Label"), 2)) / 2;
        QVERIFY2(std::abs(centre - 105 * 72 / 25.4) < 3, qPrintable(QString::number(centre)));
        // And nothing became a picture: the page has no images at all.
        QCOMPARE(QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                     .size(),
                 2);
    }

    void rendersOnWorkerThread()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("worker.pdf"));
        std::optional<ReportWriter::Output> out;
        std::thread worker(
            [&] { out = VerificationReport::write(resultWith(true, false, 0), {}, pdf, nullptr); });
        worker.join();
        QVERIFY(out);
        QVERIFY(squeezed(pdfText(pdf)).contains(QLatin1String("LINKAGE INTACT: MACs NOT VERIFIED")));
    }

    void cliPrintsPackageAndVerification()
    {
        // The package's cover reports the verification result handed over with it, as that result says.
        const QString verifiedPath = m_dir.filePath(QStringLiteral("verified-result.json"));
        QFile verified(verifiedPath);
        QVERIFY(verified.open(QIODevice::WriteOnly));
        verified.write(resultWith(true, true, 0).toJson());
        verified.close();
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        int exitCode = -1;
        QByteArray out =
            run(QStringLiteral(AB_CLI_PATH),
                {QStringLiteral("pdf"), QStringLiteral("--package-json"),
                 QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--user"), QStringLiteral("cli-user"), QStringLiteral("--verification-json"),
                 verifiedPath},
                &exitCode);
        QCOMPARE(exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject reported = QJsonDocument::fromJson(out).object();
        QCOMPARE(reported.value(QLatin1String("sha256")).toString(), crypto::sha256Hex(f.readAll()));
        QCOMPARE(infoField(pdf, QStringLiteral("Author")), QStringLiteral("cli-user"));
        QVERIFY(squeezed(pdfText(pdf))
                    .contains(QLatin1String("Audit trail: VERIFIED: chain intact, every MAC verified")));

        const QString resultPath = m_dir.filePath(QStringLiteral("result.json"));
        QFile result(resultPath);
        QVERIFY(result.open(QIODevice::WriteOnly));
        result.write(resultWith(false, true, 2).toJson());
        result.close();
        const QString vpdf = m_dir.filePath(QStringLiteral("cli-verification.pdf"));
        run(QStringLiteral(AB_CLI_PATH),
            {QStringLiteral("pdf"), QStringLiteral("--verification-json"), resultPath,
             QStringLiteral("--out"), vpdf},
            &exitCode);
        QCOMPARE(exitCode, 0);
        const QString text = squeezed(pdfText(vpdf));
        QVERIFY(text.contains(QLatin1String("Event 14: previous_hmac mismatch")));
        QVERIFY(text.contains(QLatin1String("ERRORS FOUND: 2 errors")));
    }

    void cliWorkspacePrintsAreLogged()
    {
        // Phase 2: print what a workspace stores; each PDF lands in the activity log with its SHA-256.
        const QString ws = m_dir.filePath(QStringLiteral("print.auditbench"));
        int exitCode = -1;
        run(QStringLiteral(AB_CLI_PATH),
            {QStringLiteral("import"), QStringLiteral("--workspace"), ws,
             QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"),
             QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small-tampered.json")},
            &exitCode);
        QCOMPARE(exitCode, 0);
        run(QStringLiteral(AB_CLI_PATH),
            {QStringLiteral("verify"), QStringLiteral("--workspace"), ws, QStringLiteral("--keyring"),
             QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")},
            &exitCode);
        QCOMPARE(exitCode, 1); // the tampered vector has errors

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUDITBENCH_USER"), QStringLiteral("Riley Examiner <riley@audit.example>"));
        p.setProcessEnvironment(env);
        const QString packagePdf = m_dir.filePath(QStringLiteral("ws-package.pdf"));
        p.start(QStringLiteral(AB_CLI_PATH),
                {QStringLiteral("pdf"), QStringLiteral("--workspace"), ws, QStringLiteral("--package"),
                 QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"), QStringLiteral("--out"),
                 packagePdf});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray()); // success is silent on stderr
        QCOMPARE(infoField(packagePdf, QStringLiteral("Author")),
                 QStringLiteral("Riley Examiner <riley@audit.example>"));
        const QString runPdf = m_dir.filePath(QStringLiteral("ws-run.pdf"));
        p.start(QStringLiteral(AB_CLI_PATH),
                {QStringLiteral("pdf"), QStringLiteral("--workspace"), ws, QStringLiteral("--verification"),
                 QStringLiteral("1"), QStringLiteral("--out"), runPdf});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString runText = squeezed(pdfText(runPdf));
        QVERIFY(runText.contains(QLatin1String("ERRORS FOUND: 3 errors")));
        QVERIFY(runText.contains(
            QLatin1String("Event 3: HMAC mismatch (expected '08e7f6ec...', got '7cca0c9e...')")));

        const QJsonArray log =
            QJsonDocument::fromJson(
                run(QStringLiteral(AB_CLI_PATH), {QStringLiteral("log"), QStringLiteral("--workspace"), ws}))
                .array();
        QList<QJsonObject> prints;
        for (const QJsonValue &e : log)
            if (e.toObject().value(QLatin1String("action")).toString() == QLatin1String("print"))
                prints.append(e.toObject().value(QLatin1String("details")).toObject());
        QCOMPARE(prints.size(), 2);
        QCOMPARE(prints.at(0).value(QLatin1String("kind")).toString(), QStringLiteral("compliance-package"));
        QCOMPARE(prints.at(0).value(QLatin1String("package_id")).toString(),
                 QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        QCOMPARE(prints.at(0).value(QLatin1String("sha256")).toString(),
                 crypto::sha256Hex(readFile(packagePdf)));
        QCOMPARE(prints.at(1).value(QLatin1String("kind")).toString(), QStringLiteral("verification"));
        QCOMPARE(prints.at(1).value(QLatin1String("run_id")).toString(), QStringLiteral("1"));
        QCOMPARE(prints.at(1).value(QLatin1String("sha256")).toString(), crypto::sha256Hex(readFile(runPdf)));

        // Unknown ids: one line, exit 2, nothing printed or logged.
        p.start(QStringLiteral(AB_CLI_PATH),
                {QStringLiteral("pdf"), QStringLiteral("--workspace"), ws, QStringLiteral("--package"),
                 QStringLiteral("no-such-package"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("none.pdf"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(p.readAllStandardError(),
                 QStringLiteral(
                     "auditbench-cli pdf: %1: no compliance package 'no-such-package' in this workspace\n")
                     .arg(ws)
                     .toUtf8());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }

    void cliRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no input") << QStringList{QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("both inputs") << QStringList{
            QStringLiteral("--package-json"), QStringLiteral("a"),
            QStringLiteral("--verification"), QStringLiteral("1"),
            QStringLiteral("--out"),          QStringLiteral("x.pdf")};
        QTest::newRow("not a result")
            << QStringList{QStringLiteral("--verification-json"),
                           QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"),
                           QStringLiteral("--out"), QStringLiteral("x.pdf")};
        // The self-declared status is gone: the cover reports a result, never a status the user asserts.
        QTest::newRow("--trail-status is no option") << QStringList{
            QStringLiteral("--package-json"), QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"),
            QStringLiteral("--trail-status"), QStringLiteral("verified"),
            QStringLiteral("--out"),          QStringLiteral("x.pdf")};
        QTest::newRow("package with a result that is not one")
            << QStringList{QStringLiteral("--package-json"),
                           QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"),
                           QStringLiteral("--verification-json"),
                           QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"),
                           QStringLiteral("--out"),
                           QStringLiteral("x.pdf")};
    }
    void cliRejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(AB_CLI_PATH), QStringList{QStringLiteral("pdf")} + args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(p.readAllStandardError().contains("auditbench-cli pdf: "));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
