// `check` re-derives every kind of stored row from the original, not only gateway records (issue 16): an
// agent runtime export's audit entries, a bundle export's bundles and an OCSF file's events. Each tampering
// (the append-only triggers dropped, as a privileged user with the file can) is a finding with what and
// where, exact texts; the CLI exits 1. An intact workspace of every kind has no finding.
#include "integrity/DamagedWorkspace.h"
#include "support/CliRun.h"

#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::test;

namespace {
const QString Runtime = QStringLiteral("source 1 (runtime.json)");
const QString Bundles = QStringLiteral("source 2 (bundles.json)");
const QString Ocsf = QStringLiteral("source 3 (ocsf.json)");
} // namespace

class TestCheckEvidenceKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intactHasNoFindings();
    void tampering_data();
    void tampering();
    void cliExitsOne();

private:
    QString tampered(const QStringList &statements);
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_copies = 0;
};

void TestCheckEvidenceKinds::initTestCase()
{
    m_pristine = m_dir.filePath(QStringLiteral("pristine.auditbench"));
    auto store = WorkspaceStore::open(m_pristine);
    const QByteArray ocsf = QJsonDocument(QJsonArray{wsfixture::ocsfEvent(2003), wsfixture::ocsfEvent(2004),
                                                     wsfixture::ocsfEvent(3001), wsfixture::ocsfEvent(3002)})
                                .toJson();
    const auto results = store->importBytes({{QStringLiteral("runtime.json"), wsfixture::runtimeExport(6)},
                                             {QStringLiteral("bundles.json"), wsfixture::bundleExport(3)},
                                             {QStringLiteral("ocsf.json"), ocsf}});
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].records, 6);
    QCOMPARE(results[1].records, 3);
    QCOMPARE(results[2].records, 4);
}

QString TestCheckEvidenceKinds::tampered(const QStringList &statements)
{
    const QString path = m_dir.filePath(QStringLiteral("tampered-%1.auditbench").arg(++m_copies));
    if (!QFile::copy(m_pristine, path))
        return {};
    rawSql(path, statements);
    return path;
}

void TestCheckEvidenceKinds::intactHasNoFindings()
{
    auto store = WorkspaceStore::open(m_pristine, WorkspaceStore::OpenMode::ExistingOnly);
    const WorkspaceCheckResult r = WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full);
    QStringList messages;
    for (const CheckFinding &f : r.findings)
        messages << f.message;
    QCOMPARE(messages, QStringList());
    QCOMPARE(r.sources, 3);
}

void TestCheckEvidenceKinds::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("expected"); // exactly these findings, in this order

    const QString noUpdate = QStringLiteral("DROP TRIGGER %1_no_update");
    const QString noDelete = QStringLiteral("DROP TRIGGER %1_no_delete");
    // Entry 2 (i = 1) calls jira; the stored connector column is made to say otherwise.
    QTest::newRow("runtime entry connector")
        << QStringList{noUpdate.arg(QStringLiteral("agent_entries")),
                       QStringLiteral("UPDATE agent_entries SET connector = 'mail' WHERE id = 2")}
        << QStringList{QStringLiteral("column_changed")}
        << QStringList{Runtime +
                       QStringLiteral(": record 2 (agent_entries row 2): the query column connector "
                                      "says 'mail', the record says 'jira'")};
    QTest::newRow("runtime entry action type emptied")
        << QStringList{noUpdate.arg(QStringLiteral("agent_entries")),
                       QStringLiteral("UPDATE agent_entries SET action_type = NULL WHERE id = 6")}
        << QStringList{QStringLiteral("column_changed")}
        << QStringList{Runtime +
                       QStringLiteral(": record 6 (agent_entries row 6): the query column action_type "
                                      "says (none), the record says 'secret.accessed'")};
    QTest::newRow("runtime entry text")
        << QStringList{noUpdate.arg(QStringLiteral("agent_entries")),
                       QStringLiteral("UPDATE agent_entries SET raw = '{}' WHERE id = 3")}
        << QStringList{QStringLiteral("record_changed")}
        << QStringList{Runtime +
                       QStringLiteral(": record 3 (agent_entries row 3): the stored text differs from "
                                      "the original")};
    // Bundle 2 (i = 1) is disabled in the export.
    QTest::newRow("bundle enabled")
        << QStringList{noUpdate.arg(QStringLiteral("compliance_bundles")),
                       QStringLiteral("UPDATE compliance_bundles SET enabled = 1 WHERE id = 2")}
        << QStringList{QStringLiteral("column_changed")}
        << QStringList{Bundles +
                       QStringLiteral(": record 2 (compliance_bundles row 2): the query column enabled "
                                      "says '1', the record says '0'")};
    QTest::newRow("bundle framework")
        << QStringList{noUpdate.arg(QStringLiteral("compliance_bundles")),
                       QStringLiteral(
                           "UPDATE compliance_bundles SET regulatory_framework = 'SOX' WHERE id = 1")}
        << QStringList{QStringLiteral("column_changed")}
        << QStringList{Bundles + QStringLiteral(": record 1 (compliance_bundles row 1): the query column "
                                                "regulatory_framework says 'SOX', the record says 'HIPAA'")};
    QTest::newRow("bundle added")
        << QStringList{QStringLiteral("INSERT INTO compliance_bundles (source_id, ordinal, name, raw)"
                                      " VALUES (2, 3, 'bundle-3', '{\"name\":\"bundle-3\"}')")}
        << QStringList{QStringLiteral("record_count_mismatch"), QStringLiteral("record_added")}
        << QStringList{
               Bundles + QStringLiteral(": the workspace holds 4 of its records, its source row says 3"),
               Bundles +
                   QStringLiteral(": compliance_bundles row 4 (record 4) is not a record of the original")};
    QTest::newRow("ocsf class")
        << QStringList{noUpdate.arg(QStringLiteral("ocsf_events")),
                       QStringLiteral("UPDATE ocsf_events SET class_uid = 3002 WHERE id = 1")}
        << QStringList{QStringLiteral("column_changed")}
        << QStringList{Ocsf +
                       QStringLiteral(": record 1 (ocsf_events row 1): the query column class_uid says "
                                      "'3002', the record says '2003'")};
    QTest::newRow("ocsf event deleted")
        << QStringList{noDelete.arg(QStringLiteral("ocsf_events")),
                       QStringLiteral("DELETE FROM ocsf_events WHERE id = 4")}
        << QStringList{QStringLiteral("record_count_mismatch"), QStringLiteral("record_missing")}
        << QStringList{Ocsf + QStringLiteral(": the workspace holds 3 of its records, its source row says 4"),
                       Ocsf + QStringLiteral(": record 4 of the original is missing from ocsf_events")};
}

void TestCheckEvidenceKinds::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, expected);
    const QString path = tampered(statements);
    QVERIFY(!path.isEmpty());
    auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
    QStringList gotCodes, gotMessages;
    for (const CheckFinding &f : WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full).findings) {
        gotCodes << f.code;
        gotMessages << f.message;
    }
    QCOMPARE(gotMessages, expected);
    QCOMPARE(gotCodes, codes);
}

void TestCheckEvidenceKinds::cliExitsOne()
{
    const QString path = tampered({QStringLiteral("DROP TRIGGER ocsf_events_no_update"),
                                   QStringLiteral("UPDATE ocsf_events SET severity_id = 6 WHERE id = 2")});
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object()[QStringLiteral("findings")].toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0][QStringLiteral("code")].toString(), QStringLiteral("column_changed"));
    QCOMPARE(findings[0][QStringLiteral("where")].toString(), QStringLiteral("ocsf_events row 2"));
    QVERIFY2(
        findings[0][QStringLiteral("message")].toString().startsWith(
            Ocsf + QStringLiteral(": record 2 (ocsf_events row 2): the query column severity_id says '6', "
                                  "the record says ")),
        qPrintable(findings[0][QStringLiteral("message")].toString()));
}

QTEST_GUILESS_MAIN(TestCheckEvidenceKinds)
#include "tst_checkevidencekinds.moc"
