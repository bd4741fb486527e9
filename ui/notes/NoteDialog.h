#pragma once
// "Add Note…" on a record (issue 19): the auditor's note and tags on one gateway record, runtime entry or
// OCSF event. The dialog names the record and shows its current note, which the new one supersedes (kept,
// never edited). OK stores the note (core/annotations/NoteStore: append-only, logged); a note that cannot be
// stored keeps the dialog open with the reason.

#include "core/annotations/NoteStore.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ab {

class WorkspaceStore;

class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(WorkspaceStore &store, views::RecordKind kind, const QString &recordId,
               QWidget *parent = nullptr);

    // Shows the dialog; the stored note, or nullopt when cancelled.
    static std::optional<annotations::Note> ask(WorkspaceStore &store, views::RecordKind kind,
                                                const QString &recordId, QWidget *parent);

    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *exceptionBox() const { return m_exception; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QLineEdit *otherTagsEdit() const { return m_otherTags; }
    QLabel *errorLabel() const { return m_error; }
    const std::optional<annotations::Note> &stored() const { return m_stored; }

    void accept() override;

    // "gateway record", "runtime entry", "OCSF event" (UI text).
    static QString kindLabel(views::RecordKind kind);

private:
    WorkspaceStore &m_store;
    views::RecordKind m_kind;
    QString m_recordId;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_exception = nullptr, *m_followUp = nullptr;
    QLineEdit *m_otherTags = nullptr;
    QLabel *m_error = nullptr;
    std::optional<annotations::Note> m_stored;
};

} // namespace ab
