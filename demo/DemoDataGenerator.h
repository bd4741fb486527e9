#pragma once

#include "core/common/Error.h"
#include "core/common/Progress.h"

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace ab {

// What to generate: the gateway chain's length and the seed every value is derived from.
struct DemoDataOptions
{
    QString outDir;
    qint64 records = 100000;
    quint64 seed = 1;
};

// What was written (for the CLI's summary line and the GUI's "demo workspace" action).
struct DemoDataSummary
{
    qint64 gatewayRecords = 0;
    qint64 tamperedRecords = 0;
    qint64 runtimeEntries = 0;
    qint64 ocsfEvents = 0;
    qint64 bundles = 0;
    QString gatewayHead;              // hmac of the last gateway record
    QStringList expectedTamperErrors; // exactly what `verify` reports for the tampered copy
    QStringList files;                // file names inside outDir
};

// A problem writing the output (the directory cannot be created, the disk is full, ...).
class DemoDataError : public Error
{
public:
    explicit DemoDataError(const QString &message) : Error(message) {}
    const QString &message() const { return text(); }
};

// Deterministic synthetic evidence for demos, tests and benchmarks: the same options give byte-identical
// files on every platform (std::mt19937_64 is fully specified; every distribution is implemented here).
// The gateway export is streamed record by record, so millions of records take constant memory. Files are
// written under temporary names and renamed only when everything succeeded: a failed or cancelled run leaves
// no half-written evidence behind.
class DemoDataGenerator
{
public:
    static constexpr qint64 MinimumRecords = 10; // the tampered copy needs room for its three tamperings

    // Throws DemoDataError (I/O, bad options) and CancelledError.
    static DemoDataSummary generate(const DemoDataOptions &options, Progress *progress = nullptr);

    // The fixed file names (scripts and helpers rely on them).
    static const char *const GatewayFile;
    static const char *const TamperedFile;
    static const char *const TamperingNotes;
    static const char *const KeyringFile;
    static const char *const RuntimeExportFile;
    static const char *const BundlesFile;
    static const char *const OcsfFile;
};

} // namespace ab
