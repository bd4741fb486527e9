// Exports carry provenance (issue 19): core's ExportProvenance names files after their filter and period
// with nothing from input able to leave the folder or hide the file, and writes <file>.provenance.json whose
// hash is the file's; the command line's --out exports (query, listing, export-ocsf) write it too, and
// export-ocsf's activity-log entry keeps its members now that the workbench shares them.
#include "views/ViewsFixture.h"

#include "support/CliRun.h"

#include "core/export/ExportProvenance.h"
#include "core/workspace/RecordExport.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::runCli;

namespace {

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(wsfixture::readFile(path), QCryptographicHash::Sha256).toHex());
}

QJsonObject provenanceOf(const QString &exportPath)
{
    return QJsonDocument::fromJson(wsfixture::readFile(ExportProvenance::sidecarPath(exportPath))).object();
}

} // namespace

class TestExportProvenance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("prov.auditbench"));
        WorkspaceStore::open(m_path)->importFiles(viewsfixture::writeEvidence(m_dir.path()));
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << QStringLiteral("audit-log_pci_dss") << QStringLiteral("audit-log_pci_dss");
        QTest::newRow("parent dirs") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("separators") << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j")
                                    << QStringLiteral("a-b-c-d-e-f-g-h-i-j");
        QTest::newRow("controls") << QStringLiteral("x\ny\rz\tw\x01v") << QStringLiteral("x-y-z-w-v");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("option") << QStringLiteral("--rm -rf") << QStringLiteral("rm-rf");
        QTest::newRow("dots") << QStringLiteral("a...b..") << QStringLiteral("a.b");
        QTest::newRow("non-ascii") << QStringLiteral("Zürich € 2025") << QStringLiteral("Z-rich-2025");
        QTest::newRow("nothing left") << QStringLiteral("/../..//") << QStringLiteral("export");
        QTest::newRow("empty") << QString() << QStringLiteral("export");
    }

    void safeNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, safe);
        QCOMPARE(ExportProvenance::safeName(text), safe);
    }

    void longNamesAreCut()
    {
        const QString name =
            ExportProvenance::safeName(QString(500, QLatin1Char('a')) + QStringLiteral("/x"));
        QCOMPARE(name.size(), 100);
    }

    void defaultNameOfAHostileFilter()
    {
        AuditFilter f;
        f.frameworks = {QStringLiteral("../../etc/passwd")};
        f.actions = {QStringLiteral("block"), QStringLiteral("allow_with_override")};
        f.user = QStringLiteral("eve@evil.example/..\\..\\C:");
        f.text = QStringLiteral("-rf *\n");
        f.start = Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
        f.end = Instant::parse(QStringLiteral("2025-12-31T23:59:59Z"));
        const QString name =
            ExportProvenance::defaultFileName(QStringLiteral("audit-log"), f, QStringLiteral("csv"));
        QCOMPARE(name, QStringLiteral("audit-log_etc-passwd_block-allow_with_override_eve-evil.example-C_rf_"
                                      "2025-01-01_2025-12-31.csv"));
        QVERIFY(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')));
        QVERIFY(!name.contains(QStringLiteral("..")));
        // A hostile suffix cannot add a directory either.
        QCOMPARE(
            ExportProvenance::defaultFileName(QStringLiteral("x"), AuditFilter{}, QStringLiteral("/../csv")),
            QStringLiteral("x.csv"));
        QCOMPARE(ExportProvenance::defaultFileName(QStringLiteral("audit-log"), AuditFilter{},
                                                   QStringLiteral("csv")),
                 QStringLiteral("audit-log.csv"));
        views::RuntimeFilter runtime;
        runtime.decisions = {QStringLiteral("deny")};
        runtime.start = Instant::parse(QStringLiteral("2026-02-01T00:00:00Z"));
        QCOMPARE(ExportProvenance::defaultFileName(QStringLiteral("listing-runtime"), runtime,
                                                   QStringLiteral("pdf")),
                 QStringLiteral("listing-runtime_deny_2026-02-01_end.pdf"));
    }

    void sidecarHashIsTheFiles()
    {
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly,
                                          AuditorIdentity{QStringLiteral("Ana Auditor"),
                                                          QStringLiteral("ana@firm.example"),
                                                          QStringLiteral("Firm LLP")});
        AuditFilter f;
        f.frameworks = {QStringLiteral("pci_dss")};
        const QString csv = m_dir.filePath(QStringLiteral("pci.csv"));
        const RecordExportResult written = RecordExport::writeFile(*store, f, RecordExportFormat::Csv, csv);
        QVERIFY(written.records > 0);
        ExportProvenance p;
        p.what = QStringLiteral("audit-log");
        p.format = QStringLiteral("csv");
        p.setFilter(f);
        p.records = written.records;
        QCOMPARE(p.writeBeside(*store, csv), csv + QStringLiteral(".provenance.json"));
        const QJsonObject o = provenanceOf(csv);
        QCOMPARE(o.value(QStringLiteral("format")).toString(),
                 QStringLiteral("auditbench-export-provenance"));
        QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("pci.csv"));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Of(csv));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), written.sha256);
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(csv).size());
        QCOMPARE(o.value(QStringLiteral("records")).toInteger(), written.records);
        QCOMPARE(o.value(QStringLiteral("filter")).toObject(),
                 (QJsonObject{{QStringLiteral("framework"), QStringLiteral("pci_dss")}}));
        QCOMPARE(o.value(QStringLiteral("filter_text")).toString(), QStringLiteral("framework = pci_dss"));
        const QJsonObject ws = o.value(QStringLiteral("workspace")).toObject();
        QCOMPARE(ws.value(QStringLiteral("path")).toString(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(ws.value(QStringLiteral("id")).toString(), store->activity().constFirst().hash);
        QCOMPARE(ws.value(QStringLiteral("id")).toString().size(), 64);
        const QJsonObject by = o.value(QStringLiteral("exported_by")).toObject();
        QCOMPARE(by.value(QStringLiteral("name")).toString(), QStringLiteral("Ana Auditor"));
        QCOMPARE(by.value(QStringLiteral("email")).toString(), QStringLiteral("ana@firm.example"));
        QCOMPARE(by.value(QStringLiteral("firm")).toString(), QStringLiteral("Firm LLP"));
        const QDateTime at =
            QDateTime::fromString(o.value(QStringLiteral("exported_at")).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        // A file changed afterwards no longer matches its provenance.
        QFile append(csv);
        QVERIFY(append.open(QIODevice::Append));
        append.write("x");
        append.close();
        QVERIFY(sha256Of(csv) != o.value(QStringLiteral("sha256")).toString());
    }

    void cliOutExportsWriteIt_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("format");
        QTest::newRow("query csv") << QStringList{QStringLiteral("query"), QStringLiteral("--action"),
                                                  QStringLiteral("block"), QStringLiteral("--format"),
                                                  QStringLiteral("csv")}
                                   << QStringLiteral("blocks.csv") << QStringLiteral("audit-log")
                                   << QStringLiteral("csv");
        QTest::newRow("query xlsx") << QStringList{QStringLiteral("query"), QStringLiteral("--action"),
                                                   QStringLiteral("block"), QStringLiteral("--format"),
                                                   QStringLiteral("xlsx")}
                                    << QStringLiteral("blocks.xlsx") << QStringLiteral("audit-log")
                                    << QStringLiteral("xlsx");
        QTest::newRow("query runtime")
            << QStringList{QStringLiteral("query"), QStringLiteral("--runtime")}
            << QStringLiteral("entries.json") << QStringLiteral("runtime-entries") << QStringLiteral("json");
        QTest::newRow("export-ocsf") << QStringList{QStringLiteral("export-ocsf"), QStringLiteral("--action"),
                                                    QStringLiteral("block")}
                                     << QStringLiteral("blocks.ocsf.ndjson") << QStringLiteral("ocsf")
                                     << QStringLiteral("ndjson");
        QTest::newRow("listing") << QStringList{QStringLiteral("listing"), QStringLiteral("--action"),
                                                QStringLiteral("block")}
                                 << QStringLiteral("blocks.pdf") << QStringLiteral("listing")
                                 << QStringLiteral("pdf");
    }

    void cliOutExportsWriteIt()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, what);
        QFETCH(QString, format);
        const QString out = m_dir.filePath(file);
        const auto run =
            runCli(args + QStringList{QStringLiteral("--workspace"), m_path, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = provenanceOf(out);
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Of(out));
        QCOMPARE(o.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(o.value(QStringLiteral("what")).toString(), what);
        QCOMPARE(o.value(QStringLiteral("export_format")).toString(), format);
        auto store = WorkspaceStore::open(m_path, WorkspaceStore::OpenMode::ExistingOnly);
        if (what == QLatin1String("runtime-entries")) {
            QCOMPARE(o.value(QStringLiteral("records")).toInteger(),
                     qint64(viewsfixture::runtimeEntries(viewsfixture::RuntimeEntries).size()));
            QCOMPARE(o.value(QStringLiteral("filter_text")).toString(), QStringLiteral("none"));
            return;
        }
        QCOMPARE(o.value(QStringLiteral("filter")).toObject(),
                 (QJsonObject{{QStringLiteral("action"), QStringLiteral("block")}}));
        // Computed from the fixture's JSON: the records whose action is block (OCSF: with a class and a
        // time).
        qint64 expected = 0;
        for (const QJsonValue &v : wsfixture::gatewayRecords(viewsfixture::GatewayRecords)) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("action")) != QLatin1String("block"))
                continue;
            if (what == QLatin1String("ocsf") &&
                (!r.contains(QStringLiteral("timestamp")) ||
                 r.value(QStringLiteral("category")) == QLatin1String("admin")))
                continue;
            ++expected;
        }
        QVERIFY(expected > 0);
        QCOMPARE(o.value(QStringLiteral("records")).toInteger(), expected);
        if (what == QLatin1String("ocsf")) {
            // The activity log's entry: the CLI's members, unchanged by the move into core.
            const QJsonObject details =
                QJsonDocument::fromJson(store->activity().constLast().details).object();
            QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("ocsf"));
            QCOMPARE(details.value(QStringLiteral("file")).toString(), file);
            QCOMPARE(details.value(QStringLiteral("filters")).toObject(),
                     (QJsonObject{{QStringLiteral("action"), QJsonArray{QStringLiteral("block")}}}));
            QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha256Of(out));
            QCOMPARE(details.value(QStringLiteral("summary"))
                         .toObject()
                         .value(QStringLiteral("events"))
                         .toInteger(),
                     expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestExportProvenance)
#include "tst_exportprovenance.moc"
