#include "ui/packages/PackageWidgets.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>

namespace ab::packageui {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setAlternatingRowColors(true);
    return table;
}

QString joined(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &item : value.toArray())
        parts << (item.isString()
                      ? item.toString()
                      : QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
    return parts.join(QStringLiteral(", "));
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? PackagesTr::tr("yes") : PackagesTr::tr("no");
    if (value.isArray())
        return joined(value);
    return {};
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace ab::packageui
