#pragma once
// "Add Note…" on the record views (issue 19): one action per table (audit log, runtime entries, OCSF events)
// in its context menu and on Ctrl+Shift+N while the table or its details pane has focus, opening NoteDialog
// on the current record. And the note as the details panes show it.

#include "core/views/ViewFilters.h"

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace ab {

class WorkspaceStore;

struct NoteTarget
{
    views::RecordKind kind = views::RecordKind::Gateway;
    // The current record's id (gateway `id`, runtime entry `id`, OCSF metadata.uid); empty: none selected.
    std::function<QString()> currentRecordId;
    std::function<WorkspaceStore *()> store;
    // After a note was stored (refresh the details pane, the overview).
    std::function<void()> added;
};

// Adds the action to `table` (and to each of `also`, e.g. the details pane, for the shortcut); a table whose
// context menu is the default one gets the actions context menu. Returns the action (objectName "addNote").
QAction *installNoteAction(QWidget *table, const NoteTarget &target, const QList<QWidget *> &also = {});

// The lines a details pane shows above the record for its current note ("" without one): UI labels around
// the note's evidence (text, tags, who, when).
QString noteDetailsText(const WorkspaceStore &store, views::RecordKind kind, const QString &recordId);

} // namespace ab
