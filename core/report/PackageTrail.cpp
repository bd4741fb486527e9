#include "core/report/PackageTrail.h"

#include "core/package/ChainCitation.h"

#include <QCoreApplication>

namespace ab {

namespace {

struct PackageTrailTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageTrail)
};

QString orNone(const std::optional<QString> &s)
{
    return s ? *s : PackageTrailTr::tr("none");
}

// What the citation says about coverage, in one line.
QString coverageLine(const CitedVerification &c)
{
    return PackageTrailTr::tr("Coverage: %1 to %2, %n gap(s), %3.", nullptr,
                              int(qMin<qint64>(c.gapCount, INT_MAX)))
        .arg(orNone(c.first), orNone(c.last),
             c.complete ? PackageTrailTr::tr("complete") : PackageTrailTr::tr("incomplete"));
}

QString citedLine(const CitedVerification &c)
{
    return PackageTrailTr::tr(
               "The package cites run %1 of the agent runtime chain (result SHA-256 %2, verified %3).")
        .arg(c.runId, c.resultSha256.isEmpty() ? PackageTrailTr::tr("not given") : c.resultSha256,
             c.verifiedAt.isEmpty() ? PackageTrailTr::tr("at a time not given") : c.verifiedAt);
}

} // namespace

ReportDocument::Banner packageTrailBanner(const QJsonObject &package, const PackageReport::Options &options)
{
    using Basis = PackageReport::TrailBasis;
    const std::optional<CitedVerification> cited = ChainCitation::read(package);

    if (options.trailBasis == Basis::Given && options.trailResult) {
        const VerificationResult &r = *options.trailResult;
        ReportDocument::Banner b = VerificationReport::banner(VerificationReport::statusOf(r), r.errorCount);
        QStringList detail{b.detail,
                           PackageTrailTr::tr("From the verification result given when printing: %1.")
                               .arg(options.trailNote)};
        detail << (cited ? citedLine(*cited)
                         : PackageTrailTr::tr("The package itself cites no verification of its agent runtime "
                                              "chain."));
        b.detail = detail.join(QLatin1Char('\n'));
        return b;
    }
    if (options.trailBasis == Basis::Mismatch)
        return {Tone::Bad,
                PackageTrailTr::tr("CITATION DOES NOT MATCH: the cited verification cannot be confirmed"),
                options.trailNote};
    if (!cited) {
        ReportDocument::Banner b = VerificationReport::banner(TrailStatus::NotVerified);
        // The same words as the package's own statement (which, being evidence, is not translated).
        b.detail = PackageTrailTr::tr(
            "No verification of the agent runtime chain was stored when this package was generated.");
        return b;
    }
    const VerificationResult verdict = cited->verdict();
    ReportDocument::Banner b =
        VerificationReport::banner(VerificationReport::statusOf(verdict), verdict.errorCount);
    if (options.trailBasis == Basis::Checked) {
        b.detail = QStringList{b.detail,
                               citedLine(*cited) + QLatin1Char(' ') +
                                   PackageTrailTr::tr("It matches the run stored in this workspace."),
                               coverageLine(*cited)}
                       .join(QLatin1Char('\n'));
        return b;
    }
    // Not re-checked: reported as the package states it, never green.
    b.title = PackageTrailTr::tr("NOT RE-CHECKED: the package cites \"%1\"").arg(b.title);
    if (b.tone == Tone::Good)
        b.tone = Tone::Warning;
    b.detail = QStringList{citedLine(*cited),
                           PackageTrailTr::tr("The citation was not checked against a stored run or a "
                                              "verification result."),
                           coverageLine(*cited)}
                   .join(QLatin1Char('\n'));
    return b;
}

} // namespace ab
