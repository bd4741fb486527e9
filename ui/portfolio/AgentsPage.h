#pragma once
// The Agents page (issue 14): every agent of the workspace's runtime exports with its profile, what the
// workspace holds about it and its latest package, as `auditbench-cli agents` lists them.

#include "ui/issues/Issue.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ab {

class WorkspaceStore;

class AgentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPage(QWidget *parent = nullptr);

    // The page reads the GUI thread's store; null clears it.
    void setStore(WorkspaceStore *store);
    void reload();
    QTableWidget *table() const { return m_table; }

signals:
    void issuesReported(const QList<ab::Issue> &issues);

private:
    WorkspaceStore *m_store = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ab
