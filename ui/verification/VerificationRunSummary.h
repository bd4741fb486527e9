#pragma once

#include "core/chain/VerificationResult.h"

#include <QDateTime>
#include <QString>

namespace ab {

// One stored verification run as the runs list and the result panel show it. A result of export files
// verified without a workspace is not stored: its id is empty.
struct VerificationRunSummary
{
    QString id;
    QDateTime ranAt;
    QString ranBy;
    VerificationResult result;
    QString scope; // "gateway" or "runtime:<source id>"
};

} // namespace ab
