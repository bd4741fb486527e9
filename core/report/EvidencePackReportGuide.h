#pragma once
// The explaining pages of an evidence pack's report: talking points for the examination (seed 004's examiner
// questions, answered in our own words) and how to check the pack with stock tools.
#include "core/report/ReportDocument.h"

namespace ab {

struct EvidencePackReportGuide
{
    static void addTalkingPoints(ReportDocument &doc);
    // The last page: sha256sum -c, the files digest, and (when signed) openssl pkeyutl -verify.
    static void addHowToCheck(ReportDocument &doc, bool signedPack);
};

} // namespace ab
