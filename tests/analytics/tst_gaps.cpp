// Gaps and duplicates on evidence with planted ones: two sources whose sequences miss known numbers (some
// missing from one source only, some from both), one long silence, one id carried by two different records
// and one identical copy (merged at import, so not a duplicate). Every list is compared exactly.
#include "analytics/CliRun.h"
#include "support/WorkspaceFixture.h"

#include "core/analytics/GapFinder.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using analyticstest::cli;
using namespace ab::analytics;

namespace {

// The fixture's record for `sequence`, at 2025-01-01T00:00:00Z + sequence hours (+ 48 h from 18 on, the
// planted silence).
QJsonObject record(int sequence)
{
    QJsonObject r = wsfixture::gatewayRecords(1, sequence)[0].toObject();
    const qint64 hours = sequence + (sequence >= 18 ? 48 : 0);
    r.insert(QStringLiteral("timestamp"),
             QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(hours * 3600).toString(Qt::ISODate));
    return r;
}

QString sha256OfJcs(const QJsonObject &r)
{
    return ab::crypto::sha256Hex(
        ab::jcs::canonicalize(QJsonDocument(r).toJson(QJsonDocument::Compact).toStdString()));
}

} // namespace

class TestGaps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plantedGapsAndDuplicates();
    void shorterThresholdFindsMoreTimeGaps();
    void listIsCappedButCountIsNot();
    void emptyWorkspaceHasNone();
    void badMaxGap();

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QJsonObject m_conflicting, m_original;
};

void TestGaps::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Source A: 1..20 without 5 and 12..14.
    QJsonArray a;
    for (int s = 1; s <= 20; ++s)
        if (s != 5 && (s < 12 || s > 14))
            a.append(record(s));
    // Source B: evt_000003 with other content, an identical copy of evt_000007, 14, 21..30 without 25.
    QJsonArray b;
    m_original = record(3);
    m_conflicting = m_original;
    m_conflicting.insert(QStringLiteral("action"), QStringLiteral("allow"));
    QVERIFY(m_conflicting != m_original);
    b.append(m_conflicting);
    b.append(record(7));
    b.append(record(14));
    for (int s = 21; s <= 30; ++s)
        if (s != 25)
            b.append(record(s));
    m_ws = m_dir.filePath(QStringLiteral("gaps.auditbench"));
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), m_ws,
                        wsfixture::writeFile(m_dir.path(), QStringLiteral("a.json"), wsfixture::asArray(a)),
                        wsfixture::writeFile(m_dir.path(), QStringLiteral("b.json"), wsfixture::asArray(b))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The copy of evt_000007 was merged, the conflicting evt_000003 was not.
    QCOMPARE(
        QJsonDocument::fromJson(r.out).array()[1].toObject()[QStringLiteral("duplicates_merged")].toInt(), 1);
}

void TestGaps::plantedGapsAndDuplicates()
{
    const auto r = cli({QStringLiteral("gaps"), QStringLiteral("--workspace"), m_ws});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString expected =
        QStringLiteral(
            R"({"gaps":[)"
            // per source: a.json misses 5 and 12..14; b.json 4..13 (only 3 and 14 are in it), 15..20, 25
            R"({"kind":"sequence","source":"a.json","after":"evt_000004","before":"evt_000006","first_missing":5,"last_missing":5,"missing":1},)"
            R"({"kind":"sequence","source":"a.json","after":"evt_000011","before":"evt_000015","first_missing":12,"last_missing":14,"missing":3},)"
            R"({"kind":"sequence","source":"b.json","after":"evt_000003","before":"evt_000014","first_missing":4,"last_missing":13,"missing":10},)"
            R"({"kind":"sequence","source":"b.json","after":"evt_000014","before":"evt_000021","first_missing":15,"last_missing":20,"missing":6},)"
            R"({"kind":"sequence","source":"b.json","after":"evt_000024","before":"evt_000026","first_missing":25,"last_missing":25,"missing":1},)"
            // across sources: 14 from b.json fills part of a.json's gap
            R"({"kind":"sequence","source":null,"after":"evt_000004","before":"evt_000006","first_missing":5,"last_missing":5,"missing":1},)"
            R"({"kind":"sequence","source":null,"after":"evt_000011","before":"evt_000014","first_missing":12,"last_missing":13,"missing":2},)"
            R"({"kind":"sequence","source":null,"after":"evt_000024","before":"evt_000026","first_missing":25,"last_missing":25,"missing":1},)"
            // the one silence over 24 hours: 17:00 on 1 January to 18:00 + 48 h
            R"({"kind":"time","source":null,"after":"evt_000017","before":"evt_000018","from":"2025-01-01T17:00:00Z","to":"2025-01-03T18:00:00Z","seconds":176400}],)"
            R"("gap_count":9,"max_gap_hours":24,"duplicates":[{"id":"evt_000003","records":[)"
            R"({"source":"a.json","ordinal":2,"timestamp":"2025-01-01T03:00:00Z","sha256":"%1"},)"
            R"({"source":"b.json","ordinal":0,"timestamp":"2025-01-01T03:00:00Z","sha256":"%2"}]}]})")
            .arg(sha256OfJcs(m_original), sha256OfJcs(m_conflicting));
    QCOMPARE(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(QJsonDocument::fromJson(expected.toUtf8()).toJson(QJsonDocument::Compact)));
    QVERIFY(!QJsonDocument::fromJson(expected.toUtf8()).isNull());
    // The printed member order.
    QVERIFY(r.out.startsWith(
        "{\n  \"gaps\": [\n    {\n      \"kind\": \"sequence\",\n      \"source\": \"a.json\","));
}

void TestGaps::shorterThresholdFindsMoreTimeGaps()
{
    const auto r = cli({QStringLiteral("gaps"), QStringLiteral("--workspace"), m_ws,
                        QStringLiteral("--max-gap"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList times;
    for (const QJsonValue &v : o[QStringLiteral("gaps")].toArray())
        if (v[QStringLiteral("kind")].toString() == QLatin1String("time"))
            times << v[QStringLiteral("after")].toString() + QLatin1Char('>') +
                         v[QStringLiteral("before")].toString() + QLatin1Char(' ') +
                         QString::number(v[QStringLiteral("seconds")].toInteger());
    // Over one hour: the missing 5 (2 h), 12..13 (3 h, 14 is in b.json), the silence, the missing 25.
    QCOMPARE(times, (QStringList{QStringLiteral("evt_000004>evt_000006 7200"),
                                 QStringLiteral("evt_000011>evt_000014 10800"),
                                 QStringLiteral("evt_000017>evt_000018 176400"),
                                 QStringLiteral("evt_000024>evt_000026 7200")}));
    QCOMPARE(o[QStringLiteral("gap_count")].toInteger(), 12);
    QCOMPARE(o[QStringLiteral("max_gap_hours")].toInteger(), 1);
}

void TestGaps::listIsCappedButCountIsNot()
{
    const auto store = ab::WorkspaceStore::open(m_ws, ab::WorkspaceStore::OpenMode::ExistingOnly);
    const GapReport report = findGaps(*store, 1, 2);
    QCOMPARE(report.sequenceGaps.size() + report.timeGaps.size(), 2);
    QCOMPARE(report.gapCount, 12);
    QCOMPARE(report.duplicates.size(), 1);
}

void TestGaps::emptyWorkspaceHasNone()
{
    const QString ws = m_dir.filePath(QStringLiteral("empty.auditbench"));
    {
        ab::WorkspaceStore::open(ws);
    }
    const auto r = cli({QStringLiteral("gaps"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).toJson(QJsonDocument::Compact),
             QByteArray(R"({"duplicates":[],"gap_count":0,"gaps":[],"max_gap_hours":24})"));
}

void TestGaps::badMaxGap()
{
    for (const QString &value : {QStringLiteral("0"), QStringLiteral("x"), QStringLiteral("-3")}) {
        const auto r = cli({QStringLiteral("gaps"), QStringLiteral("--workspace"), m_ws,
                            QStringLiteral("--max-gap"), value});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.startsWith("auditbench-cli gaps: --max-gap '" + value.toUtf8() + "'"),
                 r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestGaps)
#include "tst_gaps.moc"
