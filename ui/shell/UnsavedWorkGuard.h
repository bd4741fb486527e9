#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace ab {

// Drafts typed on a page but not saved, in one place the auditor knows by name (a package, a workpaper).
struct UnsavedDrafts
{
    enum class Kind
    {
        QuestionnaireAnswers,
        WorkpaperResults
    };
    Kind kind = Kind::QuestionnaireAnswers;
    QString where;      // "payments-agent (3f2a9c1b)", "CC6 overrides"
    int savable = 0;    // complete drafts: Save All stores them
    int incomplete = 0; // drafts that cannot be saved (no verdict chosen; an exception without a comment)
};

// A page that keeps drafts in memory only (QuestionnairePage, WorkpaperPage). The guard asks it what is
// unsaved and has it saved or discarded; saving goes through the same store calls as the page's own Save
// button, so a draft saved on the way out is logged and versioned like any other.
class DraftHolder
{
public:
    virtual ~DraftHolder() = default;
    // Every unsaved draft of the open workspace, the one on screen included, grouped by where it belongs.
    virtual QList<UnsavedDrafts> unsavedDrafts() const = 0;
    // Stores every complete draft and drops the incomplete ones; false when a store call failed (the drafts
    // not stored are kept and the failure is reported as an issue).
    virtual bool saveDrafts() = 0;
    virtual void discardDrafts() = 0;
};

// Nothing lost silently (issue 19): before the window closes, the workspace is closed or replaced, or the
// window is rebuilt in another language, the guard names what is unsaved and asks Save All / Discard /
// Cancel (only Discard / Cancel when nothing of it can be saved).
class UnsavedWorkGuard
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedWorkGuard)
public:
    // `holders` is asked each time: pages may come and go with the window.
    UnsavedWorkGuard(QWidget *window, std::function<QList<DraftHolder *>()> holders);

    // True when the caller may go on: nothing was unsaved, or it was saved (every save succeeded) or
    // discarded. False on Cancel (everything stays as it was) or when a save failed.
    bool settle() const;
    // The prompt's text for these drafts ("2 unsaved questionnaire answers in package …; 1 unsaved …").
    static QString describe(const QList<UnsavedDrafts> &drafts);

private:
    QWidget *m_window;
    std::function<QList<DraftHolder *>()> m_holders;
};

} // namespace ab
