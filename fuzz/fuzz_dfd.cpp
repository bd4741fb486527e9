// DOT/SVG label escaping: any text (the input read as UTF-16 code units, so NULs, controls, U+FFFE and lone
// surrogates all occur) as title, zone, node and flow labels: the SVG always parses as XML, the DOT is read
// back by Graphviz, and the model cap holds for any node count.
#include "FuzzSupport.h"

#include "core/package/DfdRenderer.h"

#include <QXmlStreamReader>

#include <graphviz/cgraph.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    if (size < 2)
        return 0;
    const int shape = data[0];
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(data + 1), qsizetype((size - 1) / 2));
    const QStringList parts = text.split(QLatin1Char('|'));
    const auto part = [&](qsizetype i) { return parts.at(i % parts.size()); };

    // Labels as shown: no character XML cannot hold, never longer than the cap plus its note.
    for (const QString &p : parts) {
        const QString shown = DfdRenderer::visibleText(p);
        FUZZ_CHECK(shown.size() <= DfdRenderer::MaxLabelCharacters + 32);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const char16_t c = shown.at(i).unicode();
            FUZZ_CHECK(c == u'\t' || c == u'\n' || c == u'\r' ||
                       (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0x7F && c <= 0x9F)));
            if (QChar::isHighSurrogate(c))
                FUZZ_CHECK(i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate());
            if (QChar::isLowSurrogate(c))
                FUZZ_CHECK(i > 0 && shown.at(i - 1).isHighSurrogate());
        }
    }

    DfdModel m;
    m.title = part(0);
    m.zones << DfdZone{QStringLiteral("z1"), part(1)} << DfdZone{QStringLiteral("z2"), part(2)};
    const int nodes = 1 + (shape & 7);
    for (int i = 0; i < nodes; ++i)
        m.nodes << DfdNode{QStringLiteral("n%1").arg(i), part(3 + i), DfdNode::Kind(((shape >> 3) + i) % 3),
                           i % 2 ? QStringLiteral("z1") : QStringLiteral("z2")};
    for (int i = 1; i < nodes; ++i)
        m.flows << DfdFlow{
            QStringLiteral("n0"), QStringLiteral("n%1").arg(i), {part(i), part(i + 1)}, (i & 1) != 0};

    const QByteArray svg = DfdRenderer::toSvg(m);
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        std::fprintf(stderr, "%s\n", qPrintable(xml.errorString()));
    FUZZ_CHECK(!xml.hasError());
    const QByteArray dot = DfdRenderer::toDot(m).toUtf8();
    Agraph_t *g = agmemread(dot.constData());
    FUZZ_CHECK(g != nullptr);
    FUZZ_CHECK(agnnodes(g) == nodes);
    agclose(g);

    // The cap, without a layout: any count of nodes draws at most MaxDrawnNodes.
    DfdModel many = m;
    for (int i = 0; i < (shape >> 1) * 3; ++i) {
        many.nodes << DfdNode{QStringLiteral("m%1").arg(i), part(i), DfdNode::Kind::ExternalEntity,
                              QStringLiteral("z2")};
        many.flows << DfdFlow{QStringLiteral("m%1").arg(i), QStringLiteral("n0"), {part(i)}, true};
    }
    const DfdModel drawn = DfdRenderer::drawnModel(many);
    FUZZ_CHECK(drawn.nodes.size() <= DfdRenderer::MaxDrawnNodes);
    FUZZ_CHECK(drawn.flows.size() <= many.flows.size());
    return 0;
}
