// Reports carry the activity log's head (rows and last hash), so a log whose tail is deleted later shows
// against the paper; a package's content_sha256 is checked before it is printed on every page.
#include "integrity/DamagedWorkspace.h"
#include "support/WorkspaceFixture.h"

#include "core/package/PackageGenerator.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::test;

class TestReportIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verificationReportPrintsLogHead();
    void packageReportPrintsLogHeadAndMatchingHash();
    void packageWithForeignHashPrintsNotMatching();

private:
    static QString fact(const ReportDocument &doc, const QString &key);
    static const ReportDocument::Banner *banner(const ReportDocument &doc);
    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<WorkspaceStore> m_store;
    QString m_badPackageHash;
};

void TestReportIntegrity::initTestCase()
{
    m_ws = m_dir.filePath(QStringLiteral("reports.auditbench"));
    makeWorkspace(m_ws, 20);
    m_store = WorkspaceStore::open(m_ws, WorkspaceStore::OpenMode::ExistingOnly);
    m_store->verifyGateway({});
    m_store->storePackage(wsfixture::compliancePackage(QStringLiteral("good"), QStringLiteral("a1"),
                                                       QStringLiteral("2026-01-01T00:00:00Z")),
                          QStringLiteral("workbench"));
    // A platform's package whose content was changed after its hash was taken.
    QByteArray bad = wsfixture::compliancePackage(QStringLiteral("bad"), QStringLiteral("a1"),
                                                  QStringLiteral("2026-01-02T00:00:00Z"));
    m_badPackageHash =
        QJsonDocument::fromJson(bad).object().value(QLatin1String("content_sha256")).toString();
    bad.replace("triage-bot", "triage-bob");
    m_store->storePackage(bad, QStringLiteral("platform"));
}

QString TestReportIntegrity::fact(const ReportDocument &doc, const QString &key)
{
    const auto *cover =
        doc.blocks.isEmpty() ? nullptr : std::get_if<ReportDocument::Cover>(&doc.blocks.at(0));
    if (!cover)
        return QStringLiteral("(no cover)");
    for (const ReportDocument::KeyValue &kv : cover->facts)
        if (kv.key == key)
            return kv.value;
    return QStringLiteral("(no fact %1)").arg(key);
}

const ReportDocument::Banner *TestReportIntegrity::banner(const ReportDocument &doc)
{
    for (const ReportDocument::Block &block : doc.blocks)
        if (const auto *b = std::get_if<ReportDocument::Banner>(&block))
            return b;
    return nullptr;
}

void TestReportIntegrity::verificationReportPrintsLogHead()
{
    const ActivityLogHead head = m_store->activityHead();
    QCOMPARE(head.rows, 4); // import, verification, two packages
    QCOMPARE(head.hash, m_store->activity().last().hash);
    const auto doc = WorkspaceReports::verificationDocument(*m_store, 1, ReportBranding::defaults());
    QVERIFY(doc);
    QCOMPARE(fact(*doc, QStringLiteral("Activity log")), QStringLiteral("4 entries, last hash ") + head.hash);
}

void TestReportIntegrity::packageReportPrintsLogHeadAndMatchingHash()
{
    const auto doc =
        WorkspaceReports::packageDocument(*m_store, QStringLiteral("good"), ReportBranding::defaults());
    QVERIFY(doc);
    QCOMPARE(fact(*doc, QStringLiteral("Activity log")),
             QStringLiteral("4 entries, last hash ") + m_store->activityHead().hash);
    QCOMPARE(fact(*doc, QStringLiteral("Content check")),
             QStringLiteral("the content matches its content_sha256"));
    QCOMPARE(doc->footerHashLabel, QStringLiteral("Content SHA-256"));
    QVERIFY(!banner(*doc) ||
            banner(*doc)->title != QStringLiteral("CONTENT NOT MATCHING its content_sha256"));
}

void TestReportIntegrity::packageWithForeignHashPrintsNotMatching()
{
    const auto doc =
        WorkspaceReports::packageDocument(*m_store, QStringLiteral("bad"), ReportBranding::defaults());
    QVERIFY(doc);
    const QByteArray json = m_store->packageJson(QStringLiteral("bad"));
    const QString computed = PackageGenerator::computeContentSha256(json);
    QVERIFY(computed != m_badPackageHash);
    // Every page's footer says it, beside the claimed hash; the cover says what the content hashes to.
    QCOMPARE(doc->footerHashLabel, QStringLiteral("Content SHA-256 NOT matching the content"));
    QCOMPARE(doc->footerHash, m_badPackageHash);
    QCOMPARE(fact(*doc, QStringLiteral("Content check")),
             QStringLiteral("NOT matching: the content hashes to ") + computed);
    const ReportDocument::Banner *b = banner(*doc);
    QVERIFY(b);
    QCOMPARE(b->tone, Tone::Bad);
    QCOMPARE(b->title, QStringLiteral("CONTENT NOT MATCHING its content_sha256"));
}

QTEST_GUILESS_MAIN(TestReportIntegrity)
#include "tst_reportintegrity.moc"
