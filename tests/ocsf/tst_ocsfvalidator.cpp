// The test validator for OCSF 1.1 events (support/OcsfValidator) finds what it must: the seed's own sample
// event lacks cloud.provider (and more), and each kind of defect in an otherwise valid event is reported.
#include "support/OcsfValidator.h"
#include "support/WorkspaceFixture.h"

#include "TestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using ocsftest::OcsfValidator;

namespace {

// A valid Authentication event as the export writes it.
QJsonObject validLogin()
{
    return QJsonDocument::fromJson(
               R"({"class_uid":3002,"class_name":"Authentication","category_uid":3,"activity_id":1,
                   "activity_name":"login","type_uid":300201,"time":1735689600000,"severity_id":1,"status_id":1,
                   "cloud":{"provider":"Arbitex","account":{"uid":"org_1"}},
                   "metadata":{"version":"1.1.0","uid":"evt_1","profiles":["cloud"],
                               "product":{"name":"Arbitex Gateway","vendor_name":"Arbitex"},"action":"LOGIN"},
                   "actor":{"user":{"uid":"u1","email_addr":"a@example.com"}},
                   "user":{"uid":"u1","email_addr":"a@example.com"},"src_endpoint":{"ip":"10.0.0.1"}})")
        .object();
}

QJsonObject with(QJsonObject event, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            event.remove(path);
        else
            event.insert(path, value);
        return event;
    }
    const QString head = path.left(dot);
    event.insert(head, with(event.value(head).toObject(), path.mid(dot + 1), value));
    return event;
}

} // namespace

class TestOcsfValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_validator.loaded()); }

    void aValidEventHasNoProblems() { QCOMPARE(m_validator.check(validLogin()), QStringList()); }

    void theFixturesSchemaBuiltEventsPass()
    {
        // WorkspaceFixture builds events from the same schema independently of the validator.
        for (int cls : {2001, 3001, 3002})
            QCOMPARE(m_validator.check(wsfixture::ocsfEvent(cls), {}), QStringList());
    }

    void theSeedSampleIsReportedForItsMissingCloudProvider()
    {
        QFile file(QStringLiteral(AB_TEST_DATA_DIR "/../ocsf/data/seed-security-finding.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!sample.isEmpty());
        QStringList problems = m_validator.check(sample);
        problems.sort();
        QCOMPARE(problems, (QStringList{QStringLiteral("activity_id: required attribute missing"),
                                        QStringLiteral("category_uid: required attribute missing"),
                                        QStringLiteral("cloud.provider: required attribute missing"),
                                        QStringLiteral("metadata.product: required attribute missing"),
                                        QStringLiteral("metadata.version: required attribute missing"),
                                        QStringLiteral("state_id: required attribute missing"),
                                        QStringLiteral("type_uid: required attribute missing")}));
    }

    void eachDefectIsReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("type_uid")
            << QStringLiteral("type_uid") << QJsonValue(300202)
            << QStringList{
                   QStringLiteral("type_uid: 300202, expected class_uid * 100 + activity_id = 300201")};
        QTest::newRow("category") << QStringLiteral("category_uid") << QJsonValue(2)
                                  << QStringList{
                                         QStringLiteral("category_uid: 2 is not a value of the enum"),
                                         QStringLiteral("category_uid: 2, but class 3002 is in category 3")};
        QTest::newRow("enum") << QStringLiteral("severity_id") << QJsonValue(7)
                              << QStringList{QStringLiteral("severity_id: 7 is not a value of the enum")};
        QTest::newRow("activity enum")
            << QStringLiteral("activity_id") << QJsonValue(6)
            << QStringList{
                   QStringLiteral("activity_id: 6 is not a value of the enum"),
                   QStringLiteral("type_uid: 300201, expected class_uid * 100 + activity_id = 300206")};
        QTest::newRow("time as text") << QStringLiteral("time") << QJsonValue(QStringLiteral("1735689600000"))
                                      << QStringList{QStringLiteral("time: string, expected timestamp_t")};
        QTest::newRow("time fraction") << QStringLiteral("time") << QJsonValue(1735689600.5)
                                       << QStringList{QStringLiteral("time: number, expected timestamp_t")};
        QTest::newRow("required") << QStringLiteral("user") << QJsonValue(QJsonValue::Undefined)
                                  << QStringList{QStringLiteral("user: required attribute missing")};
        QTest::newRow("profile-gated") << QStringLiteral("cloud") << QJsonValue(QJsonValue::Undefined)
                                       << QStringList{QStringLiteral("cloud: required attribute missing")};
        QTest::newRow("nested required")
            << QStringLiteral("cloud.provider") << QJsonValue(QJsonValue::Undefined)
            << QStringList{QStringLiteral("cloud.provider: required attribute missing")};
        QTest::newRow("email")
            << QStringLiteral("user.email_addr") << QJsonValue(QStringLiteral("not-an-address"))
            << QStringList{
                   QStringLiteral("user.email_addr: 'not-an-address' does not match the email_t pattern")};
        QTest::newRow("ip") << QStringLiteral("src_endpoint.ip") << QJsonValue(QStringLiteral("10.0.0"))
                            << QStringList{QStringLiteral(
                                   "src_endpoint.ip: '10.0.0' does not match the ip_t pattern")};
        QTest::newRow("object kind") << QStringLiteral("metadata.product")
                                     << QJsonValue(QStringLiteral("Arbitex"))
                                     << QStringList{
                                            QStringLiteral("metadata.product: string, expected an object")};
        QTest::newRow("array kind") << QStringLiteral("metadata.profiles")
                                    << QJsonValue(QStringLiteral("cloud"))
                                    << QStringList{
                                           QStringLiteral("metadata.profiles: string, expected an array")};
        QTest::newRow("unknown") << QStringLiteral("metadata.colour") << QJsonValue(QStringLiteral("red"))
                                 << QStringList{
                                        QStringLiteral("metadata.colour: not an attribute of the schema")};
    }
    void eachDefectIsReported()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, problems);
        QStringList found = m_validator.check(with(validLogin(), path, value));
        found.sort();
        QCOMPARE(found, problems);
    }

    void theCloudProfileGatesCloud()
    {
        // Without the profile listed, cloud is optional; present, its own required provider still applies.
        QJsonObject event = with(validLogin(), QStringLiteral("metadata.profiles"), QJsonArray{});
        QCOMPARE(m_validator.check(with(event, QStringLiteral("cloud"), QJsonValue::Undefined)),
                 QStringList());
        QCOMPARE(m_validator.check(with(event, QStringLiteral("cloud.provider"), QJsonValue::Undefined)),
                 QStringList{QStringLiteral("cloud.provider: required attribute missing")});
    }

    void anUnknownClassIsReported()
    {
        QCOMPARE(m_validator.check(with(validLogin(), QStringLiteral("class_uid"), 4001)),
                 QStringList{QStringLiteral("class_uid: [4001] is not a class of the schema")});
    }

    void seedMembersAreAllowedOnlyWhereTheSeedPutsThem()
    {
        QJsonObject event = with(validLogin(), QStringLiteral("metadata.entity_type"), QStringLiteral("ssn"));
        QCOMPARE(m_validator.check(event), QStringList());
        QCOMPARE(m_validator.check(event, {}),
                 (QStringList{QStringLiteral("metadata.action: not an attribute of the schema"),
                              QStringLiteral("metadata.entity_type: not an attribute of the schema")}));
    }

private:
    OcsfValidator m_validator;
};

QTEST_GUILESS_MAIN(TestOcsfValidator)
#include "tst_ocsfvalidator.moc"
