// auditbench-cli package / packages / compare as a user runs them (the real binary through QProcess):
// a package generated into a workspace is stored, listed newest first, logged as compliance.generated, cites
// the workspace's verification run, and compares equal to the same package generated from the file.
#include "support/CliRun.h"
#include "support/PackageFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliPackage : public QObject
{
    Q_OBJECT
private slots:
    void workspaceRoundTrip();
    void tamperedImportFlagged();
    void unusable_data();
    void unusable();
};

using Run = ab::test::CliRun;

static Run run(const QStringList &args)
{
    return ab::test::runCli(args);
}

void TestCliPackage::workspaceRoundTrip()
{
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("w.auditbench"));
    QCOMPARE(run({"import", "--workspace", ws, fixture::smallPath()}).exitCode, 0);
    const Run first =
        run({"package", "--workspace", ws, "--agent", fixture::AgentA, "--out", tmp.filePath("p1.json"),
             "--dot", tmp.filePath("p1.dot"), "--svg", tmp.filePath("p1.svg")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.err.isEmpty());
    const QString id1 = QString::fromUtf8(first.out.trimmed());
    QCOMPARE(id1.size(), 36);
    QVERIFY(fixture::readFile(tmp.filePath("p1.dot")).startsWith("digraph"));
    QVERIFY(fixture::readFile(tmp.filePath("p1.svg")).contains("<svg"));
    const QByteArray json = fixture::readFile(tmp.filePath("p1.json"));
    QVERIFY(ab::PackageGenerator::contentSha256Matches(json));
    QTest::qWait(1100); // generated_at has seconds resolution; the second package must sort first
    const Run second = run({"package", "--workspace", ws, "--agent", fixture::AgentA});
    QCOMPARE(second.exitCode, 0);
    const QString id2 = QString::fromUtf8(second.out.trimmed());

    const Run list = run({"packages", "--workspace", ws, "--agent", fixture::AgentA});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray packages = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(packages.size(), 2);
    QCOMPARE(packages[0][QLatin1String("package_id")].toString(), id2);
    QCOMPARE(packages[1][QLatin1String("package_id")].toString(), id1);
    QCOMPARE(packages[1][QLatin1String("origin")].toString(), QStringLiteral("workbench"));

    const Run log = run({"log", "--workspace", ws});
    QCOMPARE(log.out.count("compliance.generated"), 2);

    const Run cmp = run({"compare", "--workspace", ws, "--package", id1, "--with", id2});
    QCOMPARE(cmp.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cmp.out).object()[QLatin1String("difference_count")].toInt(), 0);

    const Run fromFile = run({"package", "--runtime-export", fixture::smallPath(), "--agent", fixture::AgentA,
                              "--out", tmp.filePath("p3.json")});
    QCOMPARE(fromFile.exitCode, 0);
    const Run cmpFiles =
        run({"compare", "--package", tmp.filePath("p1.json"), "--with", tmp.filePath("p3.json"), "--text"});
    // The file form cites no verification run, so the Monitoring exceptions differ when the workspace had
    // one.
    QVERIFY(cmpFiles.exitCode == 0 || cmpFiles.out.contains("answers[Monitoring]"));
}

// An imported (platform) package whose content_sha256 does not match its content is flagged in the listing;
// the package generated here, and the same platform package untouched, are not.
void TestCliPackage::tamperedImportFlagged()
{
    QTemporaryDir tmp;
    QByteArray json = fixture::readFile(QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"));
    QVERIFY(ab::PackageGenerator::contentSha256Matches(json));
    for (const bool tamper : {false, true}) {
        const QString ws =
            tmp.filePath(tamper ? QStringLiteral("t.auditbench") : QStringLiteral("u.auditbench"));
        QByteArray bytes = json;
        if (tamper) {
            QVERIFY(bytes.contains("dana.auditor@example.com"));
            bytes.replace("dana.auditor@example.com", "mallory@example.com");
        }
        const QString file = tmp.filePath(QStringLiteral("platform-package.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QCOMPARE(run({"import", "--workspace", ws, file, fixture::smallPath()}).exitCode, 0);
        QCOMPARE(run({"package", "--workspace", ws, "--agent", fixture::AgentA}).exitCode, 0);
        const Run list = run({"packages", "--workspace", ws});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray packages = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(packages.size(), 2);
        QStringList flags;
        for (const QJsonValue &p : packages)
            flags << QStringLiteral("%1=%2").arg(p[QLatin1String("origin")].toString(),
                                                 p[QLatin1String("content_sha256_matches")].toBool()
                                                     ? QStringLiteral("true")
                                                     : QStringLiteral("false"));
        flags.sort();
        QCOMPARE(flags, QStringList({tamper ? "platform=false" : "platform=true", "workbench=true"}));
    }
}

void TestCliPackage::unusable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no agent") << QStringList{"package", "--runtime-export", fixture::smallPath()}
                              << "auditbench-cli package: expected --agent ID (see --help)";
    QTest::newRow("both sources")
        << QStringList{"package", "--runtime-export", "x", "--workspace", "y", "--agent", "a"}
        << "auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE";
    QTest::newRow("unknown agent") << QStringList{"package", "--runtime-export", fixture::smallPath(),
                                                  "--agent", "zz"}
                                   << QStringLiteral("%1: no agent \"zz\" in the export (agents: %2, %3)")
                                          .arg(fixture::smallPath(), fixture::AgentA, fixture::AgentB);
}

void TestCliPackage::unusable()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
}

QTEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
