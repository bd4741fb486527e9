#include "core/report/render/LaidOutText.h"

#include <QFontMetricsF>
#include <QHash>
#include <QTextOption>

#include <atomic>

namespace ab::render {

namespace {

std::atomic<qint64> g_measured{0};

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case '_':
    case '-':
    case '/':
    case ':':
    case '@':
    case ',':
    case ';':
    case '=':
    case '&':
    case '|':
    case '#':
    case '\\':
        return true;
    default:
        return false;
    }
}

// Greedy line filling over pieces that are each measured once.
class LineBreaker
{
public:
    LineBreaker(const QFontMetricsF &fm, double width, QString &out)
        : m_fm(fm), m_width(width), m_out(out), m_space(measure(QStringLiteral(" ")))
    {
    }

    // One word of a paragraph; `spaceBefore` for every word but the first (the space that split them). Runs
    // of spaces (empty words) are kept, so indentation and monospace columns survive, except at the start of
    // a line this breaker began.
    void word(QStringView w, bool spaceBefore)
    {
        const bool space = spaceBefore && !m_wrapped;
        if (w.isEmpty()) {
            if (space && m_used + m_space <= m_width)
                append(QStringView(u" "), m_space);
            return;
        }
        const double advance = measure(w);
        const double needed = (space ? m_space : 0) + advance;
        if (m_used + needed <= m_width) {
            if (space)
                append(QStringView(u" "), m_space);
            append(w, advance);
            return;
        }
        if (advance <= m_width) {
            newLine();
            append(w, advance);
            return;
        }
        // Wider than a line: start on a line of its own and break after separators.
        newLine();
        qsizetype start = 0;
        for (qsizetype i = 0; i < w.size(); ++i)
            if (isSeparator(w[i]) || i + 1 == w.size()) {
                segment(w.mid(start, i + 1 - start));
                start = i + 1;
            }
    }

private:
    void segment(QStringView s)
    {
        const double advance = measure(s);
        if (m_used + advance <= m_width) {
            append(s, advance);
            return;
        }
        if (advance <= m_width) {
            newLine();
            append(s, advance);
            return;
        }
        // No separator inside and wider than a line (a hash): character by character, each distinct
        // character measured once.
        for (const QChar c : s) {
            auto it = m_charWidths.constFind(c);
            if (it == m_charWidths.constEnd())
                it = m_charWidths.insert(c, measure(QStringView(&c, 1)));
            if (m_used + *it > m_width)
                newLine();
            append(QStringView(&c, 1), *it);
        }
    }

    void append(QStringView s, double advance)
    {
        m_out += s;
        m_used += advance;
        m_wrapped = false;
    }

    // Ends the current line unless nothing is on it yet.
    void newLine()
    {
        if (m_used <= 0)
            return;
        m_out += QChar::LineSeparator;
        m_used = 0;
        m_wrapped = true;
    }

    double measure(QStringView s)
    {
        g_measured += s.size();
        return m_fm.horizontalAdvance(s.toString());
    }

    const QFontMetricsF &m_fm;
    double m_width;
    QString &m_out;
    double m_space;
    double m_used = 0;
    bool m_wrapped = false; // at the start of a line this breaker began
    QHash<QChar, double> m_charWidths;
};

} // namespace

qint64 measuredCharacters()
{
    return g_measured.load();
}

QString breakLines(const QString &text, const QFontMetricsF &metrics, double width)
{
    QString out;
    out.reserve(text.size() + text.size() / 32 + 8);
    // Pieces are measured apart; kerning across them moves a line's end by a fraction of a point at most,
    // which the cell's padding absorbs (the layout below never re-breaks: ManualWrap).
    const double room = std::max(1.0, width);
    bool firstParagraph = true;
    for (QStringView paragraph : QStringView(text).split(QLatin1Char('\n'))) {
        if (!firstParagraph)
            out += QChar::LineSeparator;
        firstParagraph = false;
        LineBreaker breaker(metrics, room, out);
        bool first = true;
        for (QStringView w : paragraph.split(QLatin1Char(' '))) {
            breaker.word(w, !first);
            first = false;
        }
    }
    return out;
}

LaidOutText layoutText(const QString &text, const QFont &font, double width, QPaintDevice *device,
                       Qt::Alignment alignment)
{
    LaidOutText t;
    const QFontMetricsF metrics(font, device);
    t.layout = std::make_unique<QTextLayout>(breakLines(text, metrics, width), font, device);
    QTextOption option(alignment);
    // The breaks are the ones chosen above: Qt only follows them (and never searches a 100 kB word).
    option.setWrapMode(QTextOption::ManualWrap);
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

} // namespace ab::render
