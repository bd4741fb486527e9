#pragma once

#include "ui/issues/Issue.h"

#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace ab {

class EvidenceTree;
class WorkspaceStore;

// The vendor security questionnaire, one answer at a time: category and CCM ids, question, answer, the
// evidence tree, and the auditor's verdict (agree / exception / not applicable, with a comment), stored in
// the workspace.
class QuestionnairePage : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionnairePage(QWidget *parent = nullptr);

    // The package shown (empty object: none) and where its verdicts are kept; shows the first answer.
    void setPackage(WorkspaceStore *store, const QString &packageId, const QJsonObject &package);
    int answerCount() const;
    int currentAnswer() const { return m_answer; }
    void showAnswer(int index);
    // Saves a verdict for the current answer ("agree", "exception" or "not_applicable").
    bool saveVerdict(const QString &verdict, const QString &comment);
    QString verdictShown() const;
    QString commentShown() const;

signals:
    void issuesReported(const QList<ab::Issue> &issues);
    void recordRequested(const QString &id);

private:
    QJsonArray answers() const;

    WorkspaceStore *m_store = nullptr;
    QString m_packageId;
    QJsonObject m_package;
    int m_answer = 0;
    QLabel *m_position = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_answerText = nullptr;
    EvidenceTree *m_evidence = nullptr;
    QButtonGroup *m_verdict = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_verdictState = nullptr;
};

} // namespace ab
