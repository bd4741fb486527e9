// Format detection and each importer's parser (gateway export, agent runtime export, compliance package,
// bundle export, OCSF), without SQLite: a sink that reads every view it is handed (so a dangling one shows
// under AddressSanitizer).
#include "FuzzSupport.h"

#include "core/json/SourceText.h"
#include "core/workspace/EvidenceReader.h"

namespace {

class TouchingSink : public ab::EvidenceSink
{
public:
    size_t sum = 0;
    void touch(std::string_view s)
    {
        for (const char c : s)
            sum += size_t(static_cast<unsigned char>(c));
    }
    void gatewayRecord(qint64, std::string_view raw, const ab::GatewayFields &f) override
    {
        touch(raw);
        touch(f.timestamp);
        touch(f.category);
        touch(f.action);
        touch(f.framework);
        touch(f.entityType);
        touch(f.userId);
        touch(f.userEmail);
        touch(f.policyName);
    }
    void agent(std::string_view agentId, std::string_view name, std::string_view raw) override
    {
        touch(agentId);
        touch(name);
        touch(raw);
    }
    void agentEntry(qint64, std::string_view raw, const ab::AgentEntryFields &f) override
    {
        touch(raw);
        touch(f.agentId);
        touch(f.actionType);
        touch(f.connector);
        touch(f.timestamp);
    }
    void bundle(qint64, std::string_view raw, const ab::BundleFields &f) override
    {
        touch(raw);
        touch(f.name);
        touch(f.regulatoryFramework);
        touch(f.version);
    }
    void ocsfEvent(qint64, std::string_view raw, const ab::OcsfFields &) override { touch(raw); }
    void package(std::string_view raw, const ab::PackageFields &f) override
    {
        touch(raw);
        touch(f.packageId);
        touch(f.agentId);
        touch(f.contentSha256);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    InflateLimits limits;
    limits.maxSize = qint64(1) << 20;
    fuzz::refusedOrRead([&] {
        const SourceText source =
            SourceText::fromBytes(QStringLiteral("fuzz.json"), fuzz::bytes(data, size), limits);
        TouchingSink sink;
        const EvidenceReader::Summary summary = EvidenceReader::read(source, sink);
        FUZZ_CHECK(summary.records >= 0);
    });
    return 0;
}
