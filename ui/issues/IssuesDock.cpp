#include "ui/issues/IssuesDock.h"

#include "ui/issues/IssueModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ab {

IssuesDock::IssuesDock(QWidget *parent) : QDockWidget(tr("Issues"), parent)
{
    setObjectName(QStringLiteral("IssuesDock"));
    m_model = new IssueModel(this);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolbar = new QToolBar(body);
    toolbar->setIconSize(QSize(16, 16));
    QAction *jump = toolbar->addAction(tr("Jump to"));
    jump->setToolTip(tr("Show the record, run or file this issue is about"));
    QAction *clear = toolbar->addAction(tr("Clear"));
    clear->setToolTip(tr("Remove every issue from this list"));
    layout->addWidget(toolbar);

    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("issuesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(IssueModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(IssueModel::SeverityColumn, 100);
    m_view->setColumnWidth(IssueModel::OriginColumn, 90);
    m_view->setColumnWidth(IssueModel::LocationColumn, 220);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Tab moves on to the next control instead of walking the cells (keyboard-first, issue 19).
    m_view->setTabKeyNavigation(false);
    // Room for two rows however small the window is made; the dock never demands more than that.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 2 +
                             m_view->horizontalHeader()->sizeHint().height());
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(jump, &QAction::triggered, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            activate(current.row());
    });
    connect(clear, &QAction::triggered, m_model, &IssueModel::clearAll);
    connect(m_model, &IssueModel::countsChanged, this, &IssuesDock::updateTitle);
    // What just happened is what the auditor wants to read: new rows are scrolled into view, the first of
    // a batch at the top, instead of sitting below the dock's few visible rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int) {
        // Queued: the view's scroll range grows with the rows only once it has laid them out.
        QMetaObject::invokeMethod(
            this,
            [this, first]() {
                m_view->scrollTo(m_model->index(first, IssueModel::MessageColumn),
                                 QAbstractItemView::PositionAtTop);
            },
            Qt::QueuedConnection);
    });
}

void IssuesDock::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const JumpTarget target = m_model->issue(row).target;
    if (target.isValid())
        emit jumpRequested(target);
}

void IssuesDock::updateTitle()
{
    const int errors = m_model->count(Issue::Severity::Error);
    const int warnings = m_model->count(Issue::Severity::Warning);
    if (errors == 0 && warnings == 0)
        setWindowTitle(tr("Issues"));
    else
        setWindowTitle(tr("Issues (%1 errors, %2 warnings)")
                           .arg(QLocale().toString(errors), QLocale().toString(warnings)));
}

} // namespace ab
