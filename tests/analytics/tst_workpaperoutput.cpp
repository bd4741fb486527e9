// A workpaper leaves the workbench as a branded PDF and an Excel workbook, and a sample as a workbook:
// the PDF read back with pdftotext holds the results, notes, conclusion and both sign-offs with the prefix
// of the hash they signed; the workbooks (zips of XML) hold one row per item / record with the expected
// columns, typed cells and no formulas; every file written is in the activity log with its SHA-256.
#include "analytics/CliRun.h"
#include "analytics/XlsxRead.h"
#include "support/WorkspaceFixture.h"

#include "core/workspace/RecordExport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace analyticstest;

namespace {

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000))
        qFatal("pdftotext did not finish");
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    // -layout keeps columns apart with runs of spaces and wraps long sentences: read it as one phrase.
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return text;
}

QString fileSha(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(wsfixture::readFile(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestWorkpaperOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfShowsResultsConclusionAndSignOffs();
    void workpaperWorkbook();
    void sampleWorkbook();

private:
    Run wp(const QStringList &args) { return cli(QStringList{QStringLiteral("workpaper")} + args + m_ws); }
    QTemporaryDir m_dir;
    QStringList m_ws;
    QString m_sha;
};

void TestWorkpaperOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = {QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("o.auditbench"))};
    const QString records = wsfixture::writeFile(m_dir.path(), QStringLiteral("r.json"),
                                                 wsfixture::asArray(wsfixture::gatewayRecords(30)));
    QCOMPARE(cli(QStringList{QStringLiteral("import"), records} + m_ws).exitCode, 0);
    QCOMPARE(cli(QStringList{QStringLiteral("sample"), QStringLiteral("--size"), QStringLiteral("6"),
                             QStringLiteral("--seed"), QStringLiteral("42")} +
                 m_ws)
                 .exitCode,
             0);
    QCOMPARE(wp({QStringLiteral("create"), QStringLiteral("--sample"), QStringLiteral("1"),
                 QStringLiteral("--tolerable"), QStringLiteral("10"), QStringLiteral("--confidence"),
                 QStringLiteral("90"), QStringLiteral("--name"), QStringLiteral("Override approvals")})
                 .exitCode,
             0);
    for (int item = 1; item <= 6; ++item) {
        const QString result = item == 4   ? QStringLiteral("exception")
                               : item == 6 ? QStringLiteral("not-applicable")
                                           : QStringLiteral("no-exception");
        const QString note =
            item == 4 ? QStringLiteral("=approval missing") : QStringLiteral("ticket T-%1").arg(item);
        QCOMPARE(wp({QStringLiteral("record"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                     QStringLiteral("--item"), QString::number(item), QStringLiteral("--result"), result,
                     QStringLiteral("--note"), note})
                     .exitCode,
                 0);
    }
    QCOMPARE(wp({QStringLiteral("sign"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                 QStringLiteral("--role"), QStringLiteral("preparer"), QStringLiteral("--name"),
                 QStringLiteral("Pat Preparer")})
                 .exitCode,
             0);
    QCOMPARE(wp({QStringLiteral("review-note"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                 QStringLiteral("--note"), QStringLiteral("Item 4 escalated to the control owner.")})
                 .exitCode,
             0);
    const Run signedRun = wp({QStringLiteral("sign"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                              QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--name"),
                              QStringLiteral("Rae Reviewer")});
    QCOMPARE(signedRun.exitCode, 0);
    m_sha = json(signedRun)[QStringLiteral("content_sha256")].toString();
    QCOMPARE(m_sha.size(), 64);
}

void TestWorkpaperOutput::pdfShowsResultsConclusionAndSignOffs()
{
    const QString pdf = m_dir.filePath(QStringLiteral("wp.pdf"));
    const Run r = wp({QStringLiteral("pdf"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                      QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("sha256")].toString(), fileSha(pdf));
    QVERIFY(o[QStringLiteral("pages")].toInt() >= 2);
    const QString text = pdfText(pdf);
    // 5 tested (item 6 not applicable), 1 exception: limit 58.39 % at 90 % > 10 %.
    for (const QString &expected :
         {QStringLiteral("Tests of Controls Workpaper"), QStringLiteral("Override approvals"),
          QStringLiteral("DOES NOT SUPPORT RELIANCE on the control"),
          QStringLiteral(
              "1 deviation(s) in 5 tested items: deviation rate 20 %, upper deviation limit 58.39 % at "
              "90 % confidence"),
          QStringLiteral("EXCEPTION =approval missing"), QStringLiteral("ticket T-1"),
          QStringLiteral("Not applicable"), QStringLiteral("Item 4 escalated to the control owner."),
          QStringLiteral("Pat Preparer"), QStringLiteral("Rae Reviewer"),
          m_sha.left(16) + QStringLiteral("…")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QCOMPARE(text.count(m_sha.left(16) + QStringLiteral("…")), 4); // two on the cover, two in the table
    // The print is logged with the file's hash and the workpaper's content hash.
    const Run log = cli(QStringList{QStringLiteral("log")} + m_ws);
    QVERIFY(log.out.contains(fileSha(pdf).toLatin1()));
    QVERIFY(log.out.contains(m_sha.toLatin1()));
}

void TestWorkpaperOutput::workpaperWorkbook()
{
    const QString out = m_dir.filePath(QStringLiteral("wp.xlsx"));
    const Run r = wp({QStringLiteral("xlsx"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                      QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)[QStringLiteral("records")].toInt(), 6);
    QCOMPARE(json(r)[QStringLiteral("sha256")].toString(), fileSha(out));
    const auto items = worksheet(out, 1);
    QCOMPARE(items.size(), 7); // header + one row per item
    QCOMPARE(texts(items[0]), (QStringList{"position", "record_id", "timestamp", "action", "category",
                                           "framework", "user_email", "policy_name", "result", "note",
                                           "recorded_at", "recorded_by", "record_sha256"}));
    QStringList results;
    for (qsizetype i = 1; i < items.size(); ++i) {
        QCOMPARE(items[i][0].type, QString()); // the position is a number
        QCOMPARE(items[i][0].text, QString::number(i));
        for (const XlsxCell &c : items[i])
            QVERIFY(!c.formula);
        const XlsxCell *result = nullptr;
        for (const XlsxCell &c : items[i])
            if (c.ref.startsWith(QLatin1Char('I')))
                result = &c;
        QVERIFY(result);
        results << result->text;
    }
    QCOMPARE(results, (QStringList{"no_exception", "no_exception", "no_exception", "exception",
                                   "no_exception", "not_applicable"}));
    // The note that starts with '=' is a string, not a formula.
    bool noteFound = false;
    for (const XlsxCell &c : items[4])
        if (c.text == QLatin1String("=approval missing"))
            noteFound = c.type == QLatin1String("inlineStr") || c.type == QLatin1String("s");
    QVERIFY(noteFound);
    const auto fields = worksheet(out, 2);
    QMap<QString, QString> values;
    for (const auto &row : fields)
        if (row.size() == 2)
            values.insert(row[0].text, row[1].text);
    QCOMPARE(values.value(QStringLiteral("content_sha256")), m_sha);
    QCOMPARE(values.value(QStringLiteral("conclusion")), QStringLiteral("does_not_support_reliance"));
    QCOMPARE(values.value(QStringLiteral("upper_deviation_limit_pct")), QStringLiteral("58.39"));
    QCOMPARE(values.value(QStringLiteral("tested")), QStringLiteral("5"));
    const auto signOffs = worksheet(out, 3);
    QCOMPARE(signOffs.size(), 3);
    QCOMPARE(signOffs[1][1].text, QStringLiteral("Pat Preparer"));
    QCOMPARE(signOffs[2][4].text, m_sha);
    QCOMPARE(worksheet(out, 4).size(), 2); // one review note
    QVERIFY(cli(QStringList{QStringLiteral("log")} + m_ws).out.contains(fileSha(out).toLatin1()));
}

void TestWorkpaperOutput::sampleWorkbook()
{
    const QString out = m_dir.filePath(QStringLiteral("sample.xlsx"));
    const Run r = cli(QStringList{QStringLiteral("samples"), QStringLiteral("--sample"), QStringLiteral("1"),
                                  QStringLiteral("--xlsx"), out} +
                      m_ws);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)[QStringLiteral("records")].toInt(), 6);
    const auto rows = worksheet(out, 1);
    QCOMPARE(rows.size(), 7);
    QStringList header{QStringLiteral("position")};
    header += ab::RecordExport::csvColumns();
    QCOMPARE(texts(rows[0]), header);
    QVERIFY(header.contains(QStringLiteral("override_reason")));
    // Draw order: the ids `samples` lists, in the same order.
    const QJsonArray ids = QJsonDocument::fromJson(cli(QStringList{QStringLiteral("samples")} + m_ws).out)
                               .array()[0]
                               .toObject()[QStringLiteral("records")]
                               .toArray();
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QString id;
        const QString letter = QString(QChar(char16_t(u'A' + idColumn)));
        for (const XlsxCell &c : rows[i])
            if (c.ref == letter + QString::number(i + 1))
                id = c.text;
        QCOMPARE(id, ids[i - 1].toString());
    }
    const auto population = worksheet(out, 2);
    QCOMPARE(population[0][0].text, QStringLiteral("field"));
    QCOMPARE(texts(population[4]), (QStringList{"population_count", "30"}));
    const Run missing =
        cli(QStringList{QStringLiteral("samples"), QStringLiteral("--sample"), QStringLiteral("9"),
                        QStringLiteral("--xlsx"), m_dir.filePath(QStringLiteral("none.xlsx"))} +
            m_ws);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.xlsx"))));
}

QTEST_GUILESS_MAIN(TestWorkpaperOutput)
#include "tst_workpaperoutput.moc"
