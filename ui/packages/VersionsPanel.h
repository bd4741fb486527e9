#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace ab {

class WorkspaceStore;

// The Packages page's left side: the agent filter, the stored versions newest first (a package whose
// content_sha256 does not match its content is marked), and the Generate and Compare buttons.
class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    struct Version
    {
        QString packageId, origin; // origin as shown ("platform", "workbench", marked when the hash fails)
    };

    explicit VersionsPanel(QWidget *parent = nullptr);

    void setStore(WorkspaceStore *store) { m_store = store; }
    // Refills the agent filter from the store (keeping the chosen agent), then the versions.
    void reload(bool generationAvailable);
    // Refills the versions of the chosen agent, selecting `m_current` when listed.
    void fillVersions();
    void setCurrentPackage(const QString &packageId) { m_current = packageId; }
    // The agent chosen in the filter; empty for "All agents".
    QString agentId() const;
    QList<Version> selectedVersions() const;
    QTableWidget *table() const { return m_versions; }

signals:
    void packageSelected(const QString &packageId);
    void generateRequested();
    void compareRequested();

private:
    WorkspaceStore *m_store = nullptr;
    QString m_current;
    QComboBox *m_agent = nullptr;
    QTableWidget *m_versions = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace ab
