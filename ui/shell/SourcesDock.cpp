#include "ui/shell/SourcesDock.h"

#include "core/workspace/WorkspaceStore.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace ab {

SourcesDock::SourcesDock(QWidget *parent) : QDockWidget(tr("Sources"), parent)
{
    setObjectName(QStringLiteral("SourcesDock"));
    m_sources = new QTableWidget(0, 6, this);
    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sources->setHorizontalHeaderLabels(
        {tr("File"), tr("Format"), tr("Records"), tr("SHA-256"), tr("Imported by"), tr("Imported at")});
    m_sources->verticalHeader()->hide();
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_sources);
}

void SourcesDock::refresh(const WorkspaceStore *store)
{
    QList<SourceInfo> sources;
    try {
        if (store)
            sources = store->sources();
    } catch (const std::exception &) {
        // A damaged workspace: the dock stays empty; the workspace check at open reports the damage.
    }
    const QLocale locale;
    m_sources->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const SourceInfo &source = sources.at(row);
        auto *records = new QTableWidgetItem(locale.toString(source.records));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *hash = new QTableWidgetItem(source.sha256.left(16) + QStringLiteral("…"));
        hash->setToolTip(source.sha256);
        m_sources->setItem(row, 0, new QTableWidgetItem(source.fileName));
        m_sources->setItem(row, 1, new QTableWidgetItem(source.format));
        m_sources->setItem(row, 2, records);
        m_sources->setItem(row, 3, hash);
        m_sources->setItem(row, 4, new QTableWidgetItem(source.importedBy));
        m_sources->setItem(row, 5, new QTableWidgetItem(source.importedAt));
    }
    m_sources->resizeColumnsToContents();
    setWindowTitle(sources.isEmpty() ? tr("Sources")
                                     : tr("Sources (%1)").arg(QLocale().toString(sources.size())));
}

} // namespace ab
