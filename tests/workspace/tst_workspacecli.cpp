// The workspace commands of auditbench-cli: exit statuses and outputs, verify --workspace printing exactly
// what the file form prints, and a kill -9 in the middle of a large import.
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include "TestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace wsfixture;

namespace {

using Run = ab::test::CliRun;

static Run cli(const QStringList &args)
{
    return ab::test::runCli(args);
}

const QString Vectors = QStringLiteral(AB_SPEC_VECTORS_DIR);

} // namespace

class TestWorkspaceCli : public QObject
{
    Q_OBJECT

private slots:
    void importQueryVerify();
    void verifyWorkspaceMatchesFileForm_data();
    void verifyWorkspaceMatchesFileForm();
    void queryFilters_data();
    void queryFilters();
    void unusableArguments_data();
    void unusableArguments();
    void killDuringLargeImportKeepsEarlierImports();
    void failedImportIntoNewPathLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestWorkspaceCli::importQueryVerify()
{
    const QString ws = m_dir.filePath(QStringLiteral("cli.auditbench"));
    const QString chain = Vectors + QStringLiteral("/chain-small.json");
    Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, chain});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QJsonArray results = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0][QStringLiteral("format")].toString(), QStringLiteral("gateway-audit-export"));
    QCOMPARE(results[0][QStringLiteral("records")].toInt(), 6);
    QCOMPARE(results[0][QStringLiteral("status")].toString(), QStringLiteral("imported"));
    QCOMPARE(
        results[0][QStringLiteral("sha256")].toString(),
        QString::fromLatin1(QCryptographicHash::hash(readFile(chain), QCryptographicHash::Sha256).toHex()));

    r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, chain});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array()[0][QStringLiteral("status")].toString(),
             QStringLiteral("already imported"));

    // One unusable file: exit 2, one line on stderr naming file, line and column, nothing imported.
    const QString good =
        writeFile(m_dir.path(), QStringLiteral("good.ndjson"), asNdjson(gatewayRecords(10, 100)));
    const QString bad = writeFile(m_dir.path(), QStringLiteral("bad.ndjson"),
                                  QByteArray("{\"hmac\": \"x\"}\n{\"hmac\": }\n"));
    r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, good, bad});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.startsWith(bad.toUtf8() + ":2:10: "), r.err.constData());
    QVERIFY(r.err.endsWith("(nothing was imported)\n"));
    QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")}).out,
             QByteArray("6\n"));

    // The JSON form prints the records as imported.
    r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array(), QJsonDocument::fromJson(readFile(chain)).array());
    r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("ndjson")});
    QCOMPARE(r.out.count('\n'), 6);
    QCOMPARE(QJsonDocument::fromJson(r.out.split('\n')[0]).object()[QStringLiteral("id")].toString(),
             QStringLiteral("evt_00000001"));
    r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--limit"), QStringLiteral("1")});
    // RecordExport's one dialect: RFC 4180 with CRLF, every column a user filters or reads.
    QCOMPARE(r.out,
             QByteArray("timestamp,id,sequence,category,action,framework,framework_reference,entity_type,"
                        "user_id,user_email,source_ip,model,provider,policy_name,rule_name,override_reason,"
                        "source\r\n"
                        "2025-01-15T15:30:14.404Z,evt_00000001,1,enforcement,allow_with_override,soc2,"
                        "SOC 2 CC6.1,email,usr_004,user5@example.com,203.0.113.211,gpt-4o,openai,"
                        "SOC2-Standard,soc2-email-allow_with_override,Customer asked for it \xe2\x80\x94 "
                        "ticket #648,chain-small.json\r\n"));

    r = cli({QStringLiteral("sources"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);

    r = cli({QStringLiteral("log"), QStringLiteral("--workspace"), ws, QStringLiteral("--verify")});
    QCOMPARE(r.exitCode, 0);
    // The import, the verification and (issue 13) every query above: each extraction is on the record.
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("rows")].toInt(), 6);
    QVERIFY(QJsonDocument::fromJson(r.out).object()[QStringLiteral("intact")].toBool());
}

void TestWorkspaceCli::verifyWorkspaceMatchesFileForm_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    const QStringList keyring{QStringLiteral("--keyring"), Vectors + QStringLiteral("/keyring.json")};
    QTest::newRow("valid with keyring")
        << QStringList{Vectors + QStringLiteral("/chain-small.json")} << keyring << 0;
    QTest::newRow("linkage only") << QStringList{Vectors + QStringLiteral("/chain-small.json")}
                                  << QStringList() << 3;
    QTest::newRow("tampered") << QStringList{Vectors + QStringLiteral("/chain-small-tampered.json")}
                              << keyring << 1;
    QTest::newRow("period") << QStringList{Vectors + QStringLiteral("/chain-small.json")}
                            << (keyring +
                                QStringList{QStringLiteral("--start"), QStringLiteral("2025-04-01T00:00:00Z"),
                                            QStringLiteral("--end"), QStringLiteral("2025-09-01T00:00:00Z")})
                            << 0;
    QTest::newRow("expect head mismatch")
        << QStringList{Vectors + QStringLiteral("/chain-small.json")}
        << (keyring + QStringList{QStringLiteral("--expect-head"), QString(64, QLatin1Char('a'))}) << 1;
    // Coverage is part of the stored result; --max-gap and --require-coverage act alike in both forms.
    QTest::newRow("coverage required: 4")
        << QStringList{Vectors + QStringLiteral("/chain-small.json")}
        << (keyring + QStringList{QStringLiteral("--require-coverage")}) << 4;
    QTest::newRow("max-gap and half-covered period")
        << QStringList{Vectors + QStringLiteral("/chain-small.json")}
        << (keyring + QStringList{QStringLiteral("--max-gap"), QStringLiteral("3000"),
                                  QStringLiteral("--start"), QStringLiteral("2024-07-01T00:00:00Z"),
                                  QStringLiteral("--end"), QStringLiteral("2025-06-30T23:59:59Z")})
        << 0;
    QTest::newRow("empty period: 1") << QStringList{Vectors + QStringLiteral("/chain-small.json")}
                                     << (keyring + QStringList{QStringLiteral("--start"),
                                                               QStringLiteral("2024-01-01T00:00:00Z"),
                                                               QStringLiteral("--end"),
                                                               QStringLiteral("2024-12-31T23:59:59Z")})
                                     << 1;
}

void TestWorkspaceCli::verifyWorkspaceMatchesFileForm()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const QString ws = m_dir.filePath(QStringLiteral("verify-%1.auditbench")
                                          .arg(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('-')));
    QCOMPARE(cli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), ws} + files).exitCode,
             0);
    const Run fileForm = cli(QStringList{QStringLiteral("verify")} + options + files);
    const Run wsForm =
        cli(QStringList{QStringLiteral("verify"), QStringLiteral("--workspace"), ws} + options);
    QCOMPARE(fileForm.exitCode, exitCode);
    QCOMPARE(wsForm.exitCode, exitCode);
    QCOMPARE(wsForm.out, fileForm.out);
    const QJsonObject coverage =
        QJsonDocument::fromJson(fileForm.out).object()[QStringLiteral("coverage")].toObject();
    QCOMPARE(coverage[QStringLiteral("max_gap_hours")].toInt(),
             options.contains(QStringLiteral("--max-gap")) ? 3000 : 24);
    // The run is stored: `runs` lists it with the same result.
    const Run runs = cli({QStringLiteral("runs"), QStringLiteral("--workspace"), ws});
    const QJsonArray list = QJsonDocument::fromJson(runs.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][QStringLiteral("result")].toObject(), QJsonDocument::fromJson(fileForm.out).object());
    QVERIFY(!runs.out.contains("secret"));
}

void TestWorkspaceCli::queryFilters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("values"); // a record matches when its member is one of these
    QTest::newRow("--framework") << QStringList{QStringLiteral("--framework"), QStringLiteral("pci_dss")}
                                 << QStringLiteral("framework") << QStringList{QStringLiteral("pci_dss")};
    QTest::newRow("--action") << QStringList{QStringLiteral("--action"), QStringLiteral("redact")}
                              << QStringLiteral("action") << QStringList{QStringLiteral("redact")};
    QTest::newRow("--entity-type list")
        << QStringList{QStringLiteral("--entity-type"), QStringLiteral("medical_record,dob,ssn")}
        << QStringLiteral("entity_type")
        << QStringList{QStringLiteral("medical_record"), QStringLiteral("dob"), QStringLiteral("ssn")};
    QTest::newRow("--category") << QStringList{QStringLiteral("--category"), QStringLiteral("admin")}
                                << QStringLiteral("category") << QStringList{QStringLiteral("admin")};
    QTest::newRow("--user") << QStringList{QStringLiteral("--user"), QStringLiteral("usr_2")}
                            << QStringLiteral("user_id") << QStringList{QStringLiteral("usr_2")};
}

void TestWorkspaceCli::queryFilters()
{
    QFETCH(QStringList, args);
    QFETCH(QString, member);
    QFETCH(QStringList, values);
    const QString ws = m_dir.filePath(QStringLiteral("filters.auditbench"));
    const QJsonArray records = gatewayRecords(200);
    if (!QFile::exists(ws))
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                      writeFile(m_dir.path(), QStringLiteral("f.ndjson"), asNdjson(records))})
                     .exitCode,
                 0);
    int expected = 0;
    for (const QJsonValue &v : records)
        expected += values.contains(v[member].toString());
    const Run count = cli(
        QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")} +
        args);
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out, QByteArray::number(expected) + '\n');
    const Run json = cli(QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), ws} + args);
    const QJsonArray got = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(got.size(), expected);
    for (const QJsonValue &v : got)
        QVERIFY(values.contains(v[member].toString()));
}

void TestWorkspaceCli::unusableArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("missing.auditbench"));
    QTest::newRow("query without --workspace")
        << QStringList{QStringLiteral("query")}
        << QStringLiteral("auditbench-cli query: expected --workspace W (see --help)");
    QTest::newRow("query of a missing workspace")
        << QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), missing}
        << QStringLiteral("%1: no such workspace").arg(missing);
    QTest::newRow("verify of a missing workspace")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--workspace"), missing}
        << QStringLiteral("%1: no such workspace").arg(missing);
    QTest::newRow("query bad --start")
        << QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), missing,
                       QStringLiteral("--start"), QStringLiteral("yesterday")}
        << QStringLiteral("auditbench-cli query: --start 'yesterday': expected an RFC 3339 timestamp such as "
                          "2025-01-01T00:00:00Z");
    QTest::newRow("query bad --format")
        << QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), missing,
                       QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("auditbench-cli query: --format 'xml': expected json, ndjson, csv or xlsx");
    QTest::newRow("import without files")
        << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), missing}
        << QStringLiteral("auditbench-cli import: expected at least one FILE (see --help)");
}

void TestWorkspaceCli::unusableArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err), message + QLatin1Char('\n'));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.auditbench"))));
}

void TestWorkspaceCli::failedImportIntoNewPathLeavesNoFile()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"not\": \"evidence\"}");
    file.close();
    const QString ws = dir.filePath(QStringLiteral("new.auditbench"));
    Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("nothing was imported"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bad.json")});

    // An existing workspace is kept (unchanged) when an import into it fails.
    r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
             Vectors + QStringLiteral("/chain-small.json")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(QFile::exists(ws));
    r = cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")});
    QCOMPARE(r.out, QByteArray("6\n"));
}

void TestWorkspaceCli::killDuringLargeImportKeepsEarlierImports()
{
    const QString ws = m_dir.filePath(QStringLiteral("kill.auditbench"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                  Vectors + QStringLiteral("/chain-small.json")})
                 .exitCode,
             0);
    const QString big =
        writeFile(m_dir.path(), QStringLiteral("big.ndjson"), asNdjson(gatewayRecords(150000)));

    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, big});
    QVERIFY(p.waitForStarted());
    // Wait until the import is writing (its uncommitted pages reach the WAL), then kill -9.
    const QString wal = ws + QStringLiteral("-wal");
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(wal).size() < (8 << 20) && p.state() == QProcess::Running && waited.elapsed() < 60000)
        QTest::qWait(10);
    QVERIFY2(p.state() == QProcess::Running, "the import finished before it could be killed");
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    const Run count =
        cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out, QByteArray("6\n"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(ws);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sources")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    const Run log =
        cli({QStringLiteral("log"), QStringLiteral("--workspace"), ws, QStringLiteral("--verify")});
    QCOMPARE(log.exitCode, 0);
    // The killed import can simply be run again.
    const Run again = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, big});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")}).out,
             QByteArray("150006\n"));
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspacecli.moc"
