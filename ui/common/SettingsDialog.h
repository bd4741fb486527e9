#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ab {

// Preferences: the auditor's identity (activity log, packages, reports) and the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firm = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace ab
