// The branding file (organisation, logo, accent colour, footer). The logo path is resolved in a folder that
// does not exist, so a relative one reads nothing; an absolute one goes through InputFile's checks.
#include "FuzzSupport.h"

#include "core/report/ReportBranding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    QString error;
    const auto b = ReportBranding::fromJson(fuzz::bytes(data, size), QStringLiteral("/nonexistent-fuzz-dir"),
                                            QStringLiteral("fuzz-branding.json"), &error);
    FUZZ_CHECK(b.has_value() || !error.isEmpty());
    return 0;
}
