// DFD rendering through Graphviz in-process: names from input (quotes, brackets, "->", HTML, braces,
// backslashes, newlines) never change the graph's structure; the DOT parses back (agmemread) into exactly the
// intended nodes, edges and clusters with the labels intact; the SVG is well-formed XML.
#include "support/PackageFixture.h"

#include "core/package/DfdRenderer.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <graphviz/cgraph.h>

using namespace ab;

class TestDfdRenderer : public QObject
{
    Q_OBJECT
private slots:
    void hostileNamesKeepStructure_data();
    void hostileNamesKeepStructure();
    void svgWellFormedAndEscaped();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
    void generatedPackageWithHostileConnector();
    void namesNeverWrittenAsHtml();
};

static DfdModel hostileModel(const QString &name)
{
    DfdModel m;
    m.title = name;
    m.zones << DfdZone{QStringLiteral("z1"), name}
            << DfdZone{QStringLiteral("z2"), QStringLiteral("vendor ") + name};
    m.nodes << DfdNode{QStringLiteral("a"), name, DfdNode::Kind::Process, QStringLiteral("z1")}
            << DfdNode{QStringLiteral("b"), QStringLiteral("Audit ") + name, DfdNode::Kind::DataStore,
                       QStringLiteral("z1")}
            << DfdNode{QStringLiteral("c"), name + QStringLiteral("\n2nd line"),
                       DfdNode::Kind::ExternalEntity, QStringLiteral("z2")};
    m.flows << DfdFlow{QStringLiteral("a"), QStringLiteral("b"), {name, QStringLiteral("hashes")}, false}
            << DfdFlow{QStringLiteral("a"), QStringLiteral("c"), {name}, true}
            << DfdFlow{QStringLiteral("c"), QStringLiteral("a"), {QStringLiteral("responses")}, true};
    return m;
}

struct GraphCloser
{
    void operator()(Agraph_t *g) const { agclose(g); }
};

static int clusterCount(Agraph_t *g)
{
    int n = 0;
    for (Agraph_t *s = agfstsubg(g); s; s = agnxtsubg(s))
        n += QByteArray(agnameof(s)).startsWith("cluster_") ? 1 : 0;
    return n;
}

static QString attr(void *obj, const char *name)
{
    char *v = agget(obj, const_cast<char *>(name));
    return v ? QString::fromUtf8(v) : QString();
}

void TestDfdRenderer::hostileNamesKeepStructure_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << "tri\"age\" bot";
    QTest::newRow("edge syntax") << "x\" -> \"y\"; n9 -> n1; \"";
    QTest::newRow("brackets and braces") << "a [label=pwned] } subgraph cluster_x { b }";
    QTest::newRow("html") << "<b>bold</b> &amp; <TABLE>";
    QTest::newRow("html-like label") << "<<TABLE><TR><TD>x</TD></TR></TABLE>>";
    QTest::newRow("newlines") << "line1\nline2\r\nline3";
    QTest::newRow("backslashes") << "C:\\path\\N \\G \\\"end\\";
    QTest::newRow("unicode") << "agent \u00e9\u4e2d\U0001F600";
}

void TestDfdRenderer::hostileNamesKeepStructure()
{
    QFETCH(QString, name);
    const DfdModel model = hostileModel(name);
    const QString dot = DfdRenderer::toDot(model);
    const QByteArray utf8 = dot.toUtf8();
    std::unique_ptr<Agraph_t, GraphCloser> g(agmemread(utf8.constData()));
    QVERIFY2(g, qPrintable(dot));
    QCOMPARE(agnnodes(g.get()), 3);
    QCOMPARE(agnedges(g.get()), 3);
    QCOMPARE(clusterCount(g.get()), 2);
    Agnode_t *n1 = agnode(g.get(), const_cast<char *>("n1"), 0);
    Agnode_t *n3 = agnode(g.get(), const_cast<char *>("n3"), 0);
    QVERIFY(n1 && n3);
    QCOMPARE(attr(n1, "label"), DfdRenderer::escapeLabel(name));
    QString expected = name;
    expected.remove(QLatin1Char('\r'));
    QCOMPARE(DfdRenderer::unescapeLabel(attr(n1, "label")), expected);
    QCOMPARE(DfdRenderer::unescapeLabel(attr(n3, "label")), expected + QStringLiteral("\n2nd line"));
    QCOMPARE(attr(n1, "shape"), QStringLiteral("box"));
    QCOMPARE(attr(n1, "style"), QStringLiteral("rounded"));
    QCOMPARE(attr(n3, "shape"), QStringLiteral("box"));
    // The data store is an open rectangle: only top and bottom borders.
    Agnode_t *n2 = agnode(g.get(), const_cast<char *>("n2"), 0);
    QCOMPARE(attr(n2, "shape"), QStringLiteral("plain"));
    QVERIFY(attr(n2, "label").contains(QLatin1String("SIDES=\"TB\"")));
    QVERIFY(
        attr(n2, "label").contains(name.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<BR/>"))));
    // Edge from n1 to n3 carries the data types.
    Agedge_t *e = agedge(g.get(), n1, n3, nullptr, 0);
    QVERIFY(e);
    QCOMPARE(DfdRenderer::unescapeLabel(attr(e, "label")), expected);
    for (Agraph_t *s = agfstsubg(g.get()); s; s = agnxtsubg(s))
        QCOMPARE(attr(s, "style"), QStringLiteral("dashed"));
}

void TestDfdRenderer::svgWellFormedAndEscaped()
{
    const QByteArray svg = DfdRenderer::toSvg(hostileModel(QStringLiteral("<b>x</b> & \"q\"")));
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts >= 5);
    QVERIFY(svg.contains("&lt;b&gt;x&lt;/b&gt;"));
    QVERIFY(!svg.contains("<b>x</b>"));
}

void TestDfdRenderer::escapeRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "jira"
                           << "jira";
    QTest::newRow("newline") << "a\nb"
                             << "a\\nb";
    QTest::newRow("backslash n literal") << "a\\nb"
                                         << "a\\\\nb";
    QTest::newRow("trailing backslash") << "end\\"
                                        << "end\\\\";
}

void TestDfdRenderer::escapeRoundTrip()
{
    QFETCH(QString, text);
    QTEST(DfdRenderer::escapeLabel(text), "escaped");
    QCOMPARE(DfdRenderer::unescapeLabel(DfdRenderer::escapeLabel(text)), text);
}

void TestDfdRenderer::generatedPackageWithHostileConnector()
{
    QByteArray json = fixture::readFile(fixture::smallPath());
    json.replace("\"jira\"", "\"ji\\\"ra -> }\\n<b>&amp;\"");
    const RuntimeExport x = RuntimeExport::fromBytes(QStringLiteral("hostile.json"), json);
    const GeneratedPackage p = PackageGenerator::generate(x, fixture::AgentA, fixture::fixedOptions());
    const QByteArray dot = p.dot.toUtf8();
    std::unique_ptr<Agraph_t, GraphCloser> g(agmemread(dot.constData()));
    QVERIFY(g);
    QCOMPARE(agnnodes(g.get()), 9);
    QCOMPARE(agnedges(g.get()), 14);
    QCOMPARE(clusterCount(g.get()), 7);
    bool found = false;
    for (Agnode_t *n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
        found =
            found ||
            DfdRenderer::unescapeLabel(attr(n, "label")).startsWith(QStringLiteral("ji\"ra -> }\n<b>&amp;"));
    QVERIFY(found);
    QXmlStreamReader xml(p.svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY(!xml.hasError());
}

// The DOT writer once read the graph's and nodes' names as HTML-like now and then (stray bytes in front of a
// name that was not interned), writing "digraph <DFD>" and "<n1> -> <n2>": the same diagram gave different
// bytes, and so did the package hashing it. Many renderings, every one with plain names and all alike.
void TestDfdRenderer::namesNeverWrittenAsHtml()
{
    static const QRegularExpression htmlName(QStringLiteral("(digraph|subgraph) <|<n[0-9]+>"));
    for (int length = 1; length <= 24; ++length) {
        const DfdModel model = hostileModel(QString(length, QLatin1Char('x')));
        const QString first = DfdRenderer::toDot(model);
        QVERIFY2(first.startsWith(QStringLiteral("digraph DFD {")), qPrintable(first.left(40)));
        for (int again = 0; again < 4; ++again) {
            const QString dot = DfdRenderer::toDot(model);
            QVERIFY2(!htmlName.match(dot).hasMatch(), qPrintable(dot.left(200)));
            QCOMPARE(dot, first);
        }
    }
}

QTEST_GUILESS_MAIN(TestDfdRenderer)
#include "tst_dfdrenderer.moc"
