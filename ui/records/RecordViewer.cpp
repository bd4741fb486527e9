#include "ui/records/RecordViewer.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

namespace {
// The fields docs/spec/chain.md links and seals a record with, shown first and in this order.
const QStringList &chainFieldNames()
{
    static const QStringList names{
        QStringLiteral("id"),          QStringLiteral("sequence"),      QStringLiteral("timestamp"),
        QStringLiteral("hmac_key_id"), QStringLiteral("previous_hmac"), QStringLiteral("hmac")};
    return names;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // Numbers, booleans and null in their JSON spelling.
        QJsonObject wrapper{{QStringLiteral("v"), value}};
        const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(5, json.size() - 6));
    }
    }
}

QJsonObject objectOf(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object();
}
} // namespace

RecordViewer::RecordViewer(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("recordViewer"));
    setWindowTitle(tr("Record outside the workspace"));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("recordWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    m_chainFields = new QLabel(this);
    m_chainFields->setObjectName(QStringLiteral("recordChainFields"));
    m_chainFields->setWordWrap(true);
    m_chainFields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_chainFields->setFont(mono);
    layout->addWidget(m_chainFields);
    m_diffTitle = new QLabel(this);
    m_diffTitle->setWordWrap(true);
    layout->addWidget(m_diffTitle);
    m_diff = new QTableWidget(0, 4, this);
    m_diff->setObjectName(QStringLiteral("recordDiff"));
    m_diff->setHorizontalHeaderLabels({QString(), tr("Field"), tr("This file"), tr("Workspace")});
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diff->setTabKeyNavigation(false);
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->setColumnWidth(0, 28);
    m_diff->setColumnWidth(1, 140);
    m_diff->setColumnWidth(2, 300);
    layout->addWidget(m_diff, 2);
    layout->addWidget(new QLabel(tr("The record's bytes exactly as in the file:"), this));
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("recordRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(mono);
    m_raw->setTabChangesFocus(true);
    layout->addWidget(m_raw, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RecordViewer::showRecord(const OutsideRecord &record, const std::optional<QByteArray> &workspaceRaw)
{
    const QJsonObject outside = objectOf(record.raw);
    m_where->setText(tr("%1, line %2 (SHA-256 %3…): this file is not in the workspace.")
                         .arg(QFileInfo(record.path).fileName())
                         .arg(record.line)
                         .arg(record.sha256.left(16)));
    m_where->setToolTip(record.path);
    fillChainFields(outside);
    m_raw->setPlainText(QString::fromUtf8(record.raw));
    if (workspaceRaw) {
        fillDiff(outside, objectOf(*workspaceRaw));
        m_diffTitle->setText(
            m_differing.isEmpty()
                ? tr("The workspace holds a record with this id, identical field by field.")
                : tr("The workspace holds a record with this id; %Ln field(s) differ (marked ≠):", nullptr,
                     int(m_differing.size())));
    } else {
        m_differing.clear();
        m_diff->setRowCount(0);
        m_diffTitle->setText(tr("The workspace holds no record with this id."));
    }
    m_diff->setVisible(workspaceRaw.has_value());
}

void RecordViewer::fillChainFields(const QJsonObject &record)
{
    QStringList lines;
    for (const QString &name : chainFieldNames())
        lines << QStringLiteral("%1: %2").arg(name, -14).arg(
            record.contains(name) ? valueText(record.value(name)) : tr("(absent)"));
    m_chainFields->setText(lines.join(QLatin1Char('\n')));
}

void RecordViewer::fillDiff(const QJsonObject &outside, const QJsonObject &workspace)
{
    QStringList fields;
    for (const QString &name : chainFieldNames())
        if (outside.contains(name) || workspace.contains(name))
            fields << name;
    QStringList rest = outside.keys();
    for (const QString &name : workspace.keys())
        if (!rest.contains(name))
            rest << name;
    rest.sort();
    for (const QString &name : rest)
        if (!fields.contains(name))
            fields << name;

    m_differing.clear();
    m_diff->setRowCount(int(fields.size()));
    const QColor differs(0xfc, 0xe8, 0xe6);
    for (int row = 0; row < fields.size(); ++row) {
        const QString &name = fields.at(row);
        const QJsonValue a = outside.value(name), b = workspace.value(name);
        const bool different = a != b;
        const QString absent = tr("(absent)");
        const QStringList cells{different ? QStringLiteral("≠") : QString(), name,
                                outside.contains(name) ? valueText(a) : absent,
                                workspace.contains(name) ? valueText(b) : absent};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (different) {
                item->setBackground(differs);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_diff->setItem(row, column, item);
        }
        if (different)
            m_differing << name;
    }
}

QString RecordViewer::chainFieldsText() const
{
    return m_chainFields->text();
}

QString RecordViewer::rawText() const
{
    return m_raw->toPlainText();
}

} // namespace ab
