#pragma once
// A paragraph laid out into lines for a given width: measured once, then drawn (or drawn line by line
// across a page break) exactly as measured.
//
// Line breaks are chosen here, not by Qt's "anywhere" wrapping, so identifiers and timestamps never break in
// the middle of a token (the SOC 2 table once printed `agent.suspende|d` and `…49.8|95Z`): text breaks at
// spaces; a word wider than the line breaks after a separator (. _ - / : @ , ; = & | #); only a run without
// any separator that is wider than the line by itself (a hash) breaks between characters. Each character is
// measured a bounded number of times (the word, its segment, and per distinct character), so the work is
// linear in the text's length: a 100 kB name lays out in linear steps.
#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QFontMetricsF;
class QPaintDevice;

namespace ab::render {

struct LaidOutText
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0;
};

// Newlines become line breaks; see above for where long words break.
LaidOutText layoutText(const QString &text, const QFont &font, double width, QPaintDevice *device,
                       Qt::Alignment alignment = Qt::AlignLeft);

// The line breaking alone: `text` with QChar::LineSeparator where lines end (newlines become separators).
QString breakLines(const QString &text, const QFontMetricsF &metrics, double width);

// How many characters the line breaking has measured since the process started (tests prove it linear).
qint64 measuredCharacters();

} // namespace ab::render
