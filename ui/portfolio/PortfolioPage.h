#pragma once
// The Portfolio page (issue 14): builds the organisation's SOC 2 evidence portfolio as
// `auditbench-cli portfolio` does (one path in core, core/portfolio/PortfolioBuilder.h), on a worker with
// its own workspace connection, with the page's own progress bar and Cancel, then offers the folder it wrote.

#include "ui/common/TaskProgress.h"
#include "ui/issues/Issue.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ab {

class WorkspaceStore;

class PortfolioPage : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioPage(QWidget *parent = nullptr);

    void setStore(WorkspaceStore *store);
    // Starts building into the output folder the page shows; false when it cannot start (no workspace, no
    // folder, a build already running).
    bool build();
    void cancel();
    bool isRunning() const { return m_progress != nullptr; }
    QString lastOutputFolder() const { return m_lastOut; }

    // The widgets, for tests and for the window's keyboard focus.
    QLineEdit *outputEdit() const { return m_out; }
    QLineEdit *keyringEdit() const { return m_keyring; }
    QCheckBox *includeInactiveBox() const { return m_includeInactive; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *portfoliosTable() const { return m_table; }

signals:
    void issuesReported(const QList<ab::Issue> &issues);
    void portfolioFinished(bool stored);
    // The folder the last portfolio was written to, when Open folder is pressed (the window opens it).
    void openFolderRequested(const QString &folder);

private:
    void refreshProgress();
    void fillPortfolios();
    void updateButtons();
    // A portfolio reported as built is about the inputs it was built from: any change greys the report and
    // says so (issue 19: nothing stale reads as current).
    void markStale();

    WorkspaceStore *m_store = nullptr;
    QLineEdit *m_out = nullptr, *m_keyring = nullptr, *m_start = nullptr, *m_end = nullptr;
    QCheckBox *m_includeInactive = nullptr;
    QPushButton *m_build = nullptr, *m_cancel = nullptr, *m_openFolder = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    std::shared_ptr<TaskProgress> m_progress;
    QTimer m_poll;
    QString m_lastOut;
    QString m_builtText; // the report of the portfolio last built (empty: none shown)
};

} // namespace ab
