#include "ui/shell/UnsavedWorkGuard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

namespace ab {

UnsavedWorkGuard::UnsavedWorkGuard(QWidget *window, std::function<QList<DraftHolder *>()> holders)
    : m_window(window), m_holders(std::move(holders))
{
}

QString UnsavedWorkGuard::describe(const QList<UnsavedDrafts> &drafts)
{
    QStringList unsaved;
    QStringList blocked;
    int savable = 0;
    for (const UnsavedDrafts &d : drafts) {
        const int total = d.savable + d.incomplete;
        savable += d.savable;
        if (total == 0)
            continue;
        if (d.kind == UnsavedDrafts::Kind::QuestionnaireAnswers) {
            unsaved << tr("%Ln unsaved questionnaire answer(s) in package %1", nullptr, total).arg(d.where);
            if (d.incomplete > 0)
                blocked << tr("%Ln answer(s) in package %1 cannot be saved: no verdict is chosen, or an "
                              "exception has no comment",
                              nullptr, d.incomplete)
                               .arg(d.where);
        } else {
            unsaved << tr("%Ln unsaved workpaper result(s) in %1", nullptr, total).arg(d.where);
            if (d.incomplete > 0)
                blocked << tr("%Ln workpaper result(s) in %1 cannot be saved", nullptr, d.incomplete)
                               .arg(d.where);
        }
    }
    if (unsaved.isEmpty())
        return {};
    QString text = unsaved.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!blocked.isEmpty()) {
        text += QLatin1Char('\n') + blocked.join(QStringLiteral("; ")) + QLatin1Char('.') + QLatin1Char(' ');
        text += savable > 0
                    ? tr("Save All stores the complete ones and discards these; Cancel to complete them.")
                    : tr("Discard them, or Cancel to complete them.");
    }
    return text;
}

bool UnsavedWorkGuard::settle() const
{
    const QList<DraftHolder *> holders = m_holders ? m_holders() : QList<DraftHolder *>();
    QList<UnsavedDrafts> drafts;
    int savable = 0;
    for (const DraftHolder *holder : holders) {
        for (const UnsavedDrafts &d : holder->unsavedDrafts()) {
            drafts << d;
            savable += d.savable;
        }
    }
    const QString text = describe(drafts);
    if (text.isEmpty())
        return true;

    QMessageBox box(QMessageBox::Warning, tr("Unsaved work"), text, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("unsavedWorkPrompt"));
    box.setInformativeText(savable > 0 ? tr("Save All stores them as the Save buttons do (recorded in the "
                                            "activity log); Discard drops them.")
                                       : tr("Discard drops them."));
    if (savable > 0)
        box.addButton(QMessageBox::SaveAll)->setObjectName(QStringLiteral("saveAll"));
    box.addButton(QMessageBox::Discard)->setObjectName(QStringLiteral("discard"));
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    const auto answer = box.standardButton(box.clickedButton());
    if (answer == QMessageBox::SaveAll) {
        bool saved = true;
        for (DraftHolder *holder : holders)
            saved = holder->saveDrafts() && saved;
        return saved; // a failed save keeps its drafts and the window: nothing is lost silently
    }
    if (answer == QMessageBox::Discard) {
        for (DraftHolder *holder : holders)
            holder->discardDrafts();
        return true;
    }
    return false;
}

} // namespace ab
