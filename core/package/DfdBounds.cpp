// DfdRenderer's bounds: what a diagram shows of a text (visible escapes, length cap) and of a model (node
// cap with one summary node). Kept apart from the Graphviz code: these are plain functions of their input,
// tested and fuzzed without a layout. Everything here is evidence text (the DOT and SVG are hashed into the
// package): never translated.
#include "core/package/DfdRenderer.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace ab {

namespace {

bool xmlCannotHoldOrInvisible(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c <= 0xDFFF);
}

QString escapeFor(char32_t c)
{
    const QString hex = QString::number(uint(c), 16).toUpper();
    return c <= 0xFF ? QStringLiteral("\\x") + hex.rightJustified(2, QLatin1Char('0'))
                     : QStringLiteral("\\u") + hex.rightJustified(4, QLatin1Char('0'));
}

QString kindCount(qsizetype n, DfdNode::Kind kind)
{
    switch (kind) {
    case DfdNode::Kind::ExternalEntity:
        return QStringLiteral("%1 external %2").arg(n).arg(n == 1 ? "entity" : "entities");
    case DfdNode::Kind::Process:
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? "process" : "processes");
    case DfdNode::Kind::DataStore:
        return QStringLiteral("%1 data %2").arg(n).arg(n == 1 ? "store" : "stores");
    }
    return {};
}

} // namespace

QString DfdRenderer::visibleText(const QString &text)
{
    QString out;
    out.reserve(std::min(text.size(), MaxLabelCharacters) + 32);
    qsizetype i = 0;
    while (i < text.size()) {
        // One code point: a surrogate pair together, a lone surrogate alone (and escaped).
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const QString piece = xmlCannotHoldOrInvisible(c) ? escapeFor(c) : text.mid(i, width);
        if (out.size() + piece.size() > MaxLabelCharacters)
            break;
        out += piece;
        i += width;
    }
    if (i < text.size()) {
        qsizetype left = 0; // characters (code points) not shown
        for (qsizetype k = i; k < text.size(); ++k)
            left += text.at(k).isLowSurrogate() && k > i && text.at(k - 1).isHighSurrogate() ? 0 : 1;
        out += QStringLiteral("\u2026 (+%1 characters)").arg(left);
    }
    return out;
}

DfdModel DfdRenderer::drawnModel(const DfdModel &model)
{
    if (model.nodes.size() <= MaxDrawnNodes)
        return model;
    DfdModel drawn;
    drawn.title = model.title;
    const qsizetype kept = MaxDrawnNodes - 1;
    QSet<QString> keptIds;
    QSet<QString> usedZones;
    for (qsizetype i = 0; i < kept; ++i) {
        drawn.nodes << model.nodes.at(i);
        keptIds.insert(model.nodes.at(i).id);
        usedZones.insert(model.nodes.at(i).zone);
    }
    QMap<int, qsizetype> omittedByKind;
    for (qsizetype i = kept; i < model.nodes.size(); ++i)
        ++omittedByKind[int(model.nodes.at(i).kind)];
    QStringList kinds;
    for (auto it = omittedByKind.cbegin(); it != omittedByKind.cend(); ++it)
        kinds << kindCount(it.value(), DfdNode::Kind(it.key()));
    // An id no node has (ids come from input).
    QString summaryId = QStringLiteral("dfd:not-drawn");
    QSet<QString> allIds;
    for (const DfdNode &n : model.nodes)
        allIds.insert(n.id);
    while (allIds.contains(summaryId))
        summaryId += QLatin1Char('+');
    const qsizetype omitted = model.nodes.size() - kept;
    drawn.nodes << DfdNode{
        summaryId,
        QStringLiteral("%1 more nodes not drawn (%2)\nevery node and flow is listed in the "
                       "data flow tables")
            .arg(omitted)
            .arg(kinds.join(QStringLiteral(", "))),
        DfdNode::Kind::ExternalEntity,
        {}};

    // Zones that hold a drawn node, and zones that never held one (drawn as before).
    QSet<QString> zonesWithNodes;
    for (const DfdNode &n : model.nodes)
        zonesWithNodes.insert(n.zone);
    for (const DfdZone &z : model.zones)
        if (usedZones.contains(z.id) || !zonesWithNodes.contains(z.id))
            drawn.zones << z;

    // Flows: kept as they are between drawn nodes; an end not drawn becomes the summary node, and the flows
    // that then share both ends are merged (data types combined in order of appearance).
    QHash<QPair<QString, QString>, qsizetype> merged;
    QHash<qsizetype, QSet<QString>> typesOf; // of each merged flow: combining stays linear
    for (const DfdFlow &f : model.flows) {
        const bool sourceKept = keptIds.contains(f.source), targetKept = keptIds.contains(f.target);
        if (sourceKept && targetKept) {
            drawn.flows << f;
            continue;
        }
        if (!sourceKept && !targetKept)
            continue; // between two nodes not drawn: in the tables only
        DfdFlow g = f;
        (sourceKept ? g.target : g.source) = summaryId;
        const auto key = qMakePair(g.source, g.target);
        const auto at = merged.constFind(key);
        if (at == merged.cend()) {
            merged.insert(key, drawn.flows.size());
            typesOf.insert(drawn.flows.size(), QSet<QString>(g.dataTypes.cbegin(), g.dataTypes.cend()));
            drawn.flows << g;
            continue;
        }
        DfdFlow &into = drawn.flows[*at];
        QSet<QString> &seen = typesOf[*at];
        for (const QString &t : g.dataTypes)
            if (!seen.contains(t)) {
                seen.insert(t);
                into.dataTypes << t;
            }
        into.crossesBoundary = into.crossesBoundary || g.crossesBoundary;
    }
    return drawn;
}

} // namespace ab
