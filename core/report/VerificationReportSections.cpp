#include "core/report/VerificationReportSections.h"

#include <QCoreApplication>
#include <QLocale>

namespace ab {

namespace {

struct SectionsTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::VerificationReport)
};

QString count(qint64 n)
{
    return QLocale::c().toString(n);
}

QString bound(const std::optional<QString> &value)
{
    return value.value_or(SectionsTr::tr("(open)"));
}

} // namespace

QString VerificationReportSections::durationText(qint64 seconds)
{
    if (seconds < 60)
        return SectionsTr::tr("%1 s").arg(seconds);
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return SectionsTr::tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(minutes);
    if (hours > 0)
        return SectionsTr::tr("%1 h %2 min").arg(hours).arg(minutes);
    return SectionsTr::tr("%1 min").arg(minutes);
}

QString VerificationReportSections::keyWindowText(const std::optional<QString> &notBefore,
                                                  const std::optional<QString> &notAfter)
{
    if (notBefore && notAfter)
        return SectionsTr::tr("valid from %1 until %2").arg(*notBefore, *notAfter);
    if (notBefore)
        return SectionsTr::tr("valid from %1, no end").arg(*notBefore);
    if (notAfter)
        return SectionsTr::tr("valid until %1, no start").arg(*notAfter);
    return SectionsTr::tr("no window");
}

QStringList VerificationReportSections::coverageShortfalls(const VerificationResult::Coverage &c)
{
    QStringList parts;
    if (c.complete)
        return parts;
    if (c.startsLate)
        parts << (c.first ? SectionsTr::tr("no evidence from %1 to %2 (starts late)")
                                .arg(bound(c.requestedStart), *c.first)
                          : SectionsTr::tr("no evidence in the period (starts late)"));
    if (c.gapCount > 0)
        parts << SectionsTr::tr("%n gap(s) longer than %1 h", nullptr, int(qMin<qint64>(c.gapCount, INT_MAX)))
                     .arg(c.maxGapHours);
    if (c.endsEarly && c.last)
        parts << SectionsTr::tr("no evidence from %1 to %2 (ends early)").arg(*c.last, bound(c.requestedEnd));
    else if (c.endsEarly && !c.startsLate)
        parts << SectionsTr::tr("no evidence in the period (ends early)");
    return parts;
}

void VerificationReportSections::addCoverage(ReportDocument &doc, const VerificationResult &r)
{
    using KV = ReportDocument::KeyValue;
    const VerificationResult::Coverage &c = r.coverage;
    doc.heading(SectionsTr::tr("Coverage"), 2);
    doc.note(
        SectionsTr::tr("An intact chain says nothing about records that were never exported. This section "
                       "states what the verified records cover of the period asked about, and every "
                       "silence between two consecutive records longer than the maximum gap."));
    const QString requested =
        c.requested ? SectionsTr::tr("%1 to %2").arg(bound(c.requestedStart), bound(c.requestedEnd))
                    : SectionsTr::tr("none given (the whole export)");
    const QString covered =
        (c.first || c.last)
            ? SectionsTr::tr("%1 to %2").arg(c.first.value_or(QString()), c.last.value_or(QString()))
            : SectionsTr::tr("nothing: no record was verified");
    QString start = SectionsTr::tr("no period start given");
    if (c.requestedStart)
        start = c.startsLate ? SectionsTr::tr("NOT covered (starts late): the first record is more than %1 h "
                                              "after the period start")
                                   .arg(c.maxGapHours)
                             : SectionsTr::tr("covered");
    QString end = SectionsTr::tr("no period end given");
    if (c.requestedEnd)
        end = c.endsEarly ? SectionsTr::tr("NOT covered (ends early): the last record is more than %1 h "
                                           "before the period end")
                                .arg(c.maxGapHours)
                          : SectionsTr::tr("covered");
    doc.add(ReportDocument::KeyValues{{
        KV{SectionsTr::tr("Requested period"), requested},
        KV{SectionsTr::tr("Covered span"), covered},
        KV{SectionsTr::tr("Maximum gap"), SectionsTr::tr("%1 h (--max-gap)").arg(c.maxGapHours)},
        KV{SectionsTr::tr("Gaps over the maximum"), count(c.gapCount)},
        KV{SectionsTr::tr("Start of the period"), start},
        KV{SectionsTr::tr("End of the period"), end},
        KV{SectionsTr::tr("Complete"), c.complete ? SectionsTr::tr("yes") : SectionsTr::tr("no")},
    }});
    if (!c.complete)
        doc.paragraph(SectionsTr::tr("Coverage incomplete: %1. Nothing is proved about the time not covered.")
                          .arg(coverageShortfalls(c).join(QStringLiteral("; "))),
                      Tone::Warning);

    ReportDocument::Table gaps;
    gaps.columns = {{QStringLiteral("#"), 0, false, true},
                    {SectionsTr::tr("After record"), 0, true},
                    {SectionsTr::tr("Before record"), 0, true},
                    {SectionsTr::tr("From"), 0, true},
                    {SectionsTr::tr("To"), 0, true},
                    {SectionsTr::tr("Duration"), 0, false, true}};
    gaps.emptyText =
        SectionsTr::tr("No gap longer than %1 h between consecutive records.").arg(c.maxGapHours);
    for (qsizetype i = 0; i < c.gaps.size(); ++i) {
        const VerificationResult::Gap &g = c.gaps.at(i);
        gaps.rows.append({QString::number(i + 1), g.after, g.before, g.from, g.to,
                          SectionsTr::tr("%1 (%2 s)").arg(durationText(g.seconds), count(g.seconds))});
        gaps.rowTones.append(Tone::Warning);
    }
    doc.add(gaps);
    if (c.gapCount > c.gaps.size())
        doc.paragraph(SectionsTr::tr("%1 more gaps are counted but not listed (the result lists at most "
                                     "--max-errors).")
                          .arg(count(c.gapCount - c.gaps.size())),
                      Tone::Warning);
}

void VerificationReportSections::addHowTheChainWorks(ReportDocument &doc)
{
    doc.heading(SectionsTr::tr("How the chain works"));
    doc.paragraph(SectionsTr::tr(
        "The platform writes its audit log as a chain. Besides its content, every record carries three "
        "fields: hmac_key_id (which signing key sealed it), previous_hmac (the seal of the record before it) "
        "and hmac (its own seal). The workbench re-performs every check itself, offline; it trusts nothing "
        "the platform says about its own log."));
    doc.heading(SectionsTr::tr("The anchor and the links"), 2);
    doc.paragraph(SectionsTr::tr(
        "The very first record of a chain links to a fixed start value of 64 zeros. An export of a later "
        "period begins in the middle of the chain: its first record links to a record that is not in the "
        "export, and that value is reported as the anchor. Comparing the anchor with the head HMAC of the "
        "previous period's verified export joins the two periods without a hole."));
    doc.paragraph(SectionsTr::tr(
        "Every later record stores the seal of the record before it as its previous_hmac. Removing, "
        "inserting or reordering a record breaks the link of the record after it; dropping the newest "
        "records is caught by comparing the head HMAC with one noted earlier (--expect-head). Linkage alone "
        "only shows "
        "that the order was not broken, though: anyone who can write to the database can also recompute "
        "matching links after an edit."));
    doc.heading(SectionsTr::tr("The seal of each record"), 2);
    doc.paragraph(SectionsTr::tr(
        "A record's hmac is an HMAC-SHA256 over the record's content written in one canonical form (the JSON "
        "Canonicalization Scheme, RFC 8785: members sorted, no white space, every number and string written "
        "exactly one way), followed by its previous_hmac. The key belongs to the platform and was handed to "
        "the auditor separately, as a keyring; it is never part of an export. The workbench recomputes every "
        "seal with that keyring. Because the seal also covers previous_hmac, it fixes the record's place in "
        "the chain as well as its content."));
    doc.heading(SectionsTr::tr("Why a database administrator cannot change a record unseen"), 2);
    doc.paragraph(SectionsTr::tr(
        "A privileged database user can change any byte of the stored records but does not hold the signing "
        "key. Editing a record changes what its seal must be; deleting one breaks the link of the next; "
        "inserting one needs a seal only the key can make. Recomputing the links does not help either: the "
        "seal of every following record then fails. Only someone holding the key could rewrite the chain "
        "consistently. That is why a verification without the keyring (linkage only) is never reported as a "
        "full verification."));
    doc.heading(SectionsTr::tr("Key validity windows"), 2);
    doc.paragraph(SectionsTr::tr(
        "Keys are rotated. The keyring may state when each key was in use (not_before, not_after). A record "
        "sealed with a key outside that window is an error: it catches a record re-sealed later with a "
        "retired key that was kept or leaked, and a key used before it was issued."));
    doc.heading(SectionsTr::tr("What coverage means"), 2);
    doc.paragraph(SectionsTr::tr(
        "An intact chain proves that the exported records were not altered and that none is missing between "
        "the first and the last. It says nothing about records that were never exported: before the first, "
        "after the last, or in a period the export does not reach. The Coverage section therefore sets the "
        "period asked about against the span the records cover and lists every silence longer than the "
        "maximum gap. Only a result that is intact, verified with the keyring and complete is reported as "
        "verified."));
}

} // namespace ab
