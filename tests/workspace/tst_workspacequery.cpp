// The seed API's filters offline: every count is checked against one computed by scanning the fixture JSON
// with QJsonDocument (not with SQL).
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace ab;
using namespace wsfixture;

class TestWorkspaceQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterCounts_data();
    void filterCounts();
    void limitAndOffsetPageInTimestampOrder();
    void dailyCountsMatchUtcDays();
    void rowIdApiMatchesQuery();

private:
    struct Expected
    {
        QJsonObject record;
        QByteArray raw;
        std::optional<qint64> ms;
        int index = 0;
    };
    // The fixture records in the order the store must return them: by instant, then import order.
    QList<Expected> sortedFixture() const;
    static bool matches(const QJsonObject &r, const QStringList &frameworks, const QStringList &actions,
                        const QStringList &entityTypes, const QStringList &categories, const QString &start,
                        const QString &end, const QString &user, const QString &text);
    static AuditFilter filterFrom(const QStringList &frameworks, const QStringList &actions,
                                  const QStringList &entityTypes, const QStringList &categories,
                                  const QString &start, const QString &end, const QString &user,
                                  const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    QJsonArray m_records; // both files' records, in import order
};

void TestWorkspaceQuery::initTestCase()
{
    const QJsonArray first = gatewayRecords(300, 1);
    const QJsonArray second = gatewayRecords(300, 301);
    for (const QJsonValue &v : first)
        m_records.append(v);
    for (const QJsonValue &v : second)
        m_records.append(v);
    m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("q.auditbench")));
    m_store->importBytes({{QStringLiteral("first.ndjson"), asNdjson(first)},
                          {QStringLiteral("second.json"), asArray(second)}});
}

bool TestWorkspaceQuery::matches(const QJsonObject &r, const QStringList &frameworks,
                                 const QStringList &actions, const QStringList &entityTypes,
                                 const QStringList &categories, const QString &start, const QString &end,
                                 const QString &user, const QString &text)
{
    const auto inList = [&](const char *member, const QStringList &list) {
        return list.isEmpty() ||
               (r.contains(QLatin1String(member)) && list.contains(r[QLatin1String(member)].toString()));
    };
    if (!inList("framework", frameworks) || !inList("action", actions) ||
        !inList("entity_type", entityTypes) || !inList("category", categories))
        return false;
    const QDateTime ts = QDateTime::fromString(r[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs);
    if (!start.isEmpty() && (!ts.isValid() || ts < QDateTime::fromString(start, Qt::ISODateWithMs)))
        return false;
    if (!end.isEmpty() && (!ts.isValid() || ts > QDateTime::fromString(end, Qt::ISODateWithMs)))
        return false;
    if (!user.isEmpty() && r[QStringLiteral("user_id")].toString() != user &&
        r[QStringLiteral("user_email")].toString() != user)
        return false;
    if (!text.isEmpty() && !QJsonDocument(r).toJson(QJsonDocument::Compact).contains(text.toUtf8()))
        return false;
    return true;
}

AuditFilter TestWorkspaceQuery::filterFrom(const QStringList &frameworks, const QStringList &actions,
                                           const QStringList &entityTypes, const QStringList &categories,
                                           const QString &start, const QString &end, const QString &user,
                                           const QString &text)
{
    AuditFilter f;
    f.frameworks = frameworks;
    f.actions = actions;
    f.entityTypes = entityTypes;
    f.categories = categories;
    if (!start.isEmpty())
        f.start = Instant::parse(start);
    if (!end.isEmpty())
        f.end = Instant::parse(end);
    f.user = user;
    f.text = text;
    return f;
}

void TestWorkspaceQuery::filterCounts_data()
{
    QTest::addColumn<QStringList>("frameworks");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("entityTypes");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("text");
    const QStringList none;
    const QString empty;
    QTest::newRow("no filter") << none << none << none << none << empty << empty << empty << empty;
    QTest::newRow("framework hipaa") << QStringList{QStringLiteral("hipaa")} << none << none << none << empty
                                     << empty << empty << empty;
    QTest::newRow("action block") << none << QStringList{QStringLiteral("block")} << none << none << empty
                                  << empty << empty << empty;
    QTest::newRow("entity_type one") << none << none << QStringList{QStringLiteral("credit_card")} << none
                                     << empty << empty << empty << empty;
    QTest::newRow("entity_type comma list (any of)")
        << none << none
        << QStringList{QStringLiteral("medical_record"), QStringLiteral("dob"), QStringLiteral("ssn")} << none
        << empty << empty << empty << empty;
    QTest::newRow("category authentication")
        << none << none << none << QStringList{QStringLiteral("authentication")} << empty << empty << empty
        << empty;
    QTest::newRow("start only") << none << none << none << none << QStringLiteral("2025-07-01T00:00:00Z")
                                << empty << empty << empty;
    QTest::newRow("end only") << none << none << none << none << empty
                              << QStringLiteral("2025-03-31T23:59:59.999Z") << empty << empty;
    QTest::newRow("period with offsets")
        << none << none << none << none << QStringLiteral("2025-02-01T00:00:00+02:00")
        << QStringLiteral("2025-02-28T23:59:59-05:00") << empty << empty;
    QTest::newRow("user id") << none << none << none << none << empty << empty << QStringLiteral("usr_3")
                             << empty;
    QTest::newRow("user email") << none << none << none << none << empty << empty
                                << QStringLiteral("user2@example.com") << empty;
    QTest::newRow("free text with LIKE wildcards escaped")
        << none << none << none << none << empty << empty << empty << QStringLiteral("50%_off");
    QTest::newRow("free text plain") << none << none << none << none << empty << empty << empty
                                     << QStringLiteral("ticket #1");
    QTest::newRow("pci req 3 blocks (seed)")
        << none << QStringList{QStringLiteral("block")} << QStringList{QStringLiteral("credit_card")} << none
        << empty << empty << empty << empty;
    QTest::newRow("everything combined")
        << QStringList{QStringLiteral("pci_dss"), QStringLiteral("soc2")}
        << QStringList{QStringLiteral("block"), QStringLiteral("allow")} << none
        << QStringList{QStringLiteral("enforcement"), QStringLiteral("admin")}
        << QStringLiteral("2025-01-01T00:00:00Z") << QStringLiteral("2025-12-31T23:59:59Z") << empty << empty;
}

void TestWorkspaceQuery::filterCounts()
{
    QFETCH(QStringList, frameworks);
    QFETCH(QStringList, actions);
    QFETCH(QStringList, entityTypes);
    QFETCH(QStringList, categories);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, user);
    QFETCH(QString, text);
    qint64 expected = 0;
    for (const QJsonValue &v : std::as_const(m_records))
        expected +=
            matches(v.toObject(), frameworks, actions, entityTypes, categories, start, end, user, text);
    const AuditFilter filter =
        filterFrom(frameworks, actions, entityTypes, categories, start, end, user, text);
    QCOMPARE(m_store->count(filter), expected);
    QCOMPARE(qint64(m_store->query(filter).size()), expected);
    if (QByteArray(QTest::currentDataTag()) != "no filter")
        QVERIFY(expected > 0 && expected < m_records.size()); // the row really filters
}

QList<TestWorkspaceQuery::Expected> TestWorkspaceQuery::sortedFixture() const
{
    QList<Expected> all;
    for (int i = 0; i < m_records.size(); ++i) {
        Expected e;
        e.record = m_records[i].toObject();
        e.index = i;
        const QDateTime ts =
            QDateTime::fromString(e.record[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs);
        if (ts.isValid())
            e.ms = ts.toMSecsSinceEpoch();
        all << e;
    }
    std::stable_sort(all.begin(), all.end(), [](const Expected &a, const Expected &b) {
        const qint64 x = a.ms.value_or(std::numeric_limits<qint64>::max());
        const qint64 y = b.ms.value_or(std::numeric_limits<qint64>::max());
        return x < y;
    });
    return all;
}

void TestWorkspaceQuery::limitAndOffsetPageInTimestampOrder()
{
    const QList<Expected> sorted = sortedFixture();
    AuditFilter f;
    f.limit = 25;
    f.offset = 40;
    const QList<QByteArray> page = m_store->query(f);
    QCOMPARE(page.size(), 25);
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(page[i]).object()[QStringLiteral("id")].toString(),
                 sorted[40 + i].record[QStringLiteral("id")].toString());
    QCOMPARE(m_store->count(f), qint64(25));
    f.offset = m_records.size() - 3;
    QCOMPARE(m_store->query(f).size(), 3);
    // Records without a timestamp come last.
    QVERIFY(
        !QJsonDocument::fromJson(m_store->query(f).last()).object().contains(QStringLiteral("timestamp")));
}

void TestWorkspaceQuery::dailyCountsMatchUtcDays()
{
    QMap<QPair<QDate, QString>, qint64> expected;
    for (const QJsonValue &v : std::as_const(m_records)) {
        const QDateTime ts =
            QDateTime::fromString(v[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs);
        if (ts.isValid())
            ++expected[{ts.toUTC().date(), v[QStringLiteral("action")].toString()}];
    }
    QMap<QPair<QDate, QString>, qint64> actual;
    for (const DayCount &c : m_store->dailyCounts({}, QStringLiteral("action")))
        actual[{c.day, c.key}] = c.count;
    QCOMPARE(actual, expected);
    qint64 total = 0;
    for (const DayCount &c : m_store->dailyCounts())
        total += c.count;
    QCOMPARE(total, qint64(std::count_if(m_records.begin(), m_records.end(), [](const QJsonValue &v) {
                 return v.toObject().contains(QStringLiteral("timestamp"));
             })));
}

void TestWorkspaceQuery::rowIdApiMatchesQuery()
{
    AuditFilter f;
    f.frameworks = {QStringLiteral("sox")};
    const std::vector<qint64> ids = m_store->queryRowIds(f);
    QCOMPARE(qint64(ids.size()), m_store->count(f));
    std::vector<qint64> reversed(ids.rbegin(), ids.rend());
    const QList<GatewayRecordRow> rows = m_store->recordsByRowIds(reversed);
    QCOMPARE(rows.size(), qsizetype(ids.size()));
    const QList<QByteArray> raws = m_store->query(f);
    for (size_t i = 0; i < ids.size(); ++i) {
        const GatewayRecordRow &row = rows[qsizetype(ids.size() - 1 - i)];
        QCOMPARE(row.rowId, ids[i]);
        QCOMPARE(row.framework, QStringLiteral("sox"));
        const QJsonObject r = QJsonDocument::fromJson(raws[qsizetype(i)]).object();
        QCOMPARE(row.recordId, r[QStringLiteral("id")].toString());
        QCOMPARE(row.action, r[QStringLiteral("action")].toString());
        QCOMPARE(m_store->rawRecord(ids[i]), raws[qsizetype(i)]);
    }
    QCOMPARE(m_store->distinctValues(QStringLiteral("framework")),
             (QStringList{QStringLiteral("hipaa"), QStringLiteral("pci_dss"), QStringLiteral("soc2"),
                          QStringLiteral("sox")}));
}

QTEST_GUILESS_MAIN(TestWorkspaceQuery)
#include "tst_workspacequery.moc"
