// The views over imported evidence (core/views): bundles, OCSF events and runtime entries filtered in the
// workspace give exactly the counts computed here from the fixtures' JSON (no SQL involved in the expected
// side), in the documented order, with values bound (a quote in a filter is just a character).
#include "views/ViewsFixture.h"

#include "core/json/JsonWriter.h"
#include "core/views/BundleQueries.h"
#include "core/views/OcsfQueries.h"
#include "core/views/RuntimeQueries.h"
#include "core/views/ViewFilters.h"
#include "core/workspace/WorkspaceStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace ab;
using namespace ab::views;

namespace {

qint64 countWhere(const QJsonArray &values, const std::function<bool(const QJsonObject &)> &keep)
{
    qint64 n = 0;
    for (const QJsonValue &v : values)
        n += keep(v.toObject()) ? 1 : 0;
    return n;
}

QString at(const QJsonObject &o, const QString &a, const QString &b)
{
    return o.value(a).toObject().value(b).toString();
}

} // namespace

class TestViewQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("views.auditbench")));
        m_store->importFiles(viewsfixture::writeEvidence(m_dir.path()));
        m_events = viewsfixture::ocsfEvents(viewsfixture::OcsfEvents);
        m_entries = viewsfixture::runtimeEntries(viewsfixture::RuntimeEntries);
    }

    void bundles()
    {
        const QList<BundleRow> rows = views::bundles(*m_store);
        const QJsonArray expected =
            QJsonDocument::fromJson(wsfixture::bundleExport(viewsfixture::Bundles)).array();
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            QCOMPARE(rows[i].name, e.value(QStringLiteral("name")).toString());
            QCOMPARE(rows[i].framework, e.value(QStringLiteral("regulatory_framework")).toString());
            QCOMPARE(rows[i].version, e.value(QStringLiteral("version")).toString());
            QCOMPARE(rows[i].enabled, std::optional<bool>(e.value(QStringLiteral("enabled")).toBool()));
            QCOMPARE(rows[i].ruleMappingCount, 1);
            QCOMPARE(rows[i].ruleMappingsJson,
                     QByteArray("[{\"rule\":%1}]").replace("%1", QByteArray::number(i)));
            QCOMPARE(rows[i].exportedAt, QStringLiteral("2026-03-13T00:00:00Z"));
            QCOMPARE(rows[i].sourceFile, QStringLiteral("bundles.json"));
        }
    }

    void ocsfCounts_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 10; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void ocsfCounts()
    {
        QFETCH(int, which);
        OcsfFilter f;
        std::function<bool(const QJsonObject &)> keep;
        const qint64 start = 1735689600000 + qint64(20) * 36 * 3600 * 1000;
        const qint64 end = 1735689600000 + qint64(60) * 36 * 3600 * 1000;
        switch (which) {
        case 0:
            keep = [](const QJsonObject &) { return true; };
            break;
        case 1:
            f.classUids = {2001};
            keep = [](const QJsonObject &o) { return o.value(QStringLiteral("class_uid")).toInt() == 2001; };
            break;
        case 2:
            f.activities = {QStringLiteral("2")};
            keep = [](const QJsonObject &o) { return o.value(QStringLiteral("activity_id")).toInt() == 2; };
            break;
        case 3:
            f.activities = {QStringLiteral("DLP_BLOCK"), QStringLiteral("login")};
            keep = [](const QJsonObject &o) {
                const QString a = o.value(QStringLiteral("activity_name")).toString();
                return a == QLatin1String("dlp_block") || a == QLatin1String("login");
            };
            break;
        case 4:
            f.start = Instant::fromMSecsSinceEpoch(start);
            f.end = Instant::fromMSecsSinceEpoch(end);
            keep = [&](const QJsonObject &o) {
                if (!o.contains(QStringLiteral("time")))
                    return false;
                const qint64 t = qint64(o.value(QStringLiteral("time")).toDouble());
                return t >= start && t <= end;
            };
            break;
        case 5:
            f.frameworkReference = QStringLiteral("requirement 3");
            keep = [](const QJsonObject &o) {
                return at(o, QStringLiteral("metadata"), QStringLiteral("framework_reference"))
                    .contains(QLatin1String("Requirement 3"));
            };
            break;
        case 6:
            f.entityTypes = {QStringLiteral("ssn"), QStringLiteral("medical_record")};
            keep = [](const QJsonObject &o) {
                return at(o, QStringLiteral("metadata"), QStringLiteral("entity_type")) !=
                       QLatin1String("credit_card");
            };
            break;
        case 7:
            f.actions = {QStringLiteral("block")};
            keep = [](const QJsonObject &o) {
                return at(o, QStringLiteral("metadata"), QStringLiteral("action")) == QLatin1String("BLOCK");
            };
            break;
        case 8:
            f.user = QStringLiteral("user2@example.com");
            keep = [](const QJsonObject &o) {
                return o.value(QStringLiteral("actor"))
                           .toObject()
                           .value(QStringLiteral("user"))
                           .toObject()
                           .value(QStringLiteral("email_addr")) == QLatin1String("user2@example.com");
            };
            break;
        case 9: // everything at once, and a user given by uid
            f.classUids = {2001, 3002};
            f.actions = {QStringLiteral("BLOCK"), QStringLiteral("allow")};
            f.user = QStringLiteral("usr_1");
            f.start = Instant::fromMSecsSinceEpoch(start);
            keep = [&](const QJsonObject &o) {
                const int c = o.value(QStringLiteral("class_uid")).toInt();
                const QString a = at(o, QStringLiteral("metadata"), QStringLiteral("action")).toLower();
                const QString uid = o.value(QStringLiteral("actor"))
                                        .toObject()
                                        .value(QStringLiteral("user"))
                                        .toObject()
                                        .value(QStringLiteral("uid"))
                                        .toString();
                return (c == 2001 || c == 3002) &&
                       (a == QLatin1String("block") || a == QLatin1String("allow")) &&
                       uid == QLatin1String("usr_1") && o.contains(QStringLiteral("time")) &&
                       qint64(o.value(QStringLiteral("time")).toDouble()) >= start;
            };
            break;
        }
        const qint64 expected = countWhere(m_events, keep);
        QVERIFY(expected > 0);
        const OcsfQueries q(*m_store);
        QCOMPARE(q.count(f), expected);
        const QList<OcsfEventRow> rows = q.rows(f);
        QCOMPARE(qint64(rows.size()), expected);
        QCOMPARE(qint64(q.rawEvents(f).size()), expected);
        // Time order, events without a time last.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(!rows[i - 1].timeMs || (rows[i].timeMs ? *rows[i - 1].timeMs <= *rows[i].timeMs : true));
        if (which == 0 || which == 1) {
            f.limit = 7;
            f.offset = 3;
            QCOMPARE(q.count(f), std::min<qint64>(7, expected - 3));
            QCOMPARE(q.rows(f).front().rowId, rows[3].rowId);
        }
    }

    void ocsfRowFields()
    {
        const OcsfQueries q(*m_store);
        OcsfFilter f;
        f.user = QStringLiteral("usr_0");
        f.classUids = {2001};
        const QList<OcsfEventRow> rows = q.rows(f);
        QVERIFY(!rows.isEmpty());
        const OcsfEventRow &r = rows.front(); // event 0: the earliest 2001 event of usr_0
        QCOMPARE(r.uid, QStringLiteral("evt_ocsf_0000"));
        QCOMPARE(r.classUid, 2001);
        QCOMPARE(r.activity, QStringLiteral("dlp_block"));
        QCOMPARE(r.frameworkReference, QStringLiteral("PCI-DSS Requirement 3.4"));
        QCOMPARE(r.entityType, QStringLiteral("credit_card"));
        QCOMPARE(r.action, QStringLiteral("BLOCK"));
        QCOMPARE(r.user, QStringLiteral("user0@example.com"));
        QCOMPARE(r.timeMs, std::optional<qint64>(1735689600000));
        QCOMPARE(r.sourceFile, QStringLiteral("events.ndjson"));
        QCOMPARE(q.rowIdsOfUid(QStringLiteral("evt_ocsf_0000")), std::vector<qint64>{r.rowId});
        QVERIFY(q.rawEvent(r.rowId).contains("\"evt_ocsf_0000\""));
        QCOMPARE(q.classUids(), (QList<int>{2001, 3001, 3002}));
        // A filter value is bound, never spliced: quotes and LIKE wildcards match themselves.
        f = {};
        f.frameworkReference = QStringLiteral("%' OR '1'='1");
        QCOMPARE(q.count(f), 0);
        f = {};
        f.frameworkReference = QStringLiteral("_");
        QCOMPARE(q.count(f), 0);
    }

    void runtimeCounts_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void runtimeCounts()
    {
        QFETCH(int, which);
        RuntimeFilter f;
        std::function<bool(const QJsonObject &)> keep;
        const QString agent = QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        const auto ms = [](const QJsonObject &o) {
            return QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        };
        const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 10), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        switch (which) {
        case 0:
            keep = [](const QJsonObject &) { return true; };
            break;
        case 1:
            f.agentIds = {agent};
            keep = [&](const QJsonObject &o) {
                return o.value(QStringLiteral("agent_id")).toString() == agent;
            };
            break;
        case 2:
            f.actionTypes = {QStringLiteral("connector.called")};
            keep = [](const QJsonObject &o) {
                return o.value(QStringLiteral("action_type")) == QLatin1String("connector.called");
            };
            break;
        case 3:
            f.connectors = {QStringLiteral("jira")};
            keep = [](const QJsonObject &o) {
                return o.value(QStringLiteral("connector")) == QLatin1String("jira");
            };
            break;
        case 4:
            f.decisions = {QStringLiteral("deny"), QStringLiteral("escalate")};
            keep = [](const QJsonObject &o) {
                const QString d = o.value(QStringLiteral("decision")).toString();
                return d == QLatin1String("deny") || d == QLatin1String("escalate");
            };
            break;
        case 5:
            f.agentIds = {agent};
            f.start = Instant::fromMSecsSinceEpoch(start);
            f.end = Instant::fromMSecsSinceEpoch(end);
            keep = [&](const QJsonObject &o) {
                return o.value(QStringLiteral("agent_id")).toString() == agent && ms(o) >= start &&
                       ms(o) <= end;
            };
            break;
        }
        const qint64 expected = countWhere(m_entries, keep);
        QVERIFY(expected > 0);
        QVERIFY(expected < m_entries.size() || which == 0);
        const RuntimeQueries q(*m_store);
        QCOMPARE(q.count(f), expected);
        QCOMPARE(qint64(q.rows(f).size()), expected);
        QCOMPARE(qint64(q.rawEntries(f).size()), expected);
    }

    void runtimeRowFields()
    {
        const RuntimeQueries q(*m_store);
        RuntimeFilter f;
        f.decisions = {QStringLiteral("escalate")};
        const QList<RuntimeEntryRow> rows = q.rows(f);
        QCOMPARE(rows.size(), 2);
        for (const RuntimeEntryRow &r : rows) {
            QCOMPARE(r.decision, QStringLiteral("escalate"));
            QCOMPARE(r.sourceFile, QStringLiteral("runtime-small.json"));
            QVERIFY(!r.agentName.isEmpty());
            QCOMPARE(q.rowIdsOfEntryId(r.entryId), std::vector<qint64>{r.rowId});
        }
        QVERIFY(rows[0].timeMs <= rows[1].timeMs);
        QCOMPARE(q.distinctValues(QStringLiteral("decision")),
                 (QStringList{QStringLiteral("allow"), QStringLiteral("deny"), QStringLiteral("escalate")}));
        QCOMPARE(q.distinctValues(QStringLiteral("raw")), QStringList()); // only the four columns
        QVERIFY(q.rowIdsOfEntryId(QStringLiteral("no-such-entry")).empty());
    }

    void filtersWrittenDown()
    {
        OcsfFilter f;
        f.classUids = {2001, 3002};
        f.actions = {QStringLiteral("block")};
        f.start = Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
        f.limit = 5;
        QCOMPARE(filterText(f),
                 QStringLiteral("class = 2001, 3002; start = 2025-01-01T00:00:00Z; action = block; "
                                "limit = 5"));
        JsonWriter w(false);
        writeFilter(w, f);
        QCOMPARE(
            w.toByteArray(),
            QByteArray(
                R"({"class":["2001","3002"],"start":"2025-01-01T00:00:00Z","action":"block","limit":5})"));
        QCOMPARE(filterText(RuntimeFilter{}), QStringLiteral("none"));
        AuditFilter g;
        g.frameworks = {QStringLiteral("sox")};
        g.actions = {QStringLiteral("allow_with_override")};
        QCOMPARE(filterText(g), QStringLiteral("framework = sox; action = allow_with_override"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    QJsonArray m_events, m_entries;
};

QTEST_GUILESS_MAIN(TestViewQueries)
#include "tst_viewqueries.moc"
