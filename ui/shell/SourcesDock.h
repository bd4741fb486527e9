#pragma once

#include <QDockWidget>

class QTableWidget;

namespace ab {

class WorkspaceStore;

// The Sources dock: every file imported into the workspace, with its format, record count, SHA-256 and
// who imported it when. Its title counts the files.
class SourcesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SourcesDock(QWidget *parent = nullptr);

    // Lists the sources `store` holds; null (no workspace) empties the list.
    void refresh(const WorkspaceStore *store);
    QTableWidget *table() const { return m_sources; }

private:
    QTableWidget *m_sources = nullptr;
};

} // namespace ab
