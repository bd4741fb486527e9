#pragma once

#include "ui/issues/Issue.h"
#include "ui/shell/UnsavedWorkGuard.h"

#include <QHash>
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
// the workspace. Nothing typed is lost silently: a verdict or comment not saved yet is kept as a draft (in
// memory, per workspace, package version and answer) when the auditor moves to another answer or package,
// and comes back with the answer, marked as a draft, until it is saved. The progress line counts the answers
// reviewed (a saved verdict) and the drafts. Before the window closes or the workspace changes,
// UnsavedWorkGuard asks for the drafts (DraftHolder) and has them saved or discarded.
class QuestionnairePage : public QWidget, public DraftHolder
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
    // Whether the answer shown holds a draft (unsaved verdict or comment), and how many drafts the package
    // shown has (the one on screen included).
    bool draftShown() const;
    int draftCount() const;
    int reviewedCount() const { return m_reviewed; }
    // "14 of 22 answers reviewed; 1 unsaved draft"
    QString progressText() const;

    // DraftHolder: every draft of the open workspace, grouped by package; saved through addVerdict, the
    // Save verdict button's call.
    QList<UnsavedDrafts> unsavedDrafts() const override;
    bool saveDrafts() override;
    void discardDrafts() override;

signals:
    void issuesReported(const QList<ab::Issue> &issues);
    void recordRequested(const QString &id);

private:
    struct Draft
    {
        QString verdict, comment;
        QString packageId, answerKey, packageLabel; // where Save All stores it, and how the prompt names it
        bool savable() const;
    };

    QJsonArray answers() const;
    QString draftKey(int answer) const;
    // Keeps what is on screen as a draft when it differs from the saved verdict (drops the draft when not).
    void keepDraft();
    // The drafts of the open workspace with what is on screen applied (kept or dropped as keepDraft would).
    QHash<QString, Draft> currentDrafts() const;
    Draft shownDraft() const;
    void updateProgress();

    WorkspaceStore *m_store = nullptr;
    QString m_packageId;
    QJsonObject m_package;
    QString m_packageLabel; // "agent (3f2a9c1b)"
    int m_answer = 0;
    QString m_storeKey;                     // the workspace file: drafts of another workspace are never shown
    bool m_answerShown = false;             // an answer of the package is on screen (what keepDraft keeps)
    QString m_savedVerdict, m_savedComment; // the saved verdict of the answer on screen
    int m_reviewed = 0;
    QHash<QString, Draft> m_drafts;
    QLabel *m_progress = nullptr;
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
