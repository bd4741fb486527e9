#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ab {

class InflateLimitsBox;

// Preferences: the auditor's identity (activity log, packages, reports), the branding printed reports
// carry, the interface language and the language of printed reports' headings and labels, and the gzip
// limits (InflateLimitsBox: for this session only).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;
    // Fills the branding fields from a branding JSON file; false (and the reason shown) when unusable.
    bool loadBrandingFile(const QString &path);

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firm = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_reportLanguage = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_logo = nullptr;
    QLineEdit *m_accent = nullptr;
    QLineEdit *m_footer = nullptr;
    QLabel *m_brandingError = nullptr;
    InflateLimitsBox *m_limits = nullptr;
};

} // namespace ab
