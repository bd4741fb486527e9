// Summaries: counts by a column, across another and by month, against counts computed here from the
// fixture's JSON itself (not through the workspace): exact cells, row and column totals, "(none)" for a
// missing value and a missing timestamp, the filter stated; the CSV, the workbook (counts as numbers) and
// the printable PDF say the same; bad columns are refused.
#include "analytics/CliRun.h"
#include "analytics/XlsxRead.h"
#include "support/WorkspaceFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace analyticstest;

namespace {

using Counts = QMap<QString, QMap<QString, qint64>>; // row value -> column value -> count

QString field(const QJsonObject &r, const QString &name)
{
    const QString v = r.value(name).toString();
    return v.isEmpty() ? QStringLiteral("(none)") : v;
}

QString utcMonth(const QJsonObject &r)
{
    const QString ts = r.value(QStringLiteral("timestamp")).toString();
    if (ts.isEmpty())
        return QStringLiteral("(none)");
    const QDateTime t = QDateTime::fromString(ts, Qt::ISODateWithMs);
    return t.toUTC().toString(QStringLiteral("yyyy-MM"));
}

Counts fromJson(const QJsonObject &summary)
{
    Counts out;
    const QJsonArray columns = summary[QStringLiteral("columns")].toArray();
    for (const QJsonValue &row : summary[QStringLiteral("rows")].toArray()) {
        const QJsonArray counts = row.toObject()[QStringLiteral("counts")].toArray();
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (counts[c].toInteger() != 0)
                out[row.toObject()[QStringLiteral("value")].toString()][columns[c].toString()] =
                    counts[c].toInteger();
    }
    return out;
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionByMonthMatchesTheFixture();
    void frameworkAcrossActionWithAFilter();
    void csvWorkbookAndPdfSayTheSame();
    void refused_data();
    void refused();

private:
    Run summary(const QStringList &args) { return cli(QStringList{QStringLiteral("summary")} + args + m_ws); }
    QTemporaryDir m_dir;
    QStringList m_ws;
    QJsonArray m_records;
};

void TestSummary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = wsfixture::gatewayRecords(90);
    m_ws = {QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("s.auditbench"))};
    const QString file =
        wsfixture::writeFile(m_dir.path(), QStringLiteral("r.json"), wsfixture::asArray(m_records));
    QCOMPARE(cli(QStringList{QStringLiteral("import"), file} + m_ws).exitCode, 0);
}

void TestSummary::actionByMonthMatchesTheFixture()
{
    Counts expected;
    for (const QJsonValue &v : m_records)
        ++expected[field(v.toObject(), QStringLiteral("action"))][utcMonth(v.toObject())];
    const Run r = summary({QStringLiteral("--by"), QStringLiteral("action"), QStringLiteral("--by-month")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(fromJson(o), expected);
    QCOMPARE(o[QStringLiteral("total")].toInteger(), 90);
    QCOMPARE(o[QStringLiteral("across")].toString(), QStringLiteral("month"));
    QCOMPARE(o[QStringLiteral("filter")].toString(), QStringLiteral("all records"));
    const QJsonArray columns = o[QStringLiteral("columns")].toArray();
    QCOMPARE(columns.last().toString(), QStringLiteral("(none)")); // 3 records without a timestamp, last
    QCOMPARE(columns.first().toString(), QStringLiteral("2025-01"));
    qint64 noTimestamp = 0;
    for (const QJsonValue &v : m_records)
        noTimestamp += v.toObject().contains(QStringLiteral("timestamp")) ? 0 : 1;
    QCOMPARE(o[QStringLiteral("column_totals")].toArray().last().toInteger(), noTimestamp);
    QVERIFY(noTimestamp > 0);
    for (const QJsonValue &row : o[QStringLiteral("rows")].toArray()) {
        qint64 sum = 0;
        for (const auto &[month, n] :
             expected[row.toObject()[QStringLiteral("value")].toString()].asKeyValueRange())
            sum += n;
        QCOMPARE(row.toObject()[QStringLiteral("total")].toInteger(), sum);
    }
}

void TestSummary::frameworkAcrossActionWithAFilter()
{
    Counts expected;
    qint64 total = 0;
    for (const QJsonValue &v : m_records) {
        const QJsonObject r = v.toObject();
        if (r[QStringLiteral("category")].toString() != QLatin1String("enforcement"))
            continue;
        ++expected[field(r, QStringLiteral("framework"))][field(r, QStringLiteral("action"))];
        ++total;
    }
    const Run r =
        summary({QStringLiteral("--category"), QStringLiteral("enforcement"), QStringLiteral("--by"),
                 QStringLiteral("framework"), QStringLiteral("--across"), QStringLiteral("action")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(fromJson(o), expected);
    QCOMPARE(o[QStringLiteral("total")].toInteger(), total);
    QCOMPARE(o[QStringLiteral("filter")].toString(), QStringLiteral("category = enforcement"));
    QCOMPARE(o[QStringLiteral("filters")].toObject()[QStringLiteral("category")].toArray()[0].toString(),
             QStringLiteral("enforcement"));
    QVERIFY(expected.contains(QStringLiteral("(none)"))); // records without a framework are counted too
    // One column only: a count per value.
    const QJsonObject single =
        QJsonDocument::fromJson(summary({QStringLiteral("--by"), QStringLiteral("user_email")}).out).object();
    QCOMPARE(single[QStringLiteral("columns")].toArray(), QJsonArray{QStringLiteral("count")});
    QCOMPARE(single[QStringLiteral("rows")].toArray().size(), 5);
    QCOMPARE(single[QStringLiteral("rows")]
                 .toArray()[0]
                 .toObject()[QStringLiteral("counts")]
                 .toArray()[0]
                 .toInteger(),
             18); // user0: i % 5 == 0 of 90
}

void TestSummary::csvWorkbookAndPdfSayTheSame()
{
    const QStringList base{QStringLiteral("--category"), QStringLiteral("enforcement"),
                           QStringLiteral("--by"),       QStringLiteral("framework"),
                           QStringLiteral("--across"),   QStringLiteral("action")};
    const QJsonObject o = QJsonDocument::fromJson(summary(base).out).object();
    const Run csv = summary(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QStringList header{QStringLiteral("framework")};
    for (const QJsonValue &c : o[QStringLiteral("columns")].toArray())
        header << c.toString();
    header << QStringLiteral("total");
    QCOMPARE(lines[0], header.join(QLatin1Char(',')).toUtf8() + '\r');
    QCOMPARE(lines.size(), o[QStringLiteral("rows")].toArray().size() + 3); // header, rows, total, final ""
    QVERIFY(lines[lines.size() - 2].startsWith("total,"));
    QVERIFY(lines[lines.size() - 2].endsWith(
        "," + QByteArray::number(o[QStringLiteral("total")].toInteger()) + '\r'));

    const QString xlsx = m_dir.filePath(QStringLiteral("s.xlsx"));
    const Run x = summary(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                             QStringLiteral("--out"), xlsx});
    QVERIFY2(x.exitCode == 0, x.err.constData());
    const auto rows = worksheet(xlsx, 1);
    QCOMPARE(texts(rows[0]), header);
    QCOMPARE(rows.size(), o[QStringLiteral("rows")].toArray().size() + 2);
    const QJsonObject firstRow = o[QStringLiteral("rows")].toArray()[0].toObject();
    QCOMPARE(rows[1][0].text, firstRow[QStringLiteral("value")].toString());
    QCOMPARE(rows[1].last().text, QString::number(firstRow[QStringLiteral("total")].toInteger()));
    QCOMPARE(rows[1].last().type, QString()); // a number
    const auto filter = worksheet(xlsx, 2);
    QCOMPARE(texts(filter[3]),
             (QStringList{QStringLiteral("filter"), QStringLiteral("category = enforcement")}));

    const QString pdf = m_dir.filePath(QStringLiteral("s.pdf"));
    const Run p = summary(
        base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    QVERIFY2(p.exitCode == 0, p.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(120000));
    QString t = QString::fromUtf8(text.readAllStandardOutput());
    t.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    QVERIFY2(t.contains(QStringLiteral("Filter: category = enforcement (%1 records).")
                            .arg(o[QStringLiteral("total")].toInteger())),
             qPrintable(t));
    // The first row as printed: value, counts, total.
    QStringList cells{firstRow[QStringLiteral("value")].toString()};
    for (const QJsonValue &c : firstRow[QStringLiteral("counts")].toArray())
        cells << QString::number(c.toInteger());
    cells << QString::number(firstRow[QStringLiteral("total")].toInteger());
    QVERIFY2(t.contains(cells.join(QLatin1Char(' '))), qPrintable(cells.join(QLatin1Char(' '))));
    const Run log = cli(QStringList{QStringLiteral("log")} + m_ws);
    QCOMPARE(log.out.count("\"kind\":\"summary\""), 2); // the workbook and the PDF
}

void TestSummary::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("no by")
        << QStringList{}
        << QByteArray("auditbench-cli summary: expected --by COLUMN (one of action, category, "
                      "entity_type, framework, month, policy_name, source, user_email, user_id)\n");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("--by"), QStringLiteral("raw")}
                                    << QByteArray(
                                           "a summary counts by one of action, category, entity_type, "
                                           "framework, month, policy_name, source, user_email, user_id, not "
                                           "'raw'\n");
    QTest::newRow("sql in a column") << QStringList{QStringLiteral("--by"), QStringLiteral("action"),
                                                    QStringLiteral("--across"),
                                                    QStringLiteral("1); DROP TABLE x;--")}
                                     << QByteArray("not '1); DROP TABLE x;--'\n");
    QTest::newRow("itself") << QStringList{QStringLiteral("--by"), QStringLiteral("month"),
                                           QStringLiteral("--by-month")}
                            << QByteArray("a summary counts 'month' across another column, not itself\n");
    QTest::newRow("xlsx without out")
        << QStringList{QStringLiteral("--by"), QStringLiteral("action"), QStringLiteral("--format"),
                       QStringLiteral("xlsx")}
        << QByteArray("auditbench-cli summary: --format xlsx writes a file: give it "
                      "with --out FILE\n");
}

void TestSummary::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, err);
    const Run r = summary(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.endsWith(err), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
