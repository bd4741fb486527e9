// The two readings of an agent runtime export (core/package/RuntimeExport.cpp): the single validating
// on-demand pass that fromSource makes, and the two-pass reading (DOM parse, then the walk) it falls back to
// when anything is wrong. A good file must give the same export either way, entry for entry and byte for
// byte; a bad file must give exactly the two-pass reading's message, even where the validating pass would
// have noticed something else first; and the validating pass must never accept what the DOM parse refuses.
#include "support/PackageFixture.h"

#include "core/common/Error.h"
#include "core/common/InputError.h"
#include "core/json/SourceText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ab;

class TestRuntimeExportReading : public QObject
{
    Q_OBJECT
private slots:
    void sameExportBothWays_data();
    void sameExportBothWays();
    void entriesAreViewsUnescaped();
    void errorsAreTheTwoPassMessages_data();
    void errorsAreTheTwoPassMessages();
    void mutatedExportsAgree();
};

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString opt(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QStringLiteral("-");
}

// Everything a reading produced, as one comparable text.
QStringList describe(const RuntimeExport &x)
{
    QStringList d;
    d << x.format << x.exportedAt << QString::number(x.version) << x.organizationId << x.organizationName;
    for (const RuntimeAgent &a : x.agents)
        d << QStringLiteral("agent") << a.id << a.name << a.status << a.deployedAt << a.owner
          << QString::number(a.hasIntentManifest) << a.manifestSystems << a.manifestActions
          << a.manifestDataTypes;
    for (const ConnectorConfig &c : x.connectorConfigs)
        d << QStringLiteral("config") << c.agentId << c.connector << c.credentialStorage << c.operations;
    for (const PolicyRule &p : x.policyRules)
        d << QStringLiteral("rule") << p.id << p.agentId << p.name << p.effect << QString::number(p.active)
          << opt(p.riskThreshold);
    for (const DriftEvent &e : x.driftEvents)
        d << QStringLiteral("drift") << e.id << e.agentId << e.detectedAt << e.severity << e.response
          << e.description;
    for (const RuntimeAuditEntry &e : x.auditEntries)
        d << QStringLiteral("entry") << text(e.id) << opt(e.sequence) << text(e.timestamp)
          << (e.time ? e.time->toString() : QStringLiteral("-")) << text(e.agentId) << text(e.actionType)
          << text(e.actor) << text(e.connector) << text(e.operation) << text(e.decision) << opt(e.riskScore)
          << QString::number(e.hasInputHash) << QString::number(e.hasOutputHash)
          << QString::number(e.rawPayloadMembers) << text(e.raw);
    return d;
}

// "ok" and the export's description, or "error" and the one line the user reads.
QStringList outcome(bool validating, const QByteArray &json)
{
    try {
        const QString name = QStringLiteral("x.json");
        const RuntimeExport x = validating
                                    ? RuntimeExport::fromBytes(name, json)
                                    : RuntimeExport::fromSourceTwoPass(SourceText::fromBytes(name, json));
        return QStringList{QStringLiteral("ok")} + describe(x);
    } catch (const Error &e) {
        return {QStringLiteral("error"), errorMessage(e)};
    }
}

// Escaped strings and names, unknown members of every kind (read by nobody, still validated), a repeated
// audit_entries array and blanks around the entries.
const QByteArray Tricky =
    R"({"format": "arx-runtime-export", "version": 1.0, "x-extra": {"a": [1, -2.5e3, true,
 false, null, "s\u00e9\n", {"deep": [[[]]]}], "\u0062": {}},
 "agents": [{"id": "ag\u0065nt-1", "name": "R\u00e9sum\u00e9 bot", "x": [null], "intent_manifest":
   {"systems": ["jira"], "other": {"k": 1}}}],
 "audit_entries": [ {"id": "e1", "sequence": 1, "timestamp": "2026-03-01T12:00:00+01:00",
   "agent_id": "agent-1", "\u0061ction_type": "connector.called", "connector": "jir\u0061",
   "operation": "a\"b\\c", "decision": "allow", "input": {"never": "here"}, "prompt": "x", "unknown": [1, {}]}
   ,
   {"id": "e2", "action_type": "policy.evaluated", "risk_score": 70.0, "decision": null, "agent_id": "agent-1",
    "input_sha256": "", "output_sha256": "ab"} ],
 "drift_events": [{"id": "d1", "agent_id": "agent-1", "severity": "low", "extra": "\ud83d\ude00"}],
 "audit_entries": [{"action_type": "agent.suspended", "timestamp": "2026-03-02T00:00:00.5Z"}]}
)";

} // namespace

void TestRuntimeExportReading::sameExportBothWays_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("runtime-small.json") << fixture::readFile(fixture::smallPath());
    QTest::newRow("escapes, unknown members, two entry arrays") << Tricky;
}

void TestRuntimeExportReading::sameExportBothWays()
{
    QFETCH(QByteArray, json);
    const QStringList validating = outcome(true, json);
    QCOMPARE(validating.first(), QStringLiteral("ok"));
    QCOMPARE(validating, outcome(false, json));
}

void TestRuntimeExportReading::entriesAreViewsUnescaped()
{
    const RuntimeExport x = RuntimeExport::fromBytes(QStringLiteral("tricky.json"), Tricky);
    QCOMPARE(x.agents.size(), size_t(1));
    QCOMPARE(x.agents[0].id, QStringLiteral("agent-1"));
    QCOMPARE(x.agents[0].name, QStringLiteral("Résumé bot"));
    QCOMPARE(x.auditEntries.size(), size_t(3));
    const RuntimeAuditEntry &e1 = x.auditEntries[0];
    QCOMPARE(e1.actionType, std::string_view("connector.called")); // the name was written escaped
    QCOMPARE(e1.connector, std::string_view("jira"));
    QCOMPARE(e1.operation, std::string_view("a\"b\\c"));
    QCOMPARE(e1.rawPayloadMembers, 2); // input and prompt
    QCOMPARE(e1.time->toString(), QStringLiteral("2026-03-01T11:00:00Z"));
    // A view of the export itself when there was nothing to unescape.
    const std::string_view whole = x.source().text();
    QVERIFY(e1.id.data() > whole.data() && e1.id.data() < whole.data() + whole.size());
    // The entry's text runs from its brace to the next token, the blanks before the comma included.
    QVERIFY(e1.raw.starts_with("{\"id\": \"e1\""));
    QVERIFY(e1.raw.ends_with("}\n   "));
    const RuntimeAuditEntry &e2 = x.auditEntries[1];
    QCOMPARE(e2.riskScore, std::optional<qint64>(70));
    QVERIFY(e2.decision.empty());
    QVERIFY(!e2.hasInputHash);
    QVERIFY(e2.hasOutputHash);
    QCOMPARE(x.auditEntries[2].actionType, std::string_view("agent.suspended"));
    QCOMPARE(x.version, 1);
}

void TestRuntimeExportReading::errorsAreTheTwoPassMessages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"version": 1, "audit_entries": [{"action_type": "a"}], )";
    // The validating pass meets the bad version first; the DOM parse of the two-pass reading meets the syntax
    // error at the end first, and that is what the user has always been told.
    QTest::newRow("syntax error after a semantic one")
        << QByteArray(R"({"version": 2, "audit_entries": [], "x": [1 2]})")
        << "x.json:1:45: expected ',' between values";
    QTest::newRow("trailing content") << QByteArray(R"({"audit_entries": []} x)")
                                      << "x.json:1:23: expected end of input after the JSON value";
    QTest::newRow("bad escape in an unread member") << head + R"("x": "\q"})"
                                                    << "x.json:1:63: expected a valid escape sequence";
    QTest::newRow("bad number in an unread member") << head + R"("x": [01]})"
                                                    << "x.json:1:63: expected a valid number";
    QTest::newRow("bad literal in an unread member") << head + R"("x": nul})"
                                                     << "x.json:1:62: expected a JSON value";
    QTest::newRow("entry without action_type after a good one")
        << QByteArray(R"({"audit_entries": [{"action_type": "a"}, {"id": "e2"}]})")
        << "x.json:1:42: expected a non-empty \"action_type\" in this audit entry";
}

void TestRuntimeExportReading::errorsAreTheTwoPassMessages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QStringList twoPass = outcome(false, json);
    QCOMPARE(twoPass, (QStringList{QStringLiteral("error"), message}));
    QCOMPARE(outcome(true, json), twoPass);
}

// Thousands of small corruptions of a good export (a byte deleted, replaced or inserted; fixed seed): the
// validating reading must end exactly as the two-pass reading does, same export or same message.
void TestRuntimeExportReading::mutatedExportsAgree()
{
    const QByteArray base = Tricky;
    const QByteArray alphabet = R"({}[],:"\ 0123456789.eE+-tfnulrsaeux)";
    QRandomGenerator random(2026);
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray json = base;
        const qsizetype at = qsizetype(random.bounded(int(json.size())));
        const char c = alphabet.at(qsizetype(random.bounded(int(alphabet.size()))));
        switch (i % 3) {
        case 0:
            json.remove(at, 1);
            break;
        case 1:
            json[at] = c;
            break;
        default:
            json.insert(at, c);
        }
        const QStringList twoPass = outcome(false, json);
        if (twoPass.first() == QLatin1String("error"))
            ++rejected;
        if (outcome(true, json) != twoPass)
            QFAIL(qPrintable(QStringLiteral("readings differ (%1 / %2) for: %3")
                                 .arg(outcome(true, json).join(QLatin1Char('|')).left(300),
                                      twoPass.join(QLatin1Char('|')).left(300), QString::fromUtf8(json))));
    }
    QVERIFY2(rejected > 1500, qPrintable(QString::number(rejected))); // most corruptions are errors
}

QTEST_GUILESS_MAIN(TestRuntimeExportReading)
#include "tst_runtimeexportreading.moc"
