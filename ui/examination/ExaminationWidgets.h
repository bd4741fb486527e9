#pragma once
// Small widgets of the Examination page: a UTC date-time edit, a file row with Browse…, and the checklist
// table.
#include "core/pack/PackChecklist.h"

#include <QDateTime>
#include <QString>

class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace ab::examui {

QDateTimeEdit *utcEdit(const QDateTime &value, QWidget *parent, const char *objectName);
// Adds "label [path] [Browse…]" to `form`; returns the path's line edit.
QLineEdit *fileRow(QFormLayout *form, QWidget *parent, const QString &label, const char *objectName,
                   const QString &filter);
QTableWidget *checklistTable(QWidget *parent);
// Item, status (in words and colour), detail: the checklist as computed (evidence text, shown as it is).
void showChecklist(QTableWidget *table, const QList<pack::ChecklistItem> &items);

} // namespace ab::examui
