#pragma once
// Small pieces the Packages page's panels share: a read-only table, JSON values as text, number cells.

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace ab::packageui {

// The panels split out of PackagesView keep its translation context, so the shipped catalogue still applies.
struct PackagesTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackagesView)
};

// A read-only, row-selecting table with the given column headers and object name.
QTableWidget *makeTable(const QStringList &headers, QWidget *parent, const QString &name);
// An array's items joined with ", " (objects as compact JSON).
QString joined(const QJsonValue &value);
// A scalar (or array of scalars) as the UI shows it: numbers localised, booleans yes/no.
QString scalarText(const QJsonValue &value);
// A right-aligned, localised number cell that sorts by value (Qt::UserRole).
QTableWidgetItem *numberItem(qint64 value);

} // namespace ab::packageui
