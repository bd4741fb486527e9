#pragma once
// The gateway year (seed 004): one HMAC chain of audit records over 2025, signed with k2025a until June and
// k2025b after, with its OCSF events and its tampered copy.
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "demo/DemoDataGenerator.h"
#include "demo/OutFile.h"

#include <QString>
#include <QStringList>

#include <string>

namespace ab::demo {

struct GatewayResult
{
    qint64 records = 0, tamperedRecords = 0, ocsfEvents = 0;
    std::string head;
    QStringList expectedErrors;
    QString notes;
};

// Throws DemoDataError and CancelledError.
GatewayResult writeGatewayYear(const DemoDataOptions &options, const crypto::SecureBytes &keyA,
                               const crypto::SecureBytes &keyB, OutFile &original, OutFile &tampered,
                               OutFile &ocsf, Progress *progress);

} // namespace ab::demo
