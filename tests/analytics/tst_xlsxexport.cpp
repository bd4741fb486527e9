// auditbench-cli query --format xlsx: a real workbook (a zip of XML, read here with python3's zipfile),
// one row per record plus the header, every CSV column (override_reason, the justification, among them),
// the sequence as a number, text as strings (a value starting with '=' is a string, never a formula), the
// header row frozen and the column widths set; and no file at all when the export fails.
#include "analytics/CliRun.h"
#include "analytics/XlsxRead.h"
#include "support/WorkspaceFixture.h"

#include "core/workspace/RecordExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using analyticstest::cli;
using analyticstest::sheetRows;
using analyticstest::zipMember;
using Cell = analyticstest::XlsxCell;

class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbookHoldsEveryRecordTyped();
    void formulaTextStaysText();
    void filtersApply();
    void needsOut();
    void failedExportLeavesNoFile();

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QJsonArray m_records;
};

void TestXlsxExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = wsfixture::gatewayRecords(40);
    QJsonObject planted = m_records[3].toObject();
    planted.insert(QStringLiteral("override_reason"),
                   QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"ok\")"));
    planted.insert(QStringLiteral("user_id"), QStringLiteral("@admin"));
    m_records[3] = planted;
    m_ws = m_dir.filePath(QStringLiteral("x.auditbench"));
    const auto r = cli(
        {QStringLiteral("import"), QStringLiteral("--workspace"), m_ws,
         wsfixture::writeFile(m_dir.path(), QStringLiteral("records.json"), wsfixture::asArray(m_records))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestXlsxExport::workbookHoldsEveryRecordTyped()
{
    const QString out = m_dir.filePath(QStringLiteral("all.xlsx"));
    const auto r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), m_ws,
                        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary[QStringLiteral("records")].toInteger(), 40);
    QCOMPARE(summary[QStringLiteral("format")].toString(), QStringLiteral("xlsx"));
    const QByteArray bytes = wsfixture::readFile(out);
    QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip, not a CSV renamed
    QCOMPARE(summary[QStringLiteral("bytes")].toInteger(), bytes.size());
    QCOMPARE(summary[QStringLiteral("sha256")].toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

    const QByteArray sheet = zipMember(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    const QList<QList<Cell>> rows = sheetRows(sheet);
    QCOMPARE(rows.size(), 41); // header + one row per record
    QStringList header;
    for (const Cell &c : rows[0])
        header << c.text;
    QCOMPARE(header, ab::RecordExport::csvColumns());
    QVERIFY(header.contains(QStringLiteral("override_reason")));
    // Frozen header row, widths for every column.
    QVERIFY(sheet.contains(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
    QCOMPARE(sheet.count("<col "), ab::RecordExport::csvColumns().size());

    // Records in query order with their values: the CSV export's cells, sequence as a number.
    const auto csv = cli({QStringLiteral("query"), QStringLiteral("--workspace"), m_ws,
                          QStringLiteral("--format"), QStringLiteral("csv")});
    const QList<QByteArray> csvLines = csv.out.split('\n');
    const qsizetype seqColumn = header.indexOf(QStringLiteral("sequence"));
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
    const qsizetype reasonColumn = header.indexOf(QStringLiteral("override_reason"));
    int reasons = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<Cell> &row = rows[i];
        const auto cellAt = [&](qsizetype column) -> const Cell * {
            const QString letter = QString(QChar(char16_t(u'A' + column)));
            for (const Cell &c : row)
                if (c.ref == letter + QString::number(i + 1))
                    return &c;
            return nullptr;
        };
        const Cell *seq = cellAt(seqColumn);
        QVERIFY(seq);
        QCOMPARE(seq->type, QString()); // a number cell has no t attribute
        const Cell *id = cellAt(idColumn);
        QVERIFY(id);
        QCOMPARE(id->type, QStringLiteral("inlineStr"));
        QCOMPARE(seq->text.toLongLong(), id->text.mid(4).toLongLong()); // evt_000012 has sequence 12
        QVERIFY2(csvLines[i].contains(id->text.toUtf8()), csvLines[i].constData());
        if (cellAt(reasonColumn))
            ++reasons;
    }
    // Fixture: override_reason on i % 11 in {0, 1} (0, 1, 11, 12, 22, 23, 33, 34) and the planted record 3.
    QCOMPARE(reasons, 9);
}

void TestXlsxExport::formulaTextStaysText()
{
    const QString out = m_dir.filePath(QStringLiteral("formula.xlsx"));
    QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--format"),
                  QStringLiteral("xlsx"), QStringLiteral("--out"), out, QStringLiteral("--text"),
                  QStringLiteral("HYPERLINK")})
                 .exitCode,
             0);
    const QByteArray sheet = zipMember(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QList<QList<Cell>> rows = sheetRows(sheet);
    QCOMPARE(rows.size(), 2);
    QStringList texts;
    for (const Cell &c : rows[1]) {
        QVERIFY(!c.formula);
        if (c.text.startsWith(QLatin1Char('=')) || c.text.startsWith(QLatin1Char('@'))) {
            QCOMPARE(c.type, QStringLiteral("inlineStr"));
            texts << c.text;
        }
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("@admin"),
                                 QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"ok\")")}));
    QVERIFY(!sheet.contains("<f>"));
}

void TestXlsxExport::filtersApply()
{
    const QString out = m_dir.filePath(QStringLiteral("block.xlsx"));
    const auto r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), m_ws,
                        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out,
                        QStringLiteral("--action"), QStringLiteral("block")});
    QCOMPARE(r.exitCode, 0);
    // action "block" on (i / 2) % 6 == 0: i in 0, 1, 12, 13, 24, 25, 36, 37.
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("records")].toInteger(), 8);
    QCOMPARE(sheetRows(zipMember(out, QStringLiteral("xl/worksheets/sheet1.xml"))).size(), 9);
}

void TestXlsxExport::needsOut()
{
    const auto r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), m_ws,
                        QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err,
             QByteArray("auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx\n"));
}

void TestXlsxExport::failedExportLeavesNoFile()
{
    const QString out = m_dir.filePath(QStringLiteral("no-such-dir/x.xlsx"));
    const auto r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), m_ws,
                        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.startsWith("Cannot write " + out.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
