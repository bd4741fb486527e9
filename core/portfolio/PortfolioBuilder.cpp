#include "core/portfolio/PortfolioBuilder.h"

#include "core/crypto/Crypto.h"
#include "core/package/WorkspacePackages.h"
#include "core/portfolio/AgentDirectory.h"
#include "core/portfolio/OscalAssessmentResults.h"
#include "core/report/PortfolioReport.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QUuid>

namespace ab::portfolio {

namespace {

struct BuilderTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::portfolio::PortfolioBuilder)
};

// For reproducible tests only, as PackageGenerator's AUDITBENCH_FIXED_PACKAGE_ID and AUDITBENCH_FIXED_TIME.
QString defaultPortfolioId()
{
    const QString fixed = qEnvironmentVariable("AUDITBENCH_FIXED_PORTFOLIO_ID");
    return fixed.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : fixed;
}

QString defaultTime()
{
    const QString fixed = qEnvironmentVariable("AUDITBENCH_FIXED_TIME");
    return fixed.isEmpty() ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                           : fixed;
}

// The reason an agent is left out: its status, in the evidence's own words (not translated).
QString exclusionReason(const AgentProfile &a)
{
    if (a.status.isEmpty())
        return QStringLiteral("no status in the runtime export: only active agents are included");
    return QStringLiteral("status \"%1\": only active agents are included").arg(a.status);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw WorkspaceError(BuilderTr::tr("cannot write %1 (%2)").arg(path, file.errorString()));
}

} // namespace

Portfolio buildPortfolio(WorkspaceStore &store, const PortfolioOptions &options, Progress *progress)
{
    Portfolio p;
    p.portfolioId = options.portfolioId.isEmpty() ? defaultPortfolioId() : options.portfolioId;
    p.generatedAt = options.generatedAt.isEmpty() ? defaultTime() : options.generatedAt;
    p.generatedBy = options.generatedBy.isEmpty() ? store.identity().display() : options.generatedBy;
    if (p.generatedBy.isEmpty())
        p.generatedBy = PackageGenerator::unknownAuditor(); // evidence: not translated
    p.periodStart = options.startText;
    p.periodEnd = options.endText;
    p.inherited = options.inherited ? *options.inherited : InheritedControls::builtIn();

    if (options.keyring) {
        VerifyOptions verify;
        verify.keyring = options.keyring;
        verify.start = options.start;
        verify.end = options.end;
        verify.startText = options.startText;
        verify.endText = options.endText;
        p.chainRun = store.verifyRuntime(verify, progress);
    }
    throwIfCancelled(progress);

    const QList<AgentProfile> agents = listAgents(store, progress);
    QList<AgentProfile> included;
    for (const AgentProfile &a : agents) {
        if (a.isActive() || options.includeInactive)
            included << a;
        else
            p.excluded << ExcludedAgent{a.agentId, a.name, a.status, exclusionReason(a)};
    }
    const QUuid space = QUuid::createUuidV5(QUuid(), QStringLiteral("auditbench-portfolio:") + p.portfolioId);
    QList<QPair<QString, QByteArray>> packages;
    for (qsizetype i = 0; i < included.size(); ++i) {
        const AgentProfile &a = included[i];
        throwIfCancelled(progress);
        if (progress)
            progress->beginStage(BuilderTr::tr("Generating the package of %1 (%2 of %3)")
                                     .arg(a.name.isEmpty() ? a.agentId : a.name)
                                     .arg(i + 1)
                                     .arg(included.size()),
                                 0);
        PackageOptions po;
        po.generatedBy = p.generatedBy;
        po.generatedAt = p.generatedAt;
        po.packageId =
            QUuid::createUuidV5(space, QStringLiteral("package:") + a.agentId).toString(QUuid::WithoutBraces);
        po.registry = options.registry;
        const GeneratedPackage g = generatePackageFromWorkspace(store, a.agentId, po, progress);
        p.agents << PortfolioAgent{a.agentId,       a.name,         a.status, g.packageId,
                                   g.contentSha256, g.auditEntries, g.json};
        packages << qMakePair(a.agentId, g.json);
    }
    throwIfCancelled(progress);
    p.matrix = CoverageMatrix::build(packages, p.inherited);
    p.seal();
    return p;
}

PortfolioResult generatePortfolio(WorkspaceStore &store, const PortfolioOptions &options,
                                  const QString &outDir, Progress *progress)
{
    PortfolioResult r;
    r.portfolio = buildPortfolio(store, options, progress);
    r.outDir = QDir(outDir).absolutePath();
    const Portfolio &p = r.portfolio;

    const OscalDocuments oscal = oscalDocuments(p);
    if (progress)
        progress->beginStage(BuilderTr::tr("Printing portfolio.pdf"), 0);
    QString error;
    const auto pdf = PortfolioReport::render(p, options.branding, p.generatedBy, progress, &error);
    if (!pdf)
        throw WorkspaceError(BuilderTr::tr("cannot print portfolio.pdf: %1").arg(error));
    r.pdfPages = pdf->pageCount;
    throwIfCancelled(progress);

    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("portfolio.json"), p.json},
        {QString::fromLatin1(OscalResultsFile), oscal.results},
        {QString::fromLatin1(OscalPlanFile), oscal.plan},
        {QStringLiteral("portfolio.pdf"), pdf->pdf},
    };
    for (const PortfolioAgent &a : p.agents)
        files << qMakePair(a.packageFile(), a.packageJson);
    const QDir dir(r.outDir);
    if (!dir.mkpath(QStringLiteral("packages")))
        throw WorkspaceError(
            BuilderTr::tr("cannot create the folder %1").arg(dir.filePath(QStringLiteral("packages"))));
    for (const auto &[name, bytes] : files) {
        writeFile(dir.filePath(name), bytes);
        r.files << WrittenFile{name, crypto::sha256Hex(bytes), bytes.size()};
    }
    storePortfolio(store, p, r.outDir, r.files);
    return r;
}

} // namespace ab::portfolio
