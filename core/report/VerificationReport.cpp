#include "core/report/VerificationReport.h"

#include "core/crypto/Crypto.h"
#include "core/report/VerificationReportSections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ab {

namespace {

struct VerificationTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::VerificationReport)
};

QString count(qint64 n)
{
    return QLocale::c().toString(n);
}
QString orNone(const std::optional<QString> &s)
{
    return s ? *s : QString();
}
QString eventText(const std::optional<VerificationResult::EventRef> &e)
{
    return e ? VerificationTr::tr("%1 at %2").arg(e->id, e->timestamp) : QString();
}

} // namespace

TrailStatus VerificationReport::statusOf(const VerificationResult &result)
{
    if (!result.valid)
        return TrailStatus::Errors;
    if (!result.macsVerified)
        return TrailStatus::LinkageOnly;
    return result.coverage.complete ? TrailStatus::Verified : TrailStatus::Incomplete;
}

ReportDocument::Banner VerificationReport::banner(TrailStatus status, qint64 errorCount)
{
    switch (status) {
    case TrailStatus::Verified:
        return {Tone::Good, VerificationTr::tr("VERIFIED: chain intact, every MAC verified"),
                VerificationTr::tr(
                    "Sequence, linkage and structure are intact and every record's HMAC was recomputed "
                    "with the keyring and matches.")};
    case TrailStatus::Incomplete:
        return {Tone::Warning, VerificationTr::tr("INTACT, COVERAGE INCOMPLETE: every MAC verified"),
                VerificationTr::tr(
                    "Sequence, linkage and every record's HMAC verify, but the records leave gaps or part of "
                    "the period uncovered; nothing is proved about what is not covered.")};
    case TrailStatus::LinkageOnly:
        return {Tone::Warning, VerificationTr::tr("LINKAGE INTACT: MACs NOT VERIFIED"),
                VerificationTr::tr(
                    "No keyring was used: sequence, linkage and structure are intact, but the records' "
                    "content is not authenticated. This is not a full verification.")};
    case TrailStatus::Errors:
        return {
            Tone::Bad,
            VerificationTr::tr("ERRORS FOUND: %n error(s)", nullptr, int(qMin<qint64>(errorCount, INT_MAX))),
            VerificationTr::tr("The audit trail does not verify. Every error is listed in the report.")};
    case TrailStatus::NotVerified:
        break;
    }
    return {Tone::Neutral, VerificationTr::tr("NOT VERIFIED: the audit trail has not been verified"),
            VerificationTr::tr("No verification of this agent's audit trail is recorded in the workspace.")};
}

ReportDocument VerificationReport::build(const VerificationResult &r, const Options &options)
{
    using KV = ReportDocument::KeyValue;
    ReportDocument doc;
    doc.branding = options.branding;
    const QString period = (r.periodStart || r.periodEnd)
                               ? VerificationTr::tr("%1 to %2")
                                     .arg(r.periodStart.value_or(VerificationTr::tr("start")),
                                          r.periodEnd.value_or(VerificationTr::tr("end")))
                               : VerificationTr::tr("whole export (no period given)");
    const QString resultHash =
        options.resultSha256.isEmpty() ? crypto::sha256Hex(r.toJson()) : options.resultSha256;
    const QString printedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    doc.title = options.subjectName.isEmpty()
                    ? VerificationTr::tr("Audit Chain Verification")
                    : VerificationTr::tr("Audit Chain Verification: %1").arg(options.subjectName);
    doc.subject = VerificationTr::tr("HMAC chain verification result, period %1").arg(period);
    doc.author = options.printedBy;
    doc.headerLeft = doc.title;
    doc.headerRight = VerificationTr::tr("Period %1").arg(period);
    doc.footerHashLabel = VerificationTr::tr("Result SHA-256");
    doc.footerHash = resultHash;

    const TrailStatus status = statusOf(r);
    ReportDocument::Banner verdict = banner(status, r.errorCount);
    if (status == TrailStatus::Errors && r.eventsChecked == 0) // "Nothing verified is not valid"
        verdict.detail = VerificationTr::tr("No record was checked (%1), so the result proves nothing.")
                             .arg(r.errors.value(0));
    // Amber says which part is missing and where, not only that something is.
    if (status != TrailStatus::Errors && !r.coverage.complete)
        verdict.detail +=
            QLatin1Char(' ') +
            VerificationTr::tr("Not covered: %1.")
                .arg(VerificationReportSections::coverageShortfalls(r.coverage).join(QStringLiteral("; ")));
    ReportDocument::Cover cover;
    cover.title = VerificationTr::tr("Audit Chain Verification");
    cover.subtitle = options.subjectName.isEmpty() ? period : options.subjectName;
    cover.facts = {
        KV{VerificationTr::tr("Period"), period},
        KV{VerificationTr::tr("Events checked"), count(r.eventsChecked)},
        KV{VerificationTr::tr("Errors"), count(r.errorCount)},
        KV{VerificationTr::tr("MACs verified"),
           r.macsVerified ? VerificationTr::tr("yes") : VerificationTr::tr("no (no keyring)")},
        KV{VerificationTr::tr("Result SHA-256"), resultHash, true},
        KV{VerificationTr::tr("Printed"),
           options.printedBy.isEmpty() ? printedAt
                                       : VerificationTr::tr("%1 by %2").arg(printedAt, options.printedBy)},
    };
    if (!options.logHead.isEmpty()) // before "Printed": what the log held when this was printed
        cover.facts.insert(cover.facts.size() - 1,
                           KV{VerificationTr::tr("Activity log"), options.logHead, true});
    cover.statusTone = verdict.tone;
    cover.statusTitle = verdict.title;
    cover.statusDetail = verdict.detail;
    doc.add(cover);
    doc.add(ReportDocument::TableOfContents{});

    doc.heading(VerificationTr::tr("Verdict"));
    doc.add(verdict);
    doc.add(ReportDocument::KeyValues{{
        KV{VerificationTr::tr("Valid"), r.valid ? VerificationTr::tr("yes") : VerificationTr::tr("no")},
        KV{VerificationTr::tr("MACs verified"),
           r.macsVerified ? VerificationTr::tr("yes") : VerificationTr::tr("no")},
        KV{VerificationTr::tr("Events checked"), count(r.eventsChecked)},
        KV{VerificationTr::tr("Error count"), count(r.errorCount)},
        KV{VerificationTr::tr("Period start"), orNone(r.periodStart)},
        KV{VerificationTr::tr("Period end"), orNone(r.periodEnd)},
        KV{VerificationTr::tr("First event"), eventText(r.firstEvent)},
        KV{VerificationTr::tr("Last event"), eventText(r.lastEvent)},
        KV{VerificationTr::tr("Anchor"),
           r.anchor ? *r.anchor : VerificationTr::tr("none: the chain starts at its genesis record"),
           bool(r.anchor)},
        KV{VerificationTr::tr("Head HMAC"), orNone(r.headHmac), true},
        KV{VerificationTr::tr("Duplicates merged"), count(r.duplicatesMerged)},
    }});
    doc.note(VerificationTr::tr(
        "The anchor is the previous_hmac the first checked record links to; note the head HMAC to "
        "check the next period's export against it (--anchor) or to detect truncation (--expect-head)."));

    VerificationReportSections::addCoverage(doc, r);

    doc.heading(VerificationTr::tr("Keys"), 2);
    doc.note(VerificationTr::tr(
        "Keys are identified by id and fingerprint only; key material never appears in a report."));
    ReportDocument::Table keys;
    keys.columns = {{VerificationTr::tr("Key id"), 0},
                    {VerificationTr::tr("Fingerprint"), 0, true},
                    {VerificationTr::tr("Records"), 0, false, true},
                    {VerificationTr::tr("Validity window"), 0}};
    keys.emptyText = VerificationTr::tr("No keys: the records name no hmac_key_id.");
    for (const auto &k : r.keys)
        keys.rows.append(
            {k.id, k.fingerprint.isEmpty() ? VerificationTr::tr("not in keyring") : k.fingerprint,
             count(k.records), VerificationReportSections::keyWindowText(k.notBefore, k.notAfter)});
    doc.add(keys);

    doc.heading(VerificationTr::tr("Sources"), 2);
    ReportDocument::Table sources;
    sources.columns = {{VerificationTr::tr("File"), 0},
                       {VerificationTr::tr("SHA-256"), 0, true},
                       {VerificationTr::tr("Records"), 0, false, true}};
    sources.emptyText = VerificationTr::tr("No sources recorded.");
    for (const auto &s : r.sources)
        sources.rows.append({s.file, s.sha256, count(s.records)});
    doc.add(sources);

    doc.heading(VerificationTr::tr("Errors"));
    if (r.errorCount > r.errors.size())
        doc.paragraph(
            VerificationTr::tr("%1 errors were found; the result lists the first %2 (the rest were not kept, "
                               "see --max-errors).")
                .arg(count(r.errorCount), count(r.errors.size())),
            Tone::Warning);
    ReportDocument::Table errors;
    errors.columns = {{QStringLiteral("#"), 0, false, true}, {VerificationTr::tr("Error"), 0}};
    errors.emptyText = VerificationTr::tr("No errors.");
    for (qsizetype i = 0; i < r.errors.size(); ++i) {
        errors.rows.append({QString::number(i + 1), r.errors.at(i)});
    }
    doc.add(errors);

    VerificationReportSections::addHowTheChainWorks(doc);
    return doc;
}

std::optional<ReportWriter::Output> VerificationReport::write(const VerificationResult &result,
                                                              const Options &options, const QString &path,
                                                              Progress *progress, QString *error)
{
    return ReportWriter::write(build(result, options), path, progress, error);
}

} // namespace ab
