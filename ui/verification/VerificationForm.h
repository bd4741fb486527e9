#pragma once

#include "core/chain/ChainVerifier.h"
#include "ui/issues/Issue.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ab {

class Keyring;

// The workspace's two chains: the gateway audit log, and the agent runtime chain (the audit_entries of every
// imported agent runtime export); stored runs carry it as their scope ("gateway" / "runtime").
enum class WorkspaceChain
{
    Gateway,
    Runtime
};

// What to verify and how: the evidence (the workspace's chain or export files), a keyring file (its keys
// stay in memory only), the examination period, an optional anchor and expected head, and the Verify button.
class VerificationForm : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationForm(QWidget *parent = nullptr);
    ~VerificationForm() override;

    // Whether the workspace's chain can be chosen (a workspace is open); without it, files are verified.
    void setWorkspaceAvailable(bool available);
    void setFileEvidence(bool files);
    bool fileEvidence() const;
    // Which of the workspace's chains is chosen (meaningful when !fileEvidence()); choosing one selects the
    // workspace's evidence when a workspace is open.
    WorkspaceChain workspaceChain() const;
    void setWorkspaceChain(WorkspaceChain chain);
    void setFiles(const QStringList &paths);
    void addFiles(const QStringList &paths);
    QStringList files() const;
    // Loads a keyring file into memory; returns false (and reports an issue) when it is unusable.
    bool loadKeyring(const QString &path);
    void clearKeyring();
    std::shared_ptr<const Keyring> keyring() const { return m_keyring; }
    void setPeriod(const QDateTime &start, const QDateTime &end);
    void setPeriodEnabled(bool enabled);
    void setAnchor(const QString &hex);
    void setExpectedHead(const QString &hex);
    // While a verification runs the Verify button waits.
    void setRunning(bool running);
    // Whether the form names something to verify (files, or the workspace's chain).
    bool isReady() const;

    // The options the form asks for (period, anchor, expected head; the keyring is added by the worker);
    // nullopt and `error` when a field is wrong.
    std::optional<VerifyOptions> options(QString *error) const;

signals:
    void verifyRequested();
    void issuesReported(const QList<ab::Issue> &issues);
    // Something the verdict depends on changed (evidence choice or list, keyring, period, anchor, expected
    // head): a result shown for the earlier inputs is stale. `what` names the input, for the banner.
    void inputsChanged(const QString &what);

private:
    void updateEvidenceControls();
    void updateRunButton();

    bool m_workspaceAvailable = false;
    bool m_running = false;
    std::shared_ptr<const Keyring> m_keyring;
    QString m_keyringPath;

    QComboBox *m_evidence = nullptr;
    QListWidget *m_fileList = nullptr;
    QWidget *m_fileButtons = nullptr;
    QLineEdit *m_keyringEdit = nullptr;
    QLabel *m_keyringInfo = nullptr;
    QCheckBox *m_periodEnabled = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_anchor = nullptr;
    QLineEdit *m_expectHead = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace ab
