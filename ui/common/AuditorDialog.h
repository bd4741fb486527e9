#pragma once
// "Who is auditing?": asked once, before the first import, verification or new workspace, because that
// name goes onto imports, runs, packages and reports. Never filled in silently from the OS account.

#include "core/workspace/AuditorIdentity.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace ab {

class AuditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditorDialog(QWidget *parent = nullptr);

    AuditorIdentity identity() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *firmEdit() const { return m_firm; }
    QPushButton *okButton() const { return m_ok; }

    // True when an auditor is set (Settings, this dialog, or AUDITBENCH_USER); otherwise asks, stores the
    // answer and returns true, or returns false when the auditor declined (the action must not run).
    static bool ensure(QWidget *parent);

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firm = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ab
