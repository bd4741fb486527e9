#include "ui/overview/OverviewPage.h"

#include "core/annotations/NoteStore.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/notes/NoteDialog.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ab {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false); // Tab leaves the table
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Open or create a workspace to see the engagement's overview."), this);
    m_empty->setObjectName(QStringLiteral("overviewEmpty"));
    layout->addWidget(m_empty);
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("overviewSections"));
    m_sections->addTab(makeSummary(), tr("Summary"));
    m_sections->addTab(makeNotes(), tr("Notes"));
    m_sections->addTab(makeActivity(), tr("Activity Log"));
    layout->addWidget(m_sections, 1);
    reload();
}

QWidget *OverviewPage::makeSummary()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *figures = new QGroupBox(tr("Engagement"), page);
    auto *grid = new QGridLayout(figures);
    const QList<QPair<QString, QString>> names{
        {QStringLiteral("sources"), tr("Sources")},
        {QStringLiteral("gatewayRecords"), tr("Gateway records")},
        {QStringLiteral("runtimeEntries"), tr("Runtime entries")},
        {QStringLiteral("ocsfEvents"), tr("OCSF events")},
        {QStringLiteral("packages"), tr("Packages")},
        {QStringLiteral("evidencePacks"), tr("Evidence packs")},
        {QStringLiteral("samples"), tr("Samples")},
        {QStringLiteral("workpapers"), tr("Workpapers")},
        {QStringLiteral("openNotes"), tr("Open notes")},
    };
    for (int i = 0; i < names.size(); ++i) {
        auto *value = new QLabel(figures);
        value->setObjectName(QStringLiteral("figure_") + names[i].first);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(new QLabel(names[i].second + QLatin1Char(':'), figures), i / 3, (i % 3) * 2);
        grid->addWidget(value, i / 3, (i % 3) * 2 + 1);
        m_figures << value;
    }
    layout->addWidget(figures);
    layout->addWidget(new QLabel(tr("Verification: the newest run of each chain"), page));
    m_chains = makeTable(QStringLiteral("overviewChains"),
                         {tr("Chain"), tr("Run"), tr("Verified at"), tr("By"), tr("Verdict"), tr("Events"),
                          tr("Period"), tr("Coverage")},
                         page);
    layout->addWidget(m_chains, 1);
    layout->addWidget(new QLabel(tr("Sources"), page));
    m_sources =
        makeTable(QStringLiteral("overviewSources"),
                  {tr("File"), tr("Format"), tr("Records"), tr("Imported"), tr("By"), tr("SHA-256")}, page);
    layout->addWidget(m_sources, 2);
    return page;
}

QWidget *OverviewPage::makeNotes()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_tagFilter = new QComboBox(page);
    m_tagFilter->setObjectName(QStringLiteral("noteTagFilter"));
    auto *tagLabel = new QLabel(tr("&Tag:"), page);
    tagLabel->setBuddy(m_tagFilter);
    m_noteText = new QLineEdit(page);
    m_noteText->setObjectName(QStringLiteral("noteTextFilter"));
    m_noteText->setClearButtonEnabled(true);
    m_noteText->setPlaceholderText(tr("record id or words of the note"));
    auto *textLabel = new QLabel(tr("&Search:"), page);
    textLabel->setBuddy(m_noteText);
    bar->addWidget(tagLabel);
    bar->addWidget(m_tagFilter);
    bar->addWidget(textLabel);
    bar->addWidget(m_noteText, 1);
    layout->addLayout(bar);
    m_notes = makeTable(QStringLiteral("overviewNotes"),
                        {tr("Kind"), tr("Record"), tr("Tags"), tr("Note"), tr("By"), tr("At")}, page);
    layout->addWidget(m_notes, 1);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &OverviewPage::fillNotes);
    connect(m_noteText, &QLineEdit::textChanged, this, &OverviewPage::fillNotes);
    return page;
}

QWidget *OverviewPage::makeActivity()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_activityStatus = new QLabel(page);
    m_activityStatus->setObjectName(QStringLiteral("activityStatus"));
    m_activityStatus->setWordWrap(true);
    layout->addWidget(m_activityStatus);
    auto *bar = new QHBoxLayout;
    m_activityText = new QLineEdit(page);
    m_activityText->setObjectName(QStringLiteral("activityFilter"));
    m_activityText->setClearButtonEnabled(true);
    m_activityText->setPlaceholderText(tr("action, user or words of the details"));
    auto *label = new QLabel(tr("F&ilter:"), page);
    label->setBuddy(m_activityText);
    bar->addWidget(label);
    bar->addWidget(m_activityText, 1);
    layout->addLayout(bar);
    m_activity = makeTable(QStringLiteral("overviewActivity"),
                           {tr("Row"), tr("At"), tr("User"), tr("Action"), tr("Details")}, page);
    layout->addWidget(m_activity, 1);
    connect(m_activityText, &QLineEdit::textChanged, this, &OverviewPage::fillActivity);
    return page;
}

void OverviewPage::setStore(const WorkspaceStore *store)
{
    m_store = store;
    reload();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // notes, runs and the log may have grown on other pages
}

QLabel *OverviewPage::figure(const QString &name) const
{
    return findChild<QLabel *>(QStringLiteral("figure_") + name);
}

void OverviewPage::reload()
{
    m_overview =
        m_store ? annotations::EngagementOverview::read(*m_store) : annotations::EngagementOverview{};
    m_empty->setVisible(!m_store);
    m_sections->setEnabled(m_store != nullptr);
    const QString tag = m_tagFilter->currentData().toString();
    {
        const QSignalBlocker block(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("All tags"), QString());
        for (auto it = m_overview.openNotesByTag.cbegin(); it != m_overview.openNotesByTag.cend(); ++it)
            m_tagFilter->addItem(tr("%1 (%2)").arg(it.key(), QLocale().toString(it.value())), it.key());
        m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    }
    fillSummary();
    fillNotes();
    fillActivity();
}

void OverviewPage::fillSummary()
{
    const annotations::EngagementOverview &o = m_overview;
    const QLocale locale;
    const QList<qint64> values{
        qint64(o.sources.size()), o.gatewayRecords, o.runtimeEntries, o.ocsfEvents, o.packages,
        o.evidencePacks,          o.samples,        o.workpapers,     o.openNotes};
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures[i]->setText(m_store ? locale.toString(values[i]) : QString());

    m_chains->setRowCount(int(o.chains.size()));
    for (int r = 0; r < o.chains.size(); ++r) {
        const annotations::ChainStatus &c = o.chains[r];
        const QString verdict = c.errorCount > 0 ? tr("%Ln error(s)", nullptr, int(c.errorCount))
                                : c.macsVerified ? tr("intact, every MAC verified")
                                                 : tr("linkage intact, MACs not verified");
        const QString period = c.periodStart || c.periodEnd
                                   ? tr("%1 – %2").arg(c.periodStart.value_or(QStringLiteral("…")),
                                                       c.periodEnd.value_or(QStringLiteral("…")))
                                   : tr("all records");
        const QString coverage = c.coverageComplete ? tr("complete")
                                 : c.gapCount > 0   ? tr("incomplete: %Ln gap(s)", nullptr, int(c.gapCount))
                                                    : tr("incomplete");
        setRow(m_chains, r,
               {c.scope, QString::number(c.runId), c.runAt, c.runBy, verdict,
                locale.toString(c.eventsChecked), period, coverage});
        const QColor tone = c.errorCount > 0                       ? QColor(0xb3, 0x3a, 0x3a)
                            : c.macsVerified && c.coverageComplete ? QColor(0x3b, 0x8f, 0x5a)
                                                                   : QColor(0xd9, 0x82, 0x2b);
        m_chains->item(r, 4)->setForeground(tone);
    }
    m_sources->setRowCount(int(o.sources.size()));
    for (int r = 0; r < o.sources.size(); ++r) {
        const SourceInfo &s = o.sources[r];
        setRow(m_sources, r,
               {s.fileName, s.format, locale.toString(s.records), s.importedAt, s.importedBy, s.sha256});
    }
    m_sources->resizeColumnsToContents();
}

void OverviewPage::fillNotes()
{
    m_notes->setRowCount(0);
    if (!m_store)
        return;
    annotations::NoteFilter filter;
    filter.tag = m_tagFilter->currentData().toString();
    const QString words = m_noteText->text().trimmed();
    int row = 0;
    for (const annotations::Note &n : annotations::notes(*m_store, filter)) {
        if (!words.isEmpty() && !n.recordId.contains(words, Qt::CaseInsensitive) &&
            !n.text.contains(words, Qt::CaseInsensitive))
            continue;
        m_notes->insertRow(row);
        setRow(m_notes, row,
               {NoteDialog::kindLabel(n.kind), n.recordId, n.tags.join(QStringLiteral(", ")), n.text,
                n.createdBy, n.createdAt});
        ++row;
    }
}

void OverviewPage::fillActivity()
{
    const annotations::EngagementOverview &o = m_overview;
    const ActivityLogCheck &check = o.activityCheck;
    if (!m_store)
        m_activityStatus->clear();
    else if (check.intact)
        m_activityStatus->setText(tr("Hash chain intact: %Ln row(s) checked, as log --verify checks them.",
                                     nullptr, int(check.rows)));
    else
        m_activityStatus->setText(
            tr("Hash chain broken at row %1: %2").arg(check.firstBrokenSeq).arg(check.message));
    m_activityStatus->setStyleSheet(check.intact ? QString() : QStringLiteral("color: #b33a3a"));
    const QString words = m_activityText->text().trimmed();
    m_activity->setRowCount(0);
    int row = 0;
    for (const ActivityEntry &e : o.activity) {
        const QString details = QString::fromUtf8(e.details);
        if (!words.isEmpty() && !e.action.contains(words, Qt::CaseInsensitive) &&
            !e.user.contains(words, Qt::CaseInsensitive) && !details.contains(words, Qt::CaseInsensitive))
            continue;
        m_activity->insertRow(row);
        setRow(m_activity, row, {QString::number(e.seq), e.at, e.user, e.action, details});
        ++row;
    }
}

} // namespace ab
