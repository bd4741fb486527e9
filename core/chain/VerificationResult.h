#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab {

// The result object of docs/spec/chain.md "Result": what the CLI prints, the GUI shows and a workspace
// stores.
struct VerificationResult
{
    struct EventRef
    {
        QString id;
        QString timestamp;
    };
    struct KeyUse
    {
        QString id;
        QString fingerprint; // empty when the keyring does not hold the key (or there is no keyring)
        qint64 records = 0;
    };
    struct Source
    {
        QString file;
        QString sha256;
        qint64 records = 0;
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
    QList<ErrorLocation> errorLocations; // parallel to `errors`

    // Exit status of `auditbench-cli verify`: 0 valid with MACs, 1 errors, 3 linkage only.
    int exitCode() const { return !valid ? 1 : (macsVerified ? 0 : 3); }
    QByteArray toJson(bool pretty = true) const;
    // Reads back what toJson() wrote; returns nullopt on anything else.
    static std::optional<VerificationResult> fromJson(const QByteArray &json);
};

} // namespace ab
