#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab {

class JsonWriter;

// The result object of docs/spec/chain.md "Result": what the CLI prints, the GUI shows and a workspace
// stores.
struct VerificationResult
{
    struct EventRef
    {
        QString id;
        QString timestamp;
        std::optional<qint64> sequence; // when the record has an integer one
    };
    struct KeyUse
    {
        QString id;
        QString fingerprint; // empty when the keyring does not hold the key (or there is no keyring)
        qint64 records = 0;
        std::optional<QString> notBefore, notAfter; // the key's window as the keyring gave it
    };
    struct Source
    {
        QString file;
        QString sha256;
        qint64 records = 0;
    };
    // docs/spec/chain.md "Coverage": what the verified records cover of the time asked about.
    struct Gap
    {
        QString after, before; // ids of the records on either side
        QString from, to;      // their timestamps as stored
        qint64 seconds = 0;    // whole seconds between them, rounded down
    };
    struct Coverage
    {
        bool requested = false; // a period was given (else "requested" is null)
        std::optional<QString> requestedStart, requestedEnd;
        std::optional<QString> first, last;
        qint64 maxGapHours = 24;
        QList<Gap> gaps; // at most maxErrors
        qint64 gapCount = 0;
        bool startsLate = false, endsEarly = false, complete = false;
    };
    // Where an error points, so a UI can jump to the record (not part of the JSON contract).
    struct ErrorLocation
    {
        qint64 event = 0; // 1-based position in the verified sequence; 0 for chain-level errors
        QString recordId;
    };

    bool valid = true;
    qint64 eventsChecked = 0;
    QStringList errors; // at most maxErrors
    qint64 errorCount = 0;
    bool macsVerified = false;
    std::optional<QString> periodStart, periodEnd;
    std::optional<EventRef> firstEvent, lastEvent;
    std::optional<QString> anchor, headHmac;
    QList<KeyUse> keys;
    qint64 duplicatesMerged = 0;
    QList<Source> sources;
    Coverage coverage;
    QList<ErrorLocation> errorLocations; // parallel to `errors`

    // Exit status of `auditbench-cli verify`: 0 valid with MACs, 1 errors, 3 linkage only; with
    // requireCoverage 4 when there are no errors but the coverage is incomplete (checked before 3).
    int exitCode(bool requireCoverage = false) const
    {
        if (!valid)
            return 1;
        if (requireCoverage && !coverage.complete)
            return 4;
        return macsVerified ? 0 : 3;
    }
    QByteArray toJson(bool pretty = true) const;
    // The "keys" and "sources" arrays exactly as toJson() writes them (a workspace also stores them on their
    // own, for its run listing and activity log; one writer keeps the two from drifting).
    void writeKeys(JsonWriter &w) const;
    void writeSources(JsonWriter &w) const;
    // Reads back what toJson() wrote; returns nullopt on anything else.
    static std::optional<VerificationResult> fromJson(const QByteArray &json);
    // Reads a result a user hands over (auditbench-cli join): like fromJson(), but anything else throws an
    // InputError naming `fileName` and saying what was expected (position for JSON syntax, member otherwise).
    static VerificationResult parse(const QByteArray &json, const QString &fileName);
};

} // namespace ab
