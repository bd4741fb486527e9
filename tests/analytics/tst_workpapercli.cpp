// The workpaper through the command line: a whole test of controls (create, record, sign, review note,
// reviewer sign-off), the JSON `show` prints (record details beside each item, evaluation, sign-offs bound
// to content_sha256), a signed version that `record --version` refuses and that a change turns into a new
// unsigned version, `workpapers`, and one line on stderr with exit 2 for what is refused.
#include "analytics/CliRun.h"
#include "support/WorkspaceFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using analyticstest::cli;
using analyticstest::Run;

namespace {

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestWorkpaperCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeTestOfControls();
    void signedVersionRefusesAndChangesMakeNewVersions();
    void refusedArguments_data();
    void refusedArguments();
    void helpNamesEveryAction();

private:
    Run wp(const QStringList &args) { return cli(QStringList{QStringLiteral("workpaper")} + args + m_ws); }
    QTemporaryDir m_dir;
    QStringList m_ws;
};

void TestWorkpaperCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ws = m_dir.filePath(QStringLiteral("w.auditbench"));
    m_ws = {QStringLiteral("--workspace"), ws};
    const QString records = wsfixture::writeFile(m_dir.path(), QStringLiteral("r.json"),
                                                 wsfixture::asArray(wsfixture::gatewayRecords(30)));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, records}).exitCode, 0);
    const Run sample =
        cli({QStringLiteral("sample"), QStringLiteral("--workspace"), ws, QStringLiteral("--size"),
             QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(sample.exitCode, 0);
    QCOMPARE(json(sample)[QStringLiteral("sample_id")].toInt(), 1);
}

void TestWorkpaperCli::wholeTestOfControls()
{
    Run r = wp({QStringLiteral("create"), QStringLiteral("--sample"), QStringLiteral("1"),
                QStringLiteral("--tolerable"), QStringLiteral("5"), QStringLiteral("--name"),
                QStringLiteral("Override approvals")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("workpaper_id")].toInt(), 1);
    QCOMPARE(o[QStringLiteral("confidence_pct")].toDouble(), 95.0);
    QCOMPARE(o[QStringLiteral("items")].toArray().size(), 4);
    QCOMPARE(o[QStringLiteral("evaluation")].toObject()[QStringLiteral("pending")].toInt(), 4);
    QCOMPARE(o[QStringLiteral("evaluation")].toObject()[QStringLiteral("conclusion")].toString(),
             QStringLiteral("incomplete"));
    // The record's details sit beside each item.
    const QJsonObject first = o[QStringLiteral("items")].toArray()[0].toObject();
    QCOMPARE(first[QStringLiteral("position")].toInt(), 1);
    QVERIFY(!first[QStringLiteral("record")].toObject()[QStringLiteral("action")].toString().isEmpty());
    QCOMPARE(first[QStringLiteral("record")].toObject()[QStringLiteral("source_file")].toString(),
             QStringLiteral("r.json"));

    for (int item = 1; item <= 4; ++item) {
        r = wp({QStringLiteral("record"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                QStringLiteral("--item"), QString::number(item), QStringLiteral("--result"),
                item == 2 ? QStringLiteral("exception") : QStringLiteral("no-exception"),
                QStringLiteral("--note"), QStringLiteral("note %1").arg(item)});
        QCOMPARE(r.exitCode, 0);
    }
    o = json(r);
    const QJsonObject e = o[QStringLiteral("evaluation")].toObject();
    QCOMPARE(e[QStringLiteral("tested")].toInt(), 4);
    QCOMPARE(e[QStringLiteral("deviations")].toInt(), 1);
    QCOMPARE(e[QStringLiteral("deviation_rate_pct")].toDouble(), 25.0);
    QCOMPARE(e[QStringLiteral("upper_deviation_limit_pct")].toDouble(), 75.14); // 4 items, 1 found, 95 %
    QCOMPARE(e[QStringLiteral("conclusion")].toString(), QStringLiteral("does_not_support_reliance"));
    QCOMPARE(o[QStringLiteral("items")].toArray()[1].toObject()[QStringLiteral("note")].toString(),
             QStringLiteral("note 2"));
    const QString sha = o[QStringLiteral("content_sha256")].toString();
    QCOMPARE(sha.size(), 64);

    r = wp({QStringLiteral("sign"), QStringLiteral("--workpaper"), QStringLiteral("1"),
            QStringLiteral("--role"), QStringLiteral("preparer"), QStringLiteral("--name"),
            QStringLiteral("Pat Preparer"), QStringLiteral("--sha256"), sha.left(12)});
    QCOMPARE(r.exitCode, 0);
    r = wp({QStringLiteral("review-note"), QStringLiteral("--workpaper"), QStringLiteral("1"),
            QStringLiteral("--note"), QStringLiteral("Item 2: attach the ticket.")});
    QCOMPARE(r.exitCode, 0);
    r = wp({QStringLiteral("sign"), QStringLiteral("--workpaper"), QStringLiteral("1"),
            QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--name"),
            QStringLiteral("Rae Reviewer")});
    QCOMPARE(r.exitCode, 0);
    o = json(r);
    QCOMPARE(o[QStringLiteral("content_sha256")].toString(), sha);
    const QJsonArray signOffs = o[QStringLiteral("sign_offs")].toArray();
    QCOMPARE(signOffs.size(), 2);
    for (const QJsonValue &s : signOffs) {
        QCOMPARE(s.toObject()[QStringLiteral("content_sha256")].toString(), sha);
        QCOMPARE(s.toObject()[QStringLiteral("hash_matches")].toBool(), true);
    }
    QCOMPARE(signOffs[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Rae Reviewer"));
    QCOMPARE(o[QStringLiteral("review_notes")].toArray().size(), 1);

    const Run list = cli(QStringList{QStringLiteral("workpapers")} + m_ws);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].toObject()[QStringLiteral("content_sha256")].toString(), sha);
    QCOMPARE(all[0].toObject()[QStringLiteral("sign_offs")].toArray().size(), 2);

    const Run log = cli(QStringList{QStringLiteral("log")} + m_ws);
    QCOMPARE(log.exitCode, 0);
    QCOMPARE(log.out.count("\"workpaper.result\""), 4);
    QCOMPARE(log.out.count("\"workpaper.signoff\""), 2);
    QCOMPARE(log.out.count("\"workpaper.review_note\""), 1);
}

void TestWorkpaperCli::signedVersionRefusesAndChangesMakeNewVersions()
{
    // Workpaper 1 is signed by both (wholeTestOfControls).
    const QString signedSha = json(wp({QStringLiteral("show"), QStringLiteral("--workpaper"),
                                       QStringLiteral("1")}))[QStringLiteral("content_sha256")]
                                  .toString();
    Run r = wp({QStringLiteral("record"), QStringLiteral("--workpaper"), QStringLiteral("1"),
                QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--result"),
                QStringLiteral("no-exception"), QStringLiteral("--version"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err,
             QByteArray("workpaper 1 version 1 is signed and cannot change: record the change without a "
                        "version to make version 2\n"));
    r = wp({QStringLiteral("record"), QStringLiteral("--workpaper"), QStringLiteral("1"),
            QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--result"),
            QStringLiteral("no-exception"), QStringLiteral("--note"), QStringLiteral("ticket found")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject v2 = json(r);
    QCOMPARE(v2[QStringLiteral("version")].toInt(), 2);
    QCOMPARE(v2[QStringLiteral("signed")].toBool(), false);
    QVERIFY(v2[QStringLiteral("sign_offs")].toArray().isEmpty());
    QVERIFY(v2[QStringLiteral("content_sha256")].toString() != signedSha);
    QCOMPARE(v2[QStringLiteral("evaluation")].toObject()[QStringLiteral("deviations")].toInt(), 0);
    const QJsonObject v1 = json(wp({QStringLiteral("show"), QStringLiteral("--workpaper"),
                                    QStringLiteral("1"), QStringLiteral("--version"), QStringLiteral("1")}));
    QCOMPARE(v1[QStringLiteral("content_sha256")].toString(), signedSha);
    QCOMPARE(v1[QStringLiteral("sign_offs")].toArray().size(), 2);
}

void TestWorkpaperCli::refusedArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("no action") << QStringList{}
                               << QByteArray("auditbench-cli workpaper: expected one action: create, record, "
                                             "review-note, sign, show, pdf or xlsx (see --help)\n");
    QTest::newRow("unknown sample") << QStringList{QStringLiteral("create"), QStringLiteral("--sample"),
                                                   QStringLiteral("9"), QStringLiteral("--tolerable"),
                                                   QStringLiteral("5")}
                                    << QByteArray(" there is no sample 9 (see 'samples')\n");
    QTest::newRow("no tolerable") << QStringList{QStringLiteral("create"), QStringLiteral("--sample"),
                                                 QStringLiteral("1")}
                                  << QByteArray(
                                         "auditbench-cli workpaper create: --tolerable is required (e.g. "
                                         "--tolerable 5)\n");
    QTest::newRow("bad result") << QStringList{QStringLiteral("record"), QStringLiteral("--workpaper"),
                                               QStringLiteral("1"),      QStringLiteral("--item"),
                                               QStringLiteral("1"),      QStringLiteral("--result"),
                                               QStringLiteral("maybe")}
                                << QByteArray(
                                       "auditbench-cli workpaper: --result 'maybe': expected exception, "
                                       "no-exception or not-applicable\n");
    QTest::newRow("item out of range")
        << QStringList{QStringLiteral("record"),   QStringLiteral("--workpaper"), QStringLiteral("1"),
                       QStringLiteral("--item"),   QStringLiteral("5"),           QStringLiteral("--result"),
                       QStringLiteral("exception")}
        << QByteArray("workpaper 1 has items 1 to 4: there is no item 5\n");
    QTest::newRow("pending items") << QStringList{QStringLiteral("sign"),     QStringLiteral("--workpaper"),
                                                  QStringLiteral("2"),        QStringLiteral("--role"),
                                                  QStringLiteral("preparer"), QStringLiteral("--name"),
                                                  QStringLiteral("Pat")}
                                   << QByteArray("workpaper 2 version 1: 4 item(s) have no result yet\n");
    QTest::newRow("unknown workpaper")
        << QStringList{QStringLiteral("show"), QStringLiteral("--workpaper"), QStringLiteral("7")}
        << QByteArray(" has no workpaper 7\n");
}

void TestWorkpaperCli::refusedArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, err);
    // Workpaper 2: fresh, every item pending.
    if (QByteArray(QTest::currentDataTag()) == "pending items")
        QCOMPARE(wp({QStringLiteral("create"), QStringLiteral("--sample"), QStringLiteral("1"),
                     QStringLiteral("--tolerable"), QStringLiteral("5")})
                     .exitCode,
                 0);
    const Run r = wp(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.endsWith(err), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestWorkpaperCli::helpNamesEveryAction()
{
    const Run r = cli({QStringLiteral("workpaper"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *action : {"create --sample ID --tolerable PCT", "record --workpaper ID --item N",
                               "review-note --workpaper ID --note TEXT",
                               "sign --workpaper ID --role preparer|reviewer", "show --workpaper ID"})
        QVERIFY2(r.out.contains(action), action);
}

QTEST_GUILESS_MAIN(TestWorkpaperCli)
#include "tst_workpapercli.moc"
