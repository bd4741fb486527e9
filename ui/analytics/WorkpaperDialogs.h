#pragma once
// New Workpaper…: the stored sample a workpaper tests, its name, the confidence of the upper deviation
// limit and the tolerable deviation rate.

#include "core/workspace/WorkspaceStore.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace ab {

class NewWorkpaperDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewWorkpaperDialog(const WorkspaceStore &store, QWidget *parent = nullptr);

    qint64 sampleId() const;
    QString name() const;
    int confidenceBp() const;
    int tolerableBp() const;
    // Preselects a sample (e.g. one just drawn).
    void selectSample(qint64 sampleId);

private:
    QComboBox *m_sample = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_confidence = nullptr;
    QDoubleSpinBox *m_tolerable = nullptr;
};

} // namespace ab
