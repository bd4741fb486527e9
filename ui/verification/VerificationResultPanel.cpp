#include "ui/verification/VerificationResultPanel.h"

#include "core/report/VerificationReportSections.h"
#include "ui/verification/CoverageTimeline.h"
#include "ui/verification/VerdictBanner.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
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
    // Two columns of figures, so the coverage and the errors below keep their room on a laptop screen.
    auto *columns = new QHBoxLayout(m_summaryBox);
    m_summary = new QFormLayout;
    m_summaryRight = new QFormLayout;
    for (QFormLayout *form : {m_summary, m_summaryRight}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        columns->addLayout(form, 1);
    }
    layout->addWidget(m_summaryBox);
    m_summaryBox->setVisible(false);
    buildCopyRow(layout);
    buildCoverageBox(layout);
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
    connect(m_banner, &VerdictBanner::verifyAgainRequested, this,
            &VerificationResultPanel::verifyAgainRequested);
}

void VerificationResultPanel::buildCopyRow(QVBoxLayout *layout)
{
    m_copyRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_copyRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_copyHead = new QPushButton(tr("Copy head HMAC"), m_copyRow);
    m_copyHead->setObjectName(QStringLiteral("copyHeadHmac"));
    m_copyAnchor = new QPushButton(tr("Copy anchor"), m_copyRow);
    m_copyAnchor->setObjectName(QStringLiteral("copyAnchor"));
    m_copyJson = new QPushButton(tr("Copy result JSON"), m_copyRow);
    m_copyJson->setObjectName(QStringLiteral("copyResultJson"));
    m_copyJson->setToolTip(tr("The result object of docs/spec/chain.md, as auditbench-cli verify prints it"));
    for (QPushButton *button : {m_copyHead, m_copyAnchor, m_copyJson})
        row->addWidget(button);
    row->addStretch();
    layout->addWidget(m_copyRow);
    m_copyRow->setVisible(false);
    // Evidence bytes: the hex and the JSON exactly as the result holds them, never translated.
    connect(m_copyHead, &QPushButton::clicked, this, [this]() {
        if (m_result && m_result->headHmac)
            QGuiApplication::clipboard()->setText(*m_result->headHmac);
    });
    connect(m_copyAnchor, &QPushButton::clicked, this, [this]() {
        if (m_result && m_result->anchor)
            QGuiApplication::clipboard()->setText(*m_result->anchor);
    });
    connect(m_copyJson, &QPushButton::clicked, this, [this]() {
        if (m_result)
            QGuiApplication::clipboard()->setText(QString::fromUtf8(m_result->toJson()));
    });
}

void VerificationResultPanel::updateCopyButtons()
{
    m_copyRow->setVisible(m_result.has_value());
    m_copyHead->setEnabled(m_result && m_result->headHmac);
    m_copyAnchor->setEnabled(m_result && m_result->anchor);
    m_copyJson->setEnabled(m_result.has_value());
}

void VerificationResultPanel::setStale(const QString &what)
{
    if (!m_result || m_stale)
        return;
    m_stale = true;
    m_banner->showStale(what);
    // No colour that could read as a verdict: the time line drawn as unproved, the figures greyed.
    m_timeline->setCoverage(m_result->coverage, false);
    m_summaryBox->setEnabled(false);
    m_coverageBox->setEnabled(false);
}

void VerificationResultPanel::buildCoverageBox(QVBoxLayout *layout)
{
    m_coverageBox = new QGroupBox(tr("Coverage"), this);
    m_coverageBox->setObjectName(QStringLiteral("coverageBox"));
    auto *box = new QVBoxLayout(m_coverageBox);
    m_coverageSummary = new QLabel(m_coverageBox);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setWordWrap(true);
    m_coverageSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(m_coverageSummary);
    m_timeline = new CoverageTimeline(m_coverageBox);
    box->addWidget(m_timeline);
    m_gaps = new QTableWidget(0, 5, m_coverageBox);
    m_gaps->setObjectName(QStringLiteral("coverageGaps"));
    m_gaps->setHorizontalHeaderLabels(
        {tr("After record"), tr("Before record"), tr("From"), tr("To"), tr("Without a record for")});
    m_gaps->setToolTip(tr("Double-click a gap to show the record after it in the audit log."));
    m_gaps->verticalHeader()->hide();
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gaps->setWordWrap(false);
    m_gaps->horizontalHeader()->setStretchLastSection(true);
    const int rowHeight = m_gaps->fontMetrics().height() + 8;
    m_gaps->verticalHeader()->setDefaultSectionSize(rowHeight);
    box->addWidget(m_gaps);
    m_moreGaps = new QLabel(m_coverageBox);
    m_moreGaps->setObjectName(QStringLiteral("coverageMoreGaps"));
    m_moreGaps->setWordWrap(true);
    box->addWidget(m_moreGaps);
    layout->addWidget(m_coverageBox);
    m_coverageBox->setVisible(false);
    connect(m_gaps, &QTableWidget::cellActivated, this, [this](int row, int) { activateGap(row); });
    connect(m_timeline, &CoverageTimeline::gapActivated, this, &VerificationResultPanel::activateGap);
}

QList<Issue> VerificationResultPanel::showRun(const VerificationRunSummary &run)
{
    m_result = run.result;
    m_stale = false;
    m_summaryBox->setEnabled(true);
    m_coverageBox->setEnabled(true);
    m_banner->showResult(run.result);
    updateCopyButtons();
    setReportAvailable(true);
    fillSummary(run);
    fillCoverage(run.result);
    return fillErrors(run.result);
}

void VerificationResultPanel::fillSummary(const VerificationRunSummary &run)
{
    const VerificationResult &result = run.result;
    for (QFormLayout *form : {m_summary, m_summaryRight})
        while (form->rowCount() > 0)
            form->removeRow(0);
    const QLocale locale;
    QFormLayout *column = m_summary; // the verdict's figures left, the chain's ends, keys and sources right
    auto addRow = [this, &column](const QString &label, const QString &value, const QString &tip = {}) {
        auto *field = new QLabel(value, m_summaryBox);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setToolTip(tip);
        field->setWordWrap(true);
        column->addRow(label, field);
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
    column = m_summaryRight;
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
    for (const VerificationResult::KeyUse &key : result.keys) {
        const QString window = VerificationReportSections::keyWindowText(key.notBefore, key.notAfter);
        keys << (key.fingerprint.isEmpty()
                     ? tr("%1: %2 records; %3").arg(key.id, locale.toString(key.records), window)
                     : tr("%1 (%2): %3 records; %4")
                           .arg(key.id, key.fingerprint, locale.toString(key.records), window));
    }
    if (!keys.isEmpty())
        addRow(tr("Keys:"), keys.join(QLatin1Char('\n')))->setObjectName(QStringLiteral("resultKeys"));
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
    if (result.valid && !result.coverage.complete) {
        // The coverage shortfall is a finding too; it leads to the record after the first gap, if any.
        JumpTarget target;
        if (!result.coverage.gaps.isEmpty())
            target = {JumpTarget::Kind::AuditRecord, result.coverage.gaps.first().before, 0, {}, 0, 0};
        issues << Issue::warning(Issue::Origin::Verify,
                                 tr("Coverage incomplete: %1.")
                                     .arg(VerificationReportSections::coverageShortfalls(result.coverage)
                                              .join(QStringLiteral("; "))),
                                 target);
    }
    if (result.valid && !result.macsVerified)
        issues << Issue::warning(Issue::Origin::Verify,
                                 tr("Linkage intact but MACs not verified: no keyring was given."));
    return issues;
}

void VerificationResultPanel::fillCoverage(const VerificationResult &result)
{
    const VerificationResult::Coverage &c = result.coverage;
    const QLocale locale;
    const bool chainProved = result.valid && result.macsVerified;
    QString summary =
        c.complete ? tr("Complete: the records cover the period asked about with no gap longer than %1 h.")
                         .arg(c.maxGapHours)
                   : tr("Incomplete: %1. Nothing is proved about the time not covered.")
                         .arg(VerificationReportSections::coverageShortfalls(c).join(QStringLiteral("; ")));
    if (!result.valid)
        summary += QLatin1Char(' ') + tr("This is what the records claim to cover: the chain has errors.");
    else if (!result.macsVerified)
        summary +=
            QLatin1Char(' ') + tr("This is what the records claim to cover: their MACs were not verified.");
    m_coverageSummary->setText(summary);
    m_timeline->setCoverage(c, chainProved);
    m_gaps->setRowCount(int(c.gaps.size()));
    for (int row = 0; row < c.gaps.size(); ++row) {
        const VerificationResult::Gap &gap = c.gaps.at(row);
        const QString duration = VerificationReportSections::durationText(gap.seconds);
        const QStringList cells{gap.after, gap.before, gap.from, gap.to, duration};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(m_timeline->gapToolTip(row));
            m_gaps->setItem(row, column, item);
        }
    }
    m_gaps->resizeColumnsToContents();
    // As high as its rows, up to five; more scroll (the time line above shows them all at once).
    const int shown = int(std::min<qsizetype>(c.gaps.size(), 5));
    m_gaps->setFixedHeight(m_gaps->horizontalHeader()->sizeHint().height() +
                           shown * m_gaps->verticalHeader()->defaultSectionSize() + 2 * m_gaps->frameWidth() +
                           (c.gaps.size() > 5 ? 0 : 2));
    m_gaps->setVisible(!c.gaps.isEmpty());
    const qint64 unlisted = c.gapCount - c.gaps.size();
    m_moreGaps->setText(unlisted > 0
                            ? tr("%1 more gaps longer than %2 h are counted but not listed (the limit "
                                 "is --max-errors, %3).")
                                  .arg(locale.toString(unlisted))
                                  .arg(c.maxGapHours)
                                  .arg(locale.toString(c.gaps.size()))
                            : QString());
    m_moreGaps->setVisible(unlisted > 0);
    m_coverageBox->setVisible(true);
}

void VerificationResultPanel::activateGap(int row)
{
    const VerificationResult::Coverage &coverage = m_timeline->coverage();
    if (row < 0 || row >= coverage.gaps.size() || coverage.gaps.at(row).before.isEmpty())
        return;
    emit jumpRequested({JumpTarget::Kind::AuditRecord, coverage.gaps.at(row).before, 0, {}, 0, 0});
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
