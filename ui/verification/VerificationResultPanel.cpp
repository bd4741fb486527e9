#include "ui/verification/VerificationResultPanel.h"

#include "ui/verification/VerdictBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

namespace {
constexpr int RecordIdRole = Qt::UserRole + 1;
constexpr int EventRole = Qt::UserRole + 2;

QString shortHash(const QString &hex)
{
    return hex.size() > 20 ? hex.left(16) + QStringLiteral("…") : hex;
}
} // namespace

VerificationResultPanel::VerificationResultPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_banner = new VerdictBanner(this);
    layout->addWidget(m_banner);
    m_summaryBox = new QGroupBox(tr("Result"), this);
    m_summary = new QFormLayout(m_summaryBox);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_summaryBox);
    m_summaryBox->setVisible(false);
    auto *errorsRow = new QHBoxLayout;
    errorsRow->addWidget(new QLabel(tr("Errors (double-click to show the record in the audit log):"), this),
                         1);
    m_print = new QPushButton(tr("Print report…"), this);
    m_print->setObjectName(QStringLiteral("printVerificationReport"));
    m_preview = new QPushButton(tr("Preview…"), this);
    m_preview->setObjectName(QStringLiteral("previewVerificationReport"));
    m_exportPdf = new QPushButton(tr("Export PDF report…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportVerificationPdf"));
    for (QPushButton *button : {m_print, m_preview, m_exportPdf}) {
        button->setEnabled(false);
        errorsRow->addWidget(button);
    }
    layout->addLayout(errorsRow);
    m_errors = new QTableWidget(0, 3, this);
    m_errors->setObjectName(QStringLiteral("verificationErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Event"), tr("Record"), tr("Error")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setWordWrap(false);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setColumnWidth(0, 70);
    m_errors->verticalHeader()->setDefaultSectionSize(m_errors->fontMetrics().height() + 8);
    m_errors->setColumnWidth(1, 250);
    layout->addWidget(m_errors, 1);

    connect(m_print, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Print); });
    connect(m_preview, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Preview); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Pdf); });
    connect(m_errors, &QTableWidget::cellActivated, this, [this](int row, int) { activateError(row); });
}

QList<Issue> VerificationResultPanel::showRun(const VerificationRunSummary &run)
{
    m_result = run.result;
    m_banner->showResult(run.result);
    setReportAvailable(true);
    fillSummary(run);
    return fillErrors(run.result);
}

void VerificationResultPanel::fillSummary(const VerificationRunSummary &run)
{
    const VerificationResult &result = run.result;
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const QLocale locale;
    auto addRow = [this](const QString &label, const QString &value, const QString &tip = {}) {
        auto *field = new QLabel(value, m_summaryBox);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setToolTip(tip);
        field->setWordWrap(true);
        m_summary->addRow(label, field);
        return field;
    };
    if (!run.id.isEmpty()) {
        // The stored run, as `auditbench-cli runs` lists it and `pdf --verification ID` prints it.
        addRow(tr("Stored run:"), run.scope.isEmpty() ? run.id : tr("%1 (%2)").arg(run.id, run.scope))
            ->setObjectName(QStringLiteral("storedRunId"));
        addRow(tr("Run at:"), run.ranAt.toUTC().toString(Qt::ISODateWithMs))
            ->setObjectName(QStringLiteral("storedRunAt"));
        addRow(tr("Run by:"), run.ranBy)->setObjectName(QStringLiteral("storedRunBy"));
    }
    addRow(tr("Valid:"), result.valid ? tr("yes") : tr("no"));
    addRow(tr("Events checked:"), locale.toString(result.eventsChecked));
    addRow(tr("Errors:"), locale.toString(result.errorCount));
    addRow(tr("MACs verified:"), result.macsVerified ? tr("yes") : tr("no — no keyring"));
    if (result.periodStart || result.periodEnd)
        addRow(tr("Period:"),
               tr("%1 to %2")
                   .arg(result.periodStart.value_or(tr("(open)")), result.periodEnd.value_or(tr("(open)"))));
    if (result.firstEvent)
        addRow(tr("First event:"),
               QStringLiteral("%1  %2").arg(result.firstEvent->timestamp, result.firstEvent->id));
    if (result.lastEvent)
        addRow(tr("Last event:"),
               QStringLiteral("%1  %2").arg(result.lastEvent->timestamp, result.lastEvent->id));
    if (result.anchor)
        addRow(tr("Anchor:"), shortHash(*result.anchor), *result.anchor);
    if (result.headHmac)
        addRow(tr("Head HMAC:"), shortHash(*result.headHmac), *result.headHmac);
    QStringList keys;
    for (const VerificationResult::KeyUse &key : result.keys)
        keys << (key.fingerprint.isEmpty()
                     ? tr("%1: %2 records").arg(key.id, locale.toString(key.records))
                     : tr("%1 (%2): %3 records").arg(key.id, key.fingerprint, locale.toString(key.records)));
    if (!keys.isEmpty())
        addRow(tr("Keys:"), keys.join(QLatin1Char('\n')));
    if (result.duplicatesMerged > 0)
        addRow(tr("Duplicates merged:"), locale.toString(result.duplicatesMerged));
    QStringList sources;
    for (const VerificationResult::Source &source : result.sources)
        sources << tr("%1 (%2 records, SHA-256 %3)")
                       .arg(source.file, locale.toString(source.records), shortHash(source.sha256));
    if (!sources.isEmpty())
        addRow(tr("Sources:"), sources.join(QLatin1Char('\n')));
    m_summaryBox->setVisible(true);
}

QList<Issue> VerificationResultPanel::fillErrors(const VerificationResult &result)
{
    m_errors->setRowCount(int(result.errors.size()));
    QList<Issue> issues;
    for (int row = 0; row < result.errors.size(); ++row) {
        const VerificationResult::ErrorLocation location = row < result.errorLocations.size()
                                                               ? result.errorLocations.at(row)
                                                               : VerificationResult::ErrorLocation{};
        auto *event = new QTableWidgetItem(location.event > 0 ? QString::number(location.event) : QString());
        event->setData(EventRole, location.event);
        event->setData(RecordIdRole, location.recordId);
        event->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_errors->setItem(row, 0, event);
        m_errors->setItem(row, 1, new QTableWidgetItem(location.recordId));
        auto *message = new QTableWidgetItem(result.errors.at(row));
        message->setToolTip(result.errors.at(row));
        m_errors->setItem(row, 2, message);

        Issue issue = Issue::error(Issue::Origin::Verify, result.errors.at(row));
        if (!location.recordId.isEmpty())
            issue.target = {JumpTarget::Kind::AuditRecord, location.recordId, location.event, {}, 0, 0};
        issues << issue;
    }
    const QLocale locale;
    if (result.errorCount > result.errors.size())
        issues << Issue::warning(Issue::Origin::Verify,
                                 tr("%1 more errors not listed (the limit is %2).")
                                     .arg(locale.toString(result.errorCount - result.errors.size()),
                                          locale.toString(result.errors.size())));
    if (result.valid && !result.macsVerified)
        issues << Issue::warning(Issue::Origin::Verify,
                                 tr("Linkage intact but MACs not verified: no keyring was given."));
    return issues;
}

void VerificationResultPanel::activateError(int row)
{
    QTableWidgetItem *item = m_errors->item(row, 0);
    if (!item)
        return;
    const QString recordId = item->data(RecordIdRole).toString();
    if (recordId.isEmpty())
        return;
    emit jumpRequested(
        {JumpTarget::Kind::AuditRecord, recordId, item->data(EventRole).toLongLong(), {}, 0, 0});
}

void VerificationResultPanel::setReportAvailable(bool available)
{
    for (QPushButton *button : {m_print, m_preview, m_exportPdf})
        button->setEnabled(available);
    emit reportAvailabilityChanged();
}

} // namespace ab
