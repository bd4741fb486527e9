#pragma once
// The Examination page (issue 12): the compliance officer's evidence pack for an examination. Period and
// frameworks in scope, the pre-examination checklist computed live from the workspace (retention per
// framework, override exceptions), Build pack… in the background with progress and Cancel
// (core/pack/EvidencePackBuilder, the same path as `auditbench-cli evidence-pack`), Open folder, and Verify a
// pack… for one someone sent. A passphrase-protected signing key is asked for when the build starts and
// forgotten once the key is read.

#include "core/common/Instant.h"
#include "ui/issues/Issue.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ab {

class TaskPanel;
class WorkspaceStore;

class ExaminationView : public QWidget
{
    Q_OBJECT
public:
    // Asks for the passphrase of an encrypted key file; an empty result cancels.
    using PassphrasePrompt = std::function<QByteArray(const QString &keyFile)>;

    explicit ExaminationView(QWidget *parent = nullptr);
    ~ExaminationView() override;

    void setTaskPanel(TaskPanel *panel) { m_taskPanel = panel; }
    // The open workspace (null: none); the build opens its own connection on the same file.
    void setStore(WorkspaceStore *store);
    void setPeriod(const QDateTime &start, const QDateTime &end);
    void setFrameworks(const QStringList &frameworks);
    QStringList frameworks() const;
    void setKeyringFile(const QString &path);
    void setSigningKeyFile(const QString &path);
    void setOcsf(bool on);
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_prompt = std::move(prompt); }

    // Starts building into `outDir` (what Build pack… does after its folder dialog); false when it cannot
    // start (no workspace, another task running, an unusable key: reported as an issue).
    bool startBuild(const QString &outDir);
    bool isBuilding() const { return m_building; }
    const QString &lastPack() const { return m_lastPack; }
    QTableWidget *checklistTable() const { return m_checklist; }
    // "Computed from workspace W (3 sources); chain: stored run 2 of this period" (issue 19).
    QString checklistEvidence() const;
    // Recomputes the live checklist from the workspace.
    void refreshChecklist();

signals:
    void packBuilt(const QString &dir);
    void buildFailed(const QString &message); // also when cancelled ("Cancelled")
    void issuesReported(const QList<ab::Issue> &issues);

private:
    void buildWithDialog();
    void openFolder();
    void verifyPackWithDialog();
    void updateState();
    QByteArray askPassphrase(const QString &keyFile);

    WorkspaceStore *m_store = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    PassphrasePrompt m_prompt;
    bool m_building = false;
    QString m_lastPack;

    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QList<QCheckBox *> m_frameworkBoxes;
    QLineEdit *m_keyring = nullptr;
    QLineEdit *m_signKey = nullptr;
    QLineEdit *m_policyChain = nullptr;
    QCheckBox *m_ocsf = nullptr;
    QTableWidget *m_checklist = nullptr;
    QLabel *m_checklistEvidence = nullptr; // what the checklist was computed from (workspace, stored run)
    QLabel *m_status = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace ab
