#include "core/report/render/PdfInfo.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ab::render {

namespace {

QByteArray pdfString(const QString &text)
{
    // UTF-16BE with BOM as a hex string: any character, nothing to escape.
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return out + '>';
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray xmpMetadata(const QString &title, const QString &author, const QString &subject,
                       const QString &creator)
{
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/' "
            "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:description>\n"
            "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
            "<pdf:Producer>Qt " QT_VERSION_STR "</pdf:Producer>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
            .arg(xmlEscaped(title), xmlEscaped(author), xmlEscaped(subject), xmlEscaped(creator));
    return xmp.toUtf8();
}

QByteArray withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                    const QString &subject, const QString &creator)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailer < 0)
        return pdf;
    const QString tail = QString::fromLatin1(pdf.mid(trailer, startxref - trailer));
    const QString afterStart = QString::fromLatin1(pdf.mid(startxref + 9, 32)).trimmed();
    const auto match = [&](const QString &text, const char *pattern) {
        return QRegularExpression(QLatin1String(pattern)).match(text);
    };
    const auto size = match(tail, R"(/Size\s+(\d+))");
    const auto root = match(tail, R"(/Root\s+(\d+\s+\d+\s+R))");
    const auto id = match(tail, R"((/ID\s*\[[^\]]*\]))");
    const auto prev = match(afterStart, R"(^(\d+))");
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return pdf;
    const int object = size.captured(1).toInt();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectOffset = out.size();
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    out += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author " +
           pdfString(author) + "\n/Subject " + pdfString(subject) + "\n/Creator " + pdfString(creator) +
           "\n/Producer " + pdfString(QStringLiteral("Qt " QT_VERSION_STR)) +
           "\n/CreationDate (D:" + now.toLatin1() + "Z)\n>>\nendobj\n";
    const qsizetype xref = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n" +
           QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() +
           "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + prev.captured(1).toLatin1() + "\n";
    if (id.hasMatch())
        out += id.captured(1).toLatin1() + "\n";
    out += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace ab::render
