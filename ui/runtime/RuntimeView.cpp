#include "ui/runtime/RuntimeView.h"

#include "core/workspace/WorkspaceStore.h"
#include "ui/common/FilterBar.h"
#include "ui/views/PeriodFilter.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ab {

RuntimeView::RuntimeView(QWidget *parent)
    : RecordBrowserPage(
          {tr("Time"), tr("Agent"), tr("Action type"), tr("Connector"), tr("Operation"), tr("Decision"),
           tr("Risk"), tr("Actor"), tr("Entry id"), tr("Sequence"), tr("Source")},
          [](const views::RuntimeEntryRow &row, int column, int role) -> QVariant {
              if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                  return cellText(row, column);
              if (role == Qt::ForegroundRole && column == DecisionColumn &&
                  row.decision == QLatin1String("deny"))
                  return QColor(0xc5, 0x22, 0x1f);
              return {};
          },
          parent)
{
    setObjectName(QStringLiteral("runtimeView"));

    auto *bar = new FilterBar(this);
    m_agent = bar->newComboBox(QStringLiteral("runtimeAgent"), 14);
    m_actionType = bar->newComboBox(QStringLiteral("runtimeActionType"), 14);
    m_connector = bar->newComboBox(QStringLiteral("runtimeConnector"), 14);
    m_decision = bar->newComboBox(QStringLiteral("runtimeDecision"), 14);
    m_period = new PeriodFilter(bar);
    auto *counts = new QLabel(bar);
    counts->setObjectName(QStringLiteral("runtimeCounts"));
    auto *clear = new QPushButton(tr("C&lear filters"), bar);
    bar->addField(tr("A&gent:"), m_agent);
    bar->addField(tr("Action &type:"), m_actionType);
    bar->addField(tr("&Connector:"), m_connector);
    bar->addField(tr("&Decision:"), m_decision);
    bar->addGroup({m_period});
    bar->addGroup({clear, counts});
    bar->finish();

    addTablePane(QStringLiteral("runtime"), bar, counts,
                 {[](const WorkspaceStore &store, const views::RuntimeEntryRow &row) {
                      return views::RuntimeQueries(store).rawEntry(row.rowId);
                  },
                  views::RecordKind::Runtime, [](const views::RuntimeEntryRow &row) { return row.entryId; }});

    for (QComboBox *c : {m_agent, m_actionType, m_connector, m_decision})
        connect(c, &QComboBox::currentIndexChanged, this, &RuntimeView::applyFilter);
    connect(m_period, &PeriodFilter::changed, this, &RuntimeView::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this]() { setFilter({}); });
    reload();
}

RuntimeView::~RuntimeView() = default;

void RuntimeView::fillChoices()
{
    const QList<QPair<QComboBox *, QString>> choices = {{m_agent, QStringLiteral("agent_id")},
                                                        {m_actionType, QStringLiteral("action_type")},
                                                        {m_connector, QStringLiteral("connector")},
                                                        {m_decision, QStringLiteral("decision")}};
    QHash<QString, QString> agentNames;
    if (m_store)
        for (const AgentInfo &a : m_store->agents())
            agentNames.insert(a.agentId, a.name);
    for (const auto &[box, column] : choices) {
        const QSignalBlocker block(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(tr("(any)"), QString());
        if (m_store) {
            for (const QString &value : views::RuntimeQueries(*m_store).distinctValues(column)) {
                const QString name = box == m_agent ? agentNames.value(value) : QString();
                box->addItem(name.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(name, value), value);
            }
        }
        const int index = box->findData(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void RuntimeView::reload()
{
    fillChoices();
    m_total = m_store ? views::RuntimeQueries(*m_store).count() : 0;
    applyFilter();
}

views::RuntimeFilter RuntimeView::currentFilter() const
{
    views::RuntimeFilter f;
    const auto pick = [](QComboBox *box, QStringList &into) {
        if (const QString v = box->currentData().toString(); !v.isEmpty())
            into << v;
    };
    pick(m_agent, f.agentIds);
    pick(m_actionType, f.actionTypes);
    pick(m_connector, f.connectors);
    pick(m_decision, f.decisions);
    f.start = m_period->start();
    f.end = m_period->end();
    return f;
}

void RuntimeView::setFilter(const views::RuntimeFilter &f)
{
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_agent), QSignalBlocker(m_actionType),
                                         QSignalBlocker(m_connector), QSignalBlocker(m_decision),
                                         QSignalBlocker(m_period)};
        const auto set = [](QComboBox *box, const QStringList &values) {
            const int index = values.isEmpty() ? 0 : box->findData(values.front());
            box->setCurrentIndex(index < 0 ? 0 : index);
        };
        set(m_agent, f.agentIds);
        set(m_actionType, f.actionTypes);
        set(m_connector, f.connectors);
        set(m_decision, f.decisions);
        m_period->setPeriod(f.start, f.end);
    }
    applyFilter();
}

void RuntimeView::applyFilter()
{
    showRows(m_store ? views::RuntimeQueries(*m_store).rows(currentFilter())
                     : QList<views::RuntimeEntryRow>());
}

bool RuntimeView::showEntry(const QString &entryId)
{
    return m_store &&
           selectFirstOf(views::RuntimeQueries(*m_store).rowIdsOfEntryId(entryId), [this] { setFilter({}); });
}

QString RuntimeView::countsText() const
{
    return tr("%1 of %Ln entry(s)", nullptr, int(m_total)).arg(QLocale().toString(visibleCount()));
}

QString RuntimeView::cellText(const views::RuntimeEntryRow &row, int column)
{
    switch (column) {
    case TimeColumn:
        return row.timestamp;
    case AgentColumn:
        return row.agentName.isEmpty() ? row.agentId : row.agentName;
    case ActionTypeColumn:
        return row.actionType;
    case ConnectorColumn:
        return row.connector;
    case OperationColumn:
        return row.operation;
    case DecisionColumn:
        return row.decision;
    case RiskColumn:
        return row.riskScore;
    case ActorColumn:
        return row.actor;
    case EntryIdColumn:
        return row.entryId;
    case SequenceColumn:
        return row.sequence ? QString::number(*row.sequence) : QString();
    case SourceColumn:
        return row.sourceFile;
    default:
        return {};
    }
}

} // namespace ab
