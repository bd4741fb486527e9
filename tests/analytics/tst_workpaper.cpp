// The tests-of-controls workpaper's core: the upper deviation limit and conclusion for cases in the
// published attribute-sampling evaluation tables, sign-offs bound to the content's SHA-256, a signed version
// that refuses every change (the API and the schema's triggers), new versions that need new sign-offs, and
// the activity log's entries.
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include "core/analytics/WorkpaperStore.h"
#include "core/crypto/Crypto.h"
#include "core/workspace/SqlSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::analytics;

namespace {

QList<WorkpaperItem> items(int noException, int exception, int notApplicable = 0, int pending = 0)
{
    QList<WorkpaperItem> out;
    const auto add = [&](int count, ItemResult r) {
        for (int i = 0; i < count; ++i) {
            WorkpaperItem item;
            item.position = out.size();
            item.result = r;
            out << item;
        }
    };
    add(noException, ItemResult::NoException);
    add(exception, ItemResult::Exception);
    add(notApplicable, ItemResult::NotApplicable);
    add(pending, ItemResult::Pending);
    return out;
}

} // namespace

class TestWorkpaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upperDeviationLimitAndConclusion_data();
    void upperDeviationLimitAndConclusion();
    void notApplicableAndPendingItems();
    void signOffBindsTheContentHash();
    void signedVersionRefusesEditsThroughTheApi();
    void signedVersionRefusesEditsThroughTheTriggers();
    void signOffOrderAndSigners();
    void reviewNotesCloseWithTheReviewer();
    void contentIgnoresTheUiLanguage();
    void activityLogNamesEveryChange();

private:
    Workpaper fullyRecorded(const QString &name);
    std::unique_ptr<WorkspaceStore> m_store;
    QTemporaryDir m_dir;
    qint64 m_sampleId = 0;
};

void TestWorkpaper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("w.auditbench")));
    m_store->importBytes({{QStringLiteral("r.json"), wsfixture::asArray(wsfixture::gatewayRecords(40))}});
    m_sampleId = drawSample(*m_store, {}, 5, 7, QStringLiteral("five")).id;
}

void TestWorkpaper::upperDeviationLimitAndConclusion_data()
{
    QTest::addColumn<int>("tested");
    QTest::addColumn<int>("deviations");
    QTest::addColumn<int>("confidenceBp");
    QTest::addColumn<int>("tolerableBp");
    QTest::addColumn<double>("limitPct");
    QTest::addColumn<QString>("conclusion");
    // Values of the AICPA evaluation tables (computed exactly: 4.95, 7.79, 6.16, 4.99, 10.80).
    QTest::newRow("59/0 at 95 %") << 59 << 0 << 9500 << 500 << 4.95 << "supports_reliance";
    QTest::newRow("59/1 at 95 %") << 59 << 1 << 9500 << 500 << 7.79 << "does_not_support_reliance";
    QTest::newRow("100/2 at 95 %, 7 % tolerable") << 100 << 2 << 9500 << 700 << 6.16 << "supports_reliance";
    QTest::newRow("100/2 at 95 %, 6 % tolerable")
        << 100 << 2 << 9500 << 600 << 6.16 << "does_not_support_reliance";
    QTest::newRow("45/0 at 90 %") << 45 << 0 << 9000 << 500 << 4.99 << "supports_reliance";
    QTest::newRow("60/3 at 90 %") << 60 << 3 << 9000 << 1000 << 10.80 << "does_not_support_reliance";
}

void TestWorkpaper::upperDeviationLimitAndConclusion()
{
    QFETCH(int, tested);
    QFETCH(int, deviations);
    QFETCH(int, confidenceBp);
    QFETCH(int, tolerableBp);
    QFETCH(double, limitPct);
    QFETCH(QString, conclusion);
    const WorkpaperEvaluation e =
        evaluateItems(items(tested - deviations, deviations), confidenceBp, tolerableBp);
    QCOMPARE(e.tested, tested);
    QCOMPARE(e.deviations, deviations);
    QCOMPARE(ratePercent(e.upperDeviationLimit), limitPct);
    QCOMPARE(ratePercent(e.deviationRate), std::round(10000.0 * deviations / tested) / 100.0);
    QCOMPARE(e.conclusionCode(), conclusion);
}

void TestWorkpaper::notApplicableAndPendingItems()
{
    // Not-applicable items are neither tested nor deviations: 59 tested of 61.
    const WorkpaperEvaluation e = evaluateItems(items(59, 0, 2), 9500, 500);
    QCOMPARE(e.size, 61);
    QCOMPARE(e.tested, 59);
    QCOMPARE(e.notApplicable, 2);
    QCOMPARE(ratePercent(e.upperDeviationLimit), 4.95);
    QCOMPARE(e.conclusionCode(), QStringLiteral("supports_reliance"));
    QCOMPARE(e.conclusionText(500, 9500),
             QStringLiteral(
                 "0 deviation(s) in 59 tested items: deviation rate 0 %, upper deviation limit 4.95 % at "
                 "95 % confidence, within the tolerable rate of 5 %: the sample supports reliance on "
                 "the control."));
    const WorkpaperEvaluation pending = evaluateItems(items(58, 0, 0, 1), 9500, 500);
    QCOMPARE(pending.conclusionCode(), QStringLiteral("incomplete"));
    QCOMPARE(pending.conclusionText(500, 9500),
             QStringLiteral("Incomplete: 1 of 59 items have no result yet."));
    QCOMPARE(evaluateItems(items(0, 0, 3), 9500, 500).conclusionCode(), QStringLiteral("incomplete"));
}

Workpaper TestWorkpaper::fullyRecorded(const QString &name)
{
    Workpaper wp = createWorkpaper(*m_store, m_sampleId, name, 9500, 500);
    for (qint64 i = 0; i < 5; ++i)
        wp = recordResult(*m_store, wp.id, i, i == 2 ? ItemResult::Exception : ItemResult::NoException,
                          QStringLiteral("checked item %1").arg(i + 1));
    return wp;
}

void TestWorkpaper::signOffBindsTheContentHash()
{
    const Workpaper recorded = fullyRecorded(QStringLiteral("binds"));
    QCOMPARE(recorded.version, 1);
    QCOMPARE(recorded.contentSha256(), crypto::sha256Hex(recorded.content()));
    const Workpaper prepared =
        signWorkpaper(*m_store, recorded.id, PreparerRole, QStringLiteral("Pat Preparer"));
    QCOMPARE(prepared.signOffs.size(), 1);
    QCOMPARE(prepared.signOffs[0].contentSha256, recorded.contentSha256());
    QCOMPARE(prepared.contentSha256(), recorded.contentSha256()); // a sign-off is beside the content
    QCOMPARE(prepared.signOffs[0].name, QStringLiteral("Pat Preparer"));
    QVERIFY(!prepared.signOffs[0].signedAt.isEmpty());

    // A changed item makes version 2: a different hash and no sign-off.
    const Workpaper changed = recordResult(*m_store, recorded.id, 2, ItemResult::NoException,
                                           QStringLiteral("exception withdrawn"));
    QCOMPARE(changed.version, 2);
    QCOMPARE(changed.latestVersion, 2);
    QVERIFY(changed.signOffs.isEmpty());
    QVERIFY(changed.contentSha256() != recorded.contentSha256());
    QCOMPARE(changed.items[2].result, ItemResult::NoException);
    QCOMPARE(changed.items[0].note, QStringLiteral("checked item 1")); // carried into the new version
    // Version 1 is still as signed: its hash matches its sign-off.
    const std::optional<Workpaper> v1 = storedWorkpaper(*m_store, recorded.id, 1);
    QVERIFY(v1);
    QCOMPARE(v1->items[2].result, ItemResult::Exception);
    QCOMPARE(v1->contentSha256(), v1->signOffs[0].contentSha256);
    const QJsonObject shown = QJsonDocument::fromJson(v1->toJson()).object();
    QCOMPARE(
        shown[QStringLiteral("sign_offs")].toArray()[0].toObject()[QStringLiteral("hash_matches")].toBool(),
        true);
    QCOMPARE(shown[QStringLiteral("latest_version")].toInt(), 2);
    // A signer states the hash they read: a stale one is refused.
    QVERIFY_THROWS_EXCEPTION(WorkpaperError, signWorkpaper(*m_store, recorded.id, PreparerRole,
                                                           QStringLiteral("Pat"), recorded.contentSha256()));
    const Workpaper resigned = signWorkpaper(*m_store, recorded.id, PreparerRole,
                                             QStringLiteral("Pat Preparer"), changed.contentSha256().left(8));
    QCOMPARE(resigned.signOffs[0].contentSha256, changed.contentSha256());
}

void TestWorkpaper::signedVersionRefusesEditsThroughTheApi()
{
    const Workpaper wp = fullyRecorded(QStringLiteral("api"));
    signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("Pat"));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             recordResult(*m_store, wp.id, 0, ItemResult::Exception, QStringLiteral("x"), 1));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError, // not the latest version either
                             recordResult(*m_store, wp.id, 0, ItemResult::Exception, QStringLiteral("x"), 2));
    const std::optional<Workpaper> after = storedWorkpaper(*m_store, wp.id);
    QVERIFY(after);
    QCOMPARE(after->latestVersion, 1);
    QCOMPARE(after->contentSha256(), wp.contentSha256());
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             recordResult(*m_store, wp.id, 5, ItemResult::Exception, QStringLiteral("x")));
}

void TestWorkpaper::signedVersionRefusesEditsThroughTheTriggers()
{
    const Workpaper wp = fullyRecorded(QStringLiteral("triggers"));
    signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("Pat"));
    const SqlSession &sql = m_store->sqlSession();
    const QString versionId =
        sql.scalar(QStringLiteral("SELECT id FROM workpaper_versions WHERE workpaper_id = ? AND version = 1"),
                   {wp.id})
            .toString();
    const QStringList refused{
        QStringLiteral("UPDATE workpaper_results SET result = 'no_exception' WHERE version_id = %1")
            .arg(versionId),
        QStringLiteral("UPDATE workpaper_results SET note = 'edited' WHERE version_id = %1").arg(versionId),
        QStringLiteral("DELETE FROM workpaper_results WHERE version_id = %1").arg(versionId),
        QStringLiteral("UPDATE workpaper_signoffs SET content_sha256 = '%1'")
            .arg(QString(64, QLatin1Char('0'))),
        QStringLiteral("DELETE FROM workpaper_signoffs"),
        QStringLiteral("UPDATE workpapers SET tolerable_bp = 1000"),
        QStringLiteral("DELETE FROM workpaper_versions"),
    };
    for (const QString &statement : refused) {
        try {
            sql.exec(statement);
            QFAIL(qPrintable(QStringLiteral("not refused: ") + statement));
        } catch (const WorkspaceError &e) {
            QVERIFY2(e.message().contains(QLatin1String("cannot change")) ||
                         e.message().contains(QLatin1String("never")),
                     qPrintable(e.message()));
        }
    }
    // Deleting and re-inserting is refused too: a signed version takes no new result row.
    QVERIFY_THROWS_EXCEPTION(
        WorkspaceError,
        sql.exec(QStringLiteral("INSERT INTO workpaper_results VALUES (%1, 0, 'exception', '', 'x', 'y')")
                     .arg(versionId)));
    const std::optional<Workpaper> after = storedWorkpaper(*m_store, wp.id);
    QCOMPARE(after->contentSha256(), wp.contentSha256());
    QCOMPARE(after->items[2].result, ItemResult::Exception);
}

void TestWorkpaper::signOffOrderAndSigners()
{
    Workpaper wp = createWorkpaper(*m_store, m_sampleId, QStringLiteral("order"), 9500, 500);
    // Pending items: nothing to sign yet.
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("Pat")));
    for (qint64 i = 0; i < 5; ++i)
        wp = recordResult(*m_store, wp.id, i, ItemResult::NoException, {});
    // The reviewer signs only after the preparer, the preparer once, and the reviewer is someone else.
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             signWorkpaper(*m_store, wp.id, ReviewerRole, QStringLiteral("Rae")));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("  ")));
    QVERIFY_THROWS_EXCEPTION(
        WorkpaperError, signWorkpaper(*m_store, wp.id, QStringLiteral("partner"), QStringLiteral("Pat")));
    signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("Pat"));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("Pat")));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError,
                             signWorkpaper(*m_store, wp.id, ReviewerRole, QStringLiteral("pat")));
    const Workpaper reviewed = signWorkpaper(*m_store, wp.id, ReviewerRole, QStringLiteral("Rae Reviewer"));
    QCOMPARE(reviewed.signOffs.size(), 2);
    QCOMPARE(reviewed.signOffs[1].role, ReviewerRole);
    QCOMPARE(reviewed.signOffs[1].contentSha256, reviewed.signOffs[0].contentSha256);
    // The schema holds the same rule: a reviewer row with a hash the preparer did not sign is refused.
    QVERIFY_THROWS_EXCEPTION(
        WorkspaceError, m_store->sqlSession().exec(
                            QStringLiteral("INSERT INTO workpaper_signoffs (version_id, role, name, "
                                           "content_sha256, signed_at, signed_by) SELECT id, 'reviewer', "
                                           "'X', '%1', 'a', 'b' FROM workpaper_versions WHERE "
                                           "workpaper_id = 1 AND version = 2")
                                .arg(QString(64, QLatin1Char('a')))));
}

void TestWorkpaper::reviewNotesCloseWithTheReviewer()
{
    Workpaper wp = fullyRecorded(QStringLiteral("notes"));
    signWorkpaper(*m_store, wp.id, PreparerRole, QStringLiteral("Pat"));
    const QString signedHash = storedWorkpaper(*m_store, wp.id)->contentSha256();
    wp = addReviewNote(*m_store, wp.id, QStringLiteral("Item 3: attach the ticket."));
    QCOMPARE(wp.reviewNotes.size(), 1);
    QCOMPARE(wp.reviewNotes[0].version, 1);
    QCOMPARE(wp.contentSha256(), signedHash); // a note between the sign-offs does not change what was signed
    signWorkpaper(*m_store, wp.id, ReviewerRole, QStringLiteral("Rae"));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError, addReviewNote(*m_store, wp.id, QStringLiteral("late")));
    QVERIFY_THROWS_EXCEPTION(WorkpaperError, addReviewNote(*m_store, wp.id, QStringLiteral("  ")));
    QCOMPARE(storedWorkpaper(*m_store, wp.id)->reviewNotes.size(), 1);
}

void TestWorkpaper::contentIgnoresTheUiLanguage()
{
    const Workpaper wp = fullyRecorded(QStringLiteral("language"));
    QByteArray translatedContent;
    QString translatedText;
    {
        ab::test::ScopedPseudoTranslation pseudo;
        const std::optional<Workpaper> again = storedWorkpaper(*m_store, wp.id);
        translatedContent = again->content();
        translatedText = again->evaluation().conclusionText(again->tolerableBp, again->confidenceBp);
    }
    QCOMPARE(translatedContent, wp.content());
    QCOMPARE(translatedText, wp.evaluation().conclusionText(wp.tolerableBp, wp.confidenceBp));
    const QJsonObject content = QJsonDocument::fromJson(wp.content()).object();
    QCOMPARE(content.keys(), (QStringList{QStringLiteral("confidence_pct"), QStringLiteral("evaluation"),
                                          QStringLiteral("items"), QStringLiteral("name"),
                                          QStringLiteral("sample"), QStringLiteral("tolerable_pct"),
                                          QStringLiteral("version"), QStringLiteral("workpaper_id")}));
    QCOMPARE(content[QStringLiteral("items")].toArray().size(), 5);
    QCOMPARE(content[QStringLiteral("items")].toArray()[2].toObject()[QStringLiteral("result")].toString(),
             QStringLiteral("exception"));
    QCOMPARE(
        content[QStringLiteral("items")].toArray()[2].toObject()[QStringLiteral("record_sha256")].toString(),
        crypto::sha256Hex(m_store->rawRecord(wp.items[2].rowId)));
}

void TestWorkpaper::activityLogNamesEveryChange()
{
    const qsizetype before = m_store->activity().size();
    Workpaper wp = createWorkpaper(*m_store, m_sampleId, QStringLiteral("log"), 9900, 1000);
    wp = recordResult(*m_store, wp.id, 0, ItemResult::NotApplicable, QStringLiteral("voided"));
    const QList<ActivityEntry> log = m_store->activity().mid(before);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].action, QStringLiteral("workpaper.created"));
    QCOMPARE(log[1].action, QStringLiteral("workpaper.result"));
    const QJsonObject d = QJsonDocument::fromJson(log[1].details).object();
    QCOMPARE(d[QStringLiteral("content_sha256")].toString(), wp.contentSha256());
    QCOMPARE(d[QStringLiteral("position")].toInt(), 1);
    QCOMPARE(d[QStringLiteral("result")].toString(), QStringLiteral("not_applicable"));
    QCOMPARE(d[QStringLiteral("note")].toString(), QStringLiteral("voided"));
    QCOMPARE(d[QStringLiteral("record_id")].toString(), wp.items[0].recordId);
    QVERIFY(m_store->verifyActivityLog().intact);
    QVERIFY_THROWS_EXCEPTION(WorkpaperError, createWorkpaper(*m_store, 999, {}, 9500, 500));
    QCOMPARE(m_store->activity().size(), before + 2);
}

QTEST_GUILESS_MAIN(TestWorkpaper)
#include "tst_workpaper.moc"
