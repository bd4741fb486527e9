#pragma once
// What the window shows while no workspace is open: the ways in (new, open, the demo, a recent workspace)
// and a drop zone for export files, instead of an empty table that guides nobody.

#include <QFrame>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace ab {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Newest first, as AppSettings keeps them; an empty list shows "No recent workspaces".
    void setRecentWorkspaces(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void demoRequested();
    void verifyFilesRequested(); // the Verification page without a workspace
    void recentRequested(const QString &path);
    void filesDropped(const QStringList &paths);

private:
    QListWidget *m_recent = nullptr;
};

// The dashed "drop export files here" area: takes local files only.
class DropZone : public QFrame
{
    Q_OBJECT
public:
    explicit DropZone(QWidget *parent = nullptr);

signals:
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);
};

} // namespace ab
