#pragma once
// A tests-of-controls workpaper (issue 17) as values: one result per sampled item, the evaluation
// (deviation rate, upper deviation limit at the workpaper's confidence, conclusion against the tolerable
// rate) and the content every sign-off is bound to: the RFC 8785 (JCS) form of the workpaper's
// identity, sample, rates, items and evaluation, hashed with SHA-256. Sign-off times, review notes and who
// recorded a result are kept beside the content, not in it, so a review note between the preparer's and
// the reviewer's sign-off does not change what the preparer signed. Everything here is evidence: no tr().
// Stored by WorkpaperStore.h.

#include "core/analytics/SampleStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ab::analytics {

enum class ItemResult
{
    Pending,
    NoException,
    Exception,
    NotApplicable
};

// "pending", "no_exception", "exception", "not_applicable" (stored and printed).
QString itemResultName(ItemResult result);
// Accepts the names above and the CLI's spellings "no-exception", "not-applicable"; not "pending".
std::optional<ItemResult> itemResultFromName(const QString &name);

struct WorkpaperItem
{
    qint64 position = 0; // 0-based draw position in the sample
    qint64 rowId = 0;
    QString recordId;
    QString recordSha256; // SHA-256 of the record's raw bytes: the sign-off binds the evidence itself
    ItemResult result = ItemResult::Pending;
    QString note;
    QString recordedAt, recordedBy; // empty while pending
};

// How the sample came out. Not-applicable items are left out of the tested items (an auditor replaces or
// excludes them; they are neither deviations nor evidence the control worked).
struct WorkpaperEvaluation
{
    qint64 size = 0, pending = 0, tested = 0, deviations = 0, notApplicable = 0;
    double deviationRate = 0;       // deviations / tested (0 when nothing was tested)
    double upperDeviationLimit = 1; // at the workpaper's confidence (1 when nothing was tested)
    enum class Conclusion
    {
        Incomplete,            // items pending or nothing tested
        SupportsReliance,      // upper deviation limit <= tolerable rate
        DoesNotSupportReliance // upper deviation limit above the tolerable rate
    } conclusion = Conclusion::Incomplete;

    // "incomplete", "supports_reliance", "does_not_support_reliance"
    QString conclusionCode() const;
    // One English sentence (evidence, untranslated) stating the comparison.
    QString conclusionText(int tolerableBp, int confidenceBp) const;
};

// Evaluates `items` at `confidenceBp` against `tolerableBp` (basis points of a percent: 95 % = 9500).
WorkpaperEvaluation evaluateItems(const QList<WorkpaperItem> &items, int confidenceBp, int tolerableBp);

// A rate (0..1) as a percentage rounded to two decimals: 0.04951 -> 4.95.
double ratePercent(double rate);

struct WorkpaperSignOff
{
    QString role; // "preparer" or "reviewer"
    QString name;
    QString contentSha256;
    QString signedAt, signedBy;
};

struct WorkpaperReviewNote
{
    qint64 id = 0;
    int version = 0; // the version the note was written on
    QString note, writtenAt, writtenBy;
};

struct Workpaper
{
    qint64 id = 0;
    QString name;
    int confidenceBp = 9500, tolerableBp = 500;
    QString createdAt, createdBy;
    int version = 1;
    QString versionCreatedAt, versionCreatedBy;
    int latestVersion = 1;
    Sample sample; // with its records
    QList<WorkpaperItem> items;
    QList<WorkpaperReviewNote> reviewNotes; // of every version up to this one, oldest first
    QList<WorkpaperSignOff> signOffs;       // of this version: preparer first

    WorkpaperEvaluation evaluation() const { return evaluateItems(items, confidenceBp, tolerableBp); }
    // The JCS bytes that sign-offs bind, and their SHA-256 (lowercase hex).
    QByteArray content() const;
    QString contentSha256() const;
    bool isSigned() const { return !signOffs.isEmpty(); }
    const WorkpaperSignOff *signOff(const QString &role) const;

    // What `workpaper show` prints: the content's members, the record details beside each item, who recorded
    // each result and when, the review notes, the sign-offs (each with "hash_matches") and content_sha256.
    // `records` are the sampled records' details in item order (may be empty: no details).
    QByteArray toJson(const QList<GatewayRecordRow> &records = {}, bool pretty = true) const;
};

} // namespace ab::analytics
