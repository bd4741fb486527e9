#include "ui/notes/NoteDialog.h"

#include "core/common/Error.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab {

NoteDialog::NoteDialog(WorkspaceStore &store, views::RecordKind kind, const QString &recordId,
                       QWidget *parent)
    : QDialog(parent), m_store(store), m_kind(kind), m_recordId(recordId)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Add Note"));
    auto *layout = new QVBoxLayout(this);
    auto *record =
        new QLabel(tr("Note on the %1 <b>%2</b>").arg(kindLabel(kind), recordId.toHtmlEscaped()), this);
    record->setObjectName(QStringLiteral("noteRecord"));
    layout->addWidget(record);

    annotations::NoteFilter current;
    current.kind = kind;
    current.recordId = recordId;
    const QList<annotations::Note> before = annotations::notes(store, current);
    if (!before.isEmpty()) {
        const annotations::Note &n = before.constLast();
        auto *previous = new QLabel(
            tr("Current note (%1, by %2): %3. The new note supersedes it; the current one is kept.")
                .arg(n.createdAt, n.createdBy, n.text.isEmpty() ? n.tags.join(QStringLiteral(", ")) : n.text),
            this);
        previous->setObjectName(QStringLiteral("notePrevious"));
        previous->setWordWrap(true);
        layout->addWidget(previous);
    }

    auto *form = new QFormLayout;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    auto *textLabel = new QLabel(tr("&Note:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    m_exception = new QCheckBox(tr("&Exception"), this);
    m_exception->setObjectName(QStringLiteral("noteException"));
    m_followUp = new QCheckBox(tr("&Follow-up"), this);
    m_followUp->setObjectName(QStringLiteral("noteFollowUp"));
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_exception);
    boxes->addWidget(m_followUp);
    boxes->addStretch();
    form->addRow(tr("Tags:"), boxes);
    m_otherTags = new QLineEdit(this);
    m_otherTags->setObjectName(QStringLiteral("noteOtherTags"));
    m_otherTags->setPlaceholderText(tr("your own tickmarks, separated by commas"));
    auto *otherLabel = new QLabel(tr("&Other tags:"), this);
    otherLabel->setBuddy(m_otherTags);
    form->addRow(otherLabel, m_otherTags);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("noteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b33a3a"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    layout->addWidget(buttons);
    m_text->setFocus();
}

QString NoteDialog::kindLabel(views::RecordKind kind)
{
    switch (kind) {
    case views::RecordKind::Runtime:
        return tr("runtime entry");
    case views::RecordKind::Ocsf:
        return tr("OCSF event");
    case views::RecordKind::Gateway:
        break;
    }
    return tr("gateway record");
}

void NoteDialog::accept()
{
    // The tags as evidence: the fixed names of the two boxes, and the auditor's own as typed.
    QStringList tags = m_otherTags->text().split(QLatin1Char(','));
    if (m_exception->isChecked())
        tags << QString::fromLatin1(annotations::ExceptionTag);
    if (m_followUp->isChecked())
        tags << QString::fromLatin1(annotations::FollowUpTag);
    try {
        m_stored = annotations::addNote(m_store, m_kind, m_recordId, m_text->toPlainText(), tags);
    } catch (const std::exception &e) {
        m_error->setText(errorMessage(e));
        m_error->show();
        return;
    }
    QDialog::accept();
}

std::optional<annotations::Note> NoteDialog::ask(WorkspaceStore &store, views::RecordKind kind,
                                                 const QString &recordId, QWidget *parent)
{
    NoteDialog dialog(store, kind, recordId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.stored();
}

} // namespace ab
