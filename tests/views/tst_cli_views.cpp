// The views on the command line: `bundles` lists every imported bundle with the members the issue names,
// `query --ocsf` / `--runtime` print exactly the records the filters select (counts computed from the
// fixtures' JSON), options of another view are refused with one line and exit 2, and every query is on the
// record in the activity log (filters, count, and the SHA-256 of the file written with --out).
#include "views/ViewsFixture.h"

#include "support/CliRun.h"

#include "core/workspace/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::runCli;

class TestCliViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cli.auditbench"));
        WorkspaceStore::open(m_path)->importFiles(viewsfixture::writeEvidence(m_dir.path()));
    }

    void bundles()
    {
        const auto run = runCli({QStringLiteral("bundles"), QStringLiteral("--workspace"), m_path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonArray listed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(listed.size(), viewsfixture::Bundles);
        const QJsonObject second = listed[1].toObject();
        QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("bundle-1"));
        QCOMPARE(second.value(QStringLiteral("framework")).toString(), QStringLiteral("PCI-DSS"));
        QCOMPARE(second.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(second.value(QStringLiteral("enabled")), QJsonValue(false));
        QCOMPARE(second.value(QStringLiteral("rule_mappings")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("rule"), 1}}}));
        QCOMPARE(second.value(QStringLiteral("exported_at")).toString(),
                 QStringLiteral("2026-03-13T00:00:00Z"));
        QCOMPARE(second.value(QStringLiteral("source")).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("bundles.json"));
    }

    void ocsfQuery()
    {
        const QJsonArray events = viewsfixture::ocsfEvents(viewsfixture::OcsfEvents);
        qint64 expected = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            expected += o.value(QStringLiteral("class_uid")).toInt() == 2001 &&
                        o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("action")) ==
                            QLatin1String("BLOCK");
        }
        QVERIFY(expected > 0);
        const QStringList args{
            QStringLiteral("query"),    QStringLiteral("--workspace"), m_path,
            QStringLiteral("--ocsf"),   QStringLiteral("--class"),     QStringLiteral("2001"),
            QStringLiteral("--action"), QStringLiteral("block")};
        auto run = runCli(args + QStringList{QStringLiteral("--count")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray::number(expected) + '\n');
        run = runCli(args + QStringList{QStringLiteral("--format"), QStringLiteral("ndjson")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), expected);
        for (const QByteArray &line : run.out.trimmed().split('\n'))
            QVERIFY(line.contains("\"class_uid\":2001"));

        const QString out = m_dir.filePath(QStringLiteral("blocks.json"));
        run = runCli(args + QStringList{QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        const QByteArray written = wsfixture::readFile(out);
        QCOMPARE(QJsonDocument::fromJson(written).array().size(), expected);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("sha256")).toString(), sha);

        const ActivityEntry last = WorkspaceStore::open(m_path)->activity().constLast();
        QCOMPARE(last.action, QStringLiteral("query"));
        const QJsonObject details = QJsonDocument::fromJson(last.details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("ocsf"));
        QCOMPARE(details.value(QStringLiteral("records")).toInteger(), expected);
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(details.value(QStringLiteral("output")).toString(), QStringLiteral("blocks.json"));
        QCOMPARE(details.value(QStringLiteral("filters")).toObject(),
                 (QJsonObject{{QStringLiteral("class"), QStringLiteral("2001")},
                              {QStringLiteral("action"), QStringLiteral("block")}}));
    }

    void runtimeQuery()
    {
        const QJsonArray entries = viewsfixture::runtimeEntries(viewsfixture::RuntimeEntries);
        qint64 expected = 0;
        for (const QJsonValue &v : entries)
            expected += v.toObject().value(QStringLiteral("decision")) == QLatin1String("allow") &&
                        v.toObject().value(QStringLiteral("connector")) == QLatin1String("crowdstrike");
        QVERIFY(expected > 0);
        const qsizetype before = WorkspaceStore::open(m_path)->activity().size();
        const auto run =
            runCli({QStringLiteral("query"), QStringLiteral("--workspace"), m_path,
                    QStringLiteral("--runtime"), QStringLiteral("--decision"), QStringLiteral("allow"),
                    QStringLiteral("--connector"), QStringLiteral("crowdstrike")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray printed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(printed.size(), expected);
        const QList<ActivityEntry> log = WorkspaceStore::open(m_path)->activity();
        QCOMPARE(log.size(), before + 1);
        const QJsonObject details = QJsonDocument::fromJson(log.constLast().details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("runtime"));
        QCOMPARE(details.value(QStringLiteral("records")).toInteger(), expected);
        QCOMPARE(details.value(QStringLiteral("output")).toString(), QStringLiteral("stdout"));
    }

    void gatewayQueryLogged()
    {
        const QString out = m_dir.filePath(QStringLiteral("sox.csv"));
        const auto run =
            runCli({QStringLiteral("query"), QStringLiteral("--workspace"), m_path,
                    QStringLiteral("--framework"), QStringLiteral("sox"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject details =
            QJsonDocument::fromJson(WorkspaceStore::open(m_path)->activity().constLast().details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("gateway"));
        QCOMPARE(details.value(QStringLiteral("records")).toInteger(),
                 QJsonDocument::fromJson(run.out).object().value(QStringLiteral("records")).toInteger());
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(wsfixture::readFile(out), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(
            details.value(QStringLiteral("filters")).toObject().value(QStringLiteral("framework")).toString(),
            QStringLiteral("sox"));
    }

    void optionsOfAnotherView_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("class without --ocsf")
            << QStringList{QStringLiteral("--class"), QStringLiteral("2001")}
            << QByteArray("auditbench-cli query: --class needs --ocsf\n");
        QTest::newRow("decision without --runtime")
            << QStringList{QStringLiteral("--decision"), QStringLiteral("deny")}
            << QByteArray("auditbench-cli query: --decision needs --runtime\n");
        QTest::newRow("framework with --ocsf")
            << QStringList{QStringLiteral("--ocsf"), QStringLiteral("--framework"), QStringLiteral("sox")}
            << QByteArray("auditbench-cli query: --framework does not apply to --ocsf\n");
        QTest::newRow("user with --runtime")
            << QStringList{QStringLiteral("--runtime"), QStringLiteral("--user"), QStringLiteral("x")}
            << QByteArray("auditbench-cli query: --user does not apply to --runtime\n");
        QTest::newRow("both") << QStringList{QStringLiteral("--runtime"), QStringLiteral("--ocsf")}
                              << QByteArray("auditbench-cli query: give --ocsf or --runtime, not both\n");
        QTest::newRow("bad class") << QStringList{QStringLiteral("--ocsf"), QStringLiteral("--class"),
                                                  QStringLiteral("x")}
                                   << QByteArray(
                                          "auditbench-cli query: --class 'x': expected class_uid numbers "
                                          "such as 2001\n");
        QTest::newRow("csv of ocsf")
            << QStringList{QStringLiteral("--ocsf"), QStringLiteral("--format"), QStringLiteral("csv")}
            << QByteArray("auditbench-cli query: --format 'csv': --ocsf writes json or ndjson\n");
    }

    void optionsOfAnotherView()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, error);
        const qsizetype before = WorkspaceStore::open(m_path)->activity().size();
        const auto run =
            runCli(QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), m_path} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, error);
        QCOMPARE(WorkspaceStore::open(m_path)->activity().size(), before); // nothing ran, nothing logged
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCliViews)
#include "tst_cli_views.moc"
