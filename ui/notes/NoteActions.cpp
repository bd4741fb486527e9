#include "ui/notes/NoteActions.h"

#include "core/annotations/NoteStore.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/notes/NoteDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace ab {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ab::NoteActions)
};
} // namespace

QAction *installNoteAction(QWidget *table, const NoteTarget &target, const QList<QWidget *> &also)
{
    auto *action = new QAction(Tr::tr("Add &Note…"), table);
    action->setObjectName(QStringLiteral("addNote"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(Tr::tr("Add a note and tags to the selected record"));
    QObject::connect(action, &QAction::triggered, table, [table, target]() {
        WorkspaceStore *store = target.store ? target.store() : nullptr;
        const QString id = target.currentRecordId ? target.currentRecordId() : QString();
        if (!store || id.isEmpty())
            return;
        if (NoteDialog::ask(*store, target.kind, id, table->window()) && target.added)
            target.added();
    });
    if (table->contextMenuPolicy() == Qt::DefaultContextMenu)
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(action);
    for (QWidget *w : also)
        w->addAction(action);
    return action;
}

QString noteDetailsText(const WorkspaceStore &store, views::RecordKind kind, const QString &recordId)
{
    if (recordId.isEmpty())
        return {};
    annotations::NoteFilter filter;
    filter.kind = kind;
    filter.recordId = recordId;
    const QList<annotations::Note> notes = annotations::notes(store, filter);
    if (notes.isEmpty())
        return {};
    const annotations::Note &n = notes.constLast();
    QString text = Tr::tr("Note by %1 at %2").arg(n.createdBy, n.createdAt) + QLatin1Char('\n');
    if (!n.tags.isEmpty())
        text += Tr::tr("Tags: %1").arg(n.tags.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!n.text.isEmpty())
        text += n.text + QLatin1Char('\n');
    return text + QLatin1Char('\n');
}

} // namespace ab
