#include "ui/verification/CoverageTimeline.h"

#include "core/common/Instant.h"
#include "core/report/VerificationReportSections.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ab {

namespace {
constexpr int Margin = 8;
constexpr int BarHeight = 20;
constexpr int FramePad = 5;       // the requested-period frame stands this far above and below the bar
constexpr double MinGapWidth = 4; // a gap of minutes in a year still shows, and can be clicked

std::optional<qint64> msecsOf(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    const std::optional<Instant> instant = Instant::parse(*text);
    if (!instant)
        return std::nullopt;
    return instant->toMSecsSinceEpoch();
}

struct Colours
{
    QColor covered, missing, text, frame, background, focus;
};

Colours coloursOf(const QPalette &palette, bool chainProved)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor proved = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    const QColor unproved = dark ? QColor(0x90, 0xa4, 0xae) : QColor(0x60, 0x7d, 0x8b);
    return {chainProved ? proved : unproved,     dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc2, 0x7c, 0x00),
            palette.color(QPalette::WindowText), palette.color(QPalette::WindowText),
            palette.color(QPalette::Base),       palette.color(QPalette::Highlight)};
}

// Where `text` goes with its left edge at `x` (or its right edge, when `rightAligned`), kept inside the
// widget.
QRectF labelRect(const QFontMetricsF &fm, const QString &text, double x, bool rightAligned, double top,
                 double width)
{
    const double w = fm.horizontalAdvance(text);
    double left = rightAligned ? x - w : x;
    left = std::clamp(left, double(Margin) / 2, std::max(double(Margin) / 2, width - Margin / 2.0 - w));
    return {left, top, w, fm.height()};
}
} // namespace

CoverageTimeline::CoverageTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coverageTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Coverage time line"));
    setCoverage({});
}

void CoverageTimeline::setCoverage(const VerificationResult::Coverage &coverage, bool chainProved)
{
    m_coverage = coverage;
    m_chainProved = chainProved;
    m_model = modelOf(coverage);
    m_current = -1;
    setAccessibleDescription(description());
    update();
}

CoverageTimeline::Model CoverageTimeline::modelOf(const VerificationResult::Coverage &c)
{
    Model m;
    m.requestedFrom = msecsOf(c.requestedStart);
    m.requestedTo = msecsOf(c.requestedEnd);
    m.first = msecsOf(c.first);
    m.last = msecsOf(c.last);
    for (const VerificationResult::Gap &gap : c.gaps) {
        const auto from = msecsOf(gap.from), to = msecsOf(gap.to);
        m.gaps.append(from && to ? std::optional<Span>(Span{*from, *to}) : std::nullopt);
    }
    QList<qint64> points;
    for (const auto &p : {m.requestedFrom, m.requestedTo, m.first, m.last})
        if (p)
            points << *p;
    if (points.isEmpty())
        return m;
    m.drawable = true;
    m.axisFrom = *std::min_element(points.begin(), points.end());
    m.axisTo = *std::max_element(points.begin(), points.end());
    if (m.axisTo - m.axisFrom < 3600 * 1000) { // one record, or all in one moment: show a day around it
        m.axisFrom -= 12 * 3600 * 1000;
        m.axisTo += 12 * 3600 * 1000;
    }
    return m;
}

QString CoverageTimeline::description() const
{
    const VerificationResult::Coverage &c = m_coverage;
    QStringList parts;
    parts << (c.requested
                  ? tr("Requested period %1 to %2.")
                        .arg(c.requestedStart.value_or(tr("(open)")), c.requestedEnd.value_or(tr("(open)")))
                  : tr("No period requested: the whole export."));
    parts << (c.first || c.last ? tr("Covered by the records from %1 to %2.")
                                      .arg(c.first.value_or(QString()), c.last.value_or(QString()))
                                : tr("No record verified."));
    if (c.complete)
        parts << tr("Coverage complete: no gap longer than %1 h.").arg(c.maxGapHours);
    else
        parts << tr("Not covered: %1.")
                     .arg(VerificationReportSections::coverageShortfalls(c).join(QStringLiteral("; ")));
    if (!c.gaps.isEmpty())
        parts << tr("Use the arrow keys to choose a gap and Enter to show the record after it.");
    return parts.join(QLatin1Char(' '));
}

QSize CoverageTimeline::sizeHint() const
{
    const int fh = fontMetrics().height();
    return {600, 4 + fh + 8 + BarHeight + 2 * FramePad + 6 + 2 * (fh + 4) + 4};
}

QSize CoverageTimeline::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QRectF CoverageTimeline::barRect() const
{
    const int fh = fontMetrics().height();
    return QRectF(Margin, 4 + fh + 8 + FramePad, std::max(1, width() - 2 * Margin), BarHeight);
}

double CoverageTimeline::xOf(qint64 ms) const
{
    const QRectF bar = barRect();
    const double span = double(m_model.axisTo - m_model.axisFrom);
    return bar.left() + bar.width() * double(ms - m_model.axisFrom) / span;
}

QRectF CoverageTimeline::gapRect(int index) const
{
    if (!m_model.drawable || index < 0 || index >= m_model.gaps.size() || !m_model.gaps.at(index))
        return {};
    const QRectF bar = barRect();
    double left = xOf(m_model.gaps.at(index)->from), right = xOf(m_model.gaps.at(index)->to);
    if (right - left < MinGapWidth) {
        const double centre = (left + right) / 2;
        left = centre - MinGapWidth / 2;
        right = centre + MinGapWidth / 2;
    }
    return QRectF(left, bar.top(), right - left, bar.height());
}

QString CoverageTimeline::gapToolTip(int index) const
{
    if (index < 0 || index >= m_coverage.gaps.size())
        return {};
    const VerificationResult::Gap &gap = m_coverage.gaps.at(index);
    return tr("Gap %1 of %2: %3 (%4 s) without a record\nafter %5 at %6\nbefore %7 at %8\n"
              "Click (or Enter) to show the record after the gap.")
        .arg(index + 1)
        .arg(QLocale().toString(m_coverage.gapCount))
        .arg(VerificationReportSections::durationText(gap.seconds), QLocale().toString(gap.seconds),
             gap.after, gap.from, gap.before, gap.to);
}

int CoverageTimeline::gapAt(const QPointF &pos) const
{
    for (int i = int(m_model.gaps.size()) - 1; i >= 0; --i)
        if (gapRect(i).adjusted(-2, -FramePad, 2, FramePad).contains(pos))
            return i;
    return -1;
}

QString CoverageTimeline::uncoveredToolTipAt(const QPointF &pos) const
{
    const QRectF bar = barRect().adjusted(0, -FramePad, 0, FramePad);
    if (!bar.contains(pos) || !m_model.first || !m_model.last)
        return {};
    if (m_coverage.startsLate && m_model.requestedFrom && pos.x() < xOf(*m_model.first))
        return tr("No evidence from %1 to %2: the period starts more than %3 h before the first record.")
            .arg(*m_coverage.requestedStart, *m_coverage.first)
            .arg(m_coverage.maxGapHours);
    if (m_coverage.endsEarly && m_model.requestedTo && pos.x() > xOf(*m_model.last))
        return tr("No evidence from %1 to %2: the last record is more than %3 h before the period end.")
            .arg(*m_coverage.last, *m_coverage.requestedEnd)
            .arg(m_coverage.maxGapHours);
    return tr("Covered: records from %1 to %2.").arg(*m_coverage.first, *m_coverage.last);
}

void CoverageTimeline::setCurrentGap(int index)
{
    m_current = (index >= 0 && index < m_coverage.gaps.size()) ? index : -1;
    QString description = this->description();
    if (m_current >= 0) {
        const QString tip = gapToolTip(m_current);
        description += QLatin1Char(' ') +
                       tip.section(QLatin1Char('\n'), 0, 2).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QRectF rect = gapRect(m_current);
        if (!rect.isEmpty() && isVisible())
            QToolTip::showText(mapToGlobal(rect.center().toPoint()), tip, this);
    }
    setAccessibleDescription(description);
    update();
}

bool CoverageTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int gap = gapAt(help->pos());
        const QString tip = gap >= 0 ? gapToolTip(gap) : uncoveredToolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void CoverageTimeline::mousePressEvent(QMouseEvent *event)
{
    const int gap = event->button() == Qt::LeftButton ? gapAt(event->position()) : -1;
    if (gap < 0)
        return QWidget::mousePressEvent(event);
    setCurrentGap(gap);
    emit gapActivated(gap);
}

void CoverageTimeline::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_coverage.gaps.size());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (count > 0)
            setCurrentGap(std::min(m_current + 1, count - 1));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (count > 0)
            setCurrentGap(std::max(m_current - 1, 0));
        return;
    case Qt::Key_Home:
        if (count > 0)
            setCurrentGap(0);
        return;
    case Qt::Key_End:
        if (count > 0)
            setCurrentGap(count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0) {
            emit gapActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CoverageTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void CoverageTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Colours colours = coloursOf(palette(), m_chainProved);
    const QFontMetricsF fm(font());
    const QBrush hatch(colours.missing, Qt::BDiagPattern);
    const QRectF bar = barRect();

    // Legend: what each mark means, in words.
    double x = Margin;
    const double legendY = 4;
    auto legend = [&](const QString &text, auto &&swatch) {
        const QRectF box(x, legendY + (fm.height() - 10) / 2, 16, 10);
        swatch(box);
        p.setPen(colours.text);
        p.drawText(QPointF(box.right() + 5, legendY + fm.ascent()), text);
        x = box.right() + 5 + fm.horizontalAdvance(text) + 16;
    };
    legend(tr("covered by records"), [&](const QRectF &box) { p.fillRect(box, colours.covered); });
    legend(tr("gap / no evidence"), [&](const QRectF &box) {
        p.fillRect(box, colours.background);
        p.fillRect(box, hatch);
        p.setPen(QPen(colours.missing, 1));
        p.drawRect(box);
    });
    legend(tr("requested period"), [&](const QRectF &box) {
        p.setPen(QPen(colours.frame, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
    });

    if (!m_model.drawable) {
        p.setPen(colours.text);
        p.drawText(bar, Qt::AlignCenter, tr("No record verified: nothing to show."));
        return;
    }

    // The axis: a thin line over the whole drawn time.
    p.setPen(QPen(colours.text, 1));
    p.drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));

    // The uncovered start and end of the requested period, hatched.
    auto hatched = [&](double left, double right) {
        const QRectF rect(left, bar.top(), std::max(MinGapWidth, right - left), bar.height());
        p.fillRect(rect, colours.background);
        p.fillRect(rect, hatch);
        p.setPen(QPen(colours.missing, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect);
        return rect;
    };
    auto noEvidenceLabel = [&](const QRectF &rect) {
        const QString text = tr("no evidence");
        const double w = fm.horizontalAdvance(text) + 8;
        if (rect.width() < w + 4)
            return;
        const QRectF box(rect.center().x() - w / 2, rect.center().y() - fm.height() / 2, w, fm.height());
        p.fillRect(box, colours.background);
        p.setPen(colours.text);
        p.drawText(box, Qt::AlignCenter, text);
    };
    if (m_coverage.startsLate && m_model.requestedFrom)
        noEvidenceLabel(
            hatched(xOf(*m_model.requestedFrom), m_model.first ? xOf(*m_model.first) : bar.right()));
    if (m_coverage.endsEarly && m_model.requestedTo && m_model.last)
        noEvidenceLabel(hatched(xOf(*m_model.last), xOf(*m_model.requestedTo)));

    // The covered span, with the gaps cut out of it.
    if (m_model.first && m_model.last) {
        const double left = xOf(*m_model.first), right = xOf(*m_model.last);
        QRectF covered(left, bar.top(), std::max(MinGapWidth, right - left), bar.height());
        if (right - left < MinGapWidth)
            covered.moveLeft((left + right - MinGapWidth) / 2);
        p.fillRect(covered, colours.covered);
    }
    for (int i = 0; i < m_model.gaps.size(); ++i) {
        const QRectF rect = gapRect(i);
        if (rect.isEmpty())
            continue;
        p.fillRect(rect, colours.background);
        p.fillRect(rect, hatch);
        p.setPen(QPen(colours.missing, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect);
        if (rect.width() > 60) {
            const QString text = VerificationReportSections::durationText(m_coverage.gaps.at(i).seconds);
            const double w = fm.horizontalAdvance(text) + 6;
            if (rect.width() > w + 4) {
                const QRectF box(rect.center().x() - w / 2, rect.center().y() - fm.height() / 2, w,
                                 fm.height());
                p.fillRect(box, colours.background);
                p.setPen(colours.text);
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
    }

    // The requested period: a dashed frame around the bar.
    if (m_model.requestedFrom || m_model.requestedTo) {
        const double left = m_model.requestedFrom ? xOf(*m_model.requestedFrom) : bar.left();
        const double right = m_model.requestedTo ? xOf(*m_model.requestedTo) : bar.right();
        p.setPen(QPen(colours.frame, 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(left, bar.top() - FramePad, right - left, bar.height() + 2 * FramePad));
    }

    // The gap chosen with the keyboard, and the keyboard focus itself.
    if (m_current >= 0) {
        p.setPen(QPen(colours.focus, 2));
        p.drawRect(gapRect(m_current).adjusted(-3, -FramePad - 2, 3, FramePad + 2));
    }
    if (hasFocus()) {
        p.setPen(QPen(colours.focus, 1, Qt::DotLine));
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }

    // Dates: the covered span's ends on the first row, the requested period's on the second.
    const bool days = m_model.axisTo - m_model.axisFrom > 3LL * 86400 * 1000;
    auto dateOf = [days](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(days ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    auto tick = [&](double at, double bottom) {
        p.setPen(QPen(colours.text, 1));
        p.drawLine(QPointF(at, bar.bottom() + FramePad), QPointF(at, bottom));
    };
    auto labelPair = [&](std::optional<qint64> from, std::optional<qint64> to, const QString &fromText,
                         const QString &toText, double top, bool ticks) {
        QList<QPair<QRectF, QString>> labels;
        if (from)
            labels.append({labelRect(fm, fromText.arg(dateOf(*from)), xOf(*from), false, top, width()),
                           fromText.arg(dateOf(*from))});
        if (to)
            labels.append({labelRect(fm, toText.arg(dateOf(*to)), xOf(*to), true, top, width()),
                           toText.arg(dateOf(*to))});
        if (labels.size() == 2 && labels.at(0).first.right() + 8 > labels.at(1).first.left()) {
            // Too close for two labels: one, centred between the two points.
            const QString both = tr("%1 – %2").arg(labels.at(0).second, labels.at(1).second);
            const double centre = (xOf(*from) + xOf(*to)) / 2 - fm.horizontalAdvance(both) / 2;
            labels = {{labelRect(fm, both, centre, false, top, width()), both}};
        }
        p.setPen(colours.text);
        for (const auto &[box, text] : labels)
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        if (ticks && from)
            tick(xOf(*from), top);
        if (ticks && to)
            tick(xOf(*to), top);
    };
    const double row1 = bar.bottom() + FramePad + 4;
    labelPair(m_model.first, m_model.last, tr("first record %1"), tr("last record %1"), row1, true);
    labelPair(m_model.requestedFrom, m_model.requestedTo, tr("period from %1"), tr("period to %1"),
              row1 + fm.height() + 4, false); // the dashed frame marks these
}

} // namespace ab
