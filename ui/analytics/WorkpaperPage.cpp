#include "ui/analytics/WorkpaperPage.h"

#include "core/export/XlsxExportAnalytics.h"
#include "core/report/WorkpaperReport.h"
#include "core/report/WorkspaceReports.h"
#include "ui/analytics/WorkpaperDialogs.h"
#include "ui/common/AppSettings.h"
#include "ui/reports/ReportOutput.h"

#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

using analytics::ItemResult;

namespace {

QString resultLabel(ItemResult r)
{
    switch (r) {
    case ItemResult::NoException:
        return WorkpaperPage::tr("No exception");
    case ItemResult::Exception:
        return WorkpaperPage::tr("Exception");
    case ItemResult::NotApplicable:
        return WorkpaperPage::tr("Not applicable");
    case ItemResult::Pending:
        break;
    }
    return WorkpaperPage::tr("Pending");
}

} // namespace

WorkpaperPage::WorkpaperPage(QWidget *parent) : QWidget(parent)
{
    askName = [this](const QString &role) {
        return QInputDialog::getText(this, tr("Sign the Workpaper"),
                                     role == analytics::PreparerRole ? tr("Preparer's name:")
                                                                     : tr("Reviewer's name:"),
                                     QLineEdit::Normal, AppSettings::auditor().name);
    };
    askNote = [this]() {
        return QInputDialog::getMultiLineText(this, tr("Review Note"), tr("Note for the preparer:"));
    };
    askPath = [this](const QString &title, const QString &name, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, name, filter);
    };

    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("workpapers"));
    m_choice->setMinimumContentsLength(30);
    auto *newButton = new QPushButton(tr("New Workpaper…"), this);
    newButton->setObjectName(QStringLiteral("newWorkpaper"));
    auto *top = new QHBoxLayout;
    auto *choiceLabel = new QLabel(tr("&Workpaper:"), this);
    choiceLabel->setBuddy(m_choice);
    top->addWidget(choiceLabel);
    top->addWidget(m_choice, 1);
    top->addWidget(newButton);

    m_items = new QTableWidget(0, 7, this);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setHorizontalHeaderLabels(
        {tr("#"), tr("Record"), tr("Time"), tr("Action"), tr("User"), tr("Result"), tr("Note")});
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_record = new QPlainTextEdit(this);
    m_record->setObjectName(QStringLiteral("workpaperRecordDetails"));
    m_record->setReadOnly(true);
    m_record->setPlaceholderText(tr("Select an item to see its record."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_record->setFont(mono);
    auto *split = new QSplitter(this);
    split->addWidget(m_items);
    split->addWidget(m_record);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("result"));
    for (ItemResult r : {ItemResult::NoException, ItemResult::Exception, ItemResult::NotApplicable})
        m_result->addItem(resultLabel(r), int(r));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What was inspected, and what was found"));
    m_recordButton = new QPushButton(tr("&Record Result"), this);
    m_recordButton->setObjectName(QStringLiteral("recordResult"));
    auto *entry = new QHBoxLayout;
    entry->addWidget(new QLabel(tr("Result:"), this));
    entry->addWidget(m_result);
    entry->addWidget(m_note, 1);
    entry->addWidget(m_recordButton);

    m_conclusion = new QLabel(this);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->setWordWrap(true);
    m_conclusion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash = new QLabel(this);
    m_hash->setObjectName(QStringLiteral("contentHash"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signOffs = new QLabel(this);
    m_signOffs->setObjectName(QStringLiteral("signOffs"));
    m_signOffs->setWordWrap(true);
    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setMaximumHeight(90);

    const auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        m_needsWorkpaper << b;
        return b;
    };
    auto *actions = new QHBoxLayout;
    actions->addWidget(
        button(tr("Sign as &Preparer…"), "signPreparer", [this] { sign(analytics::PreparerRole); }));
    actions->addWidget(
        button(tr("Sign as Rev&iewer…"), "signReviewer", [this] { sign(analytics::ReviewerRole); }));
    actions->addWidget(button(tr("Review &Note…"), "addReviewNote", [this] { addReviewNote(); }));
    actions->addStretch(1);
    actions->addWidget(button(tr("Print…"), "print", [this] { print(); }));
    actions->addWidget(button(tr("Export PDF…"), "exportPdf", [this] { exportPdf(); }));
    actions->addWidget(button(tr("Excel…"), "exportExcel", [this] { exportExcel(); }));
    m_needsWorkpaper << m_recordButton;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(entry);
    layout->addWidget(m_conclusion);
    layout->addWidget(m_hash);
    layout->addWidget(m_signOffs);
    layout->addWidget(new QLabel(tr("Review notes:"), this));
    layout->addWidget(m_notes);
    layout->addLayout(actions);

    connect(newButton, &QPushButton::clicked, this, &WorkpaperPage::newWorkpaper);
    connect(m_recordButton, &QPushButton::clicked, this, &WorkpaperPage::recordSelected);
    connect(m_note, &QLineEdit::returnPressed, this, &WorkpaperPage::recordSelected);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0) {
            keepDraft(m_items->currentRow()); // before the items become another workpaper's
            showWorkpaper(m_choice->itemData(index).toLongLong());
        }
    });
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        keepDraft(previous);
        showItem(row);
    });
    connect(m_note, &QLineEdit::textEdited, this, [this]() { m_entryEdited = true; });
    connect(m_result, &QComboBox::activated, this, [this]() { m_entryEdited = true; });
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_workpaper && row >= 0 && row < m_workpaper->items.size())
            emit jumpRequested({JumpTarget::Kind::AuditRecord, m_workpaper->items[row].recordId});
    });
    fill();
}

void WorkpaperPage::setStore(WorkspaceStore *store)
{
    m_store = store;
    m_workpaper.reset();
    reload();
}

void WorkpaperPage::reload()
{
    const qint64 shown = m_workpaper ? m_workpaper->id : 0;
    m_filling = true;
    m_choice->clear();
    if (m_store) {
        try {
            for (const analytics::Workpaper &wp : analytics::storedWorkpapers(*m_store))
                m_choice->addItem(tr("%1: %2 (version %3)").arg(wp.id).arg(wp.name).arg(wp.version), wp.id);
        } catch (const std::exception &e) {
            report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
        }
    }
    m_filling = false;
    const int index = m_choice->findData(shown);
    if (shown && index >= 0)
        showWorkpaper(shown);
    else if (m_choice->count() > 0)
        showWorkpaper(m_choice->itemData(m_choice->count() - 1).toLongLong());
    else {
        m_workpaper.reset();
        fill();
    }
}

bool WorkpaperPage::showWorkpaper(qint64 workpaperId)
{
    if (!m_store)
        return false;
    try {
        m_workpaper = analytics::storedWorkpaper(*m_store, workpaperId);
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
        m_workpaper.reset();
    }
    m_filling = true;
    const int index = m_choice->findData(workpaperId);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
    m_filling = false;
    fill();
    return m_workpaper.has_value();
}

std::optional<qint64> WorkpaperPage::createWorkpaper(qint64 sampleId, const QString &name, int confidenceBp,
                                                     int tolerableBp)
{
    if (!m_store)
        return std::nullopt;
    try {
        const analytics::Workpaper wp =
            analytics::createWorkpaper(*m_store, sampleId, name, confidenceBp, tolerableBp);
        m_workpaper = wp;
        reload();
        return wp.id;
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
        return std::nullopt;
    }
}

void WorkpaperPage::fill()
{
    const int selected = m_items->currentRow();
    m_items->setRowCount(0);
    m_notes->clear();
    for (QPushButton *b : m_needsWorkpaper)
        b->setEnabled(m_workpaper.has_value());
    if (!m_workpaper) {
        m_conclusion->setText(m_store ? tr("No workpaper yet: draw a sample (Audit Log ▸ Sample…), then New "
                                           "Workpaper….")
                                      : tr("Open a workspace to test controls."));
        m_hash->clear();
        m_signOffs->clear();
        m_record->clear();
        return;
    }
    const analytics::Workpaper &wp = *m_workpaper;
    std::vector<qint64> rowIds;
    for (const analytics::WorkpaperItem &item : wp.items)
        rowIds.push_back(item.rowId);
    const QList<GatewayRecordRow> records = m_store->recordsByRowIds(rowIds);
    m_items->setRowCount(int(wp.items.size()));
    for (int row = 0; row < wp.items.size(); ++row) {
        const analytics::WorkpaperItem &item = wp.items[row];
        const GatewayRecordRow r = records.value(row);
        const QStringList cells{QString::number(item.position + 1),
                                item.recordId,
                                r.timestamp,
                                r.action,
                                r.userEmail.isEmpty() ? r.userId : r.userEmail,
                                resultLabel(item.result),
                                item.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            if (c == 5 && item.result == ItemResult::Exception)
                cell->setForeground(QColor(0xb0, 0x00, 0x20));
            m_items->setItem(row, c, cell);
        }
    }
    if (selected >= 0 && selected < m_items->rowCount())
        m_items->setCurrentCell(selected, 0);
    const analytics::WorkpaperEvaluation e = wp.evaluation();
    m_conclusion->setText(tr("Version %1 of %2. %3")
                              .arg(wp.version)
                              .arg(wp.latestVersion)
                              .arg(e.conclusionText(wp.tolerableBp, wp.confidenceBp)));
    m_hash->setText(tr("Content SHA-256: %1").arg(wp.contentSha256()));
    QStringList signs;
    for (const QString &role : {analytics::PreparerRole, analytics::ReviewerRole}) {
        const analytics::WorkpaperSignOff *s = wp.signOff(role);
        const QString who = role == analytics::PreparerRole ? tr("Preparer") : tr("Reviewer");
        signs << (s ? tr("%1: %2, %3, signed %4…").arg(who, s->name, s->signedAt, s->contentSha256.left(16))
                    : tr("%1: not signed").arg(who));
    }
    m_signOffs->setText(signs.join(QStringLiteral("   ")));
    for (const analytics::WorkpaperReviewNote &n : wp.reviewNotes)
        m_notes->addItem(tr("v%1, %2 (%3): %4").arg(n.version).arg(n.writtenAt, n.writtenBy, n.note));
}

QString WorkpaperPage::draftKey(int row) const
{
    if (!m_workpaper || row < 0 || row >= m_workpaper->items.size())
        return {};
    return QStringLiteral("%1/%2").arg(m_workpaper->id).arg(m_workpaper->items[row].rowId);
}

void WorkpaperPage::keepDraft(int row)
{
    const QString key = draftKey(row);
    if (!key.isEmpty() && m_entryEdited)
        m_drafts.insert(key, entryDraft(row));
    m_entryEdited = false;
}

WorkpaperPage::Draft WorkpaperPage::entryDraft(int row) const
{
    return {m_workpaper->id, row, m_workpaper->name, m_result->currentData().toInt(), m_note->text()};
}

QList<UnsavedDrafts> WorkpaperPage::unsavedDrafts() const
{
    if (!m_store)
        return {};
    QHash<QString, Draft> drafts = m_drafts;
    const int row = m_items->currentRow();
    if (const QString key = draftKey(row); !key.isEmpty() && m_entryEdited)
        drafts.insert(key, entryDraft(row));
    QMap<qint64, UnsavedDrafts> byWorkpaper;
    for (const Draft &d : std::as_const(drafts)) {
        UnsavedDrafts &group = byWorkpaper[d.workpaperId];
        group.kind = UnsavedDrafts::Kind::WorkpaperResults;
        group.where = d.workpaperName;
        ++group.savable; // a result is always chosen: every draft can be recorded
    }
    return byWorkpaper.values();
}

bool WorkpaperPage::saveDrafts()
{
    if (!m_store)
        return true;
    keepDraft(m_items->currentRow());
    bool saved = true;
    const QHash<QString, Draft> drafts = m_drafts;
    for (auto it = drafts.constBegin(); it != drafts.constEnd(); ++it) {
        try {
            analytics::recordResult(*m_store, it->workpaperId, it->position, ItemResult(it->result),
                                    it->note);
            m_drafts.remove(it.key());
        } catch (const std::exception &e) {
            report(Issue::error(Issue::Origin::Workspace, errorMessage(e))); // kept: nothing lost
            saved = false;
        }
    }
    reload(); // shows what is stored now (the drafts left, if any, come back with their items)
    return saved;
}

void WorkpaperPage::discardDrafts()
{
    m_drafts.clear();
    m_entryEdited = false;
    showItem(m_items->currentRow());
}

void WorkpaperPage::showItem(int row)
{
    m_entryEdited = false;
    if (!m_workpaper || !m_store || row < 0 || row >= m_workpaper->items.size()) {
        m_record->clear();
        return;
    }
    const analytics::WorkpaperItem &item = m_workpaper->items[row];
    const QByteArray raw = m_store->rawRecord(item.rowId);
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    m_record->setPlainText(doc.isNull() ? QString::fromUtf8(raw)
                                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    if (item.result != ItemResult::Pending)
        m_result->setCurrentIndex(m_result->findData(int(item.result)));
    m_note->setText(item.note);
    if (const auto draft = m_drafts.constFind(draftKey(row)); draft != m_drafts.constEnd()) {
        m_result->setCurrentIndex(m_result->findData(draft->result));
        m_note->setText(draft->note);
        m_entryEdited = true; // still not recorded: kept again when the auditor moves on
    }
}

bool WorkpaperPage::recordSelected()
{
    const int row = m_items->currentRow();
    if (!m_workpaper || !m_store || row < 0)
        return false;
    const int before = m_workpaper->version;
    try {
        m_workpaper = analytics::recordResult(*m_store, m_workpaper->id, row,
                                              ItemResult(m_result->currentData().toInt()), m_note->text());
        m_drafts.remove(draftKey(row));
        m_entryEdited = false;
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
        return false;
    }
    if (m_workpaper->version != before)
        report(Issue::info(
            Issue::Origin::Workspace,
            tr("Version %1 was signed and stays as signed: the change made version %2, which needs "
               "signing again.")
                .arg(before)
                .arg(m_workpaper->version)));
    reload();
    // On to the next item, so results can be entered one after another.
    if (row + 1 < m_items->rowCount())
        m_items->setCurrentCell(row + 1, 0);
    return true;
}

bool WorkpaperPage::sign(const QString &role)
{
    if (!m_workpaper || !m_store)
        return false;
    const QString name = askName ? askName(role).trimmed() : QString();
    if (name.isEmpty())
        return false;
    try {
        // The hash the signer saw on the page: refused if the workpaper changed behind it.
        m_workpaper =
            analytics::signWorkpaper(*m_store, m_workpaper->id, role, name, m_workpaper->contentSha256());
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
        return false;
    }
    fill();
    return true;
}

bool WorkpaperPage::addReviewNote()
{
    if (!m_workpaper || !m_store)
        return false;
    const QString note = askNote ? askNote().trimmed() : QString();
    if (note.isEmpty())
        return false;
    try {
        m_workpaper = analytics::addReviewNote(*m_store, m_workpaper->id, note);
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
        return false;
    }
    fill();
    return true;
}

bool WorkpaperPage::exportPdf()
{
    if (!m_workpaper || !m_store || !askPath)
        return false;
    const QString path = askPath(tr("Export the Workpaper as PDF"),
                                 QStringLiteral("workpaper-%1.pdf").arg(m_workpaper->id), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    const auto out = WorkpaperReport::print(*m_store, m_workpaper->id, m_workpaper->version, path,
                                            AppSettings::branding(), nullptr, &error);
    if (!out) {
        report(Issue::error(Issue::Origin::Export, error));
        return false;
    }
    report(Issue::info(Issue::Origin::Export,
                       tr("Workpaper written to %1 (%Ln page(s)).", nullptr, out->pageCount).arg(path)));
    return true;
}

bool WorkpaperPage::exportExcel()
{
    if (!m_workpaper || !m_store || !askPath)
        return false;
    const QString path =
        askPath(tr("Export the Workpaper to Excel"), QStringLiteral("workpaper-%1.xlsx").arg(m_workpaper->id),
                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    try {
        const RecordExportResult written = XlsxAnalyticsExport::writeWorkpaper(*m_store, *m_workpaper, path);
        XlsxAnalyticsExport::logExport(*m_store, "workpaper", "workpaper_sha256",
                                       m_workpaper->contentSha256(), path, written);
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Export, errorMessage(e)));
        return false;
    }
    report(Issue::info(Issue::Origin::Export, tr("Workpaper written to %1.").arg(path)));
    return true;
}

void WorkpaperPage::print()
{
    if (!m_workpaper || !m_store || !m_output)
        return;
    QString error;
    const auto doc = WorkpaperReport::document(*m_store, m_workpaper->id, m_workpaper->version,
                                               AppSettings::branding(), &error);
    if (!doc) {
        report(Issue::error(Issue::Origin::Export, error));
        return;
    }
    WorkspaceStore *store = m_store;
    const QString hash = doc->footerHash;
    m_output->print(*doc, [store, hash](const ReportOutput::Delivered &d) {
        if (!d.file.isEmpty())
            WorkspaceReports::logPdf(*store, "workpaper", QStringLiteral("workpaper_sha256"), hash, d.file,
                                     d.sha256, d.pages, d.bytes);
        else
            WorkspaceReports::logPrinted(*store, "workpaper", QStringLiteral("workpaper_sha256"), hash,
                                         d.printer, d.pages, hash);
    });
}

void WorkpaperPage::newWorkpaper()
{
    if (!m_store)
        return;
    NewWorkpaperDialog dialog(*m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        createWorkpaper(dialog.sampleId(), dialog.name(), dialog.confidenceBp(), dialog.tolerableBp());
}

QString WorkpaperPage::conclusionText() const
{
    return m_conclusion->text();
}

QString WorkpaperPage::hashText() const
{
    return m_hash->text();
}

QString WorkpaperPage::signOffText() const
{
    return m_signOffs->text();
}

void WorkpaperPage::report(const Issue &issue)
{
    emit issuesReported({issue});
}

} // namespace ab
