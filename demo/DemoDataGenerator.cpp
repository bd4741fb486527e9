#include "demo/DemoDataGenerator.h"

#include "demo/AgentRuntimeExport.h"
#include "demo/ComplianceBundles.h"
#include "demo/DemoDataTr.h"
#include "demo/DemoKeyring.h"
#include "demo/GatewayAuditLog.h"
#include "demo/OutFile.h"

#include <QDir>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

// What each file holds is written by its own generator: GatewayAuditLog (the gateway year, its OCSF events
// and, through TamperedCopy, the tampered copy and TAMPERING.txt), AgentRuntimeExport, ComplianceBundles and
// DemoKeyring. This file checks the options, opens the files and renames them into place only when all of
// them were written.

namespace ab {

using demo::DemoDataTr;
using demo::OutFile;

const char *const DemoDataGenerator::GatewayFile = "gateway-audit-2025.ndjson";
const char *const DemoDataGenerator::TamperedFile = "gateway-audit-2025-tampered.ndjson";
const char *const DemoDataGenerator::TamperingNotes = "TAMPERING.txt";
const char *const DemoDataGenerator::KeyringFile = "keyring.json";
const char *const DemoDataGenerator::RuntimeExportFile = "agent-runtime-export.json";
const char *const DemoDataGenerator::BundlesFile = "compliance-bundles-export.json";
const char *const DemoDataGenerator::OcsfFile = "ocsf-events.ndjson";

DemoDataSummary DemoDataGenerator::generate(const DemoDataOptions &options, Progress *progress)
{
    if (options.records < MinimumRecords)
        throw DemoDataError(DemoDataTr::tr("--records %1: expected at least %2 records")
                                .arg(options.records)
                                .arg(MinimumRecords));
    if (options.records > 1000000000)
        throw DemoDataError(
            DemoDataTr::tr("--records %1: expected at most 1000000000 records").arg(options.records));
    if (options.outDir.isEmpty() || !QDir().mkpath(options.outDir))
        throw DemoDataError(DemoDataTr::tr("%1: cannot create the output directory").arg(options.outDir));

    const crypto::SecureBytes keyA = demo::deriveKey(options.seed, "k2025a");
    const crypto::SecureBytes keyB = demo::deriveKey(options.seed, "k2025b");
    const crypto::SecureBytes keyArx = demo::deriveKey(options.seed, "arx-2026a");

    std::vector<std::unique_ptr<OutFile>> files;
    const auto open = [&](const char *name) -> OutFile & {
        files.push_back(std::make_unique<OutFile>(options.outDir, name));
        return *files.back();
    };
    OutFile &gateway = open(GatewayFile);
    OutFile &tampered = open(TamperedFile);
    OutFile &ocsf = open(OcsfFile);
    OutFile &notes = open(TamperingNotes);
    OutFile &keyring = open(KeyringFile);
    OutFile &runtime = open(RuntimeExportFile);
    OutFile &bundles = open(BundlesFile);

    DemoDataSummary summary;
    const demo::GatewayResult g =
        demo::writeGatewayYear(options, keyA, keyB, gateway, tampered, ocsf, progress);
    summary.gatewayRecords = g.records;
    summary.tamperedRecords = g.tamperedRecords;
    summary.ocsfEvents = g.ocsfEvents;
    summary.gatewayHead = QString::fromStdString(g.head);
    summary.expectedTamperErrors = g.expectedErrors;
    notes.write(g.notes.toStdString());

    summary.runtimeEntries = demo::writeRuntimeExport(options, keyArx, runtime, progress);
    bundles.write(demo::bundlesJson());
    summary.bundles = 4;
    {
        std::string text = demo::keyringJson(keyA, keyB, keyArx);
        keyring.write(text);
        std::fill(text.begin(), text.end(), '\0'); // the keyring text held secrets
    }
    throwIfCancelled(progress);

    for (auto &f : files)
        f->close();
    for (auto &f : files)
        f->commit();
    for (const char *name :
         {GatewayFile, TamperedFile, TamperingNotes, KeyringFile, RuntimeExportFile, BundlesFile, OcsfFile})
        summary.files << QLatin1String(name);
    return summary;
}

} // namespace ab
