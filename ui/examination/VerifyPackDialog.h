#pragma once
// Verify a pack…: the checks of `auditbench-cli verify-pack` (core/pack/PackVerifier) for a pack someone
// sent, with the problems listed as verify-pack prints them.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ab {

class VerifyPackDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyPackDialog(QWidget *parent = nullptr);
    void setFolder(const QString &dir);
    void setPublicKey(const QString &path);
    // Runs the checks; returns true when the pack is intact. The verdict and every problem are shown.
    bool verify();
    QString verdict() const;
    QString problems() const;

private:
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_problems = nullptr;
};

} // namespace ab
