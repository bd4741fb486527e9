#include "ui/ocsf/OcsfView.h"

#include "core/workspace/WorkspaceStore.h"
#include "ui/common/FilterBar.h"
#include "ui/views/PeriodFilter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace ab {

namespace {

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &v : text.split(QLatin1Char(',')))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

} // namespace

OcsfView::OcsfView(QWidget *parent)
    : RecordBrowserPage(
          {tr("Time (UTC)"), tr("Class"), tr("Activity"), tr("Action"), tr("Framework reference"),
           tr("Entity type"), tr("User"), tr("Policy"), tr("metadata.uid"), tr("Source")},
          [](const views::OcsfEventRow &row, int column, int role) -> QVariant {
              if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                  return cellText(row, column);
              return {};
          },
          parent)
{
    setObjectName(QStringLiteral("ocsfView"));

    auto *bar = new FilterBar(this);
    m_class = bar->newComboBox(QStringLiteral("ocsfClass"));
    m_activity = bar->newLineEdit(QStringLiteral("ocsfActivity"), tr("id or name, e.g. 1,dlp_block"));
    m_frameworkReference =
        bar->newLineEdit(QStringLiteral("ocsfFrameworkReference"), tr("contains, e.g. Requirement 3"));
    m_entityTypes = bar->newLineEdit(QStringLiteral("ocsfEntityTypes"), tr("e.g. credit_card,ssn"));
    m_actions = bar->newLineEdit(QStringLiteral("ocsfActions"), tr("e.g. block"));
    m_user = bar->newLineEdit(QStringLiteral("ocsfUser"), tr("e-mail, uid or name"));
    m_period = new PeriodFilter(bar);
    auto *counts = new QLabel(bar);
    counts->setObjectName(QStringLiteral("ocsfCounts"));
    auto *clear = new QPushButton(tr("C&lear filters"), bar);
    bar->addField(tr("&Class:"), m_class);
    bar->addField(tr("Ac&tivity:"), m_activity);
    bar->addField(tr("Framework &reference:"), m_frameworkReference);
    bar->addField(tr("&Entity types:"), m_entityTypes);
    bar->addField(tr("Acti&on:"), m_actions);
    bar->addField(tr("&User:"), m_user);
    bar->addGroup({m_period});
    bar->addGroup({clear, counts});
    bar->finish();

    addTablePane(QStringLiteral("ocsf"), bar, counts,
                 {[](const WorkspaceStore &store, const views::OcsfEventRow &row) {
                      return views::OcsfQueries(store).rawEvent(row.rowId);
                  },
                  views::RecordKind::Ocsf, [](const views::OcsfEventRow &row) { return row.uid; }});

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &OcsfView::applyFilter);
    for (QLineEdit *e : {m_activity, m_frameworkReference, m_entityTypes, m_actions, m_user})
        connect(e, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_class, &QComboBox::currentIndexChanged, this, &OcsfView::applyFilter);
    connect(m_period, &PeriodFilter::changed, this, &OcsfView::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this]() { setFilter({}); });
    reload();
}

OcsfView::~OcsfView() = default;

void OcsfView::fillClasses()
{
    const QSignalBlocker block(m_class);
    const QVariant current = m_class->currentData();
    m_class->clear();
    m_class->addItem(tr("All classes"), 0);
    if (m_store)
        for (int uid : views::OcsfQueries(*m_store).classUids())
            m_class->addItem(QStringLiteral("%1 %2").arg(uid).arg(views::OcsfQueries::classNameOf(uid)), uid);
    const int index = m_class->findData(current);
    m_class->setCurrentIndex(index < 0 ? 0 : index);
}

void OcsfView::reload()
{
    fillClasses();
    m_total = m_store ? views::OcsfQueries(*m_store).count() : 0;
    applyFilter();
}

views::OcsfFilter OcsfView::currentFilter() const
{
    views::OcsfFilter f;
    if (const int uid = m_class->currentData().toInt(); uid != 0)
        f.classUids << uid;
    f.activities = commaList(m_activity->text());
    f.frameworkReference = m_frameworkReference->text().trimmed();
    f.entityTypes = commaList(m_entityTypes->text());
    f.actions = commaList(m_actions->text());
    f.user = m_user->text().trimmed();
    f.start = m_period->start();
    f.end = m_period->end();
    return f;
}

void OcsfView::setFilter(const views::OcsfFilter &f)
{
    {
        const QSignalBlocker blocks[] = {
            QSignalBlocker(m_class),       QSignalBlocker(m_activity), QSignalBlocker(m_frameworkReference),
            QSignalBlocker(m_entityTypes), QSignalBlocker(m_actions),  QSignalBlocker(m_user),
            QSignalBlocker(m_period)};
        const int index = m_class->findData(f.classUids.isEmpty() ? 0 : f.classUids.front());
        m_class->setCurrentIndex(index < 0 ? 0 : index);
        m_activity->setText(f.activities.join(QLatin1Char(',')));
        m_frameworkReference->setText(f.frameworkReference);
        m_entityTypes->setText(f.entityTypes.join(QLatin1Char(',')));
        m_actions->setText(f.actions.join(QLatin1Char(',')));
        m_user->setText(f.user);
        m_period->setPeriod(f.start, f.end);
    }
    applyFilter();
}

void OcsfView::applyFilter()
{
    m_debounce.stop();
    showRows(m_store ? views::OcsfQueries(*m_store).rows(currentFilter()) : QList<views::OcsfEventRow>());
}

bool OcsfView::showEvent(const QString &uid)
{
    return m_store && selectFirstOf(views::OcsfQueries(*m_store).rowIdsOfUid(uid), [this] { setFilter({}); });
}

QString OcsfView::countsText() const
{
    return tr("%1 of %Ln event(s)", nullptr, int(m_total)).arg(QLocale().toString(visibleCount()));
}

QString OcsfView::cellText(const views::OcsfEventRow &row, int column)
{
    switch (column) {
    case TimeColumn:
        return msText(row.timeMs);
    case ClassColumn:
        return QStringLiteral("%1 %2").arg(row.classUid).arg(row.className);
    case ActivityColumn:
        return row.activity;
    case ActionColumn:
        return row.action;
    case FrameworkReferenceColumn:
        return row.frameworkReference;
    case EntityTypeColumn:
        return row.entityType;
    case UserColumn:
        return row.user;
    case PolicyColumn:
        return row.policyName;
    case UidColumn:
        return row.uid;
    case SourceColumn:
        return row.sourceFile;
    default:
        return {};
    }
}

} // namespace ab
