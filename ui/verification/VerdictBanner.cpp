#include "ui/verification/VerdictBanner.h"

#include "core/chain/VerificationResult.h"
#include "core/report/VerificationReportSections.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab {

namespace {
struct Palette
{
    QColor background, border, text;
};

Palette paletteOf(VerdictBanner::State state)
{
    switch (state) {
    case VerdictBanner::State::Verified:
        return {QColor(0xe6, 0xf4, 0xea), QColor(0x1e, 0x8e, 0x3e), QColor(0x0d, 0x52, 0x25)};
    case VerdictBanner::State::Incomplete:
    case VerdictBanner::State::LinkageOnly:
        return {QColor(0xfe, 0xf4, 0xd6), QColor(0xd9, 0x8c, 0x00), QColor(0x6b, 0x45, 0x00)};
    case VerdictBanner::State::Failed:
        return {QColor(0xfc, 0xe8, 0xe6), QColor(0xc5, 0x22, 0x1f), QColor(0x8a, 0x14, 0x10)};
    case VerdictBanner::State::Unusable:
    case VerdictBanner::State::Stale:
        return {QColor(0xf1, 0xf3, 0xf4), QColor(0x5f, 0x63, 0x68), QColor(0x20, 0x21, 0x24)};
    case VerdictBanner::State::Empty:
    case VerdictBanner::State::Running:
        break;
    }
    return {QColor(0xf8, 0xf9, 0xfa), QColor(0xda, 0xdc, 0xe0), QColor(0x3c, 0x40, 0x43)};
}
} // namespace

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(14);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(44, 44);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("verdictTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("verdictDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("verdictEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setVisible(false);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    texts->addWidget(m_evidence);
    layout->addLayout(texts, 1);
    m_verifyAgain = new QPushButton(tr("Verify a&gain"), this);
    m_verifyAgain->setObjectName(QStringLiteral("verifyAgain"));
    m_verifyAgain->setToolTip(tr("Verify the evidence, keyring and period now chosen"));
    m_verifyAgain->setVisible(false);
    layout->addWidget(m_verifyAgain, 0, Qt::AlignVCenter);
    connect(m_verifyAgain, &QPushButton::clicked, this, &VerdictBanner::verifyAgainRequested);
    clear();
}

VerdictBanner::State VerdictBanner::stateOf(const VerificationResult &result)
{
    if (!result.valid)
        return State::Failed;
    if (!result.macsVerified)
        return State::LinkageOnly;
    return result.coverage.complete ? State::Verified : State::Incomplete;
}

QString VerdictBanner::coverageShortfall(const VerificationResult &result)
{
    // The same phrases as the time line, the issues dock and the PDF: one way of saying where.
    return VerificationReportSections::coverageShortfalls(result.coverage).join(QStringLiteral("; "));
}

void VerdictBanner::showResult(const VerificationResult &result)
{
    const QLocale locale;
    const State state = stateOf(result);
    const QString events = locale.toString(result.eventsChecked);
    switch (state) {
    case State::Verified:
        apply(state, tr("Verified: chain intact, every MAC verified"),
              tr("%1 events checked with the keyring; no errors. The records are authentic and complete "
                 "between the first and the last event.")
                  .arg(events));
        break;
    case State::Incomplete:
        apply(
            state, tr("Chain intact, every MAC verified — coverage INCOMPLETE"),
            tr("%1 events checked with the keyring; no errors. The records do not cover the whole time: %2. "
               "Nothing is proved about what is not covered.")
                .arg(events, coverageShortfall(result)));
        break;
    case State::LinkageOnly: {
        QString detail = tr("%1 events checked for order, sequence and linkage only. Without the keyring the "
                            "content is not authenticated: choose the keyring file and verify again.")
                             .arg(events);
        if (!result.coverage.complete)
            detail += QLatin1Char(' ') + tr("Coverage is incomplete: %1.").arg(coverageShortfall(result));
        apply(state, tr("Linkage intact — MACs NOT verified (no keyring)"), detail);
        break;
    }
    default:
        if (result.eventsChecked == 0) { // docs/spec/chain.md "Nothing verified is not valid"
            apply(State::Failed, tr("Not valid: nothing was verified"),
                  tr("%1. No record was checked, so the result proves nothing; choose evidence that holds "
                     "records for the period.")
                      .arg(result.errors.value(0)));
            break;
        }
        apply(State::Failed,
              tr("Verification failed: %Ln error(s)", nullptr, int(qMin<qint64>(result.errorCount, INT_MAX))),
              tr("%1 events checked. The chain is broken or records were altered; each error below leads to "
                 "its record in the audit log.")
                  .arg(events));
        break;
    }
}

void VerdictBanner::showRunning()
{
    apply(State::Running, tr("Verifying…"), tr("Reading the records and recomputing the chain."));
}

void VerdictBanner::showUnusable(const QString &message)
{
    apply(State::Unusable, tr("Not verified: the input is unusable"), message);
}

void VerdictBanner::showStale(const QString &what)
{
    if (m_state == State::Empty || m_state == State::Running || m_state == State::Stale)
        return; // nothing shown to go stale (or already stale: the first change is the one named)
    const QString verdict = m_verdictTitle;
    apply(State::Stale, tr("Out of date: %1").arg(verdict),
          tr("%1 changed since this result was computed; it says nothing about the inputs now chosen. "
             "Verify again.")
              .arg(what.isEmpty() ? tr("An input") : what.at(0).toUpper() + what.mid(1)));
}

void VerdictBanner::clear()
{
    apply(State::Empty, tr("Not verified yet"),
          tr("Choose the evidence, the keyring and the examination period, then Verify."));
    setEvidence({});
}

void VerdictBanner::setEvidence(const QString &text)
{
    m_evidence->setText(text);
    m_evidence->setVisible(!text.isEmpty());
}

QString VerdictBanner::evidence() const
{
    return m_evidence->text();
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

void VerdictBanner::apply(State state, const QString &title, const QString &detail)
{
    m_state = state;
    if (state != State::Stale)
        m_verdictTitle = title;
    m_verifyAgain->setVisible(state == State::Stale);
    const Palette colours = paletteOf(state);
    setStyleSheet(
        QStringLiteral("#verdictBanner { background: %1; border: 1px solid %2; border-left: 6px solid %2;"
                       " border-radius: 4px; } QLabel { color: %3; background: transparent; }")
            .arg(colours.background.name(), colours.border.name(), colours.text.name()));
    m_icon->setPixmap(icon(state, 44));
    m_icon->setAccessibleName(title);
    m_title->setText(title);
    m_detail->setText(detail);
    setAccessibleDescription(detail);
}

QPixmap VerdictBanner::icon(State state, int size)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = paletteOf(state).border;
    const QRectF box(2, 2, size - 4, size - 4);
    QPen stroke(Qt::white, size / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case State::Verified: { // filled circle with a check mark
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(box);
        painter.setPen(stroke);
        QPainterPath check;
        check.moveTo(size * 0.28, size * 0.52);
        check.lineTo(size * 0.44, size * 0.68);
        check.lineTo(size * 0.73, size * 0.35);
        painter.drawPath(check);
        break;
    }
    case State::Incomplete:
    case State::LinkageOnly: { // triangle with an exclamation mark
        QPainterPath triangle;
        triangle.moveTo(size / 2.0, 3);
        triangle.lineTo(size - 2, size - 4);
        triangle.lineTo(2, size - 4);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(triangle);
        painter.setPen(stroke);
        painter.drawLine(QPointF(size / 2.0, size * 0.36), QPointF(size / 2.0, size * 0.62));
        painter.drawPoint(QPointF(size / 2.0, size * 0.78));
        break;
    }
    case State::Failed: { // octagon-like circle with a cross
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(box);
        painter.setPen(stroke);
        painter.drawLine(QPointF(size * 0.33, size * 0.33), QPointF(size * 0.67, size * 0.67));
        painter.drawLine(QPointF(size * 0.67, size * 0.33), QPointF(size * 0.33, size * 0.67));
        break;
    }
    case State::Stale: { // grey circle with a clock's hands: the verdict is from before
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(box);
        painter.setPen(stroke);
        painter.drawLine(QPointF(size * 0.5, size * 0.5), QPointF(size * 0.5, size * 0.26));
        painter.drawLine(QPointF(size * 0.5, size * 0.5), QPointF(size * 0.68, size * 0.6));
        break;
    }
    case State::Unusable: { // grey circle with a bar: nothing was verified
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(box);
        painter.setPen(stroke);
        painter.drawLine(QPointF(size * 0.3, size * 0.5), QPointF(size * 0.7, size * 0.5));
        break;
    }
    case State::Empty:
    case State::Running: { // open circle
        painter.setPen(
            QPen(colour.darker(130), size / 14.0, state == State::Running ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(2, 2, -2, -2));
        break;
    }
    }
    return pixmap;
}

} // namespace ab
