#include "ui/auditlog/AuditLogView.h"

#include "ui/notes/NoteActions.h"

#include "core/workspace/RecordExport.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogTableMenus.h"
#include "ui/auditlog/EventCharts.h"
#include "ui/common/FilterBar.h"
#include "ui/views/PeriodFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ab {

QToolButton *AuditLogView::makeListingButton(QWidget *parent)
{
    // The filtered records on paper (issue 13): the evidence listing, printed, previewed or exported.
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("listingButton"));
    button->setText(tr("Listin&g"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    const QList<QPair<QString, ReportMode>> modes = {{tr("Print Listing…"), ReportMode::Print},
                                                     {tr("Preview Listing…"), ReportMode::Preview},
                                                     {tr("Export Listing as PDF…"), ReportMode::Pdf}};
    for (const auto &[text, mode] : modes)
        connect(menu->addAction(text), &QAction::triggered, this,
                [this, mode = mode]() { emit listingRequested(mode); });
    button->setMenu(menu);
    return button;
}

AuditLogView::AuditLogView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditLogView"));
    m_model = new AuditLogModel(this);

    // A flow of label-and-field groups that wraps on a narrow window (issue 19); the insertion order is
    // the row-wise tab order, and every label's mnemonic reaches its field.
    auto *bar = new FilterBar(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    m_framework = bar->newComboBox(QStringLiteral("filterFramework"), 12);
    m_action = bar->newComboBox(QStringLiteral("filterAction"), 12);
    m_category = bar->newComboBox(QStringLiteral("filterCategory"), 12);
    m_user = bar->newComboBox(QStringLiteral("filterUser"), 12);
    m_user->setEditable(true);
    m_user->lineEdit()->setPlaceholderText(tr("any user"));
    m_entityTypes = bar->newLineEdit(QStringLiteral("filterEntityTypes"), tr("e.g. email,ssn"));
    m_text = bar->newLineEdit(QStringLiteral("filterText"), tr("Search the records' JSON…"));
    // The shared period of the record pages (typed ISO dates, the Range menu's quick ranges), issue 19.
    m_period = new PeriodFilter(bar);
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_period->checkBox()->setObjectName(QStringLiteral("filterPeriodEnabled"));
    auto *clear = new QPushButton(tr("C&lear filters"), bar);
    // Sample… draws from exactly what the table shows (ui/analytics/SampleDialog, through the window).
    auto *sample = new QPushButton(tr("Sa&mple…"), bar);
    sample->setObjectName(QStringLiteral("sampleFiltered"));
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("recordCounts"));
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    bar->addField(tr("F&ramework:"), m_framework);
    bar->addField(tr("Ac&tion:"), m_action);
    bar->addField(tr("&Category:"), m_category);
    bar->addField(tr("&Entity types:"), m_entityTypes);
    bar->addField(tr("&User:"), m_user);
    bar->addGroup({m_period});
    bar->addField(tr("&Search:"), m_text);
    bar->addGroup({clear, sample, makeListingButton(bar), m_counts});
    bar->finish();
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 40);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<QPair<int, QString>> widths = {
        {AuditLogModel::TimeColumn, QStringLiteral("2025-12-31T23:59:59.999Z")},
        {AuditLogModel::CategoryColumn, QStringLiteral("authentication")},
        {AuditLogModel::ActionColumn, QStringLiteral("prompt_hold_approve")},
        {AuditLogModel::FrameworkColumn, QStringLiteral("Framework ")},
        {AuditLogModel::EntityTypeColumn, QStringLiteral("medical_record")},
        {AuditLogModel::UserColumn, QStringLiteral("frank.kowalski@example.com")},
        {AuditLogModel::PolicyColumn, QStringLiteral("PCI-DSS-Standard")},
        {AuditLogModel::RecordIdColumn, QStringLiteral("evt_01JGFPDFCC6DVGV45NZ8BKWM3Q")},
        {AuditLogModel::SequenceColumn, QStringLiteral("1000000 ")}};
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 12);
    // The header's column chooser (remembered) and the rows' export menu.
    m_tableMenus = new AuditLogTableMenus(m_table);
    connect(m_tableMenus, &AuditLogTableMenus::exportRequested, this,
            [this] { emit exportRequested(m_model->filter()); });
    connect(m_tableMenus, &AuditLogTableMenus::ocsfExportRequested, this,
            [this] { emit ocsfExportRequested(m_model->filter()); });

    m_charts = new EventCharts(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditLogTabs"));
    m_tabs->addTab(m_table, tr("Records"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(bar);
    layout->addWidget(m_tabs, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AuditLogView::applyFilter);
    auto schedule = [this]() {
        if (!m_filling)
            m_debounce.start();
    };
    for (QComboBox *combo : {m_framework, m_action, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, schedule);
    connect(m_user, &QComboBox::currentTextChanged, this, schedule);
    connect(m_entityTypes, &QLineEdit::textChanged, this, schedule);
    connect(m_text, &QLineEdit::textChanged, this, schedule);
    connect(m_period, &PeriodFilter::changed, this, schedule);
    connect(clear, &QPushButton::clicked, this, &AuditLogView::clearFilter);
    connect(sample, &QPushButton::clicked, this, [this] { emit sampleRequested(m_model->filter()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_charts->update(m_store, m_model->filter());
    });
    connect(m_model, &AuditLogModel::countsChanged, this, [this]() { m_counts->setText(countsText()); });
    connect(m_charts, &EventCharts::readFailed, this, [this](const QString &message) {
        emit issuesReported(
            {Issue::error(Issue::Origin::Workspace, tr("The charts could not be drawn: %1").arg(message))});
    });
    connect(m_model, &AuditLogModel::filterFailed, this, [this](const QString &message) {
        emit issuesReported({Issue::error(Issue::Origin::Workspace,
                                          tr("The audit log filter could not be applied: %1").arg(message))});
    });
    connect(m_model, &AuditLogModel::filteringChanged, this, [this](bool filtering) {
        m_counts->setText(countsText());
        if (!filtering)
            restoreSelection();
    });
    // The table keeps one selection model across model resets.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentRecordChanged(current.isValid() ? m_model->rowIdAt(current.row()) : 0);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() { emit currentRecordChanged(0); });
    m_counts->setText(countsText());
}

void AuditLogView::setStore(const WorkspaceStore *store)
{
    m_store = store;
    m_filling = true;
    m_framework->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_user->setCurrentText({});
    m_entityTypes->clear();
    m_text->clear();
    m_period->setPeriod(std::nullopt, std::nullopt);
    m_filling = false;
    fillChoices();
    m_model->setStore(store);
    if (m_tabs->currentIndex() == 1)
        m_charts->update(m_store, m_model->filter());
}

void AuditLogView::reload()
{
    fillChoices();
    m_model->refresh();
    if (m_tabs->currentIndex() == 1)
        m_charts->update(m_store, m_model->filter());
}

void AuditLogView::fillChoices()
{
    m_filling = true;
    auto fill = [this](QComboBox *combo, const QString &column, const QString &any) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(any, QString());
        try {
            for (const QString &value : m_store ? m_store->distinctValues(column) : QStringList())
                combo->addItem(value, value);
        } catch (const std::exception &) {
            // A damaged workspace: the choices stay "any"; reading the records reports the error.
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    fill(m_framework, QStringLiteral("framework"), tr("any"));
    fill(m_action, QStringLiteral("action"), tr("any"));
    fill(m_category, QStringLiteral("category"), tr("any"));
    const QString user = m_user->currentText();
    m_user->clear();
    try {
        if (m_store)
            m_user->addItems(m_store->distinctValues(QStringLiteral("user_email")));
    } catch (const std::exception &) {
    }
    m_user->setCurrentText(user);
    m_filling = false;
}

AuditFilter AuditLogView::currentFilter() const
{
    AuditFilter filter;
    auto single = [](const QComboBox *combo) {
        const QString value = combo->currentData().toString();
        return value.isEmpty() ? QStringList() : QStringList{value};
    };
    filter.frameworks = single(m_framework);
    filter.actions = single(m_action);
    filter.categories = single(m_category);
    for (const QString &type : m_entityTypes->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!type.trimmed().isEmpty())
            filter.entityTypes << type.trimmed();
    }
    filter.user = m_user->currentText().trimmed();
    filter.text = m_text->text();
    // The period applied is the one shown, to the second; the last second shown counts whole.
    filter.start = m_period->start();
    filter.end = m_period->end();
    if (filter.start)
        filter.start->nanos = 0;
    if (filter.end)
        filter.end->nanos = 999999999;
    return filter;
}

void AuditLogView::setFilter(const AuditFilter &filter)
{
    m_filling = true;
    auto select = [](QComboBox *combo, const QStringList &values) {
        combo->setCurrentIndex(values.isEmpty() ? 0 : qMax(0, combo->findData(values.constFirst())));
    };
    select(m_framework, filter.frameworks);
    select(m_action, filter.actions);
    select(m_category, filter.categories);
    m_entityTypes->setText(filter.entityTypes.join(QLatin1Char(',')));
    m_user->setCurrentText(filter.user);
    m_text->setText(filter.text);
    m_period->setPeriod(filter.start, filter.end);
    m_filling = false;
    applyFilter();
}

void AuditLogView::applyFilter()
{
    m_debounce.stop();
    const qint64 selected = currentRowId();
    if (selected)
        m_keepSelected = selected;
    m_model->setFilter(currentFilter());
    if (m_tabs->currentIndex() == 1)
        m_charts->update(m_store, m_model->filter());
    if (!m_model->isFiltering())
        restoreSelection();
}

void AuditLogView::restoreSelection()
{
    // Keep the selected record in view when it is still visible.
    const int row = m_keepSelected ? m_model->rowOfRowId(m_keepSelected) : -1;
    m_keepSelected = 0;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
}

void AuditLogView::clearFilter()
{
    setFilter({});
}

QString AuditLogView::countsText() const
{
    const QLocale locale;
    if (m_model->isFiltering())
        return tr("Searching %1 records…").arg(locale.toString(m_model->totalCount()));
    if (!m_model->filterError().isEmpty())
        return tr("Filter failed (see Issues): %1 records not searched")
            .arg(locale.toString(m_model->totalCount()));
    return tr("%1 of %2 records")
        .arg(locale.toString(m_model->visibleCount()), locale.toString(m_model->totalCount()));
}

bool AuditLogView::showRecord(const QString &recordId)
{
    const qint64 rowId = m_model->findRecord(recordId);
    if (rowId == 0)
        return false;
    int row = m_model->rowOfRowId(rowId);
    if (row < 0) {
        clearFilter();
        row = m_model->rowOfRowId(rowId);
    }
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, AuditLogModel::TimeColumn));
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

qint64 AuditLogView::currentRowId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->visibleCount() ? m_model->rowIdAt(current.row()) : 0;
}

QString AuditLogView::recordDetails(qint64 rowId) const
{
    if (!m_store || rowId == 0)
        return {};
    const std::optional<GatewayRecordRow> row = m_store->recordRow(rowId);
    const QByteArray raw = m_store->rawRecord(rowId);
    const QJsonObject object = QJsonDocument::fromJson(raw).object();
    QString text;
    text += tr("Record %1").arg(row ? row->recordId : QString()) + QLatin1Char('\n');
    if (row)
        text += tr("Source: %1, record %2 of the file").arg(row->sourceFile).arg(row->ordinal + 1) +
                QLatin1Char('\n');
    if (row) // the auditor's current note on it (issue 19)
        text += QLatin1Char('\n') + noteDetailsText(*m_store, views::RecordKind::Gateway, row->recordId);
    text += QLatin1Char('\n') + tr("Chain fields") + QLatin1Char('\n');
    for (const char *field : {"sequence", "hmac_key_id", "previous_hmac", "hmac"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        const QString shown = value.isDouble()   ? QString::number(value.toDouble(), 'f', 0)
                              : value.isString() ? value.toString()
                                                 : tr("(missing)");
        text += QStringLiteral("  %1: %2\n").arg(QLatin1String(field), -14).arg(shown);
    }
    text += QLatin1Char('\n') + tr("Record as imported") + QLatin1Char('\n');
    // Pretty-printed for reading; the exact bytes are what export and verification use.
    const QJsonDocument document = QJsonDocument::fromJson(raw);
    text += document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
                                : QString::fromUtf8(raw);
    return text;
}

void AuditLogView::focusFilter()
{
    m_tabs->setCurrentIndex(0);
    m_text->setFocus();
    m_text->selectAll();
}

qint64 AuditLogView::exportRecords(const WorkspaceStore &store, const AuditFilter &filter,
                                   const QString &path, bool json)
{
    return RecordExport::writeFile(store, filter, json ? RecordExportFormat::Json : RecordExportFormat::Csv,
                                   path)
        .records;
}

} // namespace ab
