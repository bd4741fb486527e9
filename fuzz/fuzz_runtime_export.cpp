// The agent runtime export reader (packages are generated from it) and, for small inputs, a package for its
// first agent: the generated data flow diagram's SVG must parse.
#include "FuzzSupport.h"

#include "core/package/PackageGenerator.h"
#include "core/package/RuntimeExport.h"

#include <QXmlStreamReader>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    fuzz::refusedOrRead([&] {
        const RuntimeExport x =
            RuntimeExport::fromBytes(QStringLiteral("fuzz.json"), fuzz::bytes(data, size));
        if (x.agents.empty() || size > 16 * 1024)
            return;
        PackageOptions options;
        options.generatedBy = QStringLiteral("fuzz");
        options.generatedAt = QStringLiteral("2026-01-01T00:00:00Z");
        options.packageId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const GeneratedPackage p = PackageGenerator::generate(x, x.agents.front().id, options);
        QXmlStreamReader xml(p.svg);
        while (!xml.atEnd())
            xml.readNext();
        FUZZ_CHECK(!xml.hasError());
        FUZZ_CHECK(PackageGenerator::contentSha256Matches(p.json));
    });
    return 0;
}
