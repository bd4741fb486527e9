// The compliance package reader (import's package path, the content hash) and the comparer (re-performance
// of two packages). The input is split at its first 0xFF byte into the two sides.
#include "FuzzSupport.h"

#include "core/package/PackageComparer.h"
#include "core/package/PackageGenerator.h"
#include "core/workspace/EvidenceReader.h"

#include <stdexcept>

namespace {

class NullSink : public ab::EvidenceSink
{
public:
    void gatewayRecord(qint64, std::string_view, const ab::GatewayFields &) override {}
    void agent(std::string_view, std::string_view, std::string_view) override {}
    void agentEntry(qint64, std::string_view, const ab::AgentEntryFields &) override {}
    void bundle(qint64, std::string_view, const ab::BundleFields &) override {}
    void ocsfEvent(qint64, std::string_view, const ab::OcsfFields &) override {}
    void package(std::string_view raw, const ab::PackageFields &) override { FUZZ_CHECK(raw.size() > 0); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    const QByteArray all = fuzz::bytes(data, size);
    const qsizetype cut = all.indexOf('\xff');
    const QByteArray left = cut < 0 ? all : all.left(cut);
    const QByteArray right = cut < 0 ? all : all.mid(cut + 1);
    fuzz::refusedOrRead([&] {
        NullSink sink;
        EvidenceReader::readPackage(QStringLiteral("left.json"), left, sink);
    });
    fuzz::refusedOrRead(
        [&] { (void)EvidenceReader::packageContentSha256(QStringLiteral("left.json"), left); });
    try {
        (void)PackageGenerator::contentSha256Matches(left); // documented: std::runtime_error on bad JSON
    } catch (const std::runtime_error &) {
    }
    fuzz::refusedOrRead([&] {
        const PackageComparison c = PackageComparer::compare(left, right);
        (void)c;
    });
    return 0;
}
