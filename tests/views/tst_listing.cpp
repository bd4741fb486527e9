// Evidence listings on paper: `auditbench-cli listing` writes a PDF in which pdftotext finds the filter, the
// period, the record count and every override justification of the fixture's selection, every record id and
// timestamp whole (never split inside a token), "Page N of M" and the listing recorded in the activity log
// with the file's SHA-256; OCSF and runtime listings count what their queries count.
#include "views/ViewsFixture.h"

#include "support/CliRun.h"

#include "core/workspace/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::runCli;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Whitespace collapsed, so a justification is found whatever column width the table chose.
QString collapsed(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QJsonArray m_records;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("listing.auditbench"));
        // The fixture's records, with long identifiers on a few: they must never break inside a token.
        m_records = wsfixture::gatewayRecords(viewsfixture::GatewayRecords);
        for (qsizetype i = 0; i < m_records.size(); i += 9) {
            QJsonObject r = m_records[i].toObject();
            r.insert(QStringLiteral("id"),
                     QStringLiteral("evt_01JGH69JE22QKD8NPKZY60GBWC%1").arg(i, 4, 10, QLatin1Char('0')));
            m_records[i] = r;
        }
        const QString file = wsfixture::writeFile(m_dir.path(), QStringLiteral("gateway-long-ids.ndjson"),
                                                  wsfixture::asNdjson(m_records));
        QStringList files = viewsfixture::writeEvidence(m_dir.path());
        files[0] = file; // instead of the plain fixture's records
        WorkspaceStore::open(m_path)->importFiles(files);
    }

    void gatewayListing()
    {
        const QString out = m_dir.filePath(QStringLiteral("sox.pdf"));
        const auto run = runCli(
            {QStringLiteral("listing"), QStringLiteral("--workspace"), m_path, QStringLiteral("--framework"),
             QStringLiteral("sox"), QStringLiteral("--start"), QStringLiteral("2025-01-01T00:00:00Z"),
             QStringLiteral("--end"), QStringLiteral("2025-12-31T23:59:59Z"), QStringLiteral("--out"), out,
             QStringLiteral("--printed-by"), QStringLiteral("Ada Auditor")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // Expected from the fixture's JSON: sox records inside 2025 (instants, offsets honoured).
        const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        QList<QJsonObject> selected;
        for (const QJsonValue &v : m_records) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("framework")) != QLatin1String("sox") ||
                !o.contains(QStringLiteral("timestamp")))
                continue;
            const qint64 t =
                QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch();
            if (t >= start && t <= end)
                selected << o;
        }
        QVERIFY(selected.size() > 5);
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(printed.value(QStringLiteral("records")).toInteger(), selected.size());

        const QString text = pdfText(out);
        const QString flat = collapsed(text);
        QVERIFY(flat.contains(QStringLiteral("Filter framework = sox; start = 2025-01-01T00:00:00Z; end = "
                                             "2025-12-31T23:59:59Z")));
        QVERIFY(flat.contains(QStringLiteral("Period 2025-01-01T00:00:00Z – 2025-12-31T23:59:59Z")));
        QVERIFY(flat.contains(QStringLiteral("Records %1").arg(selected.size())));
        QVERIFY(flat.contains(QStringLiteral("Printed by Ada Auditor")));
        int overrides = 0;
        for (const QJsonObject &o : selected) {
            // Every record's id and timestamp whole, on one line.
            QVERIFY2(text.contains(o.value(QStringLiteral("id")).toString()),
                     qPrintable(o.value(QStringLiteral("id")).toString()));
            QVERIFY2(text.contains(o.value(QStringLiteral("timestamp")).toString()),
                     qPrintable(o.value(QStringLiteral("timestamp")).toString()));
            const QString justification = o.value(QStringLiteral("override_reason")).toString();
            // An override is an allow_with_override decision or any record that carries a justification.
            if (!justification.isEmpty() ||
                o.value(QStringLiteral("action")) == QLatin1String("allow_with_override"))
                ++overrides;
            if (!justification.isEmpty())
                QVERIFY2(flat.contains(justification), qPrintable(justification));
        }
        QVERIFY(overrides > 0);
        QVERIFY(flat.contains(QStringLiteral("Overrides %1").arg(overrides)));
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(text);
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), printed.value(QStringLiteral("pages")).toInt());
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages.captured(1))));
        QVERIFY(flat.contains(QStringLiteral("Records per month by action")));
        QVERIFY(flat.contains(QStringLiteral("Records per month by framework")));

        // On the record: the file, its SHA-256, the filters and the count.
        const QByteArray pdf = wsfixture::readFile(out);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QCOMPARE(printed.value(QStringLiteral("sha256")).toString(), sha);
        const ActivityEntry last = WorkspaceStore::open(m_path)->activity().constLast();
        QCOMPARE(last.action, QStringLiteral("listing"));
        const QJsonObject details = QJsonDocument::fromJson(last.details).object();
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(details.value(QStringLiteral("records")).toInteger(), selected.size());
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("gateway"));
        QCOMPARE(
            details.value(QStringLiteral("filters")).toObject().value(QStringLiteral("framework")).toString(),
            QStringLiteral("sox"));
    }

    void ocsfAndRuntimeListings_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ocsf") << QStringList{QStringLiteral("--ocsf"), QStringLiteral("--class"),
                                             QStringLiteral("2001")}
                              << QStringLiteral("OCSF events");
        QTest::newRow("runtime") << QStringList{QStringLiteral("--runtime"), QStringLiteral("--decision"),
                                                QStringLiteral("allow")}
                                 << QStringLiteral("Agent runtime entries");
    }

    void ocsfAndRuntimeListings()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kind);
        const QStringList base{QStringLiteral("--workspace"), m_path};
        const auto counted = runCli(QStringList{QStringLiteral("query")} + base + args +
                                    QStringList{QStringLiteral("--count")});
        QCOMPARE(counted.exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("view.pdf"));
        const auto run = runCli(QStringList{QStringLiteral("listing")} + base + args +
                                QStringList{QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        const QString flat = collapsed(pdfText(out));
        QVERIFY(flat.contains(kind));
        QVERIFY(flat.contains(QStringLiteral("Records %1").arg(QString::fromLatin1(counted.out.trimmed()))));
    }

    void refusals()
    {
        auto run = runCli({QStringLiteral("listing"), QStringLiteral("--workspace"), m_path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("auditbench-cli listing: expected --out FILE.pdf\n"));
        run = runCli({QStringLiteral("listing"), QStringLiteral("--workspace"), m_path,
                      QStringLiteral("--agent"), QStringLiteral("x"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("auditbench-cli listing: --agent needs --runtime\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
