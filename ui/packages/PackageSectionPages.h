#pragma once

#include <QJsonObject>
#include <QTabWidget>

class QLabel;
class QTableWidget;

namespace ab {

class DfdView;
class QuestionnairePage;
class WorkspaceStore;

// A package's five sections as tabs: execution graph (action counts, connectors), data flow diagram, the
// questionnaire walkthrough, sub-processors (unmapped vendors marked), SOC 2 matrix with its coverage.
class PackageSectionPages : public QTabWidget
{
    Q_OBJECT
public:
    explicit PackageSectionPages(QWidget *parent = nullptr);

    // Fills every page from the package (an empty object clears them); the questionnaire shows `answer`,
    // with the verdicts kept in `store`.
    void showPackage(WorkspaceStore *store, const QString &packageId, const QJsonObject &package,
                     int answer = 0);
    QuestionnairePage *questionnaire() const { return m_questionnaire; }
    DfdView *dfd() const { return m_dfd; }

private:
    void showExecutionGraph(const QJsonObject &package);
    void showSubProcessors(const QJsonObject &package);
    void showSoc2(const QJsonObject &package);

    QTableWidget *m_actions = nullptr;
    QTableWidget *m_connectors = nullptr;
    DfdView *m_dfd = nullptr;
    QuestionnairePage *m_questionnaire = nullptr;
    QTableWidget *m_subProcessors = nullptr;
    QTableWidget *m_soc2 = nullptr;
    QLabel *m_soc2Summary = nullptr;
};

} // namespace ab
