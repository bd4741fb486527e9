#include "ui/packages/EvidenceTree.h"

#include "ui/packages/PackageWidgets.h"

#include <QJsonArray>

#include <algorithm>

namespace ab {

using packageui::PackagesTr;

EvidenceTree::EvidenceTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("vsqEvidence"));
    setHeaderLabels({PackagesTr::tr("Item"), PackagesTr::tr("Value")});
    setColumnWidth(0, 260);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit recordRequested(id);
    });
}

void EvidenceTree::showAnswer(const QJsonObject &answer)
{
    clear();
    const QJsonObject evidence = answer.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        add(nullptr, it.key(), it.value());
    const QJsonArray exceptions = answer.value(QStringLiteral("exceptions")).toArray();
    if (!exceptions.isEmpty()) {
        add(nullptr, PackagesTr::tr("exceptions"), exceptions);
        topLevelItem(topLevelItemCount() - 1)->setForeground(0, QColor(0xc5, 0x22, 0x1f));
    }
    expandToDepth(0);
}

void EvidenceTree::add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("id")))
            item->setData(0, Qt::UserRole, object.value(QStringLiteral("id")).toString());
        for (auto it = object.begin(); it != object.end(); ++it)
            add(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, PackagesTr::tr("%Ln item(s)", nullptr, int(array.size())));
        const bool scalars = std::all_of(array.begin(), array.end(),
                                         [](const QJsonValue &v) { return !v.isObject() && !v.isArray(); });
        if (scalars) {
            item->setText(1, packageui::joined(array));
        } else {
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject object = array.at(i).toObject();
                QString label = object.value(QStringLiteral("id")).toString();
                if (label.isEmpty())
                    label = object.value(QStringLiteral("connector")).toString();
                add(item, label.isEmpty() ? QString::number(i + 1) : label, array.at(i));
            }
        }
    } else {
        item->setText(1, packageui::scalarText(value));
    }
}

} // namespace ab
