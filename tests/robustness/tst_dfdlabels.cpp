// Hostile labels in the data flow diagram (issue 16): a connector name with a C0 control, U+FFFE or a NUL
// once made the SVG malformed (no diagram at all in the PDF and the GUI) or cut the label short
// ("jira\0-exfil.evil.example" drawn as "jira"); a 16 KB label made DOT Graphviz could not parse; 2,000
// connectors took 26 s and 977 MB to lay out. Now every such text is drawn with visible escapes, cut with the
// count left out, the node count is capped with one summary node, the SVG always parses and the DOT is read
// back by Graphviz's own parser; the package's tables keep every name in full.
#include "support/PackageFixture.h"

#include "core/package/DfdRenderer.h"

#include <QJsonArray>
#include <QTest>
#include <QXmlStreamReader>

#include <graphviz/cgraph.h>

#include <memory>

using namespace ab;

namespace {

struct GraphCloser
{
    void operator()(Agraph_t *g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// The SVG parsed as XML: an empty string when well-formed, else the parser's error. `texts` receives the
// content of every <text> element.
QString svgError(const QByteArray &svg, QStringList *texts = nullptr, int *nodes = nullptr)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text") && texts)
            *texts << xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("g") && nodes &&
                 xml.attributes().value(QLatin1String("class")) == QLatin1String("node"))
            ++*nodes;
    }
    return xml.hasError() ? xml.errorString() : QString();
}

QString attr(void *obj, const char *name)
{
    char *v = agget(obj, const_cast<char *>(name));
    return v ? QString::fromUtf8(v) : QString();
}

DfdModel modelNamed(const QString &name)
{
    DfdModel m;
    m.title = QStringLiteral("Data flows of agent ") + name;
    m.zones << DfdZone{QStringLiteral("z1"), QStringLiteral("Agent runtime")}
            << DfdZone{QStringLiteral("z2"), QStringLiteral("Sub-processor: ") + name};
    m.nodes << DfdNode{QStringLiteral("a"), QStringLiteral("Policy engine"), DfdNode::Kind::Process,
                       QStringLiteral("z1")}
            << DfdNode{QStringLiteral("b"), name, DfdNode::Kind::DataStore, QStringLiteral("z1")}
            << DfdNode{QStringLiteral("c"), name, DfdNode::Kind::ExternalEntity, QStringLiteral("z2")};
    m.flows << DfdFlow{QStringLiteral("a"), QStringLiteral("b"), {name}, false}
            << DfdFlow{QStringLiteral("a"), QStringLiteral("c"), {QStringLiteral("tickets"), name}, true};
    return m;
}

QString nul()
{
    return QString(QChar(u'\0'));
}

} // namespace

class TestDfdLabels : public QObject
{
    Q_OBJECT
private slots:
    void visibleText_data();
    void visibleText();
    void longLabelCut();
    void cutNeverSplitsAnEscapeOrAPair();
    void hostileLabelsDraw_data();
    void hostileLabelsDraw();
    void packageKeepsTheWholeName();
    void twoThousandConnectors();
    void modelUnderTheCapUnchanged();
};

void TestDfdLabels::visibleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("NUL") << QStringLiteral("jira") + nul() + QStringLiteral("-exfil.evil.example")
                         << "jira\\x00-exfil.evil.example";
    QTest::newRow("C0") << QStringLiteral("a\x01"
                                          "b\x1f"
                                          "c\x1b[31m")
                        << "a\\x01b\\x1Fc\\x1B[31m";
    QTest::newRow("DEL and C1") << QStringLiteral("x\x7fy\u0085z\u009f") << "x\\x7Fy\\x85z\\x9F";
    QTest::newRow("U+FFFE U+FFFF") << QStringLiteral("s3\uFFFE.amazonaws\uFFFF")
                                   << "s3\\uFFFE.amazonaws\\uFFFF";
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + QStringLiteral("x") + QString(QChar(0xDFFF))
                                     << "\\uD800x\\uDFFF";
    QTest::newRow("kept: tab, line breaks, emoji, accents")
        << QStringLiteral("a\tb\nc\r\u00e9\U0001F600\u4e2d")
        << QStringLiteral("a\tb\nc\r\u00e9\U0001F600\u4e2d");
    QTest::newRow("a literal backslash stays one") << "C:\\x00"
                                                   << "C:\\x00";
}

void TestDfdLabels::visibleText()
{
    QFETCH(QString, text);
    QTEST(DfdRenderer::visibleText(text), "shown");
}

void TestDfdLabels::longLabelCut()
{
    const QString name = QString(20 * 1024, QLatin1Char('w'));
    QCOMPARE(DfdRenderer::visibleText(name),
             QString(200, QLatin1Char('w')) + QStringLiteral("\u2026 (+20280 characters)"));
}

// 199 characters, then a NUL (4 characters shown) does not fit: cut before it, not inside "\x00"; a pair
// (one character, two UTF-16 units) at the edge is kept whole or left out whole.
void TestDfdLabels::cutNeverSplitsAnEscapeOrAPair()
{
    const QString a = QString(199, QLatin1Char('a')) + nul() + QStringLiteral("tail");
    QCOMPARE(DfdRenderer::visibleText(a),
             QString(199, QLatin1Char('a')) + QStringLiteral("\u2026 (+5 characters)"));
    const QString b = QString(199, QLatin1Char('b')) + QStringLiteral("\U0001F600\U0001F600");
    QCOMPARE(DfdRenderer::visibleText(b),
             QString(199, QLatin1Char('b')) + QStringLiteral("\u2026 (+2 characters)"));
}

void TestDfdLabels::hostileLabelsDraw_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("NUL inside") << QStringLiteral("jira") + nul() + QStringLiteral("-exfil.evil.example");
    QString c0;
    for (char16_t c = 1; c < 0x20; ++c)
        c0 += QChar(c);
    QTest::newRow("every C0 control") << QStringLiteral("c0[") + c0 + QStringLiteral("]");
    QTest::newRow("U+FFFE") << QStringLiteral("slack\uFFFE-hidden");
    QTest::newRow("20 KB") << QString(20 * 1024, QLatin1Char('L'));
    QTest::newRow("20 KB of NULs") << QString(20 * 1024, QChar(u'\0'));
    QTest::newRow("XML and DOT syntax") << QStringLiteral("]]><x/> & \"; } -> n1 \\");
}

void TestDfdLabels::hostileLabelsDraw()
{
    QFETCH(QString, name);
    const DfdModel model = modelNamed(name);
    const QString shown = DfdRenderer::visibleText(name);

    // SVG: well-formed, and the label is there with its escapes.
    const QByteArray svg = DfdRenderer::toSvg(model);
    QStringList texts;
    QCOMPARE(svgError(svg, &texts), QString());
    const QString firstLine = shown.section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r'));
    bool found = false;
    for (const QString &t : std::as_const(texts))
        found = found || t.contains(firstLine.left(20));
    QVERIFY2(found, qPrintable(texts.join(QLatin1Char('|')).left(400)));

    // DOT: read back by Graphviz's parser, structure intact, the label exactly the shown text.
    const QByteArray dot = DfdRenderer::toDot(model).toUtf8();
    GraphPtr g(agmemread(dot.constData()));
    QVERIFY2(g, dot.left(400).constData());
    QCOMPARE(agnnodes(g.get()), 3);
    QCOMPARE(agnedges(g.get()), 2);
    Agnode_t *n3 = agnode(g.get(), const_cast<char *>("n3"), 0);
    QVERIFY(n3);
    QCOMPARE(attr(n3, "label"), DfdRenderer::escapeLabel(shown));
    QVERIFY(dot.size() < 8 * 1024);
}

// Through the generator: the connector's name keeps its NUL in the package's tables (nodes, execution
// graph); the diagram shows it escaped, whole.
void TestDfdLabels::packageKeepsTheWholeName()
{
    QByteArray json = fixture::readFile(fixture::smallPath());
    QVERIFY(json.contains("\"jira\""));
    json.replace("\"jira\"", "\"jira\\u0000-exfil.evil.example\"");
    const RuntimeExport x = RuntimeExport::fromBytes(QStringLiteral("hostile.json"), json);
    const GeneratedPackage p = PackageGenerator::generate(x, fixture::AgentA, fixture::fixedOptions());
    const QString full = QStringLiteral("jira") + nul() + QStringLiteral("-exfil.evil.example");
    QStringList texts;
    QCOMPARE(svgError(p.svg, &texts), QString());
    QVERIFY2(texts.contains(QStringLiteral("jira\\x00-exfil.evil.example")),
             qPrintable(texts.join(QLatin1Char('|'))));
    bool inTables = false;
    for (const DfdNode &n : p.dfd.nodes)
        inTables = inTables || n.label.startsWith(full);
    QVERIFY(inTables);
    const QJsonObject dataFlow = fixture::object(p.json).value(QLatin1String("data_flow")).toObject();
    bool inJson = false;
    for (const QJsonValue &n : dataFlow.value(QLatin1String("nodes")).toArray())
        inJson = inJson || n.toObject().value(QLatin1String("label")).toString().startsWith(full);
    QVERIFY(inJson);
}

// 2,000 connectors: 60 nodes drawn, one of them says how many are not; the package lists all 2,000.
void TestDfdLabels::twoThousandConnectors()
{
    const auto connectorNodes = [](const DfdModel &m) {
        qsizetype n = 0;
        for (const DfdNode &node : m.nodes)
            n += node.id.startsWith(QLatin1String("connector:")) ? 1 : 0;
        return n;
    };
    const qsizetype own = connectorNodes(fixture::generate(fixture::AgentA).dfd);
    QVERIFY(own > 0);
    QJsonObject root = fixture::object(fixture::readFile(fixture::smallPath()));
    QJsonArray configs = root.value(QLatin1String("connector_configs")).toArray();
    for (int i = 0; i < 2000; ++i)
        configs.append(QJsonObject{
            {QStringLiteral("agent_id"), fixture::AgentA},
            {QStringLiteral("connector"), QStringLiteral("vendor-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("operations"), QJsonArray{QStringLiteral("read")}},
            {QStringLiteral("credential_storage"), QStringLiteral("vault")}});
    root.insert(QLatin1String("connector_configs"), configs);
    const RuntimeExport x = RuntimeExport::fromBytes(QStringLiteral("many.json"),
                                                     QJsonDocument(root).toJson(QJsonDocument::Compact));
    const GeneratedPackage p = PackageGenerator::generate(x, fixture::AgentA, fixture::fixedOptions());

    const qsizetype all = p.dfd.nodes.size();
    QCOMPARE(connectorNodes(p.dfd), own + 2000);
    QStringList texts;
    int nodes = 0;
    QCOMPARE(svgError(p.svg, &texts, &nodes), QString());
    QCOMPARE(nodes, int(DfdRenderer::MaxDrawnNodes));
    const QString summary = QStringLiteral("%1 more nodes not drawn (%1 external entities)")
                                .arg(all - (DfdRenderer::MaxDrawnNodes - 1));
    QVERIFY2(texts.contains(summary),
             qPrintable(texts.filter(QStringLiteral("more")).join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("every node and flow is listed in the data flow tables")));

    const QByteArray dot = p.dot.toUtf8();
    GraphPtr g(agmemread(dot.constData()));
    QVERIFY(g);
    QCOMPARE(agnnodes(g.get()), int(DfdRenderer::MaxDrawnNodes));
    const QJsonObject dataFlow = fixture::object(p.json).value(QLatin1String("data_flow")).toObject();
    QCOMPARE(dataFlow.value(QLatin1String("nodes")).toArray().size(), all);
}

void TestDfdLabels::modelUnderTheCapUnchanged()
{
    const DfdModel m = modelNamed(QStringLiteral("jira"));
    const DfdModel drawn = DfdRenderer::drawnModel(m);
    QCOMPARE(drawn.nodes.size(), m.nodes.size());
    QCOMPARE(drawn.flows.size(), m.flows.size());
    QCOMPARE(drawn.zones.size(), m.zones.size());
    // 61 nodes: 59 drawn as they are, one summary; flows to the omitted nodes merged into one per direction.
    DfdModel big = m;
    for (int i = 0; i < 58; ++i) {
        big.nodes << DfdNode{QStringLiteral("v%1").arg(i), QStringLiteral("vendor %1").arg(i),
                             DfdNode::Kind::ExternalEntity, QStringLiteral("z2")};
        big.flows << DfdFlow{
            QStringLiteral("a"), QStringLiteral("v%1").arg(i), {QStringLiteral("t%1").arg(i % 3)}, true};
    }
    QCOMPARE(big.nodes.size(), qsizetype(61));
    const DfdModel cut = DfdRenderer::drawnModel(big);
    QCOMPARE(cut.nodes.size(), qsizetype(60));
    QCOMPARE(cut.nodes.last().label,
             QStringLiteral("2 more nodes not drawn (2 external entities)\nevery node and "
                            "flow is listed in the data flow tables"));
    // Flows to v56 and v57 (data types t2, t0) became one flow a -> summary.
    const DfdFlow &merged = cut.flows.last();
    QCOMPARE(merged.source, QStringLiteral("a"));
    QCOMPARE(merged.target, cut.nodes.last().id);
    QCOMPARE(merged.dataTypes, (QStringList{QStringLiteral("t2"), QStringLiteral("t0")}));
    QCOMPARE(cut.flows.size(), big.flows.size() - 1);
}

QTEST_GUILESS_MAIN(TestDfdLabels)
#include "tst_dfdlabels.moc"
