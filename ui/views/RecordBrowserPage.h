#pragma once
// What the record pages (OCSF events, runtime entries) share around their own filter bars: the store they
// read, the rows their filter matches in a RowTableModel, the table and details pane (RecordTablePane)
// under the bar, the "n of total" label, and the jump to a record by rowid. A page builds its bar, runs its
// own queries and says what a row shows; the rest lives here once.

#include "core/views/ViewFilters.h"
#include "ui/notes/NoteActions.h"
#include "ui/views/RecordTablePane.h"
#include "ui/views/RowTableModel.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

#include <functional>
#include <vector>

class QPlainTextEdit;
class QTableView;

namespace ab {

class WorkspaceStore;

template <typename Row> class RecordBrowserPage : public QWidget
{
public:
    void setStore(const WorkspaceStore *store)
    {
        m_store = store;
        reload();
    }
    // Fills the page's choices from the store, counts its records and applies the filter.
    virtual void reload() = 0;
    // "n of total <records>", in the page's words.
    virtual QString countsText() const = 0;

    QTableView *table() const { return m_pane->table(); }
    QPlainTextEdit *details() const { return m_pane->details(); }
    int visibleCount() const { return m_model->rowCount(); }
    qint64 totalCount() const { return m_total; }
    const QList<Row> &rows() const { return m_model->rows(); }

protected:
    // How a page reads what the pane shows of a row: its JSON as stored, and its id for the auditor's note.
    struct RowSources
    {
        std::function<QByteArray(const WorkspaceStore &, const Row &)> raw;
        views::RecordKind noteKind;
        std::function<QString(const Row &)> noteId;
    };

    RecordBrowserPage(const QStringList &headers, typename RowTableModel<Row>::Cell cell, QWidget *parent)
        : QWidget(parent), m_model(new RowTableModel<Row>(headers, std::move(cell), this))
    {
    }

    // Puts `bar` above the table and details (their object names prefixed with `name`); `counts` is the bar's
    // label for countsText().
    void addTablePane(const QString &name, QWidget *bar, QLabel *counts, RowSources sources)
    {
        m_counts = counts;
        m_pane = new RecordTablePane(name, m_model, this);
        m_pane->setRawSource([this, raw = std::move(sources.raw)](int row) {
            return m_store ? raw(*m_store, m_model->row(row)) : QByteArray();
        });
        m_pane->setDetailsPrefix( // the auditor's current note on it (issue 19)
            [this, kind = sources.noteKind, id = std::move(sources.noteId)](int row) {
                return m_store ? noteDetailsText(*m_store, kind, id(m_model->row(row))) : QString();
            });
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->addWidget(bar);
        layout->addWidget(m_pane, 1);
    }

    // Shows the rows the filter matched, and their count.
    void showRows(QList<Row> rows)
    {
        m_model->setRows(std::move(rows));
        m_counts->setText(countsText());
    }

    // Selects the first of `rowIds` (the record's rows, found by the page's query), calling `clearFilter`
    // when the filter hides it; false when there is none.
    bool selectFirstOf(const std::vector<qint64> &rowIds, const std::function<void()> &clearFilter)
    {
        if (rowIds.empty())
            return false;
        return m_pane->selectRecord([&] { return rowOfRowId(*m_model, rowIds.front()); }, clearFilter);
    }

    const WorkspaceStore *m_store = nullptr;
    qint64 m_total = 0;

private:
    RowTableModel<Row> *m_model;
    RecordTablePane *m_pane = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace ab
