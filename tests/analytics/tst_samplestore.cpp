// The sample store's core API: what is stored and logged is evidence (the same bytes under a UI translation),
// a window is not a population, and a stored sample reads back as drawn.
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include "core/analytics/SampleStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::analytics;

class TestSampleStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedAndLoggedBytesIgnoreTheUiLanguage();
    void windowIsNotAPopulation();
    void readsBackAsDrawn();

private:
    std::unique_ptr<WorkspaceStore> m_store;
    QTemporaryDir m_dir;
};

void TestSampleStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("s.auditbench")));
    m_store->importBytes({{QStringLiteral("r.json"), wsfixture::asArray(wsfixture::gatewayRecords(60))}});
    QCOMPARE(m_store->count(), 60);
}

void TestSampleStore::storedAndLoggedBytesIgnoreTheUiLanguage()
{
    AuditFilter filter;
    filter.categories = {QStringLiteral("enforcement")};
    const Sample plain = drawSample(*m_store, filter, 4, 11, {});
    Sample translated;
    {
        ab::test::ScopedPseudoTranslation pseudo;
        translated = drawSample(*m_store, filter, 4, 11, {});
    }
    QCOMPARE(translated.algorithm, plain.algorithm);
    QCOMPARE(translated.filtersJson, plain.filtersJson);
    QCOMPARE(translated.filtersJson, QByteArray(R"({"category":["enforcement"]})"));
    QCOMPARE(translated.name,
             QStringLiteral("sample %1").arg(translated.id)); // the default name, untranslated
    // The two log entries differ only in the sample's id and default name.
    const QList<ActivityEntry> log = m_store->activity();
    QVERIFY(log.size() >= 2);
    QJsonObject a = QJsonDocument::fromJson(log[log.size() - 2].details).object();
    QJsonObject b = QJsonDocument::fromJson(log.last().details).object();
    QCOMPARE(log.last().action, QStringLiteral("sample"));
    for (QJsonObject *o : {&a, &b}) {
        o->remove(QStringLiteral("sample_id"));
        o->remove(QStringLiteral("name"));
    }
    QCOMPARE(a, b);
    QCOMPARE(a.keys(), (QStringList{QStringLiteral("algorithm"), QStringLiteral("filters"),
                                    QStringLiteral("population_count"), QStringLiteral("records_sha256"),
                                    QStringLiteral("run"), QStringLiteral("seed"), QStringLiteral("size")}));
    QCOMPARE(m_store->verifyActivityLog().intact, true);
}

void TestSampleStore::windowIsNotAPopulation()
{
    AuditFilter filter;
    filter.limit = 10;
    const qsizetype before = storedSamples(*m_store).size();
    QVERIFY_THROWS_EXCEPTION(SampleError, drawSample(*m_store, filter, 2, 1, {}));
    filter.limit = -1;
    filter.offset = 3;
    QVERIFY_THROWS_EXCEPTION(SampleError, drawSample(*m_store, filter, 2, 1, {}));
    QVERIFY_THROWS_EXCEPTION(SampleError, drawSample(*m_store, {}, 2, MaxSeed + 1, {}));
    QVERIFY_THROWS_EXCEPTION(SampleError, drawSample(*m_store, {}, 0, 1, {}));
    QCOMPARE(storedSamples(*m_store).size(), before);
}

void TestSampleStore::readsBackAsDrawn()
{
    const Sample drawn = drawSample(*m_store, {}, 6, MaxSeed, QStringLiteral("largest seed"));
    const std::optional<Sample> stored = storedSample(*m_store, drawn.id);
    QVERIFY(stored);
    QCOMPARE(stored->toJson(), drawn.toJson());
    QCOMPARE(stored->records.size(), 6);
    for (qsizetype i = 0; i < 6; ++i)
        QCOMPARE(stored->records[i].rowId, drawn.records[i].rowId);
    QCOMPARE(QJsonDocument::fromJson(stored->toJson()).object()[QStringLiteral("seed")].toInteger(),
             qint64(MaxSeed));
    QVERIFY(!storedSample(*m_store, 999));
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
