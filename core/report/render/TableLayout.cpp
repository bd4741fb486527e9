#include "core/report/render/TableLayout.h"

#include "core/report/render/RenderStyle.h"
#include "core/report/render/ReportFonts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ab::render {

// Automatic columns: each gets its minimum (longest word, so timestamps and ids stay whole; short names
// whole), and the room left goes to the columns whose text still wraps, in proportion to how much more
// they would need.
QList<double> tableColumnWidths(const ReportDocument::Table &table, const PageGeometry &g,
                                QPaintDevice *device)
{
    const double pad = 2 * g.mm(1.5) + g.mm(0.6);
    const int n = int(table.columns.size());
    QList<double> natural(n, 0), minimum(n, g.mm(8)), headerMinimum(n, 0), wordMinimum(n, 0);
    const QFontMetricsF headerFm(makeFont(false, 8, true), device);
    const QFontMetricsF bodyFm(makeFont(false, 8), device);
    const QFontMetricsF monoFm(makeFont(true, 7.5), device);
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
                        std::max(minimum[c], std::min(fm.horizontalAdvance(word) + pad, g.width * 0.3));
            }
        wordMinimum[c] = minimum[c]; // the longest word (an id, a timestamp) whole: what must not break
        // Short cells (names, statuses) read best unbroken: a column whose cells are all short wants them
        // whole. The first column names the row, so it gets the most room to stay whole; a prose column
        // (long descriptions) keeps a readable measure instead of being squeezed by its neighbours.
        const double cap = c == 0 ? 0.25 : (natural[c] > g.width * 0.35 ? 0.22 : 0.16);
        minimum[c] = std::max(minimum[c], std::min(natural[c], g.width * cap));
        natural[c] = std::max(natural[c], minimum[c]); // a long word can exceed the widest line measured
    }
    QList<double> widths(n, 0);
    double shareTotal = 0, remaining = g.width;
    QList<int> open;
    for (int c = 0; c < n; ++c) {
        if (table.columns.at(c).width > 0)
            shareTotal += table.columns.at(c).width;
        else
            open.append(c);
    }
    if (open.isEmpty()) {
        for (int c = 0; c < n; ++c)
            widths[c] = g.width * table.columns.at(c).width / shareTotal;
        return widths;
    }
    // Explicit shares are of the whole width, as if every column had one.
    for (int c = 0; c < n; ++c)
        if (table.columns.at(c).width > 0) {
            widths[c] = g.width * table.columns.at(c).width / n;
            remaining -= widths[c];
        }
    double naturalSum = 0, minimumSum = 0, headerSum = 0, wordSum = 0;
    for (int c : open) {
        naturalSum += natural[c];
        minimumSum += minimum[c];
        headerSum += headerMinimum[c];
        wordSum += wordMinimum[c];
    }
    // When not every longest word fits, the monospace columns (identifiers, timestamps, hashes) keep theirs
    // and the prose columns give way down to their header words (their text then breaks at spaces and
    // separators).
    double monoWordSum = 0, proseHeaderSum = 0, proseSpan = 0;
    for (int c : open) {
        if (table.columns.at(c).monospace) {
            monoWordSum += wordMinimum[c];
        } else {
            proseHeaderSum += headerMinimum[c];
            proseSpan += std::max(0.0, wordMinimum[c] - headerMinimum[c]);
        }
    }
    const bool tokensFirst =
        wordSum > remaining && monoWordSum + proseHeaderSum <= remaining && proseSpan > 0;
    for (int c : open) {
        if (tokensFirst && naturalSum > remaining) {
            widths[c] = table.columns.at(c).monospace
                            ? wordMinimum[c]
                            : headerMinimum[c] + (remaining - monoWordSum - proseHeaderSum) *
                                                     std::max(0.0, wordMinimum[c] - headerMinimum[c]) /
                                                     proseSpan;
            continue;
        }
        if (naturalSum <= remaining) // everything fits on one line: spread the slack
            widths[c] = natural[c] * remaining / naturalSum;
        else if (minimumSum <= remaining) // every column gets its minimum, the rest goes where text wraps
            widths[c] =
                minimum[c] + (remaining - minimumSum) * (natural[c] - minimum[c]) / (naturalSum - minimumSum);
        else if (wordSum <= remaining && minimumSum > wordSum) // identifiers and timestamps stay whole
            widths[c] = wordMinimum[c] +
                        (remaining - wordSum) * (minimum[c] - wordMinimum[c]) / (minimumSum - wordSum);
        else if (headerSum < remaining && minimumSum > headerSum) // header words whole, the rest shared
            widths[c] = headerMinimum[c] +
                        (remaining - headerSum) * (minimum[c] - headerMinimum[c]) / (minimumSum - headerSum);
        else
            widths[c] = minimum[c] * remaining / minimumSum;
    }
    return widths;
}

TableRow layoutTableRow(const QList<ReportDocument::Column> &columns, const QList<double> &widths,
                        const QStringList &cells, bool header, const PageGeometry &g, QPaintDevice *device)
{
    TableRow row;
    const double pad = g.mm(1.5);
    for (int i = 0; i < columns.size(); ++i) {
        const auto &col = columns.at(i);
        const QFont font =
            header ? makeFont(false, 8, true) : makeFont(col.monospace, col.monospace ? 7.5 : 8);
        LaidOutText t = layoutText(cells.value(i), font, widths.at(i) - 2 * pad, device,
                                   col.alignRight ? Qt::AlignRight : Qt::AlignLeft);
        row.height = std::max(row.height, t.height);
        row.cells.push_back(std::move(t));
    }
    row.height += 2 * g.mm(1.1);
    return row;
}

QStringList tableTitles(const ReportDocument::Table &table)
{
    QStringList titles;
    for (const auto &c : table.columns)
        titles.append(c.title);
    return titles;
}

void paintTableRow(QPainter &p, const PageGeometry &g, double y, const TableRow &row,
                   const QList<double> &widths, bool header, Tone tone, bool zebra, const QColor &accent)
{
    const double height = std::min(row.height, g.bottom - y);
    const QRectF rect(g.left, y, g.width, height);
    if (header)
        p.fillRect(rect, accent);
    else if (tone != Tone::Neutral)
        p.fillRect(rect, toneBackground(tone));
    else if (zebra)
        p.fillRect(rect, ZebraColour);
    if (!header && tone != Tone::Neutral)
        p.fillRect(QRectF(g.left, y, g.mm(0.9), height), toneColour(tone));
    // Tinted rows keep dark text: the tint and the stripe carry the colour, the words carry the meaning.
    const QColor colour =
        header ? QColor(Qt::white) : (tone == Tone::Bad ? toneColour(tone).darker(140) : TextColour);
    double x = g.left;
    p.save();
    p.setClipRect(rect);
    for (size_t i = 0; i < row.cells.size(); ++i) {
        p.setPen(colour);
        row.cells[i].layout->draw(&p, QPointF(x + g.mm(1.5), y + g.mm(1.1)));
        x += widths.at(int(i));
    }
    p.restore();
    p.setPen(QPen(RuleColour, g.mm(0.18)));
    p.drawLine(QPointF(g.left, y + height), QPointF(g.right, y + height));
}

} // namespace ab::render
