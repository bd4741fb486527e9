#include "core/package/DfdRenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

namespace ab {

struct DfdRendererTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::DfdRenderer)
};

namespace {

// Graphviz keeps global state (error handler, string dictionaries, plugin lists): one caller at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// One Graphviz context for the process, never freed (call with graphvizMutex held). Graphviz's pango text
// layout plugin remembers the last font name by pointer, and that name lives in the context's font cache:
// freeing a context leaves the pointer dangling and the next layout reads freed memory (AddressSanitizer
// found it in CI). A context that lives as long as the process keeps the pointer valid.
GVC_t *sharedContext()
{
    static GVC_t *const gvc = gvContext();
    return gvc;
}

// cgraph's API takes char* for names and values it only reads (copies); these keep the casts in one place.
char *cstr(QByteArray &bytes)
{
    return bytes.data();
}

void set(void *object, const char *name, const QString &value)
{
    QByteArray n(name);
    QByteArray v = value.toUtf8();
    QByteArray empty;
    agsafeset(object, cstr(n), cstr(v), cstr(empty));
}

// An HTML-like label; every text in it is escaped by the caller.
void setHtmlLabel(Agraph_t *root, void *object, int kind, const QString &html)
{
    QByteArray name("label");
    QByteArray def("\\N");
    Agsym_t *sym = agattr(root, kind, cstr(name), nullptr);
    if (!sym)
        sym = agattr(root, kind, cstr(name), cstr(def));
    QByteArray value = html.toUtf8();
    char *interned = agstrdup_html(root, cstr(value));
    agxset(object, sym, interned);
    agstrfree(root, interned);
}

// Object ids in sequence instead of cgraph's default (the address of the interned name): cgraph orders
// subgraphs by id, so with the default the clusters' order in the DOT and SVG depended on heap addresses and
// two renderings of the same diagram differed. Named objects get even ids, anonymous ones odd, as by default.
// The names handed back to cgraph are interned in the graph's string dictionary (agstrdup), as cgraph's own
// id discipline does: the DOT writer asks aghtmlstr() whether a name is HTML-like, which reads the refstr
// header in front of the text. A plain std::string has no such header, so the writer read stray bytes and
// printed "digraph <DFD>" or "<n1>" in some runs and "digraph DFD" in others. The dictionary frees the
// strings when the graph is closed.
struct SequentialIds
{
    Agraph_t *graph = nullptr;
    std::map<std::string, IDTYPE> byName;
    std::map<IDTYPE, char *> names;
    IDTYPE nextNamed = 2;
    IDTYPE nextAnonymous = 1;
};

void *idOpen(Agraph_t *g, Agdisc_t *)
{
    auto *s = new SequentialIds;
    s->graph = g;
    return s;
}

long idMap(void *state, int, char *str, IDTYPE *id, int createflag)
{
    auto *s = static_cast<SequentialIds *>(state);
    if (!str) {
        *id = s->nextAnonymous;
        s->nextAnonymous += 2;
        return 1;
    }
    const auto it = s->byName.find(str);
    if (it != s->byName.end()) {
        *id = it->second;
        return 1;
    }
    if (!createflag)
        return 0;
    *id = s->nextNamed;
    s->nextNamed += 2;
    s->byName.emplace(str, *id);
    s->names.emplace(*id, agstrdup(s->graph, str));
    return 1;
}

long idAlloc(void *, int, IDTYPE)
{
    return 0;
}

void idFree(void *, int, IDTYPE) {}

char *idPrint(void *state, int, IDTYPE id)
{
    auto *s = static_cast<SequentialIds *>(state);
    const auto it = s->names.find(id);
    return it == s->names.end() ? nullptr : it->second;
}

void idClose(void *state)
{
    delete static_cast<SequentialIds *>(state);
}

void idRegister(void *, int, void *) {}

Agiddisc_t sequentialIdDisc = {idOpen, idMap, idAlloc, idFree, idPrint, idClose, idRegister};
Agdisc_t sequentialDisc = {&AgMemDisc, &sequentialIdDisc, &AgIoDisc};

struct GraphCloser
{
    void operator()(Agraph_t *g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

QString joinedDataTypes(const DfdFlow &flow)
{
    return flow.dataTypes.join(QStringLiteral(", "));
}

GraphPtr build(const DfdModel &model)
{
    QByteArray graphName("DFD");
    GraphPtr g(agopen(cstr(graphName), Agdirected, &sequentialDisc));
    if (!g)
        throw GraphvizError(DfdRendererTr::tr("Graphviz could not create a graph"));
    Agraph_t *root = g.get();
    // Declared explicitly: a layout elsewhere in the process adds this default to every later graph, which
    // would make the DOT text depend on what ran before.
    {
        QByteArray label("label"), nodeName("\\N");
        agattr(root, AGNODE, cstr(label), cstr(nodeName));
    }
    set(root, "rankdir", QStringLiteral("LR"));
    set(root, "fontname", QStringLiteral("Helvetica"));
    set(root, "fontsize", QStringLiteral("11"));
    set(root, "nodesep", QStringLiteral("0.4"));
    set(root, "ranksep", QStringLiteral("0.9"));
    if (!model.title.isEmpty()) {
        set(root, "label", DfdRenderer::escapeLabel(DfdRenderer::visibleText(model.title)));
        set(root, "labelloc", QStringLiteral("t"));
    }

    QHash<QString, Agraph_t *> clusters;
    int clusterNumber = 0;
    for (const DfdZone &zone : model.zones) {
        QByteArray name = QStringLiteral("cluster_%1").arg(++clusterNumber).toUtf8();
        Agraph_t *sub = agsubg(root, cstr(name), 1);
        set(sub, "label", DfdRenderer::escapeLabel(DfdRenderer::visibleText(zone.label)));
        set(sub, "style", QStringLiteral("dashed"));
        set(sub, "color", QStringLiteral("#b03030"));
        set(sub, "fontcolor", QStringLiteral("#b03030"));
        clusters.insert(zone.id, sub);
    }

    QHash<QString, Agnode_t *> nodes;
    int nodeNumber = 0;
    for (const DfdNode &node : model.nodes) {
        QByteArray name = QStringLiteral("n%1").arg(++nodeNumber).toUtf8();
        Agraph_t *owner = clusters.value(node.zone, root);
        Agnode_t *n = agnode(owner, cstr(name), 1);
        const QString label = DfdRenderer::visibleText(node.label);
        set(n, "fontname", QStringLiteral("Helvetica"));
        set(n, "fontsize", QStringLiteral("10"));
        switch (node.kind) {
        case DfdNode::Kind::ExternalEntity:
            set(n, "shape", QStringLiteral("box"));
            set(n, "label", DfdRenderer::escapeLabel(label));
            break;
        case DfdNode::Kind::Process:
            set(n, "shape", QStringLiteral("box"));
            set(n, "style", QStringLiteral("rounded"));
            set(n, "label", DfdRenderer::escapeLabel(label));
            break;
        case DfdNode::Kind::DataStore: {
            // An open rectangle: a one-cell table with only its top and bottom borders drawn.
            set(n, "shape", QStringLiteral("plain"));
            QString text = label.toHtmlEscaped();
            text.replace(QLatin1Char('\n'), QStringLiteral("<BR/>"));
            setHtmlLabel(
                root, n, AGNODE,
                QStringLiteral("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"6\">"
                               "<TR><TD SIDES=\"TB\">%1</TD></TR></TABLE>")
                    .arg(text));
            break;
        }
        }
        nodes.insert(node.id, n);
    }

    for (const DfdFlow &flow : model.flows) {
        Agnode_t *tail = nodes.value(flow.source);
        Agnode_t *head = nodes.value(flow.target);
        if (!tail || !head)
            continue; // a flow to an unknown node is a generator bug, not something to draw
        Agedge_t *e = agedge(root, tail, head, nullptr, 1);
        set(e, "label", DfdRenderer::escapeLabel(DfdRenderer::visibleText(joinedDataTypes(flow))));
        set(e, "fontname", QStringLiteral("Helvetica"));
        set(e, "fontsize", QStringLiteral("9"));
        if (flow.crossesBoundary)
            set(e, "color", QStringLiteral("#b03030"));
    }
    return g;
}

} // namespace

QString DfdRenderer::kindName(DfdNode::Kind kind)
{
    switch (kind) {
    case DfdNode::Kind::ExternalEntity:
        return QStringLiteral("external_entity");
    case DfdNode::Kind::Process:
        return QStringLiteral("process");
    case DfdNode::Kind::DataStore:
        return QStringLiteral("data_store");
    }
    return {};
}

QString DfdRenderer::escapeLabel(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            continue;
        else
            out += c;
    }
    return out;
}

QString DfdRenderer::unescapeLabel(const QString &label)
{
    QString out;
    out.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label[i] == QLatin1Char('\\') && i + 1 < label.size()) {
            const QChar next = label[++i];
            out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += label[i];
        }
    }
    return out;
}

QString DfdRenderer::toDot(const DfdModel &model)
{
    const DfdModel drawn = drawnModel(model);
    QMutexLocker lock(&graphvizMutex());
    GraphPtr g = build(drawn);
    char *buffer = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (!stream)
        throw GraphvizError(DfdRendererTr::tr("could not open a memory stream for the DOT text"));
    const int rc = agwrite(g.get(), stream);
    std::fclose(stream);
    const QString dot = QString::fromUtf8(buffer, qsizetype(size));
    std::free(buffer);
    if (rc != 0)
        throw GraphvizError(DfdRendererTr::tr("Graphviz could not write the DOT text"));
    return dot;
}

QByteArray DfdRenderer::toSvg(const DfdModel &model)
{
    const DfdModel drawn = drawnModel(model);
    QMutexLocker lock(&graphvizMutex());
    GraphPtr g = build(drawn);
    GVC_t *gvc = sharedContext();
    if (!gvc)
        throw GraphvizError(DfdRendererTr::tr("Graphviz could not create a context"));
    if (gvLayout(gvc, g.get(), "dot") != 0)
        throw GraphvizError(
            DfdRendererTr::tr("Graphviz could not lay out the diagram with the dot engine "
                              "(is the dot layout plugin installed and registered in config6?)"));
    char *data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(gvc, g.get(), "svg", &data, &length);
    QByteArray svg;
    if (rc == 0 && data)
        svg = QByteArray(data, qsizetype(length));
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, g.get());
    if (rc != 0 || svg.isEmpty())
        throw GraphvizError(DfdRendererTr::tr("Graphviz could not render the diagram as SVG"));
    return svg;
}

} // namespace ab
