#pragma once
// The views tests' workspace: gateway records (the workspace fixture's), two agent runtime exports (the
// package tests' runtime-small.json with decisions, and the workspace fixture's), a bundle export and OCSF
// events with varied classes, activities, times and seed members. Expected counts are computed from these
// JSON values by the tests themselves, never through the workspace's SQL.
#include "support/WorkspaceFixture.h"

#include "TestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace viewsfixture {

inline QJsonArray ocsfEvents(int count)
{
    static const int classes[] = {2001, 3002, 3001};
    static const QStringList references{QStringLiteral("PCI-DSS Requirement 3.4"),
                                        QStringLiteral("HIPAA 164.312(b)"), QStringLiteral("SOC 2 CC6.1"),
                                        QString()};
    static const QStringList entityTypes{QStringLiteral("credit_card"), QStringLiteral("ssn"),
                                         QStringLiteral("medical_record")};
    static const QStringList actions{QStringLiteral("BLOCK"), QStringLiteral("redact"),
                                     QStringLiteral("Allow")};
    static const QStringList activityNames{QStringLiteral("dlp_block"), QStringLiteral("login"),
                                           QStringLiteral("scim_user_created")};
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        const int classUid = classes[i % 3];
        QJsonObject e = wsfixture::ocsfEvent(classUid);
        e.insert(QStringLiteral("activity_id"), 1 + (i / 3) % 2);
        e.insert(QStringLiteral("activity_name"), activityNames[i % 3]);
        e.insert(QStringLiteral("type_uid"), classUid * 100 + 1 + (i / 3) % 2);
        if (i % 10 != 9) // a few without a time
            e.insert(QStringLiteral("time"), qint64(1735689600000) + qint64(i) * 36 * 3600 * 1000);
        else
            e.remove(QStringLiteral("time"));
        QJsonObject metadata = e.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("uid"), QStringLiteral("evt_ocsf_%1").arg(i, 4, 10, QLatin1Char('0')));
        if (const QString ref = references[i % references.size()]; !ref.isEmpty())
            metadata.insert(QStringLiteral("framework_reference"), ref);
        metadata.insert(QStringLiteral("entity_type"), entityTypes[(i / 2) % entityTypes.size()]);
        metadata.insert(QStringLiteral("action"), actions[(i / 5) % actions.size()]);
        e.insert(QStringLiteral("metadata"), metadata);
        e.insert(QStringLiteral("actor"),
                 QJsonObject{{QStringLiteral("user"),
                              QJsonObject{{QStringLiteral("uid"), QStringLiteral("usr_%1").arg(i % 4)},
                                          {QStringLiteral("email_addr"),
                                           QStringLiteral("user%1@example.com").arg(i % 6)}}}});
        out.append(e);
    }
    return out;
}

inline QByteArray runtimeSmall()
{
    QFile f(QStringLiteral(AB_TEST_DATA_DIR "/package/runtime-small.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every audit entry of both runtime exports, in import order.
inline QJsonArray runtimeEntries(int fixtureEntries)
{
    QJsonArray out =
        QJsonDocument::fromJson(runtimeSmall()).object().value(QStringLiteral("audit_entries")).toArray();
    for (const QJsonValue &v : QJsonDocument::fromJson(wsfixture::runtimeExport(fixtureEntries))
                                   .object()
                                   .value(QStringLiteral("audit_entries"))
                                   .toArray())
        out.append(v);
    return out;
}

// Gateway records with the members the audit log's optional columns show (framework_reference, model,
// provider, source_ip, rule_name) on every record but a few, deterministic.
inline QJsonArray gatewayRecordsWithColumns(int count)
{
    QJsonArray out;
    const QJsonArray records = wsfixture::gatewayRecords(count);
    for (int i = 0; i < records.size(); ++i) {
        QJsonObject r = records[i].toObject();
        if (i % 9 != 4) {
            r.insert(QStringLiteral("framework_reference"),
                     QStringLiteral("PCI-DSS Requirement 3.%1").arg(i % 5));
            r.insert(QStringLiteral("model"),
                     i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("claude-3-5"));
            r.insert(QStringLiteral("provider"),
                     i % 2 ? QStringLiteral("openai") : QStringLiteral("anthropic"));
            r.insert(QStringLiteral("source_ip"), QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200));
            r.insert(QStringLiteral("rule_name"), QStringLiteral("rule-%1").arg(i % 4));
        }
        out.append(r);
    }
    return out;
}

constexpr int GatewayRecords = 120;
constexpr int OcsfEvents = 90;
constexpr int RuntimeEntries = 60;
constexpr int Bundles = 5;

// Writes the evidence into `dir` and returns the files to import.
inline QStringList writeEvidence(const QString &dir)
{
    return {
        wsfixture::writeFile(dir, QStringLiteral("gateway.ndjson"),
                             wsfixture::asNdjson(wsfixture::gatewayRecords(GatewayRecords))),
        wsfixture::writeFile(dir, QStringLiteral("runtime-small.json"), runtimeSmall()),
        wsfixture::writeFile(dir, QStringLiteral("runtime.json"), wsfixture::runtimeExport(RuntimeEntries)),
        wsfixture::writeFile(dir, QStringLiteral("bundles.json"), wsfixture::bundleExport(Bundles)),
        wsfixture::writeFile(dir, QStringLiteral("events.ndjson"),
                             wsfixture::asNdjson(ocsfEvents(OcsfEvents)))};
}

} // namespace viewsfixture
