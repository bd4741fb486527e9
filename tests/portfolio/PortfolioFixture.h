#pragma once
// The portfolio tests' runtime export: three agents, counted by hand below, with a real HMAC chain (keys of
// docs/spec/vectors/keyring.json through ChainFixture), so the portfolio can verify the runtime chain first.
//   triage-bot (active):                   agent.deployed 1, connector.called 3, policy.evaluated 2
//   paused-bot (suspended):                agent.deployed 1, connector.called 1, agent.suspended 1
//   Agent "<b>Q&A</b>" O'Brien (active):   agent.deployed 1, connector.called 2, approval.reviewed 1,
//                                          drift.detected 1
// With the shipped SOC 2 table (resources/soc2-mappings.json) the included agents' evidence counts are:
//   criterion  triage  markup     criterion  triage  markup
//   CC6.1      6       4          CC7.1      0       1
//   CC6.2      2       0          CC7.2      0       2
//   CC6.3      3       2          CC8.1      1       1
//   CC6.6      0       0          (no secret.* entries: CC6.6 is mapped but without evidence anywhere)
#include "TestConfig.h"
#include "support/ChainFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace portfolio_fixture {

inline const QString Triage = QStringLiteral("a1000000-0000-4000-8000-000000000001");
inline const QString Paused = QStringLiteral("a2000000-0000-4000-8000-000000000002");
inline const QString Markup = QStringLiteral("a3000000-0000-4000-8000-000000000003");
inline const QString MarkupName = QStringLiteral("Agent \"<b>Q&A</b>\" O'Brien");

inline QString keyringPath()
{
    return QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");
}

// criterion -> agent id -> count, as in the table above (included agents only).
inline QMap<QString, QMap<QString, qint64>> expectedMatrix()
{
    const auto row = [](qint64 triage, qint64 markup) {
        return QMap<QString, qint64>{{Triage, triage}, {Markup, markup}};
    };
    return {{QStringLiteral("CC6.1"), row(6, 4)}, {QStringLiteral("CC6.2"), row(2, 0)},
            {QStringLiteral("CC6.3"), row(3, 2)}, {QStringLiteral("CC6.6"), row(0, 0)},
            {QStringLiteral("CC7.1"), row(0, 1)}, {QStringLiteral("CC7.2"), row(0, 2)},
            {QStringLiteral("CC8.1"), row(1, 1)}};
}

inline QByteArray runtimeExport()
{
    const ab::test::ChainFixture chain;
    QList<QJsonObject> entries;
    int n = 0;
    const auto entry = [&](const QString &agent, const char *action, const char *connector = nullptr) {
        ++n;
        QJsonObject e{{QStringLiteral("id"), QStringLiteral("ae_%1").arg(n)},
                      {QStringLiteral("sequence"), n},
                      {QStringLiteral("timestamp"),
                       QStringLiteral("2026-02-01T%1:00:00Z").arg(n, 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("agent_id"), agent},
                      {QStringLiteral("action_type"), QLatin1String(action)},
                      {QStringLiteral("actor"), QStringLiteral("agent")},
                      {QStringLiteral("decision"), QStringLiteral("allow")},
                      {QStringLiteral("risk_score"), 10 + n},
                      {QStringLiteral("input_sha256"), QString(64, QLatin1Char('a'))},
                      {QStringLiteral("output_sha256"), QString(64, QLatin1Char('b'))}};
        if (connector) {
            e.insert(QStringLiteral("connector"), QLatin1String(connector));
            e.insert(QStringLiteral("operation"), QStringLiteral("read"));
        }
        chain.append(entries, e, QStringLiteral("k2025a"));
    };
    entry(Triage, "agent.deployed");
    entry(Paused, "agent.deployed");
    entry(Markup, "agent.deployed");
    entry(Triage, "connector.called", "jira");
    entry(Triage, "policy.evaluated");
    entry(Paused, "connector.called", "slack");
    entry(Markup, "connector.called", "slack");
    entry(Triage, "connector.called", "jira");
    entry(Markup, "approval.reviewed");
    entry(Triage, "policy.evaluated");
    entry(Markup, "drift.detected");
    entry(Paused, "agent.suspended");
    entry(Triage, "connector.called", "jira");
    entry(Markup, "connector.called", "slack");
    QJsonArray audit;
    for (const QJsonObject &e : entries)
        audit.append(e);
    const auto agent = [](const QString &id, const QString &name, const char *status, const char *owner) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("deployed_at"), QStringLiteral("2026-01-15T09:00:00Z")},
            {QStringLiteral("owner"), QLatin1String(owner)},
            {QStringLiteral("intent_manifest"),
             QJsonObject{{QStringLiteral("systems"), QJsonArray{QStringLiteral("jira")}},
                         {QStringLiteral("actions"), QJsonArray{QStringLiteral("read")}},
                         {QStringLiteral("data_types"), QJsonArray{QStringLiteral("ticket metadata")}}}}};
    };
    const auto connector = [](const QString &agentId, const char *name) {
        return QJsonObject{{QStringLiteral("agent_id"), agentId},
                           {QStringLiteral("connector"), QLatin1String(name)},
                           {QStringLiteral("operations"), QJsonArray{QStringLiteral("read")}},
                           {QStringLiteral("credential_storage"), QStringLiteral("vault")}};
    };
    const QJsonObject top{
        {QStringLiteral("format"), QStringLiteral("arx-runtime-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), QStringLiteral("2026-03-01T12:00:00Z")},
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("org_1")},
                     {QStringLiteral("name"), QStringLiteral("Example Corp")}}},
        {QStringLiteral("agents"),
         QJsonArray{agent(Triage, QStringLiteral("triage-bot"), "active", "secops@example.com"),
                    agent(Paused, QStringLiteral("paused-bot"), "suspended", "it@example.com"),
                    agent(Markup, MarkupName, "active", "qa@example.com")}},
        {QStringLiteral("connector_configs"),
         QJsonArray{connector(Triage, "jira"), connector(Paused, "slack"), connector(Markup, "slack")}},
        {QStringLiteral("policy_rules"), QJsonArray()},
        {QStringLiteral("drift_events"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("drf_1")},
             {QStringLiteral("agent_id"), Markup},
             {QStringLiteral("detected_at"), QStringLiteral("2026-02-01T11:00:00Z")},
             {QStringLiteral("severity"), QStringLiteral("medium")},
             {QStringLiteral("response"), QStringLiteral("throttle")},
             {QStringLiteral("description"), QStringLiteral("called slack.delete, not declared")}}}},
        {QStringLiteral("audit_entries"), audit}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace portfolio_fixture
