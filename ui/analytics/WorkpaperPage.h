#pragma once
// The workpaper page (issue 17): pick a workpaper (or start one over a stored sample); every sampled item in
// a table with its record's details beside it; a result and note entered per item; the evaluation and the
// conclusion as they stand; the content SHA-256 the sign-offs bind; Sign as Preparer… / Sign as Reviewer…
// (asking the signer's name); review notes; Print…, Export PDF… and Excel…. A change to a signed version
// makes the next version (core/analytics/WorkpaperStore.h), and the page says so.
//
// Questions the page asks (a name, a note, a file) go through replaceable prompts so tests drive the real
// widgets without modal dialogs.

#include "core/analytics/WorkpaperStore.h"
#include "ui/issues/Issue.h"
#include "ui/shell/UnsavedWorkGuard.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ab {

class ReportOutput;

class WorkpaperPage : public QWidget, public DraftHolder
{
    Q_OBJECT
public:
    explicit WorkpaperPage(QWidget *parent = nullptr);

    // The store must outlive the page's use of it (or be replaced with null first).
    void setStore(WorkspaceStore *store);
    // Where Print… sends the report (the window's; none: Print… is unavailable).
    void setReportOutput(ReportOutput *output) { m_output = output; }
    void reload();
    // Shows a workpaper (latest version); false when unknown.
    bool showWorkpaper(qint64 workpaperId);
    // Creates a workpaper over a sample and shows it; nothing (and an issue) when refused.
    std::optional<qint64> createWorkpaper(qint64 sampleId, const QString &name, int confidenceBp,
                                          int tolerableBp);
    const std::optional<analytics::Workpaper> &workpaper() const { return m_workpaper; }

    // Records the result and note in the entry fields for the selected item.
    bool recordSelected();
    bool sign(const QString &role);
    bool addReviewNote();
    bool exportPdf();
    bool exportExcel();
    QString conclusionText() const;
    QString hashText() const;
    QString signOffText() const;

    // DraftHolder (issue 19): results and notes typed but not recorded, grouped by workpaper; saved through
    // analytics::recordResult, the Record Result button's call (a signed version makes the next version).
    QList<UnsavedDrafts> unsavedDrafts() const override;
    bool saveDrafts() override;
    void discardDrafts() override;

    // Prompts: role -> signer name ("" cancels); -> review note; (title, default name, filter) -> path.
    std::function<QString(const QString &role)> askName;
    std::function<QString()> askNote;
    std::function<QString(const QString &title, const QString &name, const QString &filter)> askPath;

signals:
    void issuesReported(const QList<ab::Issue> &issues);
    void jumpRequested(const ab::JumpTarget &target);

private:
    void fill();
    void showItem(int row);
    // Keeps a result or note typed for `row` but not recorded as a draft (in memory, per workpaper and
    // record), shown again when the item is selected again: moving between items never loses it.
    void keepDraft(int row);
    QString draftKey(int row) const;
    void newWorkpaper();
    void print();
    void report(const Issue &issue);

    WorkspaceStore *m_store = nullptr;
    ReportOutput *m_output = nullptr;
    std::optional<analytics::Workpaper> m_workpaper;
    QComboBox *m_choice = nullptr;
    QTableWidget *m_items = nullptr;
    QPlainTextEdit *m_record = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_recordButton = nullptr;
    QLabel *m_conclusion = nullptr;
    QLabel *m_hash = nullptr;
    QLabel *m_signOffs = nullptr;
    QListWidget *m_notes = nullptr;
    QList<QPushButton *> m_needsWorkpaper;
    bool m_filling = false;
    bool m_entryEdited = false; // the result or note was changed by the auditor since the item was shown
    struct Draft
    {
        qint64 workpaperId = 0;
        int position = 0; // the item's index, what recordResult takes
        QString workpaperName;
        int result = 0;
        QString note;
    };
    Draft entryDraft(int row) const; // what the entry fields hold for `row`
    QHash<QString, Draft> m_drafts;  // draftKey -> draft
};

} // namespace ab
