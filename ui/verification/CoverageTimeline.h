#pragma once

#include "core/chain/VerificationResult.h"

#include <QWidget>

#include <optional>

namespace ab {

// docs/spec/chain.md "Coverage" drawn to scale: the requested period as a frame, the span the verified
// records cover as a bar, every listed gap cut out of the bar and the uncovered start or end hatched, with
// the dates labelled below. Hovering a gap tells its records, times and length; clicking it (or Enter on the
// gap chosen with the arrow keys) asks to show the record after it. Not colour alone: gaps and uncovered
// parts are hatched and the legend names them, so it reads in a dark palette and in grey-scale.
class CoverageTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageTimeline(QWidget *parent = nullptr);

    // `chainProved`: the result is valid with every MAC verified. Only then is the covered span drawn green
    // (nothing is green unless valid, MAC-verified and complete; the gaps already say what is incomplete);
    // otherwise it is drawn in a neutral colour, as what the records claim to cover.
    void setCoverage(const VerificationResult::Coverage &coverage, bool chainProved = true);
    bool chainProved() const { return m_chainProved; }
    const VerificationResult::Coverage &coverage() const { return m_coverage; }
    // What the line shows, in words; also its accessible description.
    QString description() const;
    // The gap chosen with the keyboard (-1: none).
    int currentGap() const { return m_current; }
    void setCurrentGap(int index);
    // Where gap `index` is drawn, in widget coordinates (at least a few pixels wide); empty when not drawn.
    QRectF gapRect(int index) const;
    QString gapToolTip(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A gap was clicked or chosen with Enter: show the record after it.
    void gapActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The coverage in milliseconds since the epoch (nullopt: not given or not a parsable timestamp).
    struct Span
    {
        qint64 from = 0, to = 0;
    };
    struct Model
    {
        bool drawable = false;
        qint64 axisFrom = 0, axisTo = 0;
        std::optional<qint64> requestedFrom, requestedTo, first, last;
        QList<std::optional<Span>> gaps; // parallel to coverage.gaps
    };
    static Model modelOf(const VerificationResult::Coverage &coverage);
    QRectF barRect() const;
    double xOf(qint64 ms) const;
    int gapAt(const QPointF &pos) const;
    QString uncoveredToolTipAt(const QPointF &pos) const;

    VerificationResult::Coverage m_coverage;
    Model m_model;
    int m_current = -1;
    bool m_chainProved = true;
};

} // namespace ab
