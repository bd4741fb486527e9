#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace ab {

// A data flow diagram as data (docs/spec/formats.md §3 data_flow): nodes of three kinds in trust zones, and
// flows.
struct DfdZone
{
    QString id;    // stable id used by nodes (e.g. "arx-runtime", "vendor:crowdstrike")
    QString label; // shown on the dashed trust boundary
};

struct DfdNode
{
    enum class Kind
    {
        ExternalEntity,
        Process,
        DataStore
    };
    QString id;
    QString label;
    Kind kind = Kind::Process;
    QString zone; // a DfdZone id
};

struct DfdFlow
{
    QString source, target; // DfdNode ids
    QStringList dataTypes;
    bool crossesBoundary = false;
};

struct DfdModel
{
    QString title;
    QList<DfdZone> zones;
    QList<DfdNode> nodes;
    QList<DfdFlow> flows;
};

// Thrown when Graphviz cannot lay out or render (e.g. its dot layout plugin is missing).
class GraphvizError : public Error
{
public:
    using Error::Error;
};

// Renders a DFD with Graphviz in-process (cgraph + gvc, no subprocess). The graph is built through the cgraph
// API: node, edge and cluster names are generated (n1, n2, cluster_1, ...) and every text from input is only
// ever an attribute value, so no agent, connector or operation name can change the graph's structure.
// Conventional shapes: external entity = box, process = rounded box (ellipse-like), data store = open
// rectangle (top and bottom borders only); trust boundaries are dashed clusters; flows are labelled with
// their data types. Graphviz is not thread-safe: calls are serialised.
//
// What is drawn is bounded and always well-formed, whatever the input holds (the package's tables keep every
// name and flow in full): each text goes through visibleText() (characters XML cannot hold become visible
// escapes, long texts are cut with the count left out), and beyond MaxDrawnNodes the remaining nodes are
// summarised in one node (drawnModel()).
class DfdRenderer
{
public:
    // A label longer than this (in characters, escapes included) is cut; Graphviz cannot parse DOT with a
    // label over 16 KB, and a diagram cannot show one.
    static constexpr qsizetype MaxLabelCharacters = 200;
    // Nodes drawn at most; the rest (2,000 connectors took 26 s and 977 MB to lay out) become one node.
    static constexpr qsizetype MaxDrawnNodes = 60;

    static QString kindName(DfdNode::Kind kind); // external_entity | process | data_store

    // A text as the diagram shows it: every character XML 1.0 cannot hold (C0 controls but tab and line
    // breaks, U+FFFE, U+FFFF, lone surrogates) and every other invisible control (DEL, C1) becomes a visible
    // escape (\x00, \x7F, \uFFFE, \uD800), never dropped, so "jira\0-exfil" shows whole; a text over
    // MaxLabelCharacters is cut there and ends "… (+N characters)".
    static QString visibleText(const QString &text);
    // The model as drawn: unchanged up to MaxDrawnNodes nodes; beyond, the first MaxDrawnNodes - 1 nodes, one
    // node summarising the rest, their flows redirected to it (merged per pair of ends, data types
    // combined), and the zones that still hold a node.
    static DfdModel drawnModel(const DfdModel &model);

    // DOT source (written by cgraph itself, so quoting is Graphviz's own). Throws GraphvizError.
    static QString toDot(const DfdModel &model);
    // SVG laid out with the dot engine. Throws GraphvizError.
    static QByteArray toSvg(const DfdModel &model);

    // A label value Graphviz shows literally: backslashes doubled, line breaks as "\n".
    static QString escapeLabel(const QString &text);
    // The inverse of escapeLabel (for tests and readers of the DOT).
    static QString unescapeLabel(const QString &label);
};

} // namespace ab
