// ChainVerifier against docs/spec/chain.md: the spec vectors, every tamper kind with its exact error list,
// ordering, duplicate merging, anchor and head, examination periods, key rotation and linkage-only mode.
#include "TestConfig.h"
#include "support/ChainFixture.h"

#include "core/chain/ChainInput.h"
#include "core/chain/ChainVerifier.h"
#include "core/common/ComputePool.h"
#include "core/common/InputError.h"
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/SourceText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

using ab::ChainVerifier;
using ab::VerificationResult;
using ab::VerifyOptions;
using ab::test::ChainFixture;

using Files = QList<QPair<QString, QByteArray>>;

class TestChainVerifier : public QObject
{
    Q_OBJECT
private slots:
    void specVectors_data();
    void specVectors();
    void tamper_data();
    void tamper();
    void anchorReported_data();
    void anchorReported();
    void period_data();
    void period();
    void keyRotation();
    void reversedExportVerifiesAlike_data();
    void reversedExportVerifiesAlike();
    void halvesSwappedVerifyAlike_data();
    void halvesSwappedVerifyAlike();
    void linkageOnly_data();
    void linkageOnly();
    void maxErrors_data();
    void maxErrors();
    void orderedByTimestampWhenSomeLackSequence_data();
    void orderedByTimestampWhenSomeLackSequence();
    void bigIntegerContent();
    void firstAndLastEventsAndSources();
    void parsesOnItsOwnThreadsNotQtsGlobalPool();
    void repeatedIdFoundWhereverItStands_data();
    void repeatedIdFoundWhereverItStands();
    void cancelledWhileParsingThrowsCancelled();

private:
    ChainFixture fx;
};

static const QString Genesis = QString::fromLatin1(ChainVerifier::GenesisHmac);

static QString hmacOf(const QJsonObject &r)
{
    return r.value(QStringLiteral("hmac")).toString();
}

static Files oneFile(const QList<QJsonObject> &records)
{
    return {{QStringLiteral("export.json"), ChainFixture::toJsonArray(records)}};
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void TestChainVerifier::specVectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("chain-small") << QStringLiteral("chain-small");
    QTest::newRow("chain-small-tampered") << QStringLiteral("chain-small-tampered");
}

void TestChainVerifier::specVectors()
{
    QFETCH(QString, name);
    const QString dir = QStringLiteral(AB_SPEC_VECTORS_DIR "/");
    const QJsonObject expected =
        QJsonDocument::fromJson(readAll(dir + name + QStringLiteral(".expected.json"))).object();
    QVERIFY(!expected.isEmpty());
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const VerificationResult r = ChainVerifier::verifyFiles({dir + name + QStringLiteral(".json")}, options);

    QCOMPARE(r.valid, expected.value(QLatin1String("valid")).toBool());
    QCOMPARE(r.eventsChecked, expected.value(QLatin1String("events_checked")).toInteger());
    QStringList errors;
    for (const QJsonValue &e : expected.value(QLatin1String("errors")).toArray())
        errors << e.toString();
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.errorCount, qint64(errors.size()));
    QCOMPARE(r.macsVerified, expected.value(QLatin1String("macs_verified")).toBool());
    if (expected.contains(QLatin1String("head_hmac")))
        QCOMPARE(r.headHmac.value_or(QString()), expected.value(QLatin1String("head_hmac")).toString());
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources.first().file, name + QStringLiteral(".json"));
    // The result as JSON says the same (what the CLI prints and a workspace stores).
    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(json.value(QLatin1String("errors")).toArray(),
             expected.value(QLatin1String("errors")).toArray());
    QCOMPARE(json.value(QLatin1String("valid")), expected.value(QLatin1String("valid")));
    QCOMPARE(json.value(QLatin1String("events_checked")), expected.value(QLatin1String("events_checked")));
    QVERIFY(expected.value(QLatin1String("coverage")).isObject());
    QCOMPARE(json.value(QLatin1String("coverage")), expected.value(QLatin1String("coverage")));
}

// Every tamper kind of docs/spec/chain.md with the exact errors it must produce (prefixes computed
// independently).
void TestChainVerifier::tamper_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("expectHead");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("merged");

    const QList<QJsonObject> intact = fx.chain(6);
    const QList<QJsonObject> intactNoSeq = fx.chain(6, false);
    const QString none;

    QTest::newRow("intact") << oneFile(intact) << none << none << QStringList() << 6 << 0;

    {
        QList<QJsonObject> r = intact;
        r[2].insert(QStringLiteral("action"), QStringLiteral("deny"));
        QTest::newRow("modified content")
            << oneFile(r) << none << none << QStringList{fx.hmacMismatch(3, r[2])} << 6 << 0;
    }
    {
        // Modified, then the chain from there resealed with a key the attacker guessed: every MAC fails,
        // the linkage is intact.
        QList<QJsonObject> r = intact;
        r[2].insert(QStringLiteral("action"), QStringLiteral("deny"));
        QStringList errors;
        for (int i = 2; i < r.size(); ++i) {
            r[i].insert(QStringLiteral("previous_hmac"), hmacOf(r[i - 1]));
            r[i].insert(QStringLiteral("hmac"),
                        ChainFixture::macWith(r[i], QByteArrayLiteral("guessed key")));
            errors << fx.hmacMismatch(i + 1, r[i]);
        }
        QTest::newRow("resealed with a wrong key") << oneFile(r) << none << none << errors << 6 << 0;
    }
    {
        QList<QJsonObject> r = intact;
        const QString stored = hmacOf(r[2]);
        r[2].insert(QStringLiteral("hmac"), ChainFixture::macWith(r[2], QByteArrayLiteral("wrong key")));
        QCOMPARE(fx.hmacMismatch(3, r[2]),
                 QStringLiteral("Event 3: HMAC mismatch (expected '%1...', got '%2...')")
                     .arg(stored.left(8), hmacOf(r[2]).left(8)));
        QTest::newRow("one record resealed with a wrong key")
            << oneFile(r) << none << none
            << QStringList{fx.hmacMismatch(3, r[2]), QStringLiteral("Event 4: previous_hmac mismatch")} << 6
            << 0;
    }
    {
        QList<QJsonObject> r = intact;
        r.removeAt(2);
        QTest::newRow("deleted record")
            << oneFile(r) << none << none
            << QStringList{QStringLiteral("Event 3: sequence break (expected 3, got 4)"),
                           QStringLiteral("Event 3: previous_hmac mismatch")}
            << 5 << 0;
    }
    {
        QList<QJsonObject> r = intactNoSeq;
        r.removeAt(2);
        QTest::newRow("deleted record, no sequence")
            << oneFile(r) << none << none << QStringList{QStringLiteral("Event 3: previous_hmac mismatch")}
            << 5 << 0;
    }
    {
        // A forged record between 3 and 4 (by timestamp), linked to 3, with a made-up MAC.
        QList<QJsonObject> r = intactNoSeq;
        QJsonObject forged = ChainFixture::event(3, false);
        forged.insert(QStringLiteral("id"), QStringLiteral("evt_forged"));
        forged.insert(QStringLiteral("timestamp"), QStringLiteral("2025-01-01T03:30:00Z"));
        forged.insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2025a"));
        forged.insert(QStringLiteral("previous_hmac"), hmacOf(r[2]));
        forged.insert(QStringLiteral("hmac"), QString(64, QLatin1Char('a')));
        r.append(forged); // at the end of the file: the timestamp decides its place
        QTest::newRow("inserted record")
            << oneFile(r) << none << none
            << QStringList{fx.hmacMismatch(4, forged), QStringLiteral("Event 5: previous_hmac mismatch")} << 7
            << 0;
        // An insider holding the key: the MAC is right, the linkage of the next record is not.
        fx.seal(forged, QStringLiteral("k2025a"));
        r.last() = forged;
        QTest::newRow("inserted record with the right key")
            << oneFile(r) << none << none << QStringList{QStringLiteral("Event 5: previous_hmac mismatch")}
            << 7 << 0;
    }
    {
        QList<QJsonObject> r = intactNoSeq;
        std::reverse(r.begin() + 1, r.end() - 1);
        std::swap(r[0], r[5]);
        QTest::newRow("shuffled file, no sequence: timestamp order")
            << oneFile(r) << none << none << QStringList() << 6 << 0;
    }
    {
        // Record 2 moved after record 4 by editing its timestamp: sorted 1,3,4,2,5,6.
        QList<QJsonObject> r = intactNoSeq;
        r[1].insert(QStringLiteral("timestamp"), QStringLiteral("2025-01-01T04:30:00Z"));
        QTest::newRow("reordered by timestamp edit")
            << oneFile(r) << none << none
            << QStringList{QStringLiteral("Event 2: previous_hmac mismatch"),
                           QStringLiteral("Event 4: previous_hmac mismatch"), fx.hmacMismatch(4, r[1]),
                           QStringLiteral("Event 5: previous_hmac mismatch")}
            << 6 << 0;
    }
    {
        QList<QJsonObject> r = intact;
        QJsonObject dup = r[2];
        dup.insert(QStringLiteral("action"), QStringLiteral("deny"));
        r.append(dup);
        QTest::newRow("duplicate id with other content")
            << oneFile(r) << none << none
            << QStringList{QStringLiteral("Event 4: duplicate id 'evt_00000003' with differing content"),
                           QStringLiteral("Event 4: sequence break (expected 4, got 3)"),
                           QStringLiteral("Event 4: previous_hmac mismatch"), fx.hmacMismatch(4, dup)}
            << 7 << 0;
    }
    {
        // Same id and content but another hmac: not an overlapping page, so not merged, whatever the file
        // order.
        QJsonObject dup = intact[2];
        dup.insert(QStringLiteral("hmac"), QString(64, QLatin1Char('b')));
        const Files dupFirst{{QStringLiteral("dup.json"), ChainFixture::toJsonArray({dup})},
                             {QStringLiteral("export.json"), ChainFixture::toJsonArray(intact)}};
        QTest::newRow("same content, other hmac, listed first")
            << dupFirst << none << none
            << QStringList{fx.hmacMismatch(3, dup),
                           QStringLiteral("Event 4: duplicate id 'evt_00000003' with differing content"),
                           QStringLiteral("Event 4: sequence break (expected 4, got 3)"),
                           QStringLiteral("Event 4: previous_hmac mismatch")}
            << 7 << 0;
        const Files dupLast{dupFirst[1], dupFirst[0]};
        QTest::newRow("same content, other hmac, listed last")
            << dupLast << none << none
            << QStringList{QStringLiteral("Event 4: duplicate id 'evt_00000003' with differing content"),
                           QStringLiteral("Event 4: sequence break (expected 4, got 3)"),
                           QStringLiteral("Event 4: previous_hmac mismatch"), fx.hmacMismatch(4, dup),
                           QStringLiteral("Event 5: previous_hmac mismatch")}
            << 7 << 0;
    }
    {
        const Files pages{
            {QStringLiteral("page-2.json"), ChainFixture::toPage(intact.mid(2), QStringLiteral("data"))},
            {QStringLiteral("page-1.json"), ChainFixture::toPage(intact.mid(0, 4), QStringLiteral("items"))}};
        QTest::newRow("overlapping pages merged") << pages << none << none << QStringList() << 6 << 2;
        const Files pagesNoSeq{
            {QStringLiteral("page-1.ndjson"), ChainFixture::toNdjson(intactNoSeq.mid(0, 5))},
            {QStringLiteral("page-2.ndjson"), ChainFixture::toNdjson(intactNoSeq.mid(1))}};
        QTest::newRow("overlapping pages merged, no sequence")
            << pagesNoSeq << none << none << QStringList() << 6 << 4;
    }
    for (const char *member : {"hmac_key_id", "previous_hmac", "hmac"}) {
        QList<QJsonObject> r = intact;
        r[2].remove(QLatin1String(member));
        QStringList errors{
            QStringLiteral("Event 3: malformed record (missing '%1')").arg(QLatin1String(member))};
        if (qstrcmp(member, "hmac") == 0) // the next record is linked against the stored hmac: none
            errors << QStringLiteral("Event 4: previous_hmac mismatch");
        QTest::addRow("missing %s", member) << oneFile(r) << none << none << errors << 6 << 0;
        r[2].insert(QLatin1String(member), 42);
        QTest::addRow("mistyped %s", member) << oneFile(r) << none << none << errors << 6 << 0;
    }
    {
        QList<QJsonObject> r = intact;
        r[2].remove(QStringLiteral("hmac"));
        r[2].remove(QStringLiteral("hmac_key_id"));
        QTest::newRow("several members missing: the first is named")
            << oneFile(r) << none << none
            << QStringList{QStringLiteral("Event 3: malformed record (missing 'hmac_key_id')"),
                           QStringLiteral("Event 4: previous_hmac mismatch")}
            << 6 << 0;
    }
    {
        QList<QJsonObject> r = intact;
        r[2].insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2099"));
        QTest::newRow("unknown key id")
            << oneFile(r) << none << none
            << QStringList{QStringLiteral("Event 3: unknown hmac_key_id 'k2099'")} << 6 << 0;
    }
    {
        const QString head = hmacOf(intact.last());
        QTest::newRow("expected head matches") << oneFile(intact) << none << head << QStringList() << 6 << 0;
        QTest::newRow("truncation caught by expected head")
            << oneFile(intact.mid(0, 5)) << none << head
            << QStringList{QStringLiteral("Chain head mismatch (expected '%1...', got '%2...')")
                               .arg(head.left(8), hmacOf(intact[4]).left(8))}
            << 5 << 0;
    }
    {
        QTest::newRow("wrong anchor")
            << oneFile(intact) << QString(64, QLatin1Char('c')) << none
            << QStringList{QStringLiteral("Event 1: previous_hmac mismatch")} << 6 << 0;
        QTest::newRow("genesis as anchor") << oneFile(intact) << Genesis << none << QStringList() << 6 << 0;
        QTest::newRow("mid-chain export with its anchor")
            << oneFile(intact.mid(3)) << hmacOf(intact[2]) << none << QStringList() << 3 << 0;
        QTest::newRow("mid-chain export with the wrong anchor")
            << oneFile(intact.mid(3)) << hmacOf(intact[1]) << none
            << QStringList{QStringLiteral("Event 1: previous_hmac mismatch")} << 3 << 0;
    }
    {
        // Sequence 4 renumbered 5 and everything resealed by an insider: only the sequence betrays it.
        QList<QJsonObject> r = intact;
        r[3].insert(QStringLiteral("sequence"), 5);
        fx.relink(r, 3);
        QTest::newRow("sequence break with valid MACs")
            << oneFile(r) << none << none
            << QStringList{QStringLiteral("Event 4: sequence break (expected 4, got 5)"),
                           QStringLiteral("Event 5: sequence break (expected 6, got 5)")}
            << 6 << 0;
    }
}

void TestChainVerifier::tamper()
{
    QFETCH(Files, files);
    QFETCH(QString, anchor);
    QFETCH(QString, expectHead);
    QFETCH(QStringList, errors);
    QFETCH(int, events);
    QFETCH(int, merged);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    if (!anchor.isEmpty())
        options.anchor = anchor.toStdString();
    if (!expectHead.isEmpty())
        options.expectHead = expectHead.toStdString();
    const VerificationResult r = ChainFixture::verify(files, options);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.errorCount, qint64(errors.size()));
    QCOMPARE(r.valid, errors.isEmpty());
    QCOMPARE(r.eventsChecked, qint64(events));
    QCOMPARE(r.duplicatesMerged, qint64(merged));
    QCOMPARE(r.macsVerified, true);
    QCOMPARE(r.exitCode(), errors.isEmpty() ? 0 : 1);
    QCOMPARE(r.errorLocations.size(), errors.size());
}

void TestChainVerifier::anchorReported_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("head");
    const QList<QJsonObject> intact = fx.chain(6);
    QTest::newRow("whole chain: genesis") << oneFile(intact) << Genesis << hmacOf(intact[5]);
    QTest::newRow("mid-chain export") << oneFile(intact.mid(3)) << hmacOf(intact[2]) << hmacOf(intact[5]);
    // An export whose first record links to something outside it verifies valid; the anchor says where it
    // hangs.
    const QList<QJsonObject> later =
        fx.chain(3, true, QStringLiteral("k2025b"), QString(64, QLatin1Char('9')));
    QTest::newRow("later period") << oneFile(later) << QString(64, QLatin1Char('9')) << hmacOf(later[2]);
}

void TestChainVerifier::anchorReported()
{
    QFETCH(Files, files);
    QFETCH(QString, anchor);
    QFETCH(QString, head);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const VerificationResult r = ChainFixture::verify(files, options);
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.anchor.value_or(QString()), anchor);
    QCOMPARE(r.headHmac.value_or(QString()), head);
    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(json.value(QLatin1String("anchor")).toString(), anchor);
    QCOMPARE(json.value(QLatin1String("head_hmac")).toString(), head);
}

// Events are at 2025-01-01T0n:00:00Z for n = 1..8.
void TestChainVerifier::period_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("lastId");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("errors");

    const QList<QJsonObject> intact = fx.chain(8);
    const QList<QJsonObject> intactNoSeq = fx.chain(8, false);
    const QString e3 = ChainFixture::eventId(3), e5 = ChainFixture::eventId(5);
    const QString at3 = QStringLiteral("2025-01-01T03:00:00Z"), at5 = QStringLiteral("2025-01-01T05:00:00Z");

    QTest::newRow("inclusive bounds")
        << oneFile(intact) << at3 << at5 << 3 << e3 << e5 << hmacOf(intact[1]) << QStringList();
    QTest::newRow("inclusive bounds, no sequence")
        << oneFile(intactNoSeq) << at3 << at5 << 3 << e3 << e5 << hmacOf(intactNoSeq[1]) << QStringList();
    QTest::newRow("bounds with offsets")
        << oneFile(intact) << QStringLiteral("2025-01-01T05:00:00+02:00")
        << QStringLiteral("2025-01-01T00:00:00-05:00") << 3 << e3 << e5 << hmacOf(intact[1]) << QStringList();
    QTest::newRow("start a millisecond late")
        << oneFile(intact) << QStringLiteral("2025-01-01T03:00:00.001Z") << at5 << 2
        << ChainFixture::eventId(4) << e5 << hmacOf(intact[2]) << QStringList();
    QTest::newRow("end a nanosecond early")
        << oneFile(intact) << at3 << QStringLiteral("2025-01-01T04:59:59.999999999Z") << 2 << e3
        << ChainFixture::eventId(4) << hmacOf(intact[1]) << QStringList();
    QTest::newRow("start only") << oneFile(intact) << QStringLiteral("2025-01-01T07:00:00Z") << QString() << 2
                                << ChainFixture::eventId(7) << ChainFixture::eventId(8) << hmacOf(intact[5])
                                << QStringList();
    QTest::newRow("end only, from genesis")
        << oneFile(intact) << QString() << QStringLiteral("2025-01-01T02:00:00Z") << 2
        << ChainFixture::eventId(1) << ChainFixture::eventId(2) << Genesis << QStringList();
    {
        QList<QJsonObject> r = intact;
        r[3].insert(QStringLiteral("action"), QStringLiteral("deny"));
        QTest::newRow("numbering restarts at 1")
            << oneFile(r) << at3 << at5 << 3 << e3 << e5 << hmacOf(intact[1])
            << QStringList{fx.hmacMismatch(2, r[3])};
        QList<QJsonObject> outside = intact;
        outside[6].insert(QStringLiteral("action"), QStringLiteral("deny"));
        outside[0].insert(QStringLiteral("action"), QStringLiteral("deny"));
        QTest::newRow("tampering outside the period is not examined")
            << oneFile(outside) << at3 << at5 << 3 << e3 << e5 << hmacOf(intact[1]) << QStringList();
    }
    {
        // The record before the period is not in the input at all: the first record's previous_hmac is the
        // anchor.
        QTest::newRow("export starts at the period")
            << oneFile(intact.mid(2)) << at3 << at5 << 3 << e3 << e5 << hmacOf(intact[1]) << QStringList();
        // It is: the first record must link to it, so deleting it shows.
        QList<QJsonObject> r = intact;
        r.removeAt(1);
        QTest::newRow("record before the period deleted")
            << oneFile(r) << at3 << at5 << 3 << e3 << e5 << hmacOf(intact[1])
            << QStringList{QStringLiteral("Event 1: sequence break (expected 2, got 3)"),
                           QStringLiteral("Event 1: previous_hmac mismatch")};
        QList<QJsonObject> n = intactNoSeq;
        n.removeAt(1);
        QTest::newRow("record before the period deleted, no sequence")
            << oneFile(n) << at3 << at5 << 3 << e3 << e5 << hmacOf(intactNoSeq[1])
            << QStringList{QStringLiteral("Event 1: previous_hmac mismatch")};
        QList<QJsonObject> h = intact;
        h[1].insert(QStringLiteral("hmac"), QString(64, QLatin1Char('f')));
        QTest::newRow("stored hmac before the period altered")
            << oneFile(h) << at3 << at5 << 3 << e3 << e5 << hmacOf(intact[1])
            << QStringList{QStringLiteral("Event 1: previous_hmac mismatch")};
    }
    // Nothing verified is not valid (docs/spec/chain.md): exactly one error.
    QTest::newRow("empty period") << oneFile(intact) << QStringLiteral("2025-02-01T00:00:00Z")
                                  << QStringLiteral("2025-03-01T00:00:00Z") << 0 << QString() << QString()
                                  << QString()
                                  << QStringList{QStringLiteral("No events in the examination period")};
}

void TestChainVerifier::period()
{
    QFETCH(Files, files);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, events);
    QFETCH(QString, firstId);
    QFETCH(QString, lastId);
    QFETCH(QString, anchor);
    QFETCH(QStringList, errors);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    if (!start.isEmpty()) {
        options.start = ab::Instant::parse(start);
        QVERIFY(options.start);
        options.startText = start;
    }
    if (!end.isEmpty()) {
        options.end = ab::Instant::parse(end);
        QVERIFY(options.end);
        options.endText = end;
    }
    const VerificationResult r = ChainFixture::verify(files, options);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.eventsChecked, qint64(events));
    QCOMPARE(r.firstEvent ? r.firstEvent->id : QString(), firstId);
    QCOMPARE(r.lastEvent ? r.lastEvent->id : QString(), lastId);
    QCOMPARE(r.anchor.value_or(QString()), anchor);
    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    const QJsonObject period = json.value(QLatin1String("period")).toObject();
    QCOMPARE(period.value(QLatin1String("start")).toString(), start);
    QCOMPARE(period.value(QLatin1String("end")).toString(), end);
}

void TestChainVerifier::keyRotation()
{
    QList<QJsonObject> records;
    for (int n = 1; n <= 5; ++n)
        fx.append(records, ChainFixture::event(n),
                  n <= 3 ? QStringLiteral("k2025a") : QStringLiteral("k2025b"));
    QJsonObject unknown = ChainFixture::event(6);
    fx.append(records, unknown, QStringLiteral("k2025a"));
    records.last().insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2099"));

    VerifyOptions options;
    options.keyring = &fx.keyring();
    VerificationResult r = ChainFixture::verify(oneFile(records.mid(0, 5)), options);
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.keys.size(), 2);
    // Fingerprints computed independently: sha256 of the key bytes (python3 hashlib / openssl dgst), 16 hex.
    QCOMPARE(r.keys[0].id, QStringLiteral("k2025a"));
    QCOMPARE(r.keys[0].fingerprint, QStringLiteral("630dcd2966c43366"));
    QCOMPARE(r.keys[0].records, 3);
    QCOMPARE(r.keys[1].id, QStringLiteral("k2025b"));
    QCOMPARE(r.keys[1].fingerprint, QStringLiteral("7cebe353eff7d40a"));
    QCOMPARE(r.keys[1].records, 2);

    r = ChainFixture::verify(oneFile(records), options);
    QCOMPARE(r.errors, QStringList{QStringLiteral("Event 6: unknown hmac_key_id 'k2099'")});
    QCOMPARE(r.keys.size(), 3);
    QCOMPARE(r.keys[2].id, QStringLiteral("k2099"));
    QCOMPARE(r.keys[2].fingerprint, QString());
    const QJsonArray keys =
        QJsonDocument::fromJson(r.toJson()).object().value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 3);
    QVERIFY(keys[2].toObject().value(QLatin1String("fingerprint")).isNull());
    // Secrets never reach the result.
    QVERIFY(!r.toJson().contains("000102030405"));
    QVERIFY(!r.toJson().contains("cm90YXRlZC1rZXk"));
}

void TestChainVerifier::reversedExportVerifiesAlike_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<int>("errorCount");
    QTest::newRow("by sequence") << fx.chain(7) << 0;
    QTest::newRow("by timestamp") << fx.chain(7, false) << 0;
    QList<QJsonObject> tampered = fx.chain(7, false);
    tampered.removeAt(4);
    tampered[1].insert(QStringLiteral("user"), QStringLiteral("mallory"));
    QTest::newRow("tampered, by timestamp") << tampered << 2;
}

void TestChainVerifier::reversedExportVerifiesAlike()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(int, errorCount);
    QList<QJsonObject> reversed = records;
    std::reverse(reversed.begin(), reversed.end());
    const VerificationResult oldestFirst = fx.verifyRecords(records);
    const VerificationResult newestFirst = fx.verifyRecords(reversed);
    QCOMPARE(oldestFirst.errorCount, qint64(errorCount));
    QCOMPARE(newestFirst.errors, oldestFirst.errors);
    QCOMPARE(newestFirst.valid, oldestFirst.valid);
    QCOMPARE(newestFirst.eventsChecked, oldestFirst.eventsChecked);
    QCOMPARE(newestFirst.headHmac, oldestFirst.headHmac);
    QCOMPARE(newestFirst.anchor, oldestFirst.anchor);
    QCOMPARE(newestFirst.firstEvent->id, oldestFirst.firstEvent->id);
    QCOMPARE(newestFirst.lastEvent->id, oldestFirst.lastEvent->id);
}

// The input's order is checked on two threads, one half each, and the two joined where the halves meet
// (ChainVerifier's scanInputOrder): an export whose only step back stands exactly there must be sorted too.
void TestChainVerifier::halvesSwappedVerifyAlike_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("bySequence");
    for (const int size : {2, 8, 4101})
        for (const bool bySequence : {true, false})
            QTest::addRow("%d records, by %s", size, bySequence ? "sequence" : "timestamp")
                << size << bySequence;
}

void TestChainVerifier::halvesSwappedVerifyAlike()
{
    QFETCH(int, size);
    QFETCH(bool, bySequence);
    const QList<QJsonObject> records = fx.chain(size, bySequence);
    // The newer half first: the back half (from size / 2 on) holds the older records.
    const int older = size - size / 2;
    const QList<QJsonObject> swapped = records.mid(older) + records.mid(0, older);
    const VerificationResult inOrder = fx.verifyRecords(records);
    const VerificationResult halvesSwapped = fx.verifyRecords(swapped);
    QCOMPARE(inOrder.errors, QStringList());
    QCOMPARE(halvesSwapped.errors, QStringList());
    QCOMPARE(halvesSwapped.eventsChecked, qint64(size));
    QCOMPARE(halvesSwapped.firstEvent->id, inOrder.firstEvent->id);
    QCOMPARE(halvesSwapped.lastEvent->id, inOrder.lastEvent->id);
    QCOMPARE(halvesSwapped.headHmac, inOrder.headHmac);
}

void TestChainVerifier::linkageOnly_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<int>("exitCode");
    const QList<QJsonObject> intact = fx.chain(5);
    QTest::newRow("intact") << intact << QStringList() << 3;
    QList<QJsonObject> content = intact;
    content[2].insert(QStringLiteral("action"), QStringLiteral("deny"));
    QTest::newRow("content change is not seen without keys") << content << QStringList() << 3;
    QList<QJsonObject> unknownKey = intact;
    unknownKey[2].insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2099"));
    QTest::newRow("key ids are not checked without keys") << unknownKey << QStringList() << 3;
    QList<QJsonObject> deleted = intact;
    deleted.removeAt(2);
    QTest::newRow("deletion is") << deleted
                                 << QStringList{QStringLiteral("Event 3: sequence break (expected 3, got 4)"),
                                                QStringLiteral("Event 3: previous_hmac mismatch")}
                                 << 1;
    QList<QJsonObject> malformed = intact;
    malformed[4].remove(QStringLiteral("hmac"));
    QTest::newRow("structure is") << malformed
                                  << QStringList{QStringLiteral("Event 5: malformed record (missing 'hmac')")}
                                  << 1;
}

void TestChainVerifier::linkageOnly()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(QStringList, errors);
    QFETCH(int, exitCode);
    const VerificationResult r = ChainFixture::verify(oneFile(records), VerifyOptions{});
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.macsVerified, false);
    QCOMPARE(r.exitCode(), exitCode);
    QCOMPARE(QJsonDocument::fromJson(r.toJson()).object().value(QLatin1String("macs_verified")),
             QJsonValue(false));
    for (const auto &k : r.keys)
        QVERIFY(k.fingerprint.isEmpty());
}

void TestChainVerifier::maxErrors_data()
{
    QTest::addColumn<int>("maxErrors");
    QTest::addColumn<int>("listed");
    QTest::newRow("default") << 1000 << 5;
    QTest::newRow("two") << 2 << 2;
    QTest::newRow("exactly all") << 5 << 5;
    QTest::newRow("none listed") << 0 << 0;
}

void TestChainVerifier::maxErrors()
{
    QFETCH(int, maxErrors);
    QFETCH(int, listed);
    QList<QJsonObject> records = fx.chain(8);
    QStringList all;
    for (int i = 2; i <= 6; ++i) {
        records[i].insert(QStringLiteral("action"), QStringLiteral("deny"));
        all << fx.hmacMismatch(i + 1, records[i]);
    }
    VerifyOptions options;
    options.maxErrors = maxErrors;
    const VerificationResult r = fx.verifyRecords(records, options);
    QCOMPARE(r.errors, all.mid(0, listed));
    QCOMPARE(r.errorCount, 5);
    QCOMPARE(r.valid, false);
    QCOMPARE(r.exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(json.value(QLatin1String("error_count")).toInt(), 5);
    QCOMPARE(json.value(QLatin1String("errors")).toArray().size(), listed);
}

void TestChainVerifier::orderedByTimestampWhenSomeLackSequence_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<QStringList>("errors");
    QList<QJsonObject> records = fx.chain(6);
    records[3].remove(QStringLiteral("sequence"));
    fx.relink(records, 3);
    QList<QJsonObject> shuffled = records;
    std::swap(shuffled[0], shuffled[4]);
    std::swap(shuffled[2], shuffled[5]);
    QTest::newRow("in order") << records << QStringList();
    QTest::newRow("shuffled") << shuffled << QStringList();
    // Sequences that contradict the timestamps are not used for ordering, only checked pairwise.
    QList<QJsonObject> contradict = records;
    contradict[1].insert(QStringLiteral("sequence"), 9);
    fx.relink(contradict, 1);
    std::reverse(contradict.begin(), contradict.end());
    QTest::newRow("sequence contradicts")
        << contradict
        << QStringList{QStringLiteral("Event 2: sequence break (expected 2, got 9)"),
                       QStringLiteral("Event 3: sequence break (expected 10, got 3)")};
}

void TestChainVerifier::orderedByTimestampWhenSomeLackSequence()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(QStringList, errors);
    const VerificationResult r = fx.verifyRecords(records);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.eventsChecked, 6);
    QCOMPARE(r.firstEvent->id, ChainFixture::eventId(1));
    QCOMPARE(r.lastEvent->id, ChainFixture::eventId(6));
}

// docs/spec/chain.md: integers beyond 2^53 (here beyond 64 bits) lose precision exactly as JCS says; they are
// content, not a reason to reject the file.
void TestChainVerifier::bigIntegerContent()
{
    // The MAC is computed over the double the literal denotes, written as a double literal here, so the
    // expected value does not depend on how the verifier reads the big integer.
    QJsonObject asDouble = ChainFixture::event(1);
    asDouble.insert(QStringLiteral("previous_hmac"), Genesis);
    asDouble.insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2025a"));
    QByteArray text = QJsonDocument(asDouble).toJson(QJsonDocument::Compact);
    text.insert(1, "\"big\":1.2345678901234568e+29,\"neg\":-1e+20,");
    const std::string jcsText =
        ab::jcs::canonicalize(std::string_view(text.constData(), size_t(text.size())));
    QVERIFY(jcsText.find("\"big\":1.2345678901234568e+29") != std::string::npos);
    QVERIFY(jcsText.find("\"neg\":-100000000000000000000") != std::string::npos);
    // canonicalize() keeps hmac/previous_hmac out only when asked: rebuild the message as docs/spec/chain.md
    // says.
    QJsonObject content = QJsonDocument::fromJson(text).object();
    const QString mac = fx.macOf(content, QStringLiteral("k2025a"));
    QByteArray record = text;
    record.replace("1.2345678901234568e+29", "123456789012345678901234567890");
    record.replace("-1e+20", "-100000000000000000000");
    record.chop(1);
    record += ",\"hmac\":\"" + mac.toLatin1() + "\"}";
    const VerificationResult r = ChainFixture::verify({{QStringLiteral("big.json"), '[' + record + ']'}},
                                                      VerifyOptions{&fx.keyring()});
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.eventsChecked, 1);
    const VerificationResult nd =
        ChainFixture::verify({{QStringLiteral("big.ndjson"), record + '\n'}}, VerifyOptions{&fx.keyring()});
    QVERIFY2(nd.valid, qPrintable(nd.errors.join(QLatin1Char('\n'))));
}

void TestChainVerifier::firstAndLastEventsAndSources()
{
    const QList<QJsonObject> records = fx.chain(5);
    const QByteArray a = ChainFixture::toJsonArray(records.mid(0, 2)),
                     b = ChainFixture::toNdjson(records.mid(2));
    const VerificationResult r = ChainFixture::verify(
        {{QStringLiteral("dir/2025-02.ndjson"), b}, {QStringLiteral("dir/2025-01.json"), a}},
        VerifyOptions{&fx.keyring()});
    QVERIFY(r.valid);
    QCOMPARE(r.firstEvent->id, ChainFixture::eventId(1));
    QCOMPARE(r.firstEvent->timestamp, QStringLiteral("2025-01-01T01:00:00Z"));
    QCOMPARE(r.lastEvent->id, ChainFixture::eventId(5));
    QCOMPARE(r.lastEvent->timestamp, QStringLiteral("2025-01-01T05:00:00Z"));
    QCOMPARE(r.sources.size(), 2);
    QCOMPARE(r.sources[0].file, QStringLiteral("2025-02.ndjson"));
    QCOMPARE(r.sources[0].records, 3);
    QCOMPARE(r.sources[0].sha256, ab::crypto::sha256Hex(b));
    QCOMPARE(r.sources[1].file, QStringLiteral("2025-01.json"));
    QCOMPARE(r.sources[1].records, 2);
    QCOMPARE(r.sources[1].sha256, ab::crypto::sha256Hex(a));
}

// Qt's painting waits for tasks on its global pool: a verification must never occupy those threads (see
// core/common/ComputePool.h). The progress reports come from the threads doing the work, while they work.
void TestChainVerifier::parsesOnItsOwnThreadsNotQtsGlobalPool()
{
    struct PoolWatch : ab::Progress
    {
        std::atomic<int> reports{0}, globalBusy{0}, computeBusy{0};
        void beginStage(const QString &, qint64) override {}
        void report(qint64) override
        {
            ++reports;
            if (QThreadPool::globalInstance()->activeThreadCount() > 0)
                ++globalBusy;
            if (ab::computePool()->activeThreadCount() > 0)
                ++computeBusy;
        }
        bool isCancelled() const override { return false; }
    } watch;
    const auto records = fx.chain(20000);
    ab::ChainInput input;
    input.addSource(
        ab::SourceText::fromBytes(QStringLiteral("export.ndjson"), ChainFixture::toNdjson(records)),
        ab::ChainInput::Split::Deferred);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const auto result = ChainVerifier::verify(input, options, &watch);
    QVERIFY(result.valid);
    QVERIFY(watch.reports > 5); // 20,000 records in chunks of 2,048: one report per chunk at least
    QVERIFY(watch.computeBusy > 0);
    QCOMPARE(watch.globalBusy.load(), 0);
}

// Ids that rise through the input prove that none repeats without the search by hash (ChainVerifier's
// scanInputOrder); a repeat anywhere, also across the 2,048-record chunks extraction works in and where the
// two halves that scan checks on two threads meet, must still be found.
void TestChainVerifier::repeatedIdFoundWhereverItStands_data()
{
    QTest::addColumn<bool>("ndjson");
    QTest::addColumn<int>("repeatAt"); // 0-based index of the record given another's id, -1: none
    QTest::addColumn<int>("idOf");
    for (const bool ndjson : {false, true}) {
        const char *format = ndjson ? "NDJSON" : "array";
        QTest::addRow("%s, all ids rising", format) << ndjson << -1 << 0;
        QTest::addRow("%s, the one before, inside a chunk", format) << ndjson << 100 << 99;
        QTest::addRow("%s, the one before, first of a chunk", format) << ndjson << 2048 << 2047;
        QTest::addRow("%s, the one before, where the halves meet", format) << ndjson << 2050 << 2049;
        QTest::addRow("%s, the one after, last of a chunk", format) << ndjson << 4095 << 4096;
        QTest::addRow("%s, the first, in the last chunk", format) << ndjson << 4099 << 0;
    }
}

void TestChainVerifier::repeatedIdFoundWhereverItStands()
{
    QFETCH(bool, ndjson);
    QFETCH(int, repeatAt);
    QFETCH(int, idOf);
    QList<QJsonObject> records = fx.chain(4100);
    QStringList expected;
    if (repeatAt >= 0) {
        const QString id = records[idOf].value(QStringLiteral("id")).toString();
        records[repeatAt].insert(QStringLiteral("id"), id);
        fx.relink(records, repeatAt);
        // Ordered by sequence, so the later of the two records is the one reported.
        expected << QStringLiteral("Event %1: duplicate id '%2' with differing content")
                        .arg(std::max(repeatAt, idOf) + 1)
                        .arg(id);
    }
    const QByteArray bytes = ndjson ? ChainFixture::toNdjson(records) : ChainFixture::toJsonArray(records);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const VerificationResult r = ChainFixture::verify(
        {{QString::fromLatin1(ndjson ? "export.ndjson" : "export.json"), bytes}}, options);
    QCOMPARE(r.errors, expected);
    QCOMPARE(r.eventsChecked, qint64(4100));
    QCOMPARE(r.duplicatesMerged, qint64(0));
    QCOMPARE(r.valid, expected.isEmpty());
}

// Cancelling after the first chunk of records ends the run in its first stage with CancelledError. The
// chunks not started never construct their records (ChainRecordTable) and the table releases only those that
// were: in the sanitizer build the storage of records never constructed is poisoned, so destroying one fails
// this test there.
void TestChainVerifier::cancelledWhileParsingThrowsCancelled()
{
    struct CancelAfterFirstChunk : ab::Progress
    {
        std::atomic<int> stages{0};
        std::atomic<bool> cancelled{false};
        void beginStage(const QString &, qint64) override { ++stages; }
        void report(qint64 done) override
        {
            if (done > 0)
                cancelled = true;
        }
        bool isCancelled() const override { return cancelled; }
    } progress;
    const QList<QJsonObject> records = fx.chain(10000);
    ab::ChainInput input;
    input.addSource(
        ab::SourceText::fromBytes(QStringLiteral("export.ndjson"), ChainFixture::toNdjson(records)));
    VerifyOptions options;
    options.keyring = &fx.keyring();
    QVERIFY_THROWS_EXCEPTION(ab::CancelledError, ChainVerifier::verify(input, options, &progress));
    QCOMPARE(progress.stages.load(), 1); // cancelled in "Parsing and authenticating records", the first stage
}

QTEST_APPLESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
