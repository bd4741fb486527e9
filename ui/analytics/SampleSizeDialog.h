#pragma once
// Sample size for a test of controls (issue 17): confidence, tolerable and expected deviation rates in, the
// attribute-sampling size and the deviations allowed out (core/analytics/SampleSize.h), computed as the
// auditor types. Used on its own (Analytics ▸ Sample Size…) and from the Sample… dialog to fill the size.

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace ab {

class SampleSizeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SampleSizeDialog(QWidget *parent = nullptr);

    // The size for the rates shown; nothing when no size up to 100,000 reaches the confidence.
    std::optional<qint64> sampleSize() const { return m_size; }
    std::optional<qint64> allowedDeviations() const { return m_allowed; }
    int confidenceBp() const;
    int tolerableBp() const;
    void setRates(int confidencePct, double tolerablePct, double expectedPct);
    QString resultText() const;

private:
    void recompute();

    QComboBox *m_confidence = nullptr;
    QDoubleSpinBox *m_tolerable = nullptr;
    QDoubleSpinBox *m_expected = nullptr;
    QLabel *m_result = nullptr;
    std::optional<qint64> m_size, m_allowed;
};

} // namespace ab
