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
class DfdRenderer
{
public:
    static QString kindName(DfdNode::Kind kind); // external_entity | process | data_store

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
