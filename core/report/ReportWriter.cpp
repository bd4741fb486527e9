#include "core/report/ReportWriter.h"

#include "auditbench_version.h"
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#include <mutex>

namespace ab {

namespace {

struct WriterTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ReportWriter)
};

constexpr int kResolution = 600; // device units per inch; text and paths stay vector, this is only the grid
constexpr double kMarginLeftMm = 18, kMarginRightMm = 18, kMarginTopMm = 24, kMarginBottomMm = 22;
constexpr double kKeyWidthMm = 48, kKeyGapMm = 3; // key/value lists: the key column and the gap after it

struct Fonts
{
    QString body, mono;
};

const Fonts &fonts()
{
    static Fonts f;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        const auto add = [&](const char *file) {
            const QString path = dir + QLatin1String(file);
            if (!QFile::exists(path))
                return QString();
            const int id = QFontDatabase::addApplicationFont(path);
            return id < 0 ? QString() : QFontDatabase::applicationFontFamilies(id).value(0);
        };
        f.body = add("DejaVuSans.ttf");
        add("DejaVuSans-Bold.ttf");
        add("DejaVuSans-Oblique.ttf");
        f.mono = add("DejaVuSansMono.ttf");
        add("DejaVuSansMono-Bold.ttf");
        if (f.body.isEmpty())
            f.body = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        if (f.mono.isEmpty())
            f.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    });
    return f;
}

QFont makeFont(bool mono, double points, bool bold = false)
{
    QFont font(mono ? fonts().mono : fonts().body);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // metrics scale linearly: layout equals print
    font.setKerning(true);
    // No ligatures: a PDF "fi" ligature extracts as U+FB01, so "verified" would not be found by search or
    // pdftotext. Qt 6.4 has no font feature switch; any letter spacing makes its shaper skip ligatures, and
    // 1/64 of a device unit (1/38400 inch) is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

QColor toneColour(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1B, 0x7F, 0x3B);
    case Tone::Warning:
        return QColor(0xA8, 0x5F, 0x00);
    case Tone::Bad:
        return QColor(0xB3, 0x26, 0x1E);
    case Tone::Neutral:
        break;
    }
    return QColor(0x4A, 0x55, 0x60);
}

QColor toneBackground(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0xE6, 0xF4, 0xEA);
    case Tone::Warning:
        return QColor(0xFF, 0xF1, 0xDB);
    case Tone::Bad:
        return QColor(0xFB, 0xE6, 0xE4);
    case Tone::Neutral:
        break;
    }
    return QColor(0xF1, 0xF3, 0xF5);
}

const QColor kText(0x1C, 0x23, 0x2B);
const QColor kMuted(0x5F, 0x6B, 0x76);
const QColor kRule(0xC9, 0xD0, 0xD6);
const QColor kZebra(0xF5, 0xF7, 0xF9);

// A paragraph laid out into lines for a given width.
struct Text
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0;
};

Text layoutText(const QString &text, const QFont &font, double width, QPaintDevice *device,
                Qt::Alignment alignment = Qt::AlignLeft)
{
    Text t;
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    t.layout = std::make_unique<QTextLayout>(shown, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long hashes break instead of overflowing
    t.layout->setTextOption(option);
    t.layout->setCacheEnabled(true);
    t.layout->beginLayout();
    double y = 0;
    for (QTextLine line = t.layout->createLine(); line.isValid(); line = t.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    t.layout->endLayout();
    t.height = y;
    return t;
}

struct TocEntry
{
    QString text;
    int level = 1;
    int page = 0;
};

// One layout pass. With `painter` null it only measures (page numbers of headings, page count); with a
// painter it draws exactly what it measured, since both passes make the same decisions.
class Pass
{
public:
    // `shown` are the contents entries to print (placeholders while measuring: only their number matters);
    // headings are collected into `found` while measuring.
    // The paper is the device's (A4 for PDFs; whatever the print dialog chose when printing), in the
    // device's own resolution; the report's margins are its own. `painter`, when given, must already be
    // translated so that (0, 0) is the paper's corner.
    Pass(const ReportDocument &doc, QPagedPaintDevice *device, QPainter *painter, Progress *progress,
         const QList<TocEntry> &shown, QList<TocEntry> *found, int totalPages, bool cancellable = true)
        : m_doc(doc), m_writer(device), m_painter(painter), m_progress(progress),
          m_cancel(cancellable ? progress : nullptr), m_toc(shown), m_found(found), m_totalPages(totalPages)
    {
        m_dpi = std::max(1, device->logicalDpiY());
        const QRectF paper = device->pageLayout().fullRect(QPageLayout::Millimeter);
        m_pageHeightMm = paper.height();
        m_left = mm(kMarginLeftMm);
        m_right = mm(paper.width() - kMarginRightMm);
        m_top = mm(kMarginTopMm);
        m_bottom = mm(m_pageHeightMm - kMarginBottomMm);
        m_width = m_right - m_left;
    }

    int run()
    {
        m_page = 1;
        m_y = m_top;
        decoratePage();
        for (qsizetype i = 0; i < m_doc.blocks.size(); ++i) {
            throwIfCancelled(m_cancel);
            m_next = i + 1 < m_doc.blocks.size() ? &m_doc.blocks.at(i + 1) : nullptr;
            std::visit([&](const auto &b) { this->draw(b); }, m_doc.blocks.at(i));
        }
        return m_page;
    }

private:
    double mm(double v) const { return v * m_dpi / 25.4; }

    bool painting() const { return m_painter != nullptr; }
    bool pageIsEmpty() const { return m_y <= m_top + 0.5; }

    void newPage()
    {
        throwIfCancelled(m_cancel);
        // Progress counts pages: one long table is one block but hundreds of pages.
        if (m_progress)
            m_progress->report(m_page);
        ++m_page;
        m_y = m_top;
        if (painting()) {
            m_writer->newPage();
            decoratePage();
        }
    }

    void ensure(double height)
    {
        if (m_y + height > m_bottom && !pageIsEmpty())
            newPage();
    }

    void drawText(const Text &t, double x, double y, const QColor &colour)
    {
        if (!painting())
            return;
        m_painter->setPen(colour);
        t.layout->draw(m_painter, QPointF(x, y));
    }

    // Running header and footer: who/what the page belongs to, where it is, and which document it is.
    void decoratePage()
    {
        if (!painting())
            return;
        QPainter &p = *m_painter;
        const QFont small = makeFont(false, 7.5);
        const QFont smallBold = makeFont(false, 7.5, true);
        const QFont mono = makeFont(true, 7);
        const QFontMetricsF fmBold(smallBold, m_writer);
        const QFontMetricsF fm(small, m_writer);
        const QFontMetricsF fmMono(mono, m_writer);
        // Header: what the page belongs to (left) and when/by whom it was generated (right), on one line
        // when both fit, else on two (narrow paper) so neither is cut.
        const double leftNatural = fmBold.horizontalAdvance(m_doc.headerLeft);
        const double rightNatural = fm.horizontalAdvance(m_doc.headerRight);
        const bool oneHeaderLine = leftNatural + rightNatural + mm(6) <= m_width;
        const QString left =
            fmBold.elidedText(m_doc.headerLeft, Qt::ElideRight, oneHeaderLine ? leftNatural + 1 : m_width);
        const QString right = fm.elidedText(m_doc.headerRight, Qt::ElideLeft, m_width);
        p.setFont(smallBold);
        p.setPen(kText);
        p.drawText(QPointF(m_left, oneHeaderLine ? mm(14) : mm(10.5)), left);
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(QPointF(m_right - fm.horizontalAdvance(right), mm(14)), right);
        p.setPen(QPen(m_doc.branding.accent, mm(0.35)));
        p.drawLine(QPointF(m_left, mm(16)), QPointF(m_right, mm(16)));

        // Footer: "Page N of M", the document's hash in full, and the branding line. The hash never
        // shares a line it does not fit on: on narrow paper it gets the second line to itself and the
        // branding line gives way.
        const double footerTop = mm(m_pageHeightMm - 15);
        p.setPen(QPen(kRule, mm(0.25)));
        p.drawLine(QPointF(m_left, footerTop), QPointF(m_right, footerTop));
        const double line1 = footerTop + mm(4), line2 = line1 + mm(4);
        const QString pageText = WriterTr::tr("Page %1 of %2").arg(m_page).arg(m_totalPages);
        p.setFont(smallBold);
        p.setPen(kText);
        p.drawText(QPointF(m_left, line1), pageText);
        const QString footer =
            m_doc.branding.organisation.isEmpty()
                ? m_doc.branding.footer
                : m_doc.branding.organisation + QStringLiteral(" · ") + m_doc.branding.footer;
        double footerRoom = m_width, footerX = m_left, footerLine = line2;
        if (!m_doc.footerHash.isEmpty()) {
            const QString label = m_doc.footerHashLabel + QLatin1Char(' ');
            const double hashWidth = fmMono.horizontalAdvance(m_doc.footerHash);
            const double labelWidth = fm.horizontalAdvance(label);
            const bool sameLine =
                fmBold.horizontalAdvance(pageText) + mm(4) + labelWidth + hashWidth <= m_width;
            const double hashLine = sameLine ? line1 : line2;
            p.setFont(mono);
            p.setPen(kText);
            p.drawText(QPointF(m_right - hashWidth, hashLine), m_doc.footerHash);
            p.setFont(small);
            p.setPen(kMuted);
            if (sameLine)
                p.drawText(QPointF(m_right - hashWidth - labelWidth, line1), label);
            else {
                const double shortLabel = fm.horizontalAdvance(label.trimmed());
                p.drawText(QPointF(m_right - shortLabel, line1), label.trimmed());
                // The branding line moves up, between the page number and the hash's label.
                footerX = m_left + fmBold.horizontalAdvance(pageText) + mm(4);
                footerRoom = m_right - shortLabel - mm(4) - footerX;
                footerLine = line1;
            }
        }
        p.setFont(small);
        p.setPen(kMuted);
        if (footerRoom > mm(15))
            p.drawText(QPointF(footerX, footerLine), fm.elidedText(footer, Qt::ElideRight, footerRoom));
    }

    void drawLogo(const QRectF &box)
    {
        const ReportBranding &b = m_doc.branding;
        if (!painting() || b.logo.isEmpty())
            return;
        if (b.logoIsSvg) {
            QSvgRenderer renderer(b.logo);
            if (!renderer.isValid())
                return;
            QSizeF size = renderer.viewBoxF().size();
            if (size.isEmpty())
                size = renderer.defaultSize();
            size.scale(box.size(), Qt::KeepAspectRatio);
            renderer.render(m_painter, QRectF(box.topLeft(), size));
        } else {
            QImage image;
            if (!image.loadFromData(b.logo))
                return;
            QSizeF size = image.size();
            size.scale(box.size(), Qt::KeepAspectRatio);
            m_painter->drawImage(QRectF(box.topLeft(), size), image);
        }
    }

    void draw(const ReportDocument::Cover &c)
    {
        if (!pageIsEmpty())
            newPage();
        const double logoTop = mm(30);
        drawLogo(QRectF(m_left, logoTop, mm(60), mm(18)));
        if (painting() && !m_doc.branding.organisation.isEmpty()) {
            const Text org = layoutText(m_doc.branding.organisation, makeFont(false, 11, true),
                                        m_width * 0.45, m_writer, Qt::AlignRight);
            drawText(org, m_right - m_width * 0.45, logoTop + mm(4), m_doc.branding.accent);
        }
        m_y = mm(70);
        if (painting()) {
            m_painter->fillRect(QRectF(m_left, m_y, mm(30), mm(1.6)), m_doc.branding.accent);
        }
        m_y += mm(6);
        const Text title = layoutText(c.title, makeFont(false, 26, true), m_width, m_writer);
        drawText(title, m_left, m_y, kText);
        m_y += title.height + mm(2);
        if (!c.subtitle.isEmpty()) {
            const Text sub = layoutText(c.subtitle, makeFont(false, 17), m_width, m_writer);
            drawText(sub, m_left, m_y, m_doc.branding.accent);
            m_y += sub.height;
        }
        m_y += mm(10);
        draw(ReportDocument::KeyValues{c.facts});
        if (!c.statusTitle.isEmpty()) {
            m_y += mm(6);
            draw(ReportDocument::Banner{c.statusTone, c.statusTitle, c.statusDetail});
        }
        newPage();
    }

    void draw(const ReportDocument::TableOfContents &)
    {
        if (!pageIsEmpty())
            newPage();
        const Text title = layoutText(WriterTr::tr("Contents"), makeFont(false, 18, true), m_width, m_writer);
        drawText(title, m_left, m_y, kText);
        m_y += title.height + mm(6);
        const QFont entryFont = makeFont(false, 10.5);
        const QFont sectionFont = makeFont(false, 10.5, true);
        const QFontMetricsF fm(entryFont, m_writer);
        const double lineHeight = fm.lineSpacing() * 1.55;
        for (const TocEntry &e : std::as_const(m_toc)) {
            if (m_y + lineHeight > m_bottom)
                newPage();
            if (painting()) {
                QPainter &p = *m_painter;
                const double indent = e.level == 1 ? 0 : mm(7);
                const QString number = QString::number(e.page);
                p.setFont(e.level == 1 ? sectionFont : entryFont);
                const QFontMetricsF efm(p.font(), m_writer);
                const double numberWidth = efm.horizontalAdvance(number);
                const QString text =
                    efm.elidedText(e.text, Qt::ElideRight, m_width - indent - numberWidth - mm(12));
                const double base = m_y + efm.ascent();
                p.setPen(kText);
                p.drawText(QPointF(m_left + indent, base), text);
                p.drawText(QPointF(m_right - numberWidth, base), number);
                // Dotted leader from the text to the page number.
                const double from = m_left + indent + efm.horizontalAdvance(text) + mm(2);
                const double to = m_right - numberWidth - mm(2);
                p.setPen(QPen(kRule, mm(0.3), Qt::DotLine));
                if (to > from)
                    p.drawLine(QPointF(from, base - mm(0.3)), QPointF(to, base - mm(0.3)));
            }
            m_y += lineHeight;
        }
        newPage();
    }

    void draw(const ReportDocument::Heading &h)
    {
        const bool section = h.level <= 1;
        if (section && !pageIsEmpty())
            newPage();
        const Text t = layoutText(h.text, makeFont(false, section ? 17 : 12.5, true), m_width, m_writer);
        const double before = section || pageIsEmpty() ? 0 : mm(5);
        const double after = section ? mm(6.5) : mm(2);
        // Keep a heading with the start of what follows: never alone at the foot of a page.
        ensure(before + t.height + after + std::max(mm(12), leadHeight(m_next)));
        if (!pageIsEmpty())
            m_y += before;
        if (h.level <= 2 && m_found)
            m_found->append(TocEntry{h.text, h.level, m_page});
        drawText(t, m_left, m_y, section ? kText : m_doc.branding.accent);
        m_y += t.height;
        if (section) {
            m_y += mm(1.5);
            if (painting())
                m_painter->fillRect(QRectF(m_left, m_y, mm(22), mm(1.1)), m_doc.branding.accent);
            m_y += after - mm(1.5);
        } else {
            m_y += after;
        }
    }

    // The least of `block` that must share a page with the heading before it: a table's header and first
    // row, a paragraph's first two lines, a diagram at its smallest acceptable size. Both passes compute
    // the same value, so they make the same page breaks.
    double leadHeight(const ReportDocument::Block *block)
    {
        if (!block)
            return 0;
        if (const auto *table = std::get_if<ReportDocument::Table>(block)) {
            if (table->rows.isEmpty())
                return mm(8);
            const QList<double> widths = columnWidths(*table);
            QStringList titles;
            for (const auto &c : table->columns)
                titles.append(c.title);
            return layoutRow(table->columns, widths, titles, true).height +
                   layoutRow(table->columns, widths, table->rows.first(), false).height;
        }
        if (const auto *para = std::get_if<ReportDocument::Paragraph>(block)) {
            const Text t =
                layoutText(para->text, makeFont(para->monospace, para->small ? 8 : 9.5), m_width, m_writer);
            double height = 0;
            for (int i = 0; i < std::min(2, t.layout->lineCount()); ++i)
                height += t.layout->lineAt(i).height();
            return height;
        }
        if (const auto *kv = std::get_if<ReportDocument::KeyValues>(block)) {
            if (kv->rows.isEmpty())
                return 0;
            return std::min(keyValueRow(kv->rows.first()).height, m_bottom - m_top - mm(30));
        }
        if (const auto *svg = std::get_if<ReportDocument::Svg>(block)) {
            const SvgFit fit = fitSvg(*svg);
            return fit.renderer ? fit.full.height() * kSmallestDiagram + fit.captionHeight + mm(4) : mm(10);
        }
        if (std::holds_alternative<ReportDocument::Banner>(*block))
            return mm(20);
        if (const auto *next = std::get_if<ReportDocument::Heading>(block))
            return next->level <= 1 ? 0 : mm(20);
        return 0;
    }

    // A diagram is drawn as large as the page allows; it may shrink to this share of that size to stay on
    // the page its heading is on, rather than leave the heading alone.
    static constexpr double kSmallestDiagram = 0.6;

    // A diagram read and sized for this page's width: its renderer, its size at a whole page's width and
    // height, and its caption. `problem` says why it cannot be drawn (then nothing else is set).
    struct SvgFit
    {
        std::unique_ptr<QSvgRenderer> renderer;
        QString problem;
        QSizeF full;
        Text caption;
        double captionHeight = 0;
    };

    SvgFit fitSvg(const ReportDocument::Svg &svg)
    {
        SvgFit fit;
        // An <image> could pull a local file into the printout; diagrams made from evidence never need one.
        const bool external = svg.svg.contains("<image") || svg.svg.contains("<IMAGE");
        auto renderer = std::make_unique<QSvgRenderer>();
        if (external || svg.svg.isEmpty() || !renderer->load(svg.svg) || !renderer->isValid()) {
            fit.problem =
                svg.svg.isEmpty() ? WriterTr::tr("Diagram: not provided.")
                : external
                    ? WriterTr::tr(
                          "Diagram not drawn: it refers to external images, which reports never embed.")
                    : WriterTr::tr("Diagram not drawn: the SVG could not be read.");
            return fit;
        }
        QSizeF size = renderer->viewBoxF().size();
        if (size.isEmpty())
            size = renderer->defaultSize();
        if (size.isEmpty())
            size = QSizeF(4, 3);
        fit.caption = layoutText(svg.caption, makeFont(false, 8), m_width, m_writer);
        fit.captionHeight = svg.caption.isEmpty() ? 0 : fit.caption.height + mm(2);
        fit.full = size;
        fit.full.scale(m_width, m_bottom - m_top - fit.captionHeight - mm(4), Qt::KeepAspectRatio);
        fit.renderer = std::move(renderer);
        return fit;
    }

    // Draws a laid-out text line by line, moving to a new page between lines when needed.
    void flowText(const Text &t, double x, const QColor &colour)
    {
        if (painting())
            m_painter->setPen(colour);
        for (int i = 0; i < t.layout->lineCount(); ++i) {
            const QTextLine line = t.layout->lineAt(i);
            if (m_y + line.height() > m_bottom)
                newPage();
            if (painting()) {
                m_painter->setPen(colour);
                line.draw(m_painter, QPointF(x, m_y - line.y()));
            }
            m_y += line.height();
        }
    }

    void draw(const ReportDocument::Paragraph &para)
    {
        const QFont font = makeFont(para.monospace, para.small ? 8 : 9.5);
        const QColor colour =
            para.tone == Tone::Neutral ? (para.small ? kMuted : kText) : toneColour(para.tone);
        const Text t = layoutText(para.text, font, m_width, m_writer);
        flowText(t, m_left, colour);
        m_y += mm(para.small ? 2 : 3);
    }

    struct KeyValueRow
    {
        Text key, value;
        double height = 0;
    };

    KeyValueRow keyValueRow(const ReportDocument::KeyValue &row)
    {
        const double keyWidth = mm(kKeyWidthMm), gap = mm(kKeyGapMm);
        KeyValueRow r;
        r.key = layoutText(row.key, makeFont(false, 9, true), keyWidth, m_writer);
        r.value = layoutText(row.value.isEmpty() ? WriterTr::tr("not provided") : row.value,
                             row.monospace ? makeFont(true, 8.5) : makeFont(false, 9.5),
                             m_width - keyWidth - gap, m_writer);
        r.height = std::max(r.key.height, r.value.height) + mm(1.6);
        return r;
    }

    void draw(const ReportDocument::KeyValues &kv)
    {
        for (const ReportDocument::KeyValue &row : kv.rows) {
            const KeyValueRow laid = keyValueRow(row);
            ensure(laid.height);
            drawText(laid.key, m_left, m_y + mm(0.8), kMuted);
            drawText(laid.value, m_left + mm(kKeyWidthMm + kKeyGapMm), m_y + mm(0.8),
                     row.value.isEmpty() ? kMuted : kText);
            m_y += laid.height;
            if (painting()) {
                m_painter->setPen(QPen(kZebra.darker(104), mm(0.2)));
                m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
            }
        }
        m_y += mm(4);
    }

    // Columns with a width share take it; automatic columns (width 0) are sized from their content: each gets
    // its minimum (longest word, so timestamps and ids stay whole; short names whole), and the room left goes
    // to the columns whose text still wraps, in proportion to how much more they would need.
    QList<double> columnWidths(const ReportDocument::Table &table)
    {
        const double pad = 2 * mm(1.5) + mm(0.6);
        const int n = int(table.columns.size());
        QList<double> natural(n, 0), minimum(n, mm(8)), headerMinimum(n, 0);
        const QFontMetricsF headerFm(makeFont(false, 8, true), m_writer);
        const QFontMetricsF bodyFm(makeFont(false, 8), m_writer);
        const QFontMetricsF monoFm(makeFont(true, 7.5), m_writer);
        const qsizetype sample = std::min<qsizetype>(table.rows.size(), 400);
        for (int c = 0; c < n; ++c) {
            const auto &col = table.columns.at(c);
            for (const QString &word : col.title.split(QLatin1Char(' ')))
                minimum[c] = std::max(minimum[c], headerFm.horizontalAdvance(word) + pad);
            headerMinimum[c] = minimum[c];
            natural[c] = std::max(minimum[c], headerFm.horizontalAdvance(col.title) + pad);
            const QFontMetricsF &fm = col.monospace ? monoFm : bodyFm;
            for (qsizetype r = 0; r < sample; ++r)
                for (const QString &line : table.rows.at(r).value(c).split(QLatin1Char('\n'))) {
                    natural[c] = std::max(natural[c], fm.horizontalAdvance(line) + pad);
                    // The longest word (a timestamp, an id) should not break unless it cannot fit at all.
                    for (const QString &word : line.split(QLatin1Char(' ')))
                        minimum[c] =
                            std::max(minimum[c], std::min(fm.horizontalAdvance(word) + pad, m_width * 0.3));
                }
            // Short cells (names, statuses) read best unbroken: a column whose cells are all short wants them
            // whole. The first column names the row, so it gets the most room to stay whole; a prose column
            // (long descriptions) keeps a readable measure instead of being squeezed by its neighbours.
            const double cap = c == 0 ? 0.25 : (natural[c] > m_width * 0.35 ? 0.22 : 0.16);
            minimum[c] = std::max(minimum[c], std::min(natural[c], m_width * cap));
            natural[c] = std::max(natural[c], minimum[c]); // a long word can exceed the widest line measured
        }
        QList<double> widths(n, 0);
        double shareTotal = 0, remaining = m_width;
        QList<int> open;
        for (int c = 0; c < n; ++c) {
            if (table.columns.at(c).width > 0)
                shareTotal += table.columns.at(c).width;
            else
                open.append(c);
        }
        if (open.isEmpty()) {
            for (int c = 0; c < n; ++c)
                widths[c] = m_width * table.columns.at(c).width / shareTotal;
            return widths;
        }
        // Explicit shares are of the whole width, as if every column had one.
        for (int c = 0; c < n; ++c)
            if (table.columns.at(c).width > 0) {
                widths[c] = m_width * table.columns.at(c).width / n;
                remaining -= widths[c];
            }
        double naturalSum = 0, minimumSum = 0, headerSum = 0;
        for (int c : open) {
            naturalSum += natural[c];
            minimumSum += minimum[c];
            headerSum += headerMinimum[c];
        }
        for (int c : open) {
            if (naturalSum <= remaining) // everything fits on one line: spread the slack
                widths[c] = natural[c] * remaining / naturalSum;
            else if (minimumSum <= remaining) // every column gets its minimum, the rest goes where text wraps
                widths[c] = minimum[c] +
                            (remaining - minimumSum) * (natural[c] - minimum[c]) / (naturalSum - minimumSum);
            else if (headerSum < remaining && minimumSum > headerSum) // header words whole, the rest shared
                widths[c] = headerMinimum[c] + (remaining - headerSum) * (minimum[c] - headerMinimum[c]) /
                                                   (minimumSum - headerSum);
            else
                widths[c] = minimum[c] * remaining / minimumSum;
        }
        return widths;
    }

    struct Row
    {
        std::vector<Text> cells;
        double height = 0;
    };

    Row layoutRow(const QList<ReportDocument::Column> &columns, const QList<double> &widths,
                  const QStringList &cells, bool header)
    {
        Row row;
        const double pad = mm(1.5);
        for (int i = 0; i < columns.size(); ++i) {
            const auto &col = columns.at(i);
            const QFont font =
                header ? makeFont(false, 8, true) : makeFont(col.monospace, col.monospace ? 7.5 : 8);
            Text t = layoutText(cells.value(i), font, widths.at(i) - 2 * pad, m_writer,
                                col.alignRight ? Qt::AlignRight : Qt::AlignLeft);
            row.height = std::max(row.height, t.height);
            row.cells.push_back(std::move(t));
        }
        row.height += 2 * mm(1.1);
        return row;
    }

    void paintRow(const Row &row, const QList<double> &widths, bool header, Tone tone, bool zebra)
    {
        if (!painting())
            return;
        QPainter &p = *m_painter;
        const double height = std::min(row.height, m_bottom - m_y);
        const QRectF rect(m_left, m_y, m_width, height);
        if (header)
            p.fillRect(rect, m_doc.branding.accent);
        else if (tone != Tone::Neutral)
            p.fillRect(rect, toneBackground(tone));
        else if (zebra)
            p.fillRect(rect, kZebra);
        if (!header && tone != Tone::Neutral)
            p.fillRect(QRectF(m_left, m_y, mm(0.9), height), toneColour(tone));
        // Tinted rows keep dark text: the tint and the stripe carry the colour, the words carry the meaning.
        const QColor colour =
            header ? QColor(Qt::white) : (tone == Tone::Bad ? toneColour(tone).darker(140) : kText);
        double x = m_left;
        p.save();
        p.setClipRect(rect);
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const Text &t = row.cells[i];
            drawText(t, x + mm(1.5), m_y + mm(1.1), colour);
            x += widths.at(int(i));
        }
        p.restore();
        p.setPen(QPen(kRule, mm(0.18)));
        p.drawLine(QPointF(m_left, m_y + height), QPointF(m_right, m_y + height));
    }

    void draw(const ReportDocument::Table &table)
    {
        if (table.rows.isEmpty()) {
            draw(ReportDocument::Paragraph{
                table.emptyText.isEmpty() ? WriterTr::tr("None.") : table.emptyText, Tone::Neutral, true});
            return;
        }
        const QList<double> widths = columnWidths(table);
        QStringList titles;
        for (const auto &c : table.columns)
            titles.append(c.title);
        const Row header = layoutRow(table.columns, widths, titles, true);
        bool headerOnPage = false;
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            if ((i & 255) == 0)
                throwIfCancelled(m_cancel);
            const Row row = layoutRow(table.columns, widths, table.rows.at(i), false);
            const double needed = row.height + (headerOnPage ? 0 : header.height);
            if (m_y + needed > m_bottom && !pageIsEmpty()) {
                newPage();
                headerOnPage = false;
            }
            if (!headerOnPage) {
                paintRow(header, widths, true, Tone::Neutral, false);
                m_y += header.height;
                headerOnPage = true;
            }
            const Tone tone = table.rowTones.value(i, Tone::Neutral);
            paintRow(row, widths, false, tone, i % 2 == 1);
            m_y += std::min(row.height, m_bottom - m_y);
            // A row taller than a page is clipped at the page end; the next row starts a new page.
            if (m_y >= m_bottom - 0.5 && i + 1 < table.rows.size()) {
                newPage();
                headerOnPage = false;
            }
        }
        m_y += mm(5);
    }

    void draw(const ReportDocument::Svg &svg)
    {
        SvgFit fit = fitSvg(svg);
        if (!fit.renderer) {
            draw(ReportDocument::Paragraph{fit.problem, Tone::Warning});
            return;
        }
        QSvgRenderer &renderer = *fit.renderer;
        const Text &caption = fit.caption;
        const double captionHeight = fit.captionHeight;
        QSizeF target = fit.full;
        const double room = m_bottom - m_y - captionHeight - mm(4);
        if (target.height() > room && !pageIsEmpty()) {
            if (room >= target.height() * kSmallestDiagram)
                target.scale(m_width, room,
                             Qt::KeepAspectRatio); // a little smaller, still beside its heading
            else
                newPage();
        }
        const QRectF box(m_left + (m_width - target.width()) / 2, m_y + mm(1), target.width(),
                         target.height());
        if (painting()) {
            m_painter->save();
            m_painter->setClipRect(box.adjusted(-1, -1, 1, 1));
            renderer.render(m_painter, box); // vector: the PDF engine receives paths, not pixels
            searchableSvgText(svg.svg, renderer, box);
            m_painter->restore();
            m_painter->setPen(QPen(kRule, mm(0.2)));
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawRect(box.adjusted(-mm(1), -mm(1), mm(1), mm(1)));
        }
        m_y = box.bottom() + mm(3);
        if (!svg.caption.isEmpty()) {
            drawText(caption, m_left, m_y, kMuted);
            m_y += captionHeight;
        }
        m_y += mm(2);
    }

    // An SVG transform list ("scale(1 1) rotate(0) translate(4 576)", "matrix(a b c d e f)"): applied in
    // order to a QTransform, the last operation is the first applied to a point, as SVG specifies.
    static QTransform svgTransform(QStringView list)
    {
        static const QRegularExpression operation(
            QStringLiteral("(matrix|translate|scale|rotate)\\s*\\(([^)]*)\\)"));
        static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
        QTransform t;
        for (auto it = operation.globalMatch(list); it.hasNext();) {
            const auto m = it.next();
            QList<double> v;
            for (const QString &n : m.captured(2).split(separator, Qt::SkipEmptyParts))
                v.append(n.toDouble());
            const QString op = m.captured(1);
            if (op == QLatin1String("translate") && !v.isEmpty())
                t.translate(v.at(0), v.value(1, 0));
            else if (op == QLatin1String("scale") && !v.isEmpty())
                t.scale(v.at(0), v.value(1, v.at(0)));
            else if (op == QLatin1String("rotate") && !v.isEmpty()) {
                t.translate(v.value(1, 0), v.value(2, 0));
                t.rotate(v.at(0));
                t.translate(-v.value(1, 0), -v.value(2, 0));
            } else if (op == QLatin1String("matrix") && v.size() == 6)
                t = QTransform(v.at(0), v.at(1), v.at(2), v.at(3), v.at(4), v.at(5)) * t;
        }
        return t;
    }

    // Qt's SVG renderer draws <text> as outlines: sharp on paper, but a search for a node's name in the PDF
    // finds nothing. So each label is also written as invisible text (a fully transparent pen) at the
    // label's place, the way scanned documents carry a text layer: the page looks the same, and the
    // diagram's words can be searched, selected and extracted.
    void searchableSvgText(const QByteArray &svg, const QSvgRenderer &renderer, const QRectF &box)
    {
        QRectF viewBox = renderer.viewBoxF();
        if (viewBox.isEmpty())
            viewBox = QRectF(QPointF(0, 0), QSizeF(renderer.defaultSize()));
        if (viewBox.isEmpty())
            return;
        QTransform toBox;
        toBox.translate(box.x(), box.y());
        toBox.scale(box.width() / viewBox.width(), box.height() / viewBox.height());
        toBox.translate(-viewBox.x(), -viewBox.y());
        const auto number = [](QStringView value) { // "14", "14.00", "14px", "10 20" (first of a list)
            static const QRegularExpression first(
                QStringLiteral("^\\s*(-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"));
            const auto m = first.match(value);
            return m.hasMatch() ? m.captured(1).toDouble() : qQNaN();
        };
        struct Scope
        {
            QTransform transform; // user space of this element -> the SVG's viewBox
            double fontSize = 14;
            QString anchor;
        };
        QList<Scope> scopes{Scope{}};
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement()) {
                if (scopes.size() > 1)
                    scopes.removeLast();
                continue;
            }
            if (!xml.isStartElement())
                continue;
            Scope scope = scopes.last();
            const QXmlStreamAttributes a = xml.attributes();
            if (a.hasAttribute(QLatin1String("transform")))
                scope.transform = svgTransform(a.value(QLatin1String("transform"))) * scope.transform;
            if (const double size = number(a.value(QLatin1String("font-size"))); !qIsNaN(size) && size > 0)
                scope.fontSize = size;
            if (a.hasAttribute(QLatin1String("text-anchor")))
                scope.anchor = a.value(QLatin1String("text-anchor")).toString();
            if (xml.name() != QLatin1String("text")) {
                scopes.append(scope);
                continue;
            }
            const double x = number(a.value(QLatin1String("x"))), y = number(a.value(QLatin1String("y")));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (text.isEmpty() || qIsNaN(x) || qIsNaN(y))
                continue; // readElementText left the reader on </text>: nothing was pushed for it
            const QTransform map = scope.transform * toBox;
            const double scale = std::sqrt(std::abs(map.determinant()));
            const double pixels = scope.fontSize * scale;
            if (!(pixels > 0))
                continue;
            QFont font(fonts().body);
            font.setPointSizeF(pixels * 72.0 / m_dpi);
            font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures, as in makeFont()
            const double width = QFontMetricsF(font, m_writer).horizontalAdvance(text);
            QPointF at = map.map(QPointF(x, y));
            if (scope.anchor == QLatin1String("middle"))
                at.rx() -= width / 2;
            else if (scope.anchor == QLatin1String("end"))
                at.rx() -= width;
            m_painter->setFont(font);
            m_painter->setPen(QColor(0, 0, 0, 0));
            m_painter->drawText(at, text);
        }
    }

    void draw(const ReportDocument::Banner &banner)
    {
        const double stripe = mm(2.2);
        const double pad = mm(3.5);
        const Text title =
            layoutText(banner.title, makeFont(false, 12.5, true), m_width - stripe - 2 * pad, m_writer);
        const Text detail =
            layoutText(banner.detail, makeFont(false, 9.5), m_width - stripe - 2 * pad, m_writer);
        const double height =
            pad + title.height + (banner.detail.isEmpty() ? 0 : mm(1.5) + detail.height) + pad;
        ensure(height);
        if (painting()) {
            m_painter->fillRect(QRectF(m_left, m_y, m_width, height), toneBackground(banner.tone));
            m_painter->fillRect(QRectF(m_left, m_y, stripe, height), toneColour(banner.tone));
        }
        drawText(title, m_left + stripe + pad, m_y + pad, toneColour(banner.tone).darker(115));
        if (!banner.detail.isEmpty())
            drawText(detail, m_left + stripe + pad, m_y + pad + title.height + mm(1.5), kText);
        m_y += height + mm(5);
    }

    void draw(const ReportDocument::PageBreak &)
    {
        if (!pageIsEmpty())
            newPage();
    }

    const ReportDocument &m_doc;
    QPagedPaintDevice *m_writer;
    QPainter *m_painter;
    Progress *m_progress;
    const Progress *m_cancel; // null while painting a print job that must not stop half way
    const QList<TocEntry> &m_toc;
    QList<TocEntry> *m_found;
    int m_totalPages;
    const ReportDocument::Block *m_next = nullptr; // the block after the one being drawn
    int m_page = 1;
    int m_dpi = kResolution;
    double m_pageHeightMm = 297;
    double m_y = 0, m_left = 0, m_right = 0, m_top = 0, m_bottom = 0, m_width = 0;
};

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

} // namespace

QString ReportWriter::bodyFamily()
{
    return fonts().body;
}
QString ReportWriter::monoFamily()
{
    return fonts().mono;
}

QByteArray ReportWriter::withInfo(const QByteArray &pdf, const QString &title, const QString &author,
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

namespace {

bool haveGuiApplication(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = WriterTr::tr(
            "Printing a report needs fonts, which need a QGuiApplication (use the offscreen platform "
            "without a display)");
    return false;
}

} // namespace

std::optional<int> ReportWriter::paint(const ReportDocument &document, QPagedPaintDevice *device,
                                       Progress *progress, QString *error, bool cancelWhilePainting)
{
    if (!haveGuiApplication(error))
        return std::nullopt;
    fonts();

    // Pass 1 measures: heading pages for the table of contents and the total page count.
    QList<TocEntry> toc;
    if (progress)
        progress->beginStage(WriterTr::tr("Laying out the report"), 0); // pages are not known yet
    // The contents pages' own length depends only on the number of entries, so counting them first keeps
    // the measured page numbers valid for the painting pass.
    for (const auto &block : document.blocks)
        if (const auto *h = std::get_if<ReportDocument::Heading>(&block); h && h->level <= 2)
            toc.append(TocEntry{h->text, h->level, 0});
    QList<TocEntry> found;
    int pages = 0;
    {
        Pass measure(document, device, nullptr, progress, toc, &found, 0);
        pages = measure.run();
    }

    if (progress)
        progress->beginStage(WriterTr::tr("Printing %n page(s)", nullptr, pages), pages);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = WriterTr::tr("The printer could not start");
        return std::nullopt;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // The layout measures from the paper's corner; a device with margins of its own starts painting at
    // its printable area, so move the origin back to the corner.
    const int dpi = std::max(1, device->logicalDpiY());
    painter.translate(-device->pageLayout().paintRectPixels(dpi).topLeft());
    try {
        Pass paintPass(document, device, &painter, progress, found, nullptr, pages, cancelWhilePainting);
        paintPass.run();
        if (progress)
            progress->report(pages);
    } catch (...) {
        painter.end();
        throw;
    }
    painter.end();
    return pages;
}

std::optional<ReportWriter::Output> ReportWriter::render(const ReportDocument &document, Progress *progress,
                                                         QString *error)
{
    if (!haveGuiApplication(error))
        return std::nullopt;
    const QString creator = QStringLiteral(AUDITBENCH_NAME " " AUDITBENCH_VERSION);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(creator);
    writer.setDocumentXmpMetadata(xmpMetadata(document.title, document.author, document.subject, creator));

    const auto pages = paint(document, &writer, progress, error);
    if (!pages)
        return std::nullopt;
    buffer.close();

    Output out;
    out.pdf = withInfo(buffer.data(), document.title, document.author, document.subject, creator);
    out.pageCount = *pages;
    out.sha256 = crypto::sha256Hex(out.pdf);
    return out;
}

std::optional<ReportWriter::Output> ReportWriter::write(const ReportDocument &document, const QString &path,
                                                        Progress *progress, QString *error)
{
    auto out = render(document, progress, error);
    if (!out)
        return std::nullopt;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out->pdf) != out->pdf.size() || !file.commit()) {
        if (error)
            *error = WriterTr::tr("%1: cannot be written (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return out;
}

} // namespace ab
